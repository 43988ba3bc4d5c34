"""Reports read from files and layers (the "file" channel), down to the real DansMaRue sample."""

import datetime as dt
import gzip
import time

import pytest

from gup_signalement_plugin.core.catalogue import read_catalogue_csv
from gup_signalement_plugin.core.errors import GupError, InputError
from gup_signalement_plugin.core.incoming import FLAG_UNREADABLE_COORDINATES, source_zone
from gup_signalement_plugin.core.quality import (
    MALFORMED,
    MISSING_COORDINATES,
    OUTSIDE_TERRITORY,
    QualityGuard,
    categories_requiring_description,
    communes_from_records,
)
from gup_signalement_plugin.core.report_files import (
    DANSMARUE_MAPPING,
    DATE_FORMATS,
    ColumnMapping,
    guess_mapping,
    parse_moment,
    preview,
    read_reports_csv,
    reports_from_rows,
)
from tests.helpers import DEFAULT_CATALOGUE, SHARED_DATA, commune_records

DANSMARUE = SHARED_DATA / "dansmarue_paris_2023-2024.csv.gz"
DANSMARUE_ROWS = 39515
PARIS = source_zone("Europe/Paris")
MAPPING = ColumnMapping(
    external_id="id",
    service_code="categorie",
    description="description",
    requested_at="date",
    status="statut",
    address="adresse",
    x="lon",
    y="lat",
)
HEADER = ["id", "categorie", "description", "date", "statut", "adresse", "lon", "lat"]
VITRY = ("2.39859", "48.78901")


def _csv(rows, sep=";", header=HEADER):
    return "\n".join(sep.join(cells) for cells in [header] + rows) + "\n"


def _row(id_="1", date="18/03/2024", lon=VITRY[0], lat=VITRY[1], description="Dépôt", status=""):
    return [id_, "proprete", description, date, status, "12 rue Pasteur", lon, lat]


def _read(text, mapping=MAPPING, encoding="utf-8", **kwargs):
    reports, _encoding, _sep = read_reports_csv(
        text.encode(encoding), mapping, "file", where="f.csv", **kwargs
    )
    return reports


@pytest.mark.parametrize(
    "encoding, detected", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252")]
)
def test_encodings_keep_accents(encoding, detected):
    text = _csv([_row(description="Dépôt d'encombrants, œuvre détériorée")])
    reports, found, separator = read_reports_csv(text.encode(encoding), MAPPING, "file")
    assert found == detected and separator == ";"
    assert reports[0].description == "Dépôt d'encombrants, œuvre détériorée"
    assert reports[0].problems == []


@pytest.mark.parametrize("sep", [";", ","])
def test_separators(sep):
    quoted = '"Trou; bosse, pavé"'
    text = _csv([_row("1", description=quoted), _row("2")], sep=sep)
    reports, _encoding, separator = read_reports_csv(text.encode("utf-8"), MAPPING, "file")
    assert separator == sep
    assert [r.external_id for r in reports] == ["1", "2"]
    assert reports[0].description == "Trou; bosse, pavé"
    assert (reports[1].lon, reports[1].lat) == (2.39859, 48.78901)


def test_decimal_comma():
    (report,) = _read(_csv([_row(lon="2,39859", lat="48,78901")]))
    assert (report.lon, report.lat) == (2.39859, 48.78901) and report.flags == []


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-18", (2024, 3, 18, 0, 0, 0)),
        ("2024-03-18T14:05:09", (2024, 3, 18, 14, 5, 9)),
        ("2024-03-18 14:05:09", (2024, 3, 18, 14, 5, 9)),
        ("18/03/2024", (2024, 3, 18, 0, 0, 0)),
        ("03/04/2024", (2024, 4, 3, 0, 0, 0)),  # day first: 3 April
        ("18/03/2024 14:05", (2024, 3, 18, 14, 5, 0)),
        ("18/03/2024 14:05:09", (2024, 3, 18, 14, 5, 9)),
        ("18-03-2024", (2024, 3, 18, 0, 0, 0)),
        ("18.03.2024 14h05", (2024, 3, 18, 14, 5, 0)),
        (dt.date(2024, 3, 18), (2024, 3, 18, 0, 0, 0)),
    ],
)
def test_date_formats_in_the_source_zone(value, expected):
    assert parse_moment(value) == dt.datetime(*expected, tzinfo=PARIS)


def test_date_with_offset_and_empty():
    assert parse_moment("2024-03-18T14:05:00+02:00").utcoffset() == dt.timedelta(hours=2)
    assert parse_moment("") is None and parse_moment(None) is None


