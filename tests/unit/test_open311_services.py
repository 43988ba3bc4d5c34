import datetime as dt
import json
from xml.etree import ElementTree

import jsonschema
import pytest
import referencing

from gup_signalement_plugin.core.catalogue import (
    Audience,
    CommuneSetting,
    Stage,
    read_catalogue_csv,
)
from gup_signalement_plugin.core.open311_services import (
    build_services,
    services_file_name,
    services_to_json,
    services_to_xml,
)
from tests.helpers import DEFAULT_CATALOGUE, SHARED_DATA

SCHEMA_DIR = SHARED_DATA / "open311" / "schema"
DAY = dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def services_validator():
    """Draft-4 validator of GeoReport v2 services.json, relative $refs resolved from the folder."""
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
    return jsonschema.Draft4Validator(schemas["services.json"], registry=registry)


def _categories():
    return read_catalogue_csv(DEFAULT_CATALOGUE.read_bytes())


def _cells():
    return {
        "proprete": CommuneSetting("94081", "proprete", Stage.PUBLIC),
        "eclairage": CommuneSetting("94081", "eclairage", Stage.AGENTS),
        "voirie": CommuneSetting("94081", "voirie", Stage.CLOSED, closed_message="Écrire au maire"),
        "mobilier": CommuneSetting("94081", "mobilier", Stage.PUBLIC, valid_to=dt.date(2025, 1, 1)),
    }


def _by_code(services):
    return {s["service_code"]: s for s in services}


def test_public_document_lists_open_and_closed_but_not_agent_only(services_validator):
    services = build_services(_categories(), _cells(), Audience.PUBLIC, DAY, "Contactez la mairie")
    by_code = _by_code(services)
    assert (
        by_code["proprete"]["keywords"] == ""
        and by_code["proprete"]["service_name"] == "Rue sale, propreté"
    )
    assert "eclairage" not in by_code
    assert by_code["voirie"]["keywords"] == "inactive"
    assert by_code["voirie"]["description"] == "Écrire au maire"
    # expired validity: closed, with the commune's default message
    assert by_code["mobilier"]["keywords"] == "inactive"
    assert by_code["mobilier"]["description"] == "Contactez la mairie"
    # no cell at all: closed
    assert by_code["nuisibles"]["keywords"] == "inactive"
    # only top-level categories
    assert not any("." in code for code in by_code)
    services_validator.validate(json.loads(services_to_json(services)))


def test_agents_document_marks_agent_only_categories_staff(services_validator):
    services = build_services(_categories(), _cells(), Audience.AGENTS, DAY, "x")
    by_code = _by_code(services)
    assert by_code["eclairage"]["keywords"] == "staff"
    assert by_code["proprete"]["keywords"] == ""
    assert by_code["voirie"]["keywords"] == "inactive"
    services_validator.validate(json.loads(services_to_json(services)))


def test_inactive_categories_are_left_out_and_perimeter_flagged():
    categories = _categories()
    for cat in categories:
        if cat.code == "nuisibles":
            cat.active = False
    cells = {
        "proprete": CommuneSetting(
            "94081",
            "proprete",
            Stage.PUBLIC,
            experiment_perimeter_wkt="MULTIPOLYGON(((0 0,1 0,1 1,0 0)))",
        )
    }
    by_code = _by_code(build_services(categories, cells, Audience.PUBLIC, DAY, "x"))
    assert "nuisibles" not in by_code
    assert by_code["proprete"]["keywords"] == "perimeter"


def test_the_validator_rejects_a_broken_document(services_validator):
    services = build_services(_categories(), _cells(), Audience.PUBLIC, DAY, "x")
    services[0]["metadata"] = "no"
    with pytest.raises(jsonschema.ValidationError):
        services_validator.validate(services)


def test_xml_document_has_same_services():
    services = build_services(_categories(), _cells(), Audience.PUBLIC, DAY, "x")
    root = ElementTree.fromstring(services_to_xml(services).encode("utf-8"))
    assert root.tag == "services"
    parsed = [{child.tag: (child.text or "") for child in node} for node in root]
    assert [p["service_code"] for p in parsed] == [s["service_code"] for s in services]
    assert parsed[0]["metadata"] == "false"
    assert {p["keywords"] for p in parsed} == {s["keywords"] for s in services}


def test_file_name():
    assert services_file_name("94081", Audience.PUBLIC, "json") == "public/94081/services.json"
