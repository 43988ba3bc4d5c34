"""Use case of the publication: the Open311 GeoReport v2 services documents of every commune
and audience, logged in the database. No QGIS here."""

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Sequence

from ..core.catalogue import Audience
from ..core.errors import GupError, InputError
from ..core.open311_services import (
    build_services,
    default_message_for,
    services_file_name,
    services_to_json,
    services_to_xml,
)
from ..db import repositories as repo
from ..db.database import Database

Progress = Callable[[float], None]


@dataclass
class PublicationResult:
    folder: str
    documents: List[str] = field(default_factory=list)
    open_counts: Dict[str, int] = field(
        default_factory=dict
    )  # audience -> open (commune, category)
    fingerprint: str = ""


def publish_open311(
    db: Database,
    folder: Path,
    on_date: dt.date,
    formats: Sequence[str] = ("json", "xml"),
    progress: Progress = lambda pct: None,
    is_canceled: Callable[[], bool] = lambda: False,
) -> PublicationResult:
    """Write ``<folder>/<audience>/<insee>/services.<ext>`` for every commune and audience, and
    ``<folder>/jurisdictions.json`` listing the communes and their documents."""
    categories = repo.list_categories(db)
    communes = repo.list_communes(db)
    if not communes:
        raise InputError([], "There is no commune in the database: import the communes first.")
    cells: Dict[str, Dict] = {}
    for setting in repo.list_settings(db):
        cells.setdefault(setting.insee_code, {})[setting.category_code] = setting
    result = PublicationResult(folder=str(folder))
    digest = hashlib.sha256()
    for index, commune in enumerate(communes):
        if is_canceled():
            raise GupError(
                "Publication canceled after {} of {} communes: the folder {} is "
                "incomplete and the publication was not logged.".format(
                    index, len(communes), folder
                )
            )
        message = default_message_for(commune["nom"], commune["message_fermeture_defaut"])
        for audience in Audience:
            services = build_services(
                categories, cells.get(commune["code_insee"], {}), audience, on_date, message
            )
            result.open_counts[audience.value] = result.open_counts.get(audience.value, 0) + sum(
                1 for s in services if "inactive" not in s["keywords"].split(",")
            )
            for extension in formats:
                body = (
                    services_to_json(services) if extension == "json" else services_to_xml(services)
                )
                relative = services_file_name(commune["code_insee"], audience, extension)
                target = Path(folder) / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(body, encoding="utf-8")
                digest.update(relative.encode() + body.encode("utf-8"))
                result.documents.append(relative)
        progress(100.0 * (index + 1) / len(communes))
    jurisdictions = [
        {
            "jurisdiction_id": c["code_insee"],
            "name": c["nom"],
            "services": {a.value: services_file_name(c["code_insee"], a, "json") for a in Audience},
        }
        for c in communes
    ]
    index = json.dumps(jurisdictions, ensure_ascii=False, indent=2) + "\n"
    (Path(folder) / "jurisdictions.json").write_text(index, encoding="utf-8")
    digest.update(index.encode("utf-8"))
    result.fingerprint = digest.hexdigest()
    repo.log_publication(db, on_date, str(folder), len(result.documents), result.fingerprint)
    return result