@pytest.mark.parametrize(
    "value, fragment",
    [
        ("18/13/2024", "month must be in 1..12"),
        ("31/02/2024", "day is out of range"),
        ("2024-02-31", "day is out of range"),
        ("mars 2024", "dd/mm/yyyy"),
    ],
)
def test_unreadable_dates_say_what_is_expected(value, fragment):
    with pytest.raises(ValueError) as error:
        parse_moment(value)
    assert "'{}'".format(value) in str(error.value) and fragment in str(error.value)
    assert "ISO 8601" in str(error.value)


def test_unreadable_date_is_a_problem_naming_line_and_column():
    good, bad = _read(_csv([_row("1"), _row("2", date="32/01/2024")]))
    assert good.problems == [] and bad.requested_at is None
    assert [str(p) for p in bad.problems] == [
        "f.csv line 3: column 'date': '32/01/2024' is not a valid date (day is out of range "
        "for month): expected " + DATE_FORMATS
    ]


def _fake_lambert93(calls):
    def to_lonlat(xs, ys, srid):
        calls.append((list(xs), list(ys), srid))
        return [x / 1e5 for x in xs], [y / 1e5 for y in ys]

    return to_lonlat


def test_projected_xy_goes_through_to_lonlat_in_one_batch():
    mapping = ColumnMapping(external_id="id", requested_at="date", x="x", y="y", srid=2154)
    text = _csv(
        [
            ["1", "18/03/2024", "652000,5", "6858000"],
            ["2", "18/03/2024", "", ""],
            ["3", "18/03/2024", "0", "0"],
            ["4", "18/03/2024", "653000", "6859000"],
        ],
        header=["id", "date", "x", "y"],
    )
    calls = []
    reports = _read(text, mapping, to_lonlat=_fake_lambert93(calls))
    assert calls == [([652000.5, 653000.0], [6858000.0, 6859000.0], 2154)]
    assert [(r.lon, r.lat) for r in reports] == [
        (652000.5 / 1e5, 68.58),
        (None, None),
        (None, None),
        (6.53, 68.59),
    ]
    assert reports[2].flags == ["zero_coordinates"]


def test_projected_xy_without_to_lonlat_is_a_clear_error():
    mapping = ColumnMapping(external_id="id", x="x", y="y", srid=2154)
    with pytest.raises(GupError, match="EPSG:2154.*to_lonlat"):
        reports_from_rows([{"id": "1", "x": "652000", "y": "6858000"}], mapping, "file")
    assert (
        reports_from_rows(
            [{"id": "1", "x": "2.4", "y": "48.8"}],
            ColumnMapping(external_id="id", x="x", y="y"),
            "file",
        )[0].lon
        == 2.4
    )


def _wkt_reports(*wkts, srid=4326):
    rows = [{"id": str(i), "date": "2024-03-18", "geom": wkt} for i, wkt in enumerate(wkts)]
    mapping = ColumnMapping(external_id="id", requested_at="date", wkt="geom", srid=srid)
    return reports_from_rows(rows, mapping, "layer", _fake_lambert93([]), where="lyr")


def test_wkt_points():
    point, multi, empty, blank = _wkt_reports(
        "POINT (2.39859 48.78901)", "MULTIPOINT ((2.4 48.7))", "POINT EMPTY", ""
    )
    assert (point.lon, point.lat) == (2.39859, 48.78901) and point.problems == []
    assert (multi.lon, multi.lat) == (2.4, 48.7) and multi.problems == []
    assert empty.lon is None and blank.lon is None and empty.problems == blank.problems == []
    (projected,) = _wkt_reports("POINT (652000 6858000)", srid=2154)
    assert (projected.lon, projected.lat) == (6.52, 68.58)


def test_non_point_or_unreadable_wkt_is_a_problem():
    line, garbage = _wkt_reports("LINESTRING (2.3 48.7, 2.4 48.8)", "POINT (2.3")
    assert [str(p) for p in line.problems] == [
        "lyr row 1: column 'geom': a report is a point, not a LineString"
    ]
    assert "lyr row 2: column 'geom': unreadable WKT 'POINT (2.3'" in str(garbage.problems[0])
    assert line.lon is None and line.flags == garbage.flags == [FLAG_UNREADABLE_COORDINATES]


