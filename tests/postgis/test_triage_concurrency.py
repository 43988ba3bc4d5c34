"""Two agents on the same report, through two real connections: the second one gets
stale_report (who changed it, when) and no update is lost."""

import threading
import time

import psycopg2
import pytest

from gup_signalement_plugin.db.database import Database
from gup_signalement_plugin.usecases import triage as uc
from gup_signalement_plugin.usecases.triage import TriageRefused
from tests.postgis.triage_helpers import add_reports, set_up_services, state, version

pytestmark = pytest.mark.postgis
S = "gup_signalement"


@pytest.fixture
def agents(gup_db):
    """The set-up database and two more connections: agent A1 (service A), agent C1 (C)."""
    db = set_up_services(gup_db)
    first, second = Database(gup_db.dsn, author="agent A1"), Database(gup_db.dsn, author="agent C1")
    yield db, first, second
    first.close()
    second.close()


def test_a_stale_version_is_refused_on_the_other_connection(agents):
    db, first, second = agents
    report = add_reports(db)[0]
    seen = version(db, report)  # both agents read the report
    uc.accept(first, report, seen, db.ids["A"])
    with pytest.raises(TriageRefused) as caught:
        uc.accept(second, report, seen, db.ids["C"])
    (problem,) = caught.value.problems[report]
    changed = db.query(
        "SELECT modifie_par, modifie_le FROM {}.signalement WHERE id = %s".format(S), (report,)
    )[0]
    assert (problem.code, problem.params) == (
        "stale_report",
        {"by": "agent A1", "at": changed["modifie_le"]},
    )
    assert state(db, report)[2] == {"A": ("main", "accepted"), "C": ("copy", "pending")}


def _waiting_on_locks(db, count, timeout=60.0):
    """Wait until ``count`` sessions wait for a lock (the two agents, behind the blocker)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if (
            db.scalar(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'"
            )
            >= count
        ):
            return
        time.sleep(0.05)
    raise AssertionError("the agents never waited for the lock")


def test_two_concurrent_actions_one_wins_the_other_is_stale(agents):
    """A third session holds the report; both agents act on the version they read and wait;
    when it lets go, one action is written and the other is refused as stale: never both."""
    db, first, second = agents
    report = add_reports(db)[0]
    seen = version(db, report)
    blocker = psycopg2.connect(db.dsn)
    results = {}

    def act(name, agent, service):
        try:
            results[name] = uc.accept(agent, report, seen, db.ids[service])
        except TriageRefused as exc:
            results[name] = exc

    try:
        with blocker.cursor() as cur:
            cur.execute(
                "SELECT id FROM {}.signalement WHERE id = %s FOR UPDATE".format(S), (report,)
            )
        threads = [
            threading.Thread(target=act, args=("A1", first, "A")),
            threading.Thread(target=act, args=("C1", second, "C")),
        ]
        for thread in threads:
            thread.start()
        _waiting_on_locks(db, 2)
        blocker.commit()
        for thread in threads:
            thread.join(60)
    finally:
        blocker.close()
    refused = [name for name, result in results.items() if isinstance(result, TriageRefused)]
    assert len(results) == 2 and len(refused) == 1
    winner = ({"A1", "C1"} - set(refused)).pop()
    (problem,) = results[refused[0]].problems[report]
    assert problem.code == "stale_report" and problem.params["by"] == "agent " + winner
    parts = state(db, report)[2]
    assert sorted(status for _role, status in parts.values()) == ["accepted", "pending"]
    assert db.query(
        "SELECT action, auteur FROM {}.historique_signalement WHERE "
        "signalement_id = %s AND action = 'accept'".format(S),
        (report,),
    ) == [{"action": "accept", "auteur": "agent " + winner}]
    assert results[winner].versions[report] == version(db, report)
