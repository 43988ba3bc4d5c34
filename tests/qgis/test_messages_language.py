"""What the core finds reads in the user's language: French when QGIS is French (the plugin's
translator installed), English otherwise, for every area. The core gives codes and
parameters; toolbelt/*_text.py turns them into sentences."""

import pytest
from qgis.core import QgsSettings

FRENCH, ENGLISH = "fr_FR", "en_US"


@pytest.fixture(params=[FRENCH, ENGLISH])
def language(request, qgis_app):
    """The plugin loaded in a QGIS whose language is French, then English."""
    import gup_signalement_plugin

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", request.param)
    plugin = gup_signalement_plugin.classFactory(None)
    yield request.param
    plugin.unload()
    settings.setValue("locale/userLocale", ENGLISH)


def expected(language, french, english):
    return french if language == FRENCH else english


def test_catalogue_problems(language):
    from gup_signalement_plugin.core.catalogue import read_catalogue_csv
    from gup_signalement_plugin.core.errors import InputError
    from gup_signalement_plugin.toolbelt.problem_text import error_text

    data = b"code;public_label;group;delay_working_days\na;A;G;soon\nB b;B;G;1\n"
    with pytest.raises(InputError) as err:
        read_catalogue_csv(data, "cat.csv")
    assert error_text(err.value).splitlines() == expected(
        language,
        [
            "Le catalogue des catégories cat.csv ne peut pas être importé :",
            "cat.csv:2: colonne « delay_working_days » : « soon » n'est pas un nombre entier "
            "(écrivez un nombre de jours, par exemple 5, ou laissez la cellule vide)",
            "cat.csv:3: code de catégorie invalide « B b » (lettres minuscules, chiffres, « _ », "
            "« - », « . » ; 63 caractères au plus)",
        ],
        [
            "The category catalogue cat.csv cannot be imported:",
            "cat.csv:2: column 'delay_working_days': 'soon' is not a whole number (write a number "
            "of days such as 5, or leave the cell empty)",
            "cat.csv:3: invalid category code 'B b' (lower-case letters, digits, '_', '-', '.'; at "
            "most 63 characters)",
        ],
    )


def test_commune_problems(language):
    from gup_signalement_plugin.core import communes
    from gup_signalement_plugin.toolbelt.problem_text import error_text

    records = [communes.CommuneRecord("9408", "Nulle part", None, "feature 9")]
    assert error_text(communes.refused(communes.validate_communes(records))).splitlines() == (
        expected(
            language,
            [
                "Aucune commune n'a été importée :",
                "feature 9: code INSEE invalide « 9408 » (5 caractères, par exemple 94081)",
                "feature 9: commune 9408 : aucune géométrie",
            ],
            [
                "No commune was imported:",
                "feature 9: invalid INSEE code '9408' (5 characters, e.g. 94081)",
                "feature 9: commune 9408: no geometry",
            ],
        )
    )


def test_quality_reasons(language):
    from gup_signalement_plugin.core import quality
    from gup_signalement_plugin.toolbelt.quality_text import reason_text

    reason = quality.Reason.make(
        quality.MISSING_COORDINATES + ".zero_address", address="3 rue Jean Jaurès"
    )
    stored = {
        "code": reason.code,
        "message": reason.message,
        "sentence": reason.sentence,
        "params": reason.parameters,
    }
    assert reason_text(stored) == expected(
        language,
        "Position manquante : coordonnées 0/0 (marqueur « sans position ») ; adresse "
        "donnée : 3 rue Jean Jaurès.",
        "Missing position: 0/0 coordinates (the « no position » marker); address given: 3 rue "
        "Jean Jaurès.",
    )
    assert reason_text(stored) == expected(language, reason_text(stored), reason.message)
    # a reason stored before the sentences had codes keeps its stored sentence
    assert reason_text({"code": "mojibake", "message": "Texte mal encodé"}) == "Texte mal encodé"


