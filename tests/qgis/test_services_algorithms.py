"""Services imported and exported as CSV by the Processing algorithms, on a real PostGIS."""

import pytest
from qgis.core import QgsProcessingException

from tests.helpers import run_algorithm as run

SERVICES = [
    ("Voirie EPT", "ept", None, ("voirie@ept.fr", "astreinte@ept.fr"), True),
    ("Services techniques — Vitry", "commune", "94081", ("st@mairie-vitry.fr",), True),
    ("Bailleur « Sud »; Habitat", "bailleur", None, (), False),
]


@pytest.fixture
def db(gup_dsn):
    from gup_signalement_plugin.db.database import Database

    with Database(gup_dsn) as database:
        yield database


def stored(db):
    from gup_signalement_plugin.usecases import routing as sr

    return sorted((s.name, s.kind, s.insee_code, s.emails, s.active) for s in sr.list_services(db))


def test_registered_in_the_routing_group(gup_provider):
    names = {alg.name(): alg for alg in gup_provider.algorithms()}
    assert names["import_services"].groupId() == names["export_services"].groupId() == "routing"


def test_export_then_import_gives_identical_services(gup_connection, db, gup_provider, tmp_path):
    from gup_signalement_plugin.core.routing import Service
    from gup_signalement_plugin.usecases import routing as sr

    sr.save_services_by_id(db, [Service(0, *values) for values in SERVICES])
    before = stored(db)
    ids = {s.name: s.id for s in sr.list_services(db)}
    path = tmp_path / "services.csv"
    run("export_services", {"CONNECTION_NAME": gup_connection, "OUTPUT": str(path)})
    assert path.read_bytes().startswith(b"\xef\xbb\xbfname;type;insee_code;emails;active\n")
    # read back into the same database: nothing changes, the services keep their ids
    result = run("import_services", {"CONNECTION_NAME": gup_connection, "INPUT": str(path)})
    assert result["COUNT"] == 3
    assert stored(db) == before and {s.name: s.id for s in sr.list_services(db)} == ids
    # into an empty table: the same services
    with db.transaction() as cur:
        cur.execute("DELETE FROM gup_signalement.service")
    run("import_services", {"CONNECTION_NAME": gup_connection, "INPUT": str(path)})
    assert stored(db) == before


def test_import_updates_by_name_and_keeps_the_others(gup_connection, db, gup_provider, tmp_path):
    from gup_signalement_plugin.core.routing import Service
    from gup_signalement_plugin.usecases import routing as sr

    sr.save_services_by_id(db, [Service(0, *values) for values in SERVICES])
    path = tmp_path / "maj.csv"
    path.write_bytes(
        "nom,type,commune,e-mail,actif\nVOIRIE EPT,ept,,nouveau@ept.fr,non\n"
        "Propreté Ivry,commune,94041,proprete@ivry.fr,oui\n".encode("latin-1")
    )
    assert (
        run("import_services", {"CONNECTION_NAME": gup_connection, "INPUT": str(path)})["COUNT"]
        == 2
    )
    assert stored(db) == sorted(
        [
            ("VOIRIE EPT", "ept", None, ("nouveau@ept.fr",), False),
            SERVICES[1],
            SERVICES[2],
            ("Propreté Ivry", "commune", "94041", ("proprete@ivry.fr",), True),
        ]
    )


def test_bad_lines_listed_and_nothing_written(gup_connection, db, gup_provider, tmp_path):
    path = tmp_path / "mauvais.csv"
    path.write_text(
        "name;type;insee_code;emails;active\n"
        "Voirie EPT;ept;;voirie@ept.fr;true\n"
        "Eau;regie;;eau@sedif.fr;true\n"
        "Vitry;commune;99999;;true\n"
        "Ivry;commune;94041;pas-une-adresse;true\n"
        "voirie ept;ept;;;true\n",
        encoding="utf-8",
    )
    with pytest.raises(QgsProcessingException) as error:
        run("import_services", {"CONNECTION_NAME": gup_connection, "INPUT": str(path)})
    text = str(error.value)
    for expected in (
        "mauvais.csv:3: unknown type 'regie'",
        "mauvais.csv:4: unknown commune code '99999'",
        "mauvais.csv:5: 'pas-une-adresse' is not an e-mail address",
        "mauvais.csv:6: the name 'voirie ept' is already used on mauvais.csv:2",
    ):
        assert expected in text
    assert "mauvais.csv:2" not in text.replace("on mauvais.csv:2", "")
    assert stored(db) == []
