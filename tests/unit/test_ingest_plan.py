"""Planning a batch of incoming reports (no database): fingerprints, unchanged records, one
report per id, trusted vs quarantined rows, counts; and the prefetching of pages."""

import datetime as dt
import threading

import pytest

from gup_signalement_plugin.core.catalogue import read_catalogue_csv
from gup_signalement_plugin.core.incoming import IncomingReport
from gup_signalement_plugin.core.ingest import (
    PENDING,
    REJECTED,
    STORED,
    RunCounts,
    StoredState,
    check_with_fixes,
    fingerprint,
    latest_per_id,
    plan_batch,
)
from gup_signalement_plugin.core.quality import (
    QualityGuard,
    categories_requiring_description,
    communes_from_records,
)
from gup_signalement_plugin.usecases.ingest import prefetched
from tests.helpers import DEFAULT_CATALOGUE, commune_records

UTC = dt.timezone.utc
VITRY = (2.3920, 48.7872)


@pytest.fixture(scope="module")
def guard():
    categories = categories_requiring_description(
        read_catalogue_csv(DEFAULT_CATALOGUE.read_bytes())
    )
    return QualityGuard(
        communes_from_records(commune_records()),
        categories,
        {"0042": "graffitis"},
        now=dt.datetime(2025, 3, 1, tzinfo=UTC),
    )


def report(external_id="1", **fields):
    values = dict(
        source="appli",
        external_id=external_id,
        service_code="voirie",
        description="Nid de poule",
        requested_at=dt.datetime(2025, 2, 1, 9, tzinfo=UTC),
        lon=VITRY[0],
        lat=VITRY[1],
    )
    values.update(fields)
    return IncomingReport(**values)


def test_fingerprint_changes_with_what_was_received_only():
    base = fingerprint(report())
    assert fingerprint(report()) == base
    assert fingerprint(report(where="page 3, item 7", raw={"x": 1})) == base  # not content
    for change in (
        {"description": "Nid de poule profond"},
        {"status": "closed"},
        {"updated_at": dt.datetime(2025, 2, 2, tzinfo=UTC)},
        {"lon": VITRY[0] + 1e-6},
        {"service_code": "0042"},
    ):
        assert fingerprint(report(**change)) != base, change


def test_one_report_per_id_the_latest_update_wins():
    old = report(updated_at=dt.datetime(2025, 2, 1, tzinfo=UTC), description="avant")
    new = report(updated_at=dt.datetime(2025, 2, 5, tzinfo=UTC), description="après")
    other = report("2")
    assert [r.description for r in latest_per_id([new, other, old])] == ["après", "Nid de poule"]
    assert latest_per_id([old, new])[0] is new


def test_plan_sorts_unchanged_trusted_and_quarantined(guard):
    same, changed, fresh, outside = (
        report("1"),
        report("2", status="closed"),
        report("3"),
        report("4", lon=2.35, lat=48.86),
    )
    stored = {
        "1": StoredState(STORED, fingerprint(same)),
        "2": StoredState(STORED, fingerprint(report("2"))),
    }
    plan = plan_batch([same, changed, fresh, outside, report("3")], stored, guard, "public")
    assert plan.read == 5 and plan.unchanged == 2  # '1' as stored, the second copy of '3'
    assert [r.external_id for r in plan.trusted] == ["2", "3"]
    assert plan.trusted[0].status == "closed" and plan.trusted[0].category == "voirie"
    assert plan.trusted[0].audience == "public"
    assert [(r.external_id, r.reasons) for r in plan.quarantined] == [("4", ["outside_territory"])]
    details = plan.quarantined[0].details[0]
    assert details["message"] == "Point (2.35, 48.86) outside the communes of the territory."
    assert (details["sentence"], details["params"]) == (
        "outside_territory",
        {"lon": "2.35", "lat": "48.86"},
    )