def test_mapping_validation_lists_every_problem():
    mapping = ColumnMapping(
        external_id="identifiant", description=("description", "detail"), x="lon", srid=0
    )
    with pytest.raises(InputError) as error:
        read_reports_csv(_csv([_row()]).encode(), mapping, "file", where="f.csv")
    messages = [p.message for p in error.value.problems]
    assert len(messages) == 4
    assert messages[0].startswith("external_id column 'identifiant' is not in the file")
    assert messages[1].startswith("description column 'detail' is not in the file")
    assert "only x is given" in messages[2] and "srid 0" in messages[3]
    assert all(p.where == "f.csv" for p in error.value.problems)
    with pytest.raises(InputError, match="either x/y columns or a WKT column"):
        ColumnMapping(x="lon", y="lat", wkt="lon").validate(HEADER)


def test_validation_on_a_file_with_one_row():
    with pytest.raises(InputError, match="'identifiant'"):
        read_reports_csv(_csv([_row()]).encode(), ColumnMapping(external_id="identifiant"), "file")
    assert len(read_reports_csv(_csv([_row()]).encode(), MAPPING, "file")[0]) == 1


def test_missing_id_or_date_is_a_problem_but_the_row_is_kept():
    rows = [_row("1"), _row("", date=""), _row("", description="autre"), _row("4", date="")]
    reports = _read(_csv(rows))
    assert len(reports) == len(rows)
    assert [[p.message for p in r.problems] for r in reports] == [
        [],
        ["no id (column 'id' is empty)", "no date (column 'date' is empty)"],
        ["no id (column 'id' is empty)"],
        ["no date (column 'date' is empty)"],
    ]
    assert reports[1].identity != reports[2].identity  # keyed by the raw content
    assert "_line" not in reports[1].raw and reports[1].raw["description"] == "Dépôt"
    assert reports[1].identity == _read(_csv([_row("1"), _row("1"), _row("", date="")]))[2].identity


def test_no_id_or_date_column_in_the_mapping():
    (report,) = reports_from_rows([{"a": "x"}], ColumnMapping(), "file")
    assert [p.message for p in report.problems] == [
        "no id (no id column in the mapping)",
        "no date (no date column in the mapping)",
    ]


@pytest.mark.parametrize(
    "status, expected, problem",
    [
        ("", "open", False),
        ("Ouvert", "open", False),
        ("CLOSED", "closed", False),
        ("Fermé", "closed", False),
        ("en attente", "en attente", True),
    ],
)
def test_status(status, expected, problem):
    (report,) = _read(_csv([_row(status=status)]))
    assert report.status == expected
    assert [p.message for p in report.problems] == (
        ["column 'statut': unknown status '{}' (expected open or closed)".format(status)]
        if problem
        else []
    )


def test_layer_rows_with_python_values():
    rows = [
        {
            "fid": 7,
            "cat": "voirie",
            "when": dt.datetime(2024, 3, 18, 9, 30),
            "lon": 2.39859,
            "lat": 48.78901,
            "note": None,
        },
        {
            "fid": 12.0,
            "cat": "voirie",
            "when": dt.date(2024, 3, 19),
            "lon": None,
            "lat": None,
            "note": "Trou",
        },
    ]
    mapping = ColumnMapping(
        external_id="fid",
        service_code="cat",
        requested_at="when",
        description="note",
        x="lon",
        y="lat",
    )
    first, second = reports_from_rows(rows, mapping, "layer", where="Signalements")
    assert (first.external_id, first.description, first.lon) == ("7", "", 2.39859)
    assert first.requested_at == dt.datetime(2024, 3, 18, 9, 30, tzinfo=PARIS)
    assert (second.external_id, second.description, second.lon) == ("12", "Trou", None)
    assert second.where == "Signalements row 2" and second.problems == []


DANSMARUE_HEADER = (
    "id_dmr,numero,type,soustype,adresse,code_postal,ville,arrondissement,"
    "conseilquartier,datedecl,anneedecl,moisdecl,prefixe,intervenant,lon,lat"
).split(",")


def test_guess_mapping_on_the_dansmarue_header():
    guessed = guess_mapping(DANSMARUE_HEADER)
    assert guessed == ColumnMapping(
        external_id="id_dmr",
        service_code="type",
        description="soustype",
        requested_at="datedecl",
        address="adresse",
        x="lon",
        y="lat",
        srid=4326,
    )
    assert guessed.used_columns() == {
        k: v for k, v in DANSMARUE_MAPPING.used_columns().items() if k != "service_name"
    }


