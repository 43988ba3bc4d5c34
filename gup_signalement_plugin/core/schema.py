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


# The group roles the structure creates (upgrade_to_0.8.0.sql; docs/RIGHTS.md), by purpose.
GROUP_ADMIN = "gup_admin"
GROUP_OPERATOR = "gup_operateur"
GROUP_AGENT = "gup_agent"
GROUP_READER = "gup_lecteur"
GROUPS = (GROUP_ADMIN, GROUP_OPERATOR, GROUP_AGENT, GROUP_READER)

# Default of parametre_rgpd.duree_conservation: contacts kept this long after closure.
DEFAULT_RETENTION = "1 year"

# What masquer_donnees_personnelles() (SQL) and core/personal_data.py put in place of a match.
MASKED_EMAIL = "[courriel masqué]"
MASKED_PHONE = "[téléphone masqué]"