def test_routing_explanation(language):
    from gup_signalement_plugin.core.routing import explain, explanation
    from gup_signalement_plugin.toolbelt.routing_text import explanation_text

    code, params = explanation(
        "higher_priority",
        commune="Vitry-sur-Seine",
        category="Voirie",
        audience="public",
        perimeter="Centre",
        service="Voirie Vitry",
        priority=2,
        perimeter2="EPT",
        service2="Voirie EPT",
        priority2=1,
        copies="Bailleur",
    )
    text = explanation_text(code, params)
    assert text == expected(
        language,
        explain(code, **params),  # the sentence the database stores
        "Vitry-sur-Seine, category Voirie: perimeter « Centre » of the service Voirie Vitry, "
        "priority 2, ahead of « EPT » of the service Voirie EPT, priority 1. Copied to: "
        "Bailleur.",
    )
    assert explanation_text(
        *explanation(
            "category_not_open",
            commune="Ivry",
            category="Voirie",
            audience="agents",
            message="Appelez le 3975.",
        )
    ) == (
        expected(
            language,
            "Ivry, catégorie Voirie : catégorie non ouverte aux agents à cette "
            "date. Appelez le 3975.",
            "Ivry, category Voirie: category not open to field agents on this date. "
            "Appelez le 3975.",
        )
    )


def test_perimeter_problems(language):
    from gup_signalement_plugin.core import perimeters as rules
    from gup_signalement_plugin.toolbelt.problem_text import problem_text

    problem = rules.PerimeterProblem.make(
        "feature 3 (Papillon)", rules.UNKNOWN_SERVICE, service="Voirie Mars"
    )
    assert problem_text(problem) == expected(
        language,
        "feature 3 (Papillon): service inconnu « Voirie Mars »",
        "feature 3 (Papillon): unknown service 'Voirie Mars'",
    )


def test_services_problems(language):
    from gup_signalement_plugin.core.errors import InputError
    from gup_signalement_plugin.core.services import read_services_csv
    from gup_signalement_plugin.toolbelt.problem_text import error_text

    with pytest.raises(InputError) as err:
        read_services_csv(b"name;type;emails\nVoirie;regie;x\n", ["94081"], "s.csv")
    assert error_text(err.value).splitlines() == expected(
        language,
        [
            "Le fichier de services s.csv ne peut pas être importé :",
            "s.csv:2: type inconnu « regie » (attendu : commune, ept, syndicat, bailleur, autre)",
            "s.csv:2: « x » n'est pas une adresse électronique",
        ],
        [
            "The services file s.csv cannot be imported:",
            "s.csv:2: unknown type 'regie' (expected: commune, ept, syndicat, bailleur, autre)",
            "s.csv:2: 'x' is not an e-mail address",
        ],
    )


def test_connection_problem(language):
    from gup_signalement_plugin.core.errors import GupError
    from gup_signalement_plugin.toolbelt.connections import database_for_connection

    with pytest.raises(GupError) as err:
        database_for_connection("absent")
    assert str(err.value) == expected(
        language,
        "Il n'y a pas de connexion PostgreSQL nommée « absent » dans QGIS (panneau "
        "Explorateur > PostgreSQL > Nouvelle connexion).",
        "There is no PostgreSQL connection named 'absent' in QGIS (Browser panel > PostgreSQL "
        "> New Connection).",
    )


def test_database_constraint_violation(language, gup_db):
    from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage
    from gup_signalement_plugin.db import repositories as repo
    from gup_signalement_plugin.db.database import DatabaseError
    from gup_signalement_plugin.toolbelt.problem_text import error_text

    with pytest.raises(DatabaseError) as err:
        repo.save_settings(gup_db, [CommuneSetting("94081", "missing", Stage.PUBLIC)])
    assert error_text(err.value) == expected(
        language,
        "catégorie inconnue « missing » : elle n'est pas au catalogue (importez-la ou "
        "créez-la d'abord) ; rien n'a été écrit",
        "unknown category 'missing': it is not in the catalogue (import or create it first); "
        "nothing was written",
    )


def test_processing_error(language, gup_connection, gup_provider):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as err:
        processing.run(
            "gup_signalement:check_coverage",
            {
                "CONNECTION_NAME": gup_connection,
                "CATEGORY": "nope",
                "GAPS": "memory:",
                "OVERLAPS": "memory:",
                "COMMUNES": "memory:",
            },
        )
    assert str(err.value) == expected(
        language,
        "Catégorie inconnue « nope » : donnez le code d'une catégorie du catalogue.",
        "Unknown category 'nope': give the code of a category of the catalogue.",
    )
