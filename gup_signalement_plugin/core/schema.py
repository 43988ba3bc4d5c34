"""Values the database structure defines and the Python code needs too: one constant each.

tests/postgis/test_schema_constants.py checks them against the installed structure (its CHECK
constraints, column defaults and functions), so a change on one side only fails a test."""

import re

SCHEMA = "gup_signalement"

# The territory's time zone: report days, the default zone of a source and of a file's dates
# (the SQL function report_day and the default of source.fuseau).
TIME_ZONE = "Europe/Paris"

# CHECK (type IN (...)) of service.type and source.type.
SERVICE_TYPES = ("commune", "ept", "syndicat", "bailleur", "autre")
SOURCE_KINDS = ("open311", "fichier", "telephone")

# CHECK (smtp_securite IN (...)) of parametre_diffusion: connectors/smtp_sender.SECURITIES.
SMTP_SECURITIES = ("none", "starttls", "ssl")

# CHECK (... ~ '...') of categorie.code and source.nom: the same rule, two constraints.
CATEGORY_CODE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,62}$")
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,62}$")


def is_valid_source_name(name: str) -> bool:
    """Whether ``name`` may name a source (the CHECK of source.nom)."""
    return bool(NAME_PATTERN.match(name or ""))
