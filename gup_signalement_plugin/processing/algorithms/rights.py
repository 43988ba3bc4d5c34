"""People and personal data: create a login role for a person, revoke it, list who can do what,
and the retention purge of reporters' contacts (docs/RIGHTS.md)."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)

from ...core.errors import InputError, Problem
from ...core.schema import GROUPS
from ...usecases import rights, routing
from ..base import BaseAlgorithm


def service_id_by_name(db, name: str):
    """The id of the service called ``name`` (case ignored); None for an empty name."""
    name = (name or "").strip()
    if not name:
        return None
    for service in routing.list_services(db):
        if service.name.casefold() == name.casefold():
            return service.id
    raise InputError([Problem("service", "there is no service named '{}'".format(name))])


class CreatePerson(BaseAlgorithm):
    GROUP_ID = "rights"
    LOGIN = "LOGIN"
    ROLE_GROUP = "ROLE_GROUP"
    SERVICE = "SERVICE"

    def name(self):
        return "create_person"

    def displayName(self):  # noqa: N802
        return self.tr("Create a person's login role")

    def help_text(self) -> str:
        return self.tr(
            "Creates a PostgreSQL login role for one person, member of one GUP group "
            "(gup_admin, gup_operateur, gup_agent, gup_lecteur) and, for an agent, "
            "linked to its service. The role has no password here: Processing keeps "
            "every parameter in its history. Give the password in the 'People and "
            "rights' dialog (sent once to the server, never stored), or let the "
            "server authenticate the person (pg_hba: certificate, Kerberos). Needs a "
            "connection with the CREATEROLE right."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(QgsProcessingParameterString(self.LOGIN, self.tr("Login name")))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ROLE_GROUP, self.tr("Group"), options=list(GROUPS), defaultValue=2
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.SERVICE, self.tr("Service (agents)"), optional=True)
        )

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        login = self.parameterAsString(parameters, self.LOGIN, context)
        group = GROUPS[self.parameterAsEnum(parameters, self.ROLE_GROUP, context)]
        service = service_id_by_name(db, self.parameterAsString(parameters, self.SERVICE, context))
        rights.create_person(db, login, group, service)
        feedback.pushInfo(self.tr("Login role '{}' created in {}.").format(login.strip(), group))
        return {}


class RevokePerson(BaseAlgorithm):
    GROUP_ID = "rights"
    LOGIN = "LOGIN"
    DROP = "DROP"

    def name(self):
        return "revoke_person"

    def displayName(self):  # noqa: N802
        return self.tr("Revoke a person's rights")

    def help_text(self) -> str:
        return self.tr(
            "Takes the login role out of every GUP group and unlinks its service; "
            "with 'Drop the role' the role is deleted too."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(QgsProcessingParameterString(self.LOGIN, self.tr("Login name")))
        self.addParameter(
            QgsProcessingParameterBoolean(self.DROP, self.tr("Drop the role"), defaultValue=False)
        )

    def process(self, parameters, context, feedback):
        login = self.parameterAsString(parameters, self.LOGIN, context)
        rights.revoke_person(
            self.database(parameters, context),
            login,
            self.parameterAsBool(parameters, self.DROP, context),
        )
        feedback.pushInfo(self.tr("Rights of '{}' revoked.").format(login))
        return {}


class ListPeople(BaseAlgorithm):
    GROUP_ID = "rights"
    PEOPLE = "PEOPLE"

    def name(self):
        return "list_people"

    def displayName(self):  # noqa: N802
        return self.tr("List people and their rights")

    def help_text(self) -> str:
        return self.tr(
            "Lists every role in a GUP group: login, group, service, whether it can "
            "log in (docs/RIGHTS.md says what each group may do)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addOutput(QgsProcessingOutputString(self.PEOPLE, self.tr("People")))

    def process(self, parameters, context, feedback):
        lines = [
            "{}\t{}\t{}\t{}".format(
                p["login"],
                p["groupe"] or "",
                p["service"] or "",
                "login" if p["connexion"] else "nologin",
            )
            for p in rights.list_people(self.database(parameters, context))
        ]
        for line in lines:
            feedback.pushInfo(line)
        return {self.PEOPLE: "\n".join(lines)}


class PurgePersonalData(BaseAlgorithm):
    GROUP_ID = "rights"
    COUNT = "COUNT"

    def name(self):
        return "purge_personal_data"

    def displayName(self):  # noqa: N802
        return self.tr("Purge personal data")

    def help_text(self) -> str:
        return self.tr(
            "Empties the reporters' contacts (name, e-mail, phone) of the reports "
            "closed for longer than the retention period (gup_signalement."
            "parametre_rgpd, one year by default); the reports are kept. Each run is "
            "logged with its count. Schedule it (qgis_process) or have the OS "
            "scheduler call the SQL function purger_donnees_personnelles()."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Contacts anonymised")))

    def process(self, parameters, context, feedback):
        run = rights.run_purge(self.database(parameters, context))
        feedback.pushInfo(
            self.tr("{} contact(s) anonymised (retention {}).").format(
                run["anonymises"], run["duree_conservation"]
            )
        )
        return {self.COUNT: run["anonymises"]}
