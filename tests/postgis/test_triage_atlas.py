"""The atlas reads what triage records: a report closed by triage is closed, with its real
closure time and its target day (the share within target and the delay use them)."""

import datetime as dt

import pytest

from gup_signalement_plugin.core.atlas_figures import delay_days, share_within_target
from gup_signalement_plugin.db.atlas_repository import atlas_reports
from gup_signalement_plugin.usecases import triage
from tests.postgis.triage_helpers import add_reports, set_up_services, version

pytestmark = pytest.mark.postgis


def test_closed_by_triage_with_its_closure_time_and_target_day(gup_db):
    db = set_up_services(gup_db)
    with db.transaction() as cur:
        cur.execute(
            "UPDATE gup_signalement.categorie SET delai_jours_ouvres = 5 WHERE code = 'voirie'"
        )
    now = dt.datetime.now(dt.timezone.utc)
    closed, still_open = add_reports(db, 2, moment=now - dt.timedelta(days=1))
    for service in ("A", "C"):
        triage.accept(db, closed, version(db, closed), db.ids[service])
        triage.close(db, closed, version(db, closed), db.ids[service])
    by_status = {r.status: r for r in atlas_reports(db)}
    assert sorted(by_status) == ["closed", "open"]
    record = by_status["closed"]
    assert record.closed_at is not None and record.due_day is not None
    assert record.closed_at.date() <= record.due_day
    assert by_status["open"].closed_at is None
    assert 0 < delay_days(record) < 1.01  # received a day ago, closed now
    assert share_within_target(list(by_status.values())) == "100 % (1/1)"
