"""Open311 GeoReport v2 parsing: every real capture and every dialect oddity they show."""

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gup_signalement_plugin.core.errors import InputError
from gup_signalement_plugin.core.incoming import (
    FLAG_PARTIAL_COORDINATES,
    FLAG_UNREADABLE_COORDINATES,
    FLAG_ZERO_COORDINATES,
    parse_timestamp,
)
from gup_signalement_plugin.core.open311_parse import (
    Open311Error,
    detect_format,
    error_message,
    parse_requests,
    parse_services,
)
from tests.helpers import SHARED_DATA

CAPTURES = SHARED_DATA / "open311"
BOM = b"\xef\xbb\xbf"


def _capture(name: str) -> bytes:
    return (CAPTURES / name).read_bytes()


def _one(record: dict, **kwargs):
    """Parse a one-request JSON document."""
    reports = parse_requests(json.dumps([record]).encode("utf-8"), "test", **kwargs)
    assert len(reports) == 1
    return reports[0]


BASE = {
    "service_request_id": "1",
    "status": "open",
    "service_code": "proprete",
    "requested_datetime": "2024-03-01T10:00:00+01:00",
    "lat": 48.79,
    "long": 2.39,
}


# --- the real captures --------------------------------------------------------------------------


def test_chicago_missing_optional_keys():
    reports = parse_requests(_capture("chicago_requests_2014.json"), "chicago")
    assert [r.external_id for r in reports] == ["14-01100669", "14-01100627"]
    first = reports[0]
    assert first.description == "" and first.media_url is None and not first.problems
    assert first.requested_at == dt.datetime(
        2014, 7, 12, 10, 58, 43, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert first.updated_at.utcoffset() == dt.timedelta(hours=-5)
    assert first.lat == pytest.approx(41.858724777757864) and first.lon == pytest.approx(
        -87.66475146237676
    )
    assert first.service_code == "4ffa9cad6018277d4000007b"
    assert first.address == "1540 W 17TH ST, CHICAGO, IL, 60608"
    assert "status_notes" not in first.raw and reports[1].raw["status_notes"] == "Locked"
    assert first.where == "item 1" and first.source == "chicago"


def test_bloomington_zero_null_and_empty_values():
    reports = parse_requests(_capture("bloomington_requests_2012.json"), "bloomington")
    assert len(reports) == 21
    assert sum(r.status == "closed" for r in reports) == 3
    zero = [r for r in reports if FLAG_ZERO_COORDINATES in r.flags]
    assert len(zero) == 6 and all(r.lon is None and r.lat is None for r in zero)
    assert all(r.raw["lat"] == 0 for r in zero)  # the original stays in raw for the audit
    null = [r for r in reports if r.raw["lat"] is None]
    assert len(null) == 2 and all(not r.has_coordinates and not r.flags for r in null)
    with_media = [r for r in reports if r.media_url]
    assert len(with_media) == 1 and with_media[0].media_url.startswith("https://")
    assert sum(r.media_url is None for r in reports) == 20
    assert sum(r.description == "" for r in reports) == 4  # one null and three ""
    assert all("\r" not in r.description for r in reports)
    assert any("\n\n" in r.description for r in reports)
    assert not any(r.problems for r in reports)


@pytest.mark.parametrize(
    "name, ids",
    [
        ("toronto_requests_2018.xml", ["101005420892", "101005420894"]),
        ("toronto_request_single_2018.xml", ["101005420892"]),
    ],
)
def test_toronto_xml_long_before_lat_and_empty_updated(name, ids):
    reports = parse_requests(_capture(name), "toronto")
    assert [r.external_id for r in reports] == ids
    first = reports[0]
    assert (first.lon, first.lat) == (-79.272306875, 43.691104288)
    assert first.updated_at is None and first.description == "" and first.media_url is None
    assert first.requested_at == dt.datetime(
        2018, 7, 30, 0, 1, tzinfo=dt.timezone(dt.timedelta(hours=-4))
    )
    assert first.service_code == "CSROWR-12" and first.raw["address_id"] == "13459430"
    assert not first.problems


def test_bloomington_services():
    services = parse_services(_capture("bloomington_services_2012.json"))
    assert len(services) == 46
    assert sum(s["metadata"] for s in services) == 11
    assert len({s["group"] for s in services}) == 7
    assert all(s["keywords"] == [] and not s["problems"] for s in services)
    requests_codes = {
        r.service_code for r in parse_requests(_capture("bloomington_requests_2012.json"), "b")
    }
    assert requests_codes <= {s["service_code"] for s in services}


@pytest.mark.parametrize(
    "name, vandalism",
    [("helsinki_services_en.json", "Vandalism"), ("helsinki_services_fi.json", "Ilkivalta")],
)
def test_helsinki_services_crlf_tabs_and_numeric_codes(name, vandalism):
    services = parse_services(_capture(name))
    assert len(services) == 10
    assert all(isinstance(s["service_code"], str) for s in services)
    by_code = {s["service_code"]: s for s in services}
    assert by_code["172"]["service_name"] == vandalism
    assert by_code["172"]["keywords"][0] in ("bench", "ilkivalta")
    if name.endswith("_fi.json"):
        assert "pöydät" in by_code["172"]["keywords"]  # UTF-8 text read as UTF-8


# --- dialects -----------------------------------------------------------------------------------


def test_bom_in_json_and_xml():
    reports = parse_requests(BOM + _capture("chicago_requests_2014.json"), "c")
    assert len(reports) == 2
    xml = parse_requests(BOM + _capture("toronto_requests_2018.xml"), "t")
    assert len(xml) == 2
    assert detect_format(BOM + b"  <x/>") == "xml" and detect_format(b"[]") == "json"


def test_crlf_json():
    data = json.dumps([BASE], indent="\t").replace("\n", "\r\n").encode("utf-8")
    assert parse_requests(data, "t")[0].external_id == "1"


def test_cp1252_document_is_decoded():
    text = (
        '[{"service_request_id": "1", "status": "open", "requested_datetime": "2024-03-01", '
        '"description": "Dépôt sauvage"}]'
    )
    assert parse_requests(text.encode("cp1252"), "t")[0].description == "Dépôt sauvage"


@pytest.mark.parametrize(
    "value, expected",
    [("Open", "open"), ("CLOSED", "closed"), (" closed ", "closed"), (None, "open"), ("", "open")],
)
def test_status_lower_cased(value, expected):
    report = _one(dict(BASE, status=value))
    assert report.status == expected and not report.problems


def test_unknown_status_is_kept_with_a_problem():
    report = _one(dict(BASE, status="In Progress"))
    assert report.status == "in progress"
    assert "unknown status" in report.problems[0].message


@pytest.mark.parametrize(
    "value, expected",
    [(101005420892, "101005420892"), ("00042", "00042"), (42.0, "42"), (" 7 ", "7")],
)
def test_ids_and_codes_become_strings(value, expected):
    report = _one(dict(BASE, service_request_id=value, service_code=value))
    assert report.external_id == expected and report.service_code == expected


def test_xml_keeps_leading_zeros():
    xml = (
        b"<service_requests><request><service_request_id>000123</service_request_id>"
        b"<service_code>007</service_code><requested_datetime>2024-03-01T10:00:00"
        b"</requested_datetime><lat>48.79</lat><long>2.39</long></request></service_requests>"
    )
    report = parse_requests(xml, "t")[0]
    assert report.external_id == "000123" and report.service_code == "007"


@pytest.mark.parametrize(
    "lat, lon, expected, flag",
    [
        ("48.79", "2.39", (2.39, 48.79), None),
        ("48,79", "2,39", (2.39, 48.79), None),
        (None, None, (None, None), None),
        ("", "", (None, None), None),
        (0, 0, (None, None), FLAG_ZERO_COORDINATES),
        ("0", "0.0", (None, None), FLAG_ZERO_COORDINATES),
        ("abc", "2.39", (None, None), FLAG_UNREADABLE_COORDINATES),
        ("NaN", "2.39", (None, None), FLAG_UNREADABLE_COORDINATES),
        (48.79, None, (None, None), FLAG_PARTIAL_COORDINATES),
    ],
)
def test_coordinates(lat, lon, expected, flag):
    report = _one(dict(BASE, lat=lat, long=lon))
    assert (report.lon, report.lat) == expected
    assert report.flags == ([flag] if flag else [])


def test_lon_key_variants():
    record = dict(BASE)
    del record["long"]
    record["lon"] = 2.4
    assert _one(record).lon == 2.4


def test_missing_keys_empty_strings_and_null_are_the_same():
    keys = ("description", "address", "media_url", "service_name", "updated_datetime")
    missing = _one(BASE)
    empty = _one(dict(BASE, **{k: "" for k in keys}))
    null = _one(dict(BASE, **{k: None for k in keys}))
    for report in (missing, empty, null):
        assert (
            report.description,
            report.address,
            report.media_url,
            report.service_name,
            report.updated_at,
        ) == ("", "", None, "", None)


def test_naive_timestamps_are_in_the_source_time_zone():
    winter = _one(dict(BASE, requested_datetime="2024-01-15T10:00:00")).requested_at
    summer = _one(dict(BASE, requested_datetime="2024-07-15 10:00:00")).requested_at
    assert winter.utcoffset() == dt.timedelta(hours=1) and summer.utcoffset() == dt.timedelta(
        hours=2
    )
    other = _one(dict(BASE, requested_datetime="2024-07-15T10:00:00"), tz_name="America/Toronto")
    assert other.requested_at.utcoffset() == dt.timedelta(hours=-4)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-03-01T10:00:00Z", dt.datetime(2024, 3, 1, 10, tzinfo=dt.timezone.utc)),
        (
            "2024-03-01T10:00:00.123456+0200",
            dt.datetime(2024, 3, 1, 10, 0, 0, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
        (
            "2024-03-01T10:00-05",
            dt.datetime(2024, 3, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        ("2024-03-01", dt.datetime(2024, 2, 29, 23, tzinfo=dt.timezone.utc)),
    ],
)
def test_timestamp_forms(text, expected):
    assert parse_timestamp(text) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2060, 1, 1)),
    st.integers(min_value=-12 * 60, max_value=14 * 60),
)
def test_timestamp_round_trip(naive, offset_minutes):
    aware = naive.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset_minutes)))
    assert parse_timestamp(aware.isoformat()) == aware


