"""Access rights and personal data: people (login roles) in a group and linked to a service,
reporters' contacts (read with a logged reason), the retention purge, the audit trail.

The plugin never stores a password: it is passed once to CREATE ROLE; the person keeps it in
their own QGIS authentication manager or pg_service file (docs/RIGHTS.md)."""

import logging
from typing import Optional

from ..core.errors import InputError, Problem
from ..core.rights import person_problems
from ..db import rights_repository as repo
from ..db.database import Database
from ..db.rights_repository import (
    audit_trail,
    list_people,
    purge_personal_data,  # noqa: F401
    read_contact,
    reads_full_reports,
    transfer_report,
)

LOGGER = logging.getLogger(__name__)


def create_person(
    db: Database,
    login: str,
    group: str,
    service_id: Optional[int] = None,
    password: Optional[str] = None,
) -> None:
    """A login role for one person, in one group, linked to a service (agents must be). With
    no password the server must authenticate the person otherwise (pg_hba: cert, gss...)."""
    login = (login or "").strip()
    problems = person_problems(login, group, service_id)
    if not problems and repo.role_exists(db, login):
        problems.append(Problem("login", "the role '{}' already exists".format(login)))
    if problems:
        raise InputError(problems, "The person was not created")
    repo.create_login(db, login, group, service_id, password or None)
    LOGGER.info("Login role %s created in %s (service %s)", login, group, service_id)


def change_person(db: Database, login: str, group: str, service_id: Optional[int] = None) -> None:
    """Move an existing role to one group and link it to a service."""
    problems = person_problems(login, group, service_id)
    if not problems and not repo.role_exists(db, login):
        problems.append(Problem("login", "the role '{}' does not exist".format(login)))
    if problems:
        raise InputError(problems, "The person was not changed")
    repo.set_group_and_service(db, login, group, service_id)
    LOGGER.info("Login role %s moved to %s (service %s)", login, group, service_id)


def revoke_person(db: Database, login: str, drop: bool = False) -> None:
    """Take a person's rights away (out of every GUP group, no service); drop the role if asked."""
    if not repo.role_exists(db, login):
        raise InputError(
            [Problem("login", "the role '{}' does not exist".format(login))], "Nothing was revoked"
        )
    repo.revoke_login(db, login, drop)
    LOGGER.info("Login role %s revoked%s", login, " and dropped" if drop else "")


def run_purge(db: Database, at=None) -> dict:
    """The retention purge, logged in the database and in the plugin's log."""
    run = purge_personal_data(db, at)
    LOGGER.info(
        "Personal data purge: %s contact(s) anonymised (retention %s)",
        run["anonymises"],
        run["duree_conservation"],
    )
    return run
