"""Open311 GeoReport v2 ``services`` documents for the reporting app, one per commune and audience.

Conventions (those of FixMyStreet, which reads them from an Open311 endpoint):
- ``jurisdiction_id`` is the commune's INSEE code;
- a category open to the audience is listed normally;
- a closed category is listed with the keyword ``inactive`` and its message (which traditional
  channel to use) as description, so that the app can show the message instead of a form;
- in the agents document, a category open to agents only has the keyword ``staff``;
- in the public document, a category open to agents only is left out: citizens must not see a
  category that is still being tried by the field agents.
Only active top-level categories are listed: sub-categories are assigned by triage operators."""

import datetime as dt
import json
from typing import Dict, List, Optional, Sequence
from xml.etree import ElementTree

from .catalogue import Audience, Category, CommuneSetting, Stage

KEYWORD_INACTIVE = "inactive"
KEYWORD_STAFF = "staff"
KEYWORD_PERIMETER = "perimeter"


def build_services(
    categories: Sequence[Category],
    settings: Dict[str, CommuneSetting],
    audience: Audience,
    on_date: dt.date,
    default_closed_message: str,
) -> List[dict]:
    """The services list of one commune for one audience.

    ``settings`` maps category code to the commune's cell; a missing cell means closed."""
    services = []
    top_level = sorted(
        (c for c in categories if c.is_top_level and c.active),
        key=lambda c: (c.sort_order, c.public_label),
    )
    for cat in top_level:
        cell = settings.get(cat.code)
        stage = cell.stage_on(on_date) if cell else Stage.CLOSED
        keywords = []
        if stage.open_to(audience):
            description = cat.public_label
            if stage == Stage.AGENTS:
                keywords.append(KEYWORD_STAFF)
            if cell is not None and cell.experiment_perimeter_wkt:
                keywords.append(KEYWORD_PERIMETER)
        elif stage == Stage.AGENTS and audience == Audience.PUBLIC:
            continue
        else:
            keywords.append(KEYWORD_INACTIVE)
            description = (
                cell.closed_message if cell and cell.closed_message else default_closed_message
            )
        services.append(
            {
                "service_code": cat.code,
                "service_name": cat.public_label,
                "description": description,
                "metadata": False,
                "type": "realtime",
                "keywords": ",".join(keywords),
                "group": cat.group,
            }
        )
    return services


def services_to_json(services: List[dict]) -> str:
    return json.dumps(services, ensure_ascii=False, indent=2) + "\n"


def services_to_xml(services: List[dict]) -> str:
    """The XML form of GeoReport v2 (``<services><service>...``)."""
    root = ElementTree.Element("services")
    for service in services:
        node = ElementTree.SubElement(root, "service")
        for key in (
            "service_code",
            "service_name",
            "description",
            "metadata",
            "type",
            "keywords",
            "group",
        ):
            value = service[key]
            child = ElementTree.SubElement(node, key)
            child.text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    body = ElementTree.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n"


def services_file_name(insee_code: str, audience: Audience, extension: str) -> str:
    """Relative path of a document in the published folder: ``<audience>/<insee>/services.<ext>``,
    so that a web server can serve ``.../public/94081/services.json``."""
    return "{}/{}/services.{}".format(audience.value, insee_code, extension)


def default_message_for(commune_name: str, commune_message: Optional[str]) -> str:
    """Message of a closed category when its cell gives none."""
    if commune_message:
        return commune_message
    return (
        "Cette catégorie n'est pas encore ouverte à {} : contactez la mairie "
        "par les moyens habituels (courrier au maire, accueil, téléphone).".format(commune_name)
    )
