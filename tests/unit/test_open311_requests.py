"""Open311 requests for reporters: valid against the schema, public notes only, no personal data."""

import dataclasses
import datetime as dt
import json
from xml.etree import ElementTree

import jsonschema
import pytest

from gup_signalement_plugin.core.open311_requests import (
    FIELDS,
    FollowUp,
    RequestRecord,
    build_requests,
    open311_status,
    requests_to_json,
    requests_to_xml,
)

UTC = dt.timezone.utc
T = dt.datetime(2026, 5, 4, 8, 30, tzinfo=UTC)


def record(**changes):
    base = RequestRecord(
        service_request_id="A-0042",
        status="in_progress",
        service_code="depot",
        service_name="Dépôt sauvage",
        agency="Propreté — Vitry-sur-Seine",
        requested_at=T,
        updated_at=T + dt.timedelta(days=1),
        expected_day=dt.date(2026, 5, 11),
        lat=48.787,
        lon=2.392,
        follow_ups=(
            FollowUp(T + dt.timedelta(hours=2), "public", "Pris en charge, passage prévu."),
            FollowUp(T + dt.timedelta(hours=5), "internal", "Riverain M. Dupont, 06 12 34 56 78"),
            FollowUp(T + dt.timedelta(hours=1), "public", "Reçu."),
        ),
    )
    return dataclasses.replace(base, **changes)


def test_open_request_with_latest_public_note(requests_validator):
    requests = build_requests([record()])
    requests_validator.validate(requests)
    assert requests == [
        {
            "service_request_id": "A-0042",
            "status": "open",
            "status_notes": "Pris en charge, passage prévu.",
            "service_code": "depot",
            "service_name": "Dépôt sauvage",
            "agency_responsible": "Propreté — Vitry-sur-Seine",
            "requested_datetime": "2026-05-04T10:30:00+02:00",
            "updated_datetime": "2026-05-05T10:30:00+02:00",
            "expected_datetime": "2026-05-11T23:59:59+02:00",
            "lat": 48.787,
            "long": 2.392,
        }
    ]
    text = requests_to_json(requests)
    assert "Dupont" not in text and "06 12" not in text
    assert "Dupont" not in requests_to_xml(requests)


def test_closed_duplicate_and_missing_values(requests_validator):
    closed_at = T + dt.timedelta(days=3)
    requests = build_requests(
        [
            record(status="closed", closed_at=closed_at),
            record(service_request_id="B", status="duplicate", original_status="closed"),
            record(service_request_id="C", status="duplicate", original_status="in_progress"),
            record(
                service_request_id="D",
                status="to_triage",
                follow_ups=(),
                expected_day=None,
                agency=None,
                lat=None,
                lon=None,
                updated_at=dt.datetime(2026, 1, 5, 12),
            ),
        ]
    )
    requests_validator.validate(requests)
    assert [r["status"] for r in requests] == ["closed", "closed", "open", "open"]
    assert requests[0]["updated_datetime"] == "2026-05-07T10:30:00+02:00"
    assert requests[3]["status_notes"] is None
    assert requests[3]["expected_datetime"] is None
    assert requests[3]["updated_datetime"] == "2026-01-05T13:00:00+01:00"  # naive = UTC, winter


@pytest.mark.parametrize(
    "status, original, expected",
    [
        ("new", None, "open"),
        ("in_progress", None, "open"),
        ("to_triage", None, "open"),
        ("closed", None, "closed"),
        ("duplicate", "closed", "closed"),
        ("duplicate", "new", "open"),
    ],
)
def test_open311_status(status, original, expected):
    assert open311_status(status, original) == expected


def test_schema_rejects_a_capitalised_status(requests_validator):
    bad = build_requests([record()])
    bad[0]["status"] = "Open"
    with pytest.raises(jsonschema.ValidationError):
        requests_validator.validate(bad)


def test_xml_is_well_formed_and_says_the_same():
    requests = build_requests(
        [
            record(),
            record(service_request_id="D", lat=None, lon=None, status="closed", follow_ups=()),
        ]
    )
    root = ElementTree.fromstring(requests_to_xml(requests).encode("utf-8"))
    assert root.tag == "service_requests"
    from_xml = [{child.tag: child.text for child in node} for node in root]
    assert [list(r) for r in from_xml] == [list(FIELDS)] * 2
    for xml_request, request in zip(from_xml, requests):
        expected = {
            k: None if v is None else (repr(v) if isinstance(v, float) else v)
            for k, v in request.items()
        }
        assert xml_request == expected
    assert json.loads(requests_to_json(requests)) == requests
