"""The CSV files real exports give: no header row, CR-only lines, binary files renamed .csv,
empty or header-only files, duplicate column names, rows longer than the header, local times of
another time zone. Every record is kept or the file is refused with the reason; never a raw
traceback. The files are written by the tests, as they come."""

import datetime as dt
import gzip

import pytest

from gup_signalement_plugin.core.incoming import source_zone
from gup_signalement_plugin.core.report_files import (
    FILE_DAMAGED_GZIP,
    FILE_EMPTY,
    FILE_HEADER_ONLY,
    FILE_MISSING,
    FILE_NOT_TEXT,
    NOTICE_EXTRA_CELLS,
    NOTICE_HEADER_LOOKS_LIKE_DATA,
    NOTICE_NO_HEADER,
    NOTICE_RENAMED_COLUMNS,
    ColumnMapping,
    FileRefused,
    file_bytes,
    guess_mapping,
    header_looks_like_data,
    preview,
    read_csv_table,
    read_reports_csv,
)

# The 16 columns of a test server's export, written without its header row.
OPEN311_COLUMNS = (
    "service_request_id,status,status_notes,service_name,service_code,description,"
    "agency_responsible,service_notice,requested_datetime,updated_datetime,"
    "expected_datetime,address,address_id,zipcode,lat,long"
).split(",")
HEADERLESS_ROWS = [
    "101,open,,Katuvalo,171,Katuvalo ei pala,,,2024-03-18T14:05:00+02:00,,,Mannerheimintie 1,,"
    "00100,60.1699,24.9384",
    "102,closed,Korjattu,Roska-astia,172,Täynnä,,,2024-03-19T08:00:00+02:00,"
    "2024-03-20T10:00:00+02:00,,Aleksanterinkatu 5,,00100,60.1688,24.9500",
    "103,open,,Katuvalo,171,,,,2024-03-21T22:30:00+02:00,,,,,,60.17,24.94",
]


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _refused(path):
    with pytest.raises(FileRefused) as caught:
        read_csv_table(file_bytes(path), name=path.name)
    return caught.value


def test_a_headerless_16_column_export_keeps_its_first_record(tmp_path):
    path = _write(tmp_path, "open311_export.csv", "\n".join(HEADERLESS_ROWS).encode("utf-8"))
    table = read_csv_table(file_bytes(path), name=path.name)  # detected
    assert not table.has_header and table.header_looks_like_data
    assert table.header == [str(i) for i in range(1, 17)]
    assert [row["1"] for row in table.rows] == ["101", "102", "103"]
    assert [row["_line"] for row in table.rows] == ["1", "2", "3"]
    assert table.rows[0]["16"] == "24.9384" and table.rows[1]["3"] == "Korjattu"
    assert [(n.code, n.params) for n in table.notices] == [(NOTICE_NO_HEADER, {"columns": 16})]
    mapping = ColumnMapping(
        external_id="1",
        status="2",
        service_code="5",
        description="6",
        requested_at="9",
        updated_at="10",
        address="12",
        x="16",
        y="15",
    )
    reports, _encoding, _separator = read_reports_csv(
        file_bytes(path), mapping, "fi", where=path.name, has_header=False
    )
    assert [r.external_id for r in reports] == ["101", "102", "103"]
    assert [r.problems for r in reports] == [[], [], []]
    assert reports[1].status == "closed" and reports[1].updated_at.hour == 10
    assert (reports[0].lon, reports[0].lat) == (24.9384, 60.1699)
    assert reports[0].where == "open311_export.csv line 1"


def test_a_headerless_file_read_with_a_header_on_request_says_so(tmp_path):
    path = _write(tmp_path, "open311_export.csv", "\n".join(HEADERLESS_ROWS).encode("utf-8"))
    table = read_csv_table(file_bytes(path), has_header=True, name=path.name)
    assert table.has_header and len(table.rows) == 2
    notice = table.notices[0]
    assert notice.code == NOTICE_HEADER_LOOKS_LIKE_DATA
    assert notice.params["cells"] == ["101", "open", "", "Katuvalo", "171"]
    assert "looks like data" in notice.describe()


def test_a_real_header_is_not_taken_for_data():
    text = ",".join(OPEN311_COLUMNS) + "\n" + HEADERLESS_ROWS[0] + "\n"
    table = read_csv_table(text.encode(), name="f.csv")
    assert table.has_header and table.header == OPEN311_COLUMNS and table.notices == []
    assert guess_mapping(table.header).external_id == "service_request_id"