def test_a_record_unchanged_in_quarantine_or_rejected_is_left_alone(guard):
    bad = report("5", lon=None, lat=None)
    for place in (PENDING, REJECTED):
        plan = plan_batch([bad], {"5": StoredState(place, fingerprint(bad))}, guard, "agents")
        assert (plan.unchanged, plan.trusted, plan.quarantined) == (1, [], [])


def test_a_category_kept_on_a_quarantined_version_is_reused_while_the_code_stays(guard):
    # a released report given a bad update: its pending row keeps the category chosen by hand
    for place in (STORED, PENDING, REJECTED):
        state = StoredState(place, "an older fingerprint", "depots_sauvages", "XYZ")
        plan = plan_batch([report("7", service_code="XYZ")], {"7": state}, guard, "public")
        assert [(r.external_id, r.category) for r in plan.trusted] == [("7", "depots_sauvages")]
        assert plan.quarantined == [], place


def test_a_new_external_code_gets_the_new_mapping_not_the_old_choice(guard):
    for place in (STORED, PENDING):
        state = StoredState(place, "an older fingerprint", "depots_sauvages", "XYZ")
        mapped = plan_batch([report("8", service_code="0042")], {"8": state}, guard, "public")
        assert [r.category for r in mapped.trusted] == ["graffitis"], place
        unmapped = plan_batch([report("8", service_code="ABC")], {"8": state}, guard, "public")
        assert [(r.reasons, r.category) for r in unmapped.quarantined] == [
            (["unknown_category"], None)
        ], place


def test_fixes_accepted_are_applied_even_when_another_reason_remains(guard):
    damaged = report("9", lon=VITRY[1], lat=VITRY[0], description="DÃ©pÃ´t", service_code="XYZ")
    verdicts, fixes = check_with_fixes(guard, [damaged])
    assert verdicts[0].codes == ["unknown_category"]
    assert fixes == [{"lon": VITRY[0], "lat": VITRY[1], "description": "Dépôt"}]
    assert (damaged.lon, damaged.lat, damaged.description) == (VITRY[0], VITRY[1], "Dépôt")


def test_fixes_swap_coordinates_and_repair_text(guard):
    damaged = report("6", lon=VITRY[1], lat=VITRY[0], description="DÃ©pÃ´t")
    verdicts, fixes = check_with_fixes(guard, [damaged])
    assert (damaged.lon, damaged.lat, damaged.description) == (VITRY[0], VITRY[1], "Dépôt")
    assert verdicts[0].ok and verdicts[0].report is damaged and len(fixes) == 1
    assert guard.check([damaged])[0].ok


def test_run_counts_add_up_and_describe():
    total = RunCounts()
    total.add(RunCounts(pages=1, read=3, new=2, unchanged=1, by_routing={"routed": 2}))
    total.add(
        RunCounts(
            pages=1,
            read=2,
            quarantined=2,
            by_reason={"mojibake": 1, "outside_territory": 1},
            by_routing={"routed": 1, "not_open": 1},
        )
    )
    assert (total.pages, total.read, total.new, total.quarantined, total.routed) == (2, 5, 2, 2, 3)
    assert total.by_routing == {"routed": 3, "not_open": 1}
    assert "5 read, 2 new" in total.describe() and "1 mojibake" in total.describe()


def test_prefetched_keeps_order_and_raises_the_producer_error_in_place():
    def pages():
        yield 1
        yield 2
        raise RuntimeError("page 3 failed")

    seen = []
    with pytest.raises(RuntimeError, match="page 3 failed"):
        for page in prefetched(pages()):
            seen.append(page)
    assert seen == [1, 2]


def test_prefetched_stops_its_worker_when_the_consumer_stops_early():
    produced = []

    def pages():
        for number in range(1000):
            produced.append(number)
            yield number

    before = threading.active_count()
    for page in prefetched(pages(), depth=2):
        if page == 3:
            break
    assert threading.active_count() == before  # the worker has ended
    assert len(produced) < 10  # it did not read everything ahead
