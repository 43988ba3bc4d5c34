"""The file channel's use cases on a real PostGIS: a file without any report creates nothing,
and the guard preview of the import dialog reads only (no source, no run, no row)."""

import datetime as dt

import pytest

from gup_signalement_plugin.core.errors import InputError
from gup_signalement_plugin.core.incoming import IncomingReport
from gup_signalement_plugin.core.quality import OUTSIDE_TERRITORY, UNKNOWN_CATEGORY
from gup_signalement_plugin.db import ingest_repository as ingest
from gup_signalement_plugin.usecases import ingest as ingest_uc

WHEN = dt.datetime(2024, 3, 18, 14, 5, tzinfo=dt.timezone.utc)


def _counts(db):
    return [
        db.scalar("SELECT count(*) FROM gup_signalement.{}".format(table))
        for table in ("source", "synchronisation", "signalement", "quarantaine")
    ]


def _report(key, code="voirie", lon=2.39859, lat=48.78901):
    return IncomingReport(
        source="f",
        external_id=key,
        service_code=code,
        description="Trou",
        requested_at=WHEN,
        lon=lon,
        lat=lat,
    )


def test_no_report_is_refused_before_the_source_is_created(gup_db):
    before = _counts(gup_db)
    with pytest.raises(InputError, match="no report to import"):
        ingest_uc.import_reports(gup_db, "vide", [])
    assert _counts(gup_db) == before


def test_guard_preview_counts_like_an_import_and_writes_nothing(gup_db):
    reports = [
        _report("1"),
        _report("2", lon=2.3522, lat=48.8566),
        _report("3", code="xyz"),
        _report("4", code="xyz", lon=2.3522, lat=48.8566),
    ]
    before = _counts(gup_db)
    preview = ingest_uc.preview_guard(ingest_uc.file_guard(gup_db, "nouvelle"), reports)
    assert (preview.stored, preview.quarantined) == (1, 3)
    assert preview.by_reason == {OUTSIDE_TERRITORY: 2, UNKNOWN_CATEGORY: 2}
    assert _counts(gup_db) == before  # the unknown source is not created
    ingest.save_source(
        gup_db, ingest.Source(nom="connue", type="fichier", mapping={"xyz": "voirie"})
    )
    mapped = ingest_uc.preview_guard(ingest_uc.file_guard(gup_db, "connue"), reports)
    assert (mapped.stored, mapped.quarantined, mapped.by_reason) == (2, 2, {OUTSIDE_TERRITORY: 2})
    result = ingest_uc.import_reports(
        gup_db, "connue", [IncomingReport(**dict(vars(r), source="connue")) for r in reports]
    )
    assert (result.counts.new - result.counts.quarantined, result.counts.quarantined) == (2, 2)