@pytest.mark.parametrize(
    "cells, expected",
    [
        (["id", "date", "lon", "lat"], False),
        (["id", "2024"], False),  # one data-like cell of two: a header (e.g. a year column)
        (["12", "2024-03-18"], True),  # two: data
        (["A12", "18/03/2024 14:05", "2,39859"], True),
        (["POINT (2.4 48.8)", "7"], True),
        (["12"], True),  # a one-column row: its only cell decides
        (["identifiant"], False),
        (["", ""], False),
    ],
)
def test_header_looks_like_data_boundaries(cells, expected):
    assert header_looks_like_data(cells) is expected


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n"])
def test_cr_only_crlf_and_lf_line_endings(tmp_path, ending):
    lines = [
        "id;categorie;description;date",
        "1;voirie;\"Trou\";18/03/2024",
        "2;voirie;Bosse;19/03/2024",
    ]
    path = _write(tmp_path, "mac.csv", (ending.join(lines) + ending).encode("cp1252"))
    table = read_csv_table(file_bytes(path), name=path.name)
    assert table.header == ["id", "categorie", "description", "date"]
    assert [(r["id"], r["description"], r["_line"]) for r in table.rows] == [
        ("1", "Trou", "2"),
        ("2", "Bosse", "3"),
    ]


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00"
    b"\x00\x1f\xf3\xffa" + bytes(range(256)) * 8
)
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00>\x00\x01\x00\x00\x00" + b"\n;," * 500


@pytest.mark.parametrize(
    "name, data, kind",
    [
        ("photo.csv", PNG, "png"),
        ("programme.csv", ELF, "elf"),
        ("zipped.csv.gz", gzip.compress(PNG), "png"),
        ("noise.csv", b"id;date\n" + bytes(range(1, 32)) * 40, "binary"),
    ],
)
def test_binary_files_are_refused_naming_the_file_and_why(tmp_path, name, data, kind):
    error = _refused(_write(tmp_path, name, data))
    assert (error.code, error.params) == (FILE_NOT_TEXT, {"file": name, "kind": kind})
    assert str(error).startswith(name + " is not a text (CSV) file")


def test_latin1_text_with_accents_is_not_taken_for_binary(tmp_path):
    text = "id;description\n" + "1;Dépôt à côté de l'église\n" * 50
    path = _write(tmp_path, "f.csv", text.encode("cp1252"))
    assert len(read_csv_table(file_bytes(path), name="f.csv").rows) == 50


def test_utf16_with_bom_is_read(tmp_path):
    path = _write(tmp_path, "unicode.csv", "id\tdescription\r\n1\tÉclairage\r\n".encode("utf-16"))
    table = read_csv_table(file_bytes(path), name=path.name)
    assert table.encoding == "utf-16" and table.rows[0]["description"] == "Éclairage"


def test_missing_file_and_damaged_gzip(tmp_path):
    with pytest.raises(FileRefused) as caught:
        file_bytes(tmp_path / "absent.csv")
    assert caught.value.code == FILE_MISSING and "absent.csv" in caught.value.params["file"]
    assert caught.value.params["detail"] == "No such file or directory"
    error = _refused(_write(tmp_path, "cut.csv.gz", gzip.compress(b"id;date\n1;2\n")[:-6]))
    assert error.code == FILE_DAMAGED_GZIP and error.params["file"] == "cut.csv.gz"


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("empty.csv", b"", FILE_EMPTY),
        ("blank.csv", b"\r\n  \n\n", FILE_EMPTY),
        ("separators.csv", b";;;\n;;\n", FILE_EMPTY),
        ("bom.csv", b"\xef\xbb\xbf", FILE_EMPTY),
        ("empty.csv.gz", gzip.compress(b""), FILE_EMPTY),
        ("header.csv", b"id;categorie;date\n", FILE_HEADER_ONLY),
        ("header_blank_lines.csv", b"id;categorie;date\r\n;;\r\n\r\n", FILE_HEADER_ONLY),
        ("header.csv.gz", gzip.compress(b"id,date\n"), FILE_HEADER_ONLY),
    ],
)
def test_empty_and_header_only_files_are_refused(tmp_path, name, data, code):
    error = _refused(_write(tmp_path, name, data))
    assert error.code == code and error.params["file"] == name
    if code == FILE_HEADER_ONLY:
        assert error.params["columns"] in (2, 3)


def test_one_data_row_without_header_is_not_refused():
    table = read_csv_table(b"12;2024-03-18;2.4;48.8\n", name="f.csv")
    assert len(table.rows) == 1 and table.header == ["1", "2", "3", "4"]


def test_duplicate_and_blank_column_names_keep_every_cell():
    text = "id;date;description;description;;description (2)\n1;18/03/2024;Trou;Grand;x;y\n"
    table = read_csv_table(text.encode(), name="f.csv")
    assert table.header == ["id", "date", "description", "description (3)", "5", "description (2)"]
    assert {k: v for k, v in table.rows[0].items() if k != "_line"} == {
        "id": "1",
        "date": "18/03/2024",
        "description": "Trou",
        "description (3)": "Grand",
        "5": "x",
        "description (2)": "y",
    }
    assert [(n.code, n.params) for n in table.notices] == [
        (NOTICE_RENAMED_COLUMNS, {"renamed": [("description", "description (3)"), ("", "5")]})
    ]
    shown = preview(text.encode(), name="f.csv")
    assert shown.notices == table.notices and shown.mapping.description == ("description",)