def test_guess_mapping_on_english_french_and_projected_headers():
    english = [
        "Service_Request_ID",
        "service_code",
        "service_name",
        "description",
        "requested_datetime",
        "updated_datetime",
        "status",
        "address",
        "long",
        "lat",
    ]
    assert guess_mapping(english) == ColumnMapping(
        external_id="Service_Request_ID",
        service_code="service_code",
        service_name="service_name",
        description="description",
        requested_at="requested_datetime",
        updated_at="updated_datetime",
        status="status",
        address="address",
        x="long",
        y="lat",
    )
    french = guess_mapping(["Identifiant", "Catégorie", "Date", "Statut", "X", "Y", "_line"])
    assert (
        french.external_id,
        french.service_code,
        french.requested_at,
        french.status,
        french.x,
        french.y,
        french.srid,
    ) == ("Identifiant", "Catégorie", "Date", "Statut", "X", "Y", 2154)
    wkt = guess_mapping(["id", "geometry", "x", "y"])
    assert (wkt.wkt, wkt.x, wkt.srid) == ("geometry", None, 4326)


def test_preview():
    text = _csv([_row(str(i)) for i in range(1, 16)], sep=",")
    shown = preview(("\ufeff" + text).encode("utf-8"), n=3)
    assert shown.header == HEADER and shown.row_count == 15
    assert [r["id"] for r in shown.rows] == ["1", "2", "3"] and shown.rows[0]["_line"] == "2"
    assert (shown.encoding, shown.separator) == ("utf-8-sig", ",")
    assert shown.mapping == ColumnMapping(
        external_id="id",
        service_code="categorie",
        description="description",
        requested_at="date",
        status="statut",
        address="adresse",
        x="lon",
        y="lat",
    )
    assert shown.has_header and shown.notices == []


# --- the real DansMaRue sample -------------------------------------------------------------------


@pytest.fixture(scope="module")
def dansmarue():
    data = gzip.decompress(DANSMARUE.read_bytes())
    started = time.perf_counter()
    reports, encoding, separator = read_reports_csv(
        data, DANSMARUE_MAPPING, "dansmarue", where=DANSMARUE.name
    )
    print("DansMaRue: {} rows read in {:.2f} s".format(len(reports), time.perf_counter() - started))
    return data, reports, encoding, separator


def test_dansmarue_imports_every_row(dansmarue):
    data, reports, encoding, separator = dansmarue
    assert (encoding, separator) == ("utf-8", ",")
    assert len(reports) == DANSMARUE_ROWS == data.count(b"\n") - 1
    assert len({r.external_id for r in reports}) == DANSMARUE_ROWS
    assert [str(p) for r in reports for p in r.problems] == []
    assert all(r.flags == [] and r.status == "open" and r.service_code for r in reports)
    assert {r.requested_at.year for r in reports} == {2023, 2024}
    assert min(r.requested_at for r in reports) == dt.datetime(2023, 7, 17, tzinfo=PARIS)
    assert all(2.22 <= r.lon <= 2.47 and 48.81 <= r.lat <= 48.91 for r in reports)
    assert len({r.service_code for r in reports}) == 10
    first = reports[0]
    assert (first.external_id, first.service_code, first.description, first.address) == (
        "A2023G041622",
        "Objets abandonnés",
        "Autres objets encombrants abandonnés",
        "26 Rue de la Lune, 75002 PARIS",
    )
    assert first.where == "dansmarue_paris_2023-2024.csv.gz line 2" and "_line" not in first.raw
    assert sum(1 for r in reports if not r.address) == 2  # two rows without an address


def test_dansmarue_is_quarantined_outside_the_territory(dansmarue):
    _data, reports, _encoding, _separator = dansmarue
    catalogue = read_catalogue_csv(DEFAULT_CATALOGUE.read_bytes())
    categories = categories_requiring_description(catalogue)
    guard = QualityGuard(
        communes_from_records(commune_records()),
        categories,
        now=dt.datetime(2025, 1, 1, tzinfo=PARIS),
    )
    verdicts = guard.check(reports)
    assert len(verdicts) == len(reports) and all(v.report is r for v, r in zip(verdicts, reports))
    assert all(
        v.reasons and MALFORMED not in v.codes and MISSING_COORDINATES not in v.codes
        for v in verdicts
    )  # all quarantined, none for a reading problem
    inside = {v.report.external_id: v.insee_code for v in verdicts if v.insee_code}
    # Two Paris points less than about 10 m from the boundary fall inside the generalised
    # polygons of Gentilly and Ivry-sur-Seine (shared/data: ~35 vertices per commune).
    assert inside == {"G2024B012726": "94037", "G2024D027054": "94041"}
    assert all(OUTSIDE_TERRITORY in v.codes for v in verdicts if not v.insee_code)
    assert sum(OUTSIDE_TERRITORY in v.codes for v in verdicts) == DANSMARUE_ROWS - 2
