"""Unit-layer fixtures."""

import json

import jsonschema
import pytest
import referencing

from tests.helpers import SHARED_DATA

SCHEMA_DIR = SHARED_DATA / "open311" / "schema"


@pytest.fixture(scope="module")
def requests_validator():
    """The Open311 requests.json schema (draft 4, its $refs resolved) as a validator."""
    schemas = {p.name: json.loads(p.read_text("utf-8")) for p in SCHEMA_DIR.glob("*.json")}
    registry = referencing.Registry().with_resources(
        (
            name,
            referencing.Resource.from_contents(
                body, default_specification=referencing.jsonschema.DRAFT4
            ),
        )
        for name, body in schemas.items()
    )
    return jsonschema.Draft4Validator(schemas["requests.json"], registry=registry)