def test_malformed_items_are_kept_with_their_problem():
    data = json.dumps(
        [
            BASE,
            "garbage",
            {"status": "open", "token": "abc"},
            dict(BASE, service_request_id="3", requested_datetime="yesterday"),
        ]
    ).encode()
    reports = parse_requests(data, "t", where="page 3")
    assert len(reports) == 4 and not reports[0].problems
    assert (
        reports[1].raw == {"value": "garbage"} and reports[1].problems[0].where == "page 3, item 2"
    )
    assert (
        "no service_request_id" in reports[2].problems[0].message
        and "abc" in reports[2].problems[0].message
    )
    assert any("no requested_datetime" in p.message for p in reports[2].problems)
    assert "requested_datetime" in reports[3].problems[0].message
    assert reports[3].where == "page 3, item 4"
    # the malformed ones still get a stable identity, for idempotent storage
    assert reports[1].identity == parse_requests(data, "t")[1].identity
    assert reports[1].identity[1].startswith("sha1:")


def test_wrapped_and_single_object_json():
    wrapped = json.dumps({"service_requests": [BASE, BASE]}).encode()
    assert len(parse_requests(wrapped, "t")) == 2
    assert len(parse_requests(json.dumps(BASE).encode(), "t")) == 1


def test_xml_repeated_and_nested_tags():
    xml = (
        b"<service_requests><request><service_request_id>9</service_request_id>"
        b"<requested_datetime>2024-03-01T10:00:00</requested_datetime>"
        b"<attribute>a</attribute><attribute>b</attribute>"
        b"<extended><x>1</x></extended></request></service_requests>"
    )
    report = parse_requests(xml, "t")[0]
    assert report.raw["attribute"] == ["a", "b"] and report.raw["extended"] == {"x": "1"}