def test_rows_longer_than_the_header_keep_their_extra_cells():
    text = "id;date;4\n1;18/03/2024\n2;19/03/2024;a;b;c\n3;20/03/2024;d\n4;21/03/2024;e;f\n"
    table = read_csv_table(text.encode(), name="f.csv")
    assert table.header == ["id", "date", "4", "4 (2)", "5"]
    assert [[r[c] for c in table.header] for r in table.rows] == [
        ["1", "18/03/2024", "", "", ""],
        ["2", "19/03/2024", "a", "b", "c"],
        ["3", "20/03/2024", "d", "", ""],
        ["4", "21/03/2024", "e", "f", ""],
    ]
    assert [(n.code, n.params) for n in table.notices] == [
        (NOTICE_EXTRA_CELLS, {"rows": 2, "first_line": 3, "columns": ["4 (2)", "5"]})
    ]
    reports, _e, _s = read_reports_csv(
        text.encode(),
        ColumnMapping(external_id="id", requested_at="date", description=("4", "4 (2)", "5")),
        "f",
    )
    assert reports[1].description == "a, b, c" and reports[1].raw["5"] == "c"


def test_local_times_of_a_us_export_in_its_time_zone():
    text = (
        "service_request_id,requested_datetime,lat,long\n"
        "1,2024-03-18 14:05:00,41.88,-87.63\n"
        "2,01/15/2024,41.88,-87.63\n"  # month first: not a French date
        "3,2024-01-15T09:00:00-06:00,41.88,-87.63\n"
    )
    chicago = source_zone("America/Chicago")
    mapping = ColumnMapping(
        external_id="service_request_id",
        requested_at="requested_datetime",
        x="long",
        y="lat",
        source_tz="America/Chicago",
    )
    first, second, third = read_reports_csv(text.encode(), mapping, "chicago")[0]
    assert first.requested_at == dt.datetime(2024, 3, 18, 14, 5, tzinfo=chicago)
    assert first.requested_at.astimezone(dt.timezone.utc).hour == 19  # CDT, UTC-5
    assert second.requested_at is None and "01/15/2024" in second.problems[0].message
    assert third.requested_at.utcoffset() == dt.timedelta(hours=-6)
    paris = read_reports_csv(
        text.encode(),
        guess_mapping(["service_request_id", "requested_datetime", "lat", "long"]),
        "c",
    )[0][0]
    assert paris.requested_at.astimezone(dt.timezone.utc).hour == 13  # the default: Paris


def test_columns_of_a_headerless_file_are_guessed_from_their_values():
    table = read_csv_table("\n".join(HEADERLESS_ROWS).encode(), name="f.csv")
    assert guess_mapping(table.header, table.rows) == ColumnMapping(
        external_id="1", requested_at="9", status="2", x="16", y="15"
    )
    assert guess_mapping(table.header) == ColumnMapping()  # no values: nothing to go on


@pytest.mark.parametrize(
    "first, second, x, y",
    [
        ("48.78901", "2.39859", "3", "2"),  # latitude first, as Open311 exports
        ("90.0", "2.39859", "3", "2"),  # exactly 90: still a latitude
        ("90.5", "48.78901", "2", "3"),  # beyond 90: the first is the longitude
        ("-97.5", "41.8781", "2", "3"),  # beyond -90 as well
        ("-87.6298", "41.8781", "3", "2"),  # both within 90: taken as latitude first (swapped)
    ],
)
def test_position_columns_guessed_from_values(first, second, x, y):
    rows = [{"1": "A{}".format(i), "2": first, "3": second, "4": "18/03/2024"} for i in range(3)]
    guessed = guess_mapping(["1", "2", "3", "4"], rows)
    assert (guessed.external_id, guessed.x, guessed.y, guessed.requested_at) == ("1", x, y, "4")


def test_a_value_guess_needs_every_value_to_fit():
    rows = [
        {"1": "7", "2": "open", "3": "2,5", "4": "1.5"},
        {"1": "7", "2": "en attente", "3": "3,5", "4": "2.5"},
        {"1": "8", "2": "closed", "3": "x", "4": ""},
    ]
    guessed = guess_mapping(["1", "2", "3", "4"], rows)
    assert guessed == ColumnMapping()  # repeated ids, an unknown status, one non-number
    rows[1]["1"], rows[1]["2"] = "9", "Fermé"
    assert guess_mapping(["1", "2", "3", "4"], rows) == ColumnMapping(external_id="1", status="2")
