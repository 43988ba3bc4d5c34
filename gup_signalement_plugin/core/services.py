"""Services that handle reports: the checks shared by the services dialog and the CSV import,
and the services CSV (same conventions as the catalogue: UTF-8, UTF-8 with BOM or Latin-1;
';' or ','; written as UTF-8 with BOM and ';').

Columns: name, type, insee_code (the commune of a commune service, may be empty), emails
(separated by commas, semicolons or spaces), active (true/false, default true). A service is
identified by its name (services have no other stable code); French headers (nom, commune,
code_insee, e-mail, actif) are accepted too."""

import re
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .catalogue import _parse_bool, _require_columns
from .errors import InputError, Problem
from .routing import Service
from .schema import SERVICE_TYPES
from .textio import read_csv_rows, write_csv

SERVICES_FIELDS = ["name", "type", "insee_code", "emails", "active"]
# other spellings of the columns, read as the canonical ones
_ALIASES = {
    "nom": "name",
    "code": "name",
    "commune": "insee_code",
    "code_insee": "insee_code",
    "email": "emails",
    "e-mail": "emails",
    "e-mails": "emails",
    "courriel": "emails",
    "actif": "active",
}
_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")


# Problem codes, with their English sentence (toolbelt/services_text.py translates them).
EMPTY_NAME = "services.empty_name"
NAME_USED = "services.name_used"
UNKNOWN_TYPE = "services.unknown_type"
UNKNOWN_COMMUNE = "services.unknown_commune"
NOT_AN_EMAIL = "services.not_an_email"
NOT_YES_NO = "services.not_yes_no"
FILE_REFUSED = "services.file_refused"
MESSAGES = {
    EMPTY_NAME: "the name is empty",
    NAME_USED: "the name '{name}' is already used on {first}",
    UNKNOWN_TYPE: "unknown type '{kind}' (expected: {expected})",
    UNKNOWN_COMMUNE: "unknown commune code '{insee}'",
    NOT_AN_EMAIL: "'{email}' is not an e-mail address",
    NOT_YES_NO: "column '{column}': '{value}' is not a yes/no value (write true or false, oui "
    "or non, 1 or 0)",
    FILE_REFUSED: "The services file {source} cannot be imported:",
}


def _problem(where: str, code: str, /, **params) -> Problem:
    return Problem.coded(where, code, MESSAGES[code], **params)


def parse_emails(text: str) -> Tuple[str, ...]:
    """E-mail addresses typed in one cell, separated by commas, semicolons or spaces."""
    return tuple(part for part in re.split(r"[,;\s]+", text or "") if part)


def check_services(
    services: Sequence[Service],
    where: Optional[Sequence[str]] = None,
    known_communes: Optional[Iterable[str]] = None,
) -> List[Problem]:
    """What would make saving refused, for every service at once: empty or duplicate name
    (case ignored), unknown type, bad e-mail address, unknown commune (when
    ``known_communes`` is given). ``where`` names each service's place (default 'row N')."""
    communes = set(known_communes) if known_communes is not None else None
    problems = []
    seen: Dict[str, int] = {}
    for index, service in enumerate(services):
        place = where[index] if where else "row {}".format(index + 1)
        name = (service.name or "").strip()
        if not name:
            problems.append(_problem(place, EMPTY_NAME))
        elif name.lower() in seen:
            first = seen[name.lower()]
            problems.append(
                _problem(
                    place,
                    NAME_USED,
                    name=name,
                    first=where[first] if where else "row {}".format(first + 1),
                )
            )
        else:
            seen[name.lower()] = index
        if service.kind not in SERVICE_TYPES:
            problems.append(
                _problem(place, UNKNOWN_TYPE, kind=service.kind, expected=", ".join(SERVICE_TYPES))
            )
        if communes is not None and service.insee_code and service.insee_code not in communes:
            problems.append(_problem(place, UNKNOWN_COMMUNE, insee=service.insee_code))
        for email in service.emails:
            if not _EMAIL.match(email):
                problems.append(_problem(place, NOT_AN_EMAIL, email=email))
    return problems


def read_services_csv(
    data: bytes, known_communes: Iterable[str], source: str = "services.csv"
) -> List[Service]:
    """Parse and check a services CSV (ids 0: matched on their name when saved). Raises
    InputError listing every bad line."""
    rows, _encoding = read_csv_rows(data)
    rows = [
        {
            _ALIASES.get(key.lower(), key.lower()) if key != "_line" else key: value
            for key, value in row.items()
        }
        for row in rows
    ]
    _require_columns(rows, ["name", "type"], source)
    services: List[Service] = []
    where: List[str] = []
    problems: List[Problem] = []
    for row in rows:
        place = "{}:{}".format(source, row["_line"])
        try:
            active = _parse_bool(row.get("active", ""), True)
        except ValueError:
            problems.append(
                _problem(place, NOT_YES_NO, column="active", value=row.get("active", ""))
            )
            active = True
        services.append(
            Service(
                0,
                row["name"].strip(),
                row["type"].strip().lower(),
                row.get("insee_code", "").strip() or None,
                parse_emails(row.get("emails", "")),
                active,
            )
        )
        where.append(place)
    problems += check_services(services, where, known_communes)
    if problems:
        raise InputError(
            sorted(problems, key=lambda p: _line_order(p.where)),
            MESSAGES[FILE_REFUSED].format(source=source),
            FILE_REFUSED,
            (("source", source),),
        )
    return services


def _line_order(where: str) -> int:
    return int(where.rsplit(":", 1)[-1])


def services_to_csv(services: Sequence[Service]) -> bytes:
    """The services as a CSV that read_services_csv reads back, ordered by name."""
    rows = [
        {
            "name": s.name,
            "type": s.kind,
            "insee_code": s.insee_code,
            "emails": ", ".join(s.emails),
            "active": "true" if s.active else "false",
        }
        for s in sorted(services, key=lambda s: s.name.lower())
    ]
    return write_csv(SERVICES_FIELDS, rows)