def test_json_error_document():
    data = (
        b'[{"code":403,"description":'
        b'"Invalid api_key received -- can\'t proceed with create_request."}]'
    )
    assert (
        error_message(data)
        == "Invalid api_key received -- can't proceed with create_request. (code 403)"
    )
    with pytest.raises(Open311Error) as caught:
        parse_requests(data, "t")
    assert "Invalid api_key" in str(caught.value) and "403" in caught.value.server_message


def test_xml_error_document():
    data = (
        b'<?xml version="1.0" encoding="utf-8"?><errors><error><code>404</code>'
        b"<description>service_code not found</description></error>"
        b"<error><code>400</code><description>bad date</description></error></errors>"
    )
    assert error_message(data) == "service_code not found (code 404); bad date (code 400)"
    with pytest.raises(Open311Error):
        parse_services(data)


@pytest.mark.parametrize(
    "data",
    [
        b"<error>Invalid jurisdiction_id</error>",
        b'<?xml version="1.0" encoding="utf-8"?>\n<error>\n  Invalid jurisdiction_id \n</error>',
        b"<errors><error>Invalid jurisdiction_id</error></errors>",
    ],
)
def test_bare_xml_error_shows_its_text(data):
    assert error_message(data) == "Invalid jurisdiction_id"
    with pytest.raises(Open311Error) as caught:
        parse_requests(data, "t")
    assert caught.value.server_message == "Invalid jurisdiction_id"
    assert str(caught.value) == "The Open311 server answered an error: Invalid jurisdiction_id"


def test_error_message_is_none_for_other_documents():
    assert error_message(_capture("chicago_requests_2014.json")) is None
    assert error_message(_capture("toronto_requests_2018.xml")) is None
    assert error_message(b"<html>Bad gateway</html") is None


@pytest.mark.parametrize(
    "data, fragment",
    [
        (b'[{"service_request_id": "1",', "not a valid JSON"),
        (b"<service_requests><request>", "not a valid XML"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><service_requests/>', "DOCTYPE"),
        (b"<html><body>Bad gateway</body></html>", "unexpected XML root <html>"),
        (b'"just a string"', "a list of requests"),
    ],
)
def test_unreadable_documents_raise_input_error(data, fragment):
    with pytest.raises(InputError) as caught:
        parse_requests(data, "t", where="page 1")
    assert fragment in str(caught.value) and "page 1" in str(caught.value)


def test_services_xml_and_problems():
    xml = (
        b"<services><service><service_code>001</service_code><service_name>A</service_name>"
        b"<metadata>true</metadata><keywords>x, y</keywords></service>"
        b"<service><service_name>no code</service_name><metadata>maybe</metadata></service>"
        b"</services>"
    )
    first, second = parse_services(xml)
    assert (
        first["service_code"] == "001"
        and first["metadata"] is True
        and first["keywords"] == ["x", "y"]
    )
    assert [p.message for p in second["problems"]] == [
        "no service_code",
        "metadata 'maybe' is not true/false",
    ]
