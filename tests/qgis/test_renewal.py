"""Urban renewal in QGIS: the QPV import from a file in the ANCT national format, relocation
spreadsheets (.xlsx built by the test, read through GDAL) with their bad inputs, the indicators
export, and the "Urban renewal" layer group."""

import pytest
from qgis.core import QgsProcessingException, QgsProject

from tests.renewal_helpers import QPV_LIST, paris_qpv_feature, write_anct_geojson
from tests.xlsx_builder import write_xlsx

S = "gup_signalement"
HEADER = ["Réf. ménage", "Périmètre", "Taille ménage", "Statut", "Date relogement"]


def run(name, params):
    import processing

    return processing.run("gup_signalement:" + name, dict(params, CONNECTION_NAME="gup_test"))


@pytest.fixture
def db(gup_dsn):
    from gup_signalement_plugin.db.database import Database

    with Database(gup_dsn) as database:
        yield database


@pytest.fixture
def qpv_loaded(gup_connection, gup_provider, tmp_path, db):
    path = write_anct_geojson(
        tmp_path / "QP2024_France_Hexagonale.geojson",
        skip={"QN09447N"},
        extra=[paris_qpv_feature()],
    )
    return run(
        "import_qpv_perimeters",
        {
            "INPUT": str(path),
            "QPV_LIST": str(QPV_LIST),
            "FIELD_CODE": "code_qp",
            "FIELD_NAME": "lib_qp",
            "FIELD_INSEE": "insee_com",
            "FIELD_COMMUNES": "lib_com",
        },
    )


def test_qpv_import_from_the_national_format(qpv_loaded, db):
    assert qpv_loaded["COUNT"] == 35 and qpv_loaded["OUTSIDE"] == 1
    assert qpv_loaded["MISSING"] == "QN09447N" and qpv_loaded["EXTRA"] == ""
    row = db.query(
        "SELECT nom, codes_insee, attributs_source ->> 'siren_epci' AS epci FROM "
        "{}.perimetre_renouvellement WHERE code = 'QN09442N'".format(S)
    )[0]
    assert row == {
        "nom": "Les Sorbiers - Lallier",
        "codes_insee": ["94021", "94038"],
        "epci": "200058014",
    }


def relocation_sheet(start=1):
    rows = []
    for index in range(24):
        status = ["à reloger", "Relogé même commune", "Relogé hors EPT"][index % 3]
        date = (
            ""
            if index % 3 == 0
            else (45300 + index if index % 2 else "{:02d}/03/2024".format(1 + index))
        )
        rows.append(
            [
                "M{:03d}".format(start + index),
                "QN09442N" if index < 18 else "QN09129M",
                1 + index % 5,
                status,
                date,
            ]
        )
    return rows


def test_xlsx_with_blank_rows_merged_header_and_a_notes_sheet_first(qpv_loaded, db, tmp_path):
    rows = [[None], [], ["Ménages", None, "Relogement", None, None], HEADER]
    rows += relocation_sheet()
    rows += [
        ["M900", "QN00000X", 2, "à reloger", ""],  # unknown perimeter code
        rows[5],  # the same household again
        ["M901", "QN09442N", 3, "Relogé hors EPT", "le 3 mars"],
    ]  # date not readable
    path = write_xlsx(
        tmp_path / "rime_valophis.xlsx",
        {"Lisez-moi": [["Tableau RIME du bailleur"]], "Relogements": rows},
        merges={"Relogements": ["A3:B3", "C3:E3"]},
    )
    result = run("import_relocation_sheet", {"INPUT": str(path), "LANDLORD": "Valophis"})
    assert (result["IMPORTED"], result["REFUSED"]) == (24, 3)
    report = result["REPORT"]
    assert "Sheet 'Relogements', header on row 4" in report
    assert "Sheet 'Lisez-moi' skipped" in report
    assert "Relogements line 29: unknown perimeter code 'QN00000X'" in report
    assert "Relogements line 30: same household as line 6: kept once" in report
    assert "Relogements line 31: Date relogement: 'le 3 mars' is not a date" in report
    dates = db.query(
        "SELECT reference_menage, date_relogement::text AS d FROM "
        "{}.relogement_menage WHERE reference_menage IN ('M002', 'M003') ORDER BY 1".format(S)
    )
    assert [r["d"] for r in dates] == ["2024-01-10", "2024-03-03"]  # serial 45301, text
    # the mapping is remembered: a CSV with the same headers and another sheet name
    csv_path = tmp_path / "rime.csv"
    csv_path.write_text(
        "\n".join(";".join(map(str, r)) for r in [HEADER] + relocation_sheet(100)[:6]),
        encoding="cp1252",
    )
    other = run("import_relocation_sheet", {"INPUT": str(csv_path), "LANDLORD": "I3F"})
    assert other["IMPORTED"] == 6
    assert db.scalar("SELECT count(*) FROM {}.relogement_menage".format(S)) == 30


def test_a_sheet_without_the_columns_imports_nothing(qpv_loaded, db, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", {"Feuil1": [["Nom", "Adresse"], ["x", "y"]]})
    with pytest.raises(QgsProcessingException) as error:
        run("import_relocation_sheet", {"INPUT": str(path), "LANDLORD": "Valophis"})
    assert "Nothing was imported from" in str(error.value)
    with pytest.raises(QgsProcessingException) as error:
        run(
            "import_relocation_sheet",
            {"INPUT": str(path), "LANDLORD": "Valophis", "SHEET": "Feuil2"},
        )
    assert "no sheet 'Feuil2'" in str(error.value)
    assert db.scalar("SELECT count(*) FROM {}.relogement_import".format(S)) == 0


def test_export_of_indicators_and_chart(qpv_loaded, db, tmp_path):
    path = write_xlsx(tmp_path / "rime.xlsx", {"RIME": [HEADER] + relocation_sheet()})
    run("import_relocation_sheet", {"INPUT": str(path), "LANDLORD": "Valophis"})
    with db.transaction() as cur:
        cur.execute(
            "INSERT INTO {s}.signalement (categorie_code, audience, date_signalement, "
            "geom) SELECT 'proprete', 'public', '2024-05-02T10:00:00+02', "
            "ST_PointOnSurface(geom) FROM {s}.perimetre_renouvellement WHERE code = "
            "'QN09442N'".format(s=S)
        )
    result = run(
        "export_relocation_indicators",
        {
            "OUTPUT": str(tmp_path / "ind.csv"),
            "CHART": str(tmp_path / "chart.png"),
            "REPORT_COUNTS": str(tmp_path / "n.csv"),
        },
    )
    assert (tmp_path / "n.csv").read_text(encoding="utf-8-sig").splitlines() == [
        "perimetre;categorie;periode;n",
        "QN09442N;proprete;2024-05-01;1",
    ]
    text = (tmp_path / "ind.csv").read_text(encoding="utf-8-sig")
    assert "perimetre;QN09442N;Les Sorbiers - Lallier" in text and "< 5" in text
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG" and result["CHART"]


def test_renewal_layers_in_their_group(qpv_loaded, gup_connection, db, tmp_path):
    from gup_signalement_plugin.toolbelt import renewal_layers

    path = write_xlsx(tmp_path / "rime.xlsx", {"RIME": [HEADER] + relocation_sheet()})
    run("import_relocation_sheet", {"INPUT": str(path), "LANDLORD": "Valophis"})
    with db.transaction() as cur:
        cur.execute(
            "INSERT INTO {s}.signalement (categorie_code, audience, geom) SELECT "
            "'eclairage', 'public', ST_PointOnSurface(geom) FROM "
            "{s}.perimetre_renouvellement WHERE code = 'QN09442N'".format(s=S)
        )
    run(
        "set_experiment_from_renewal",
        {"PERIMETER": "QN09442N", "COMMUNE": "94021", "CATEGORY": "eclairage"},
    )
    project = QgsProject.instance()
    try:
        layers = renewal_layers.add_renewal_layers(gup_connection, project)
        group = renewal_layers.renewal_group(project)
        assert group is not None
        assert [child.name() for child in group.children()] == [
            layers[k].name() for k in ("reports", "experimentation", "pru", "qpv", "indicators")
        ]
        qpv = layers["qpv"]
        assert qpv.featureCount() == 35 and qpv.crs().authid() == "EPSG:2154"
        lallier = next(f for f in qpv.getFeatures() if f["code"] == "QN09442N")
        # 6 relocated in the same commune, hidden: the column total (8) minus Grand Vaux's
        # hidden 2 would give it back
        assert lallier["ind_total"] == "18" and lallier["ind_meme_commune"] == "s"
        others = next(f for f in qpv.getFeatures() if f["code"] == "QN09129M")
        assert others["ind_total"] == "6" and others["ind_a_reloger"] == "< 5"
        assert layers["reports"].featureCount() == 1
        assert layers["pru"].featureCount() == 0 and layers["pru"].isEditable() is False
        assert layers["pru"].renderer().classAttribute() == "phase"
        assert layers["pru"].labelsEnabled()
        # the PRU form: a phase chosen in a list, the kind set by default
        setup = layers["pru"].editorWidgetSetup(layers["pru"].fields().indexOf("phase"))
        assert setup.type() == "ValueMap"
        index = layers["pru"].fields().indexOf("type")
        assert layers["pru"].defaultValueDefinition(index).expression() == "'pru'"
        cell = db.scalar(
            "SELECT perimetre_experimentation IS NOT NULL FROM "
            "{}.commune_categorie WHERE code_insee = '94021'".format(S)
        )
        assert cell is True
    finally:
        project.removeAllMapLayers()
        project.layerTreeRoot().removeAllChildren()


def test_renewal_projects_from_a_layer_with_their_phase_history(gup_connection, gup_provider, db):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:4326&field=code:string&field=nom:string"
        "&field=phase:string&field=debut:string",
        "pru",
        "memory",
    )
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["PRU-LALLIER", "PRU Lallier", "study", "01/03/2021"])
    feature.setGeometry(
        QgsGeometry.fromWkt(
            "POLYGON((2.345 48.766, 2.355 48.766, 2.355 48.772, 2.345 48.772, 2.345 48.766))"
        )
    )
    layer.dataProvider().addFeatures([feature])
    params = {
        "INPUT": layer,
        "KIND": 0,
        "FIELD_CODE": "code",
        "FIELD_NAME": "nom",
        "FIELD_PHASE": "phase",
        "FIELD_START": "debut",
    }
    assert run("import_renewal_projects", params)["COUNT"] == 1
    layer.dataProvider().changeAttributeValues({1: {2: "demolished"}})
    with pytest.raises(QgsProcessingException) as error:
        run("import_renewal_projects", params)
    assert "unknown phase 'demolished'" in str(error.value)
    layer.dataProvider().changeAttributeValues({1: {2: "demolition"}})
    run("import_renewal_projects", params)
    row = db.query(
        "SELECT type, phase, date_debut::text AS d, codes_insee FROM "
        "{}.perimetre_renouvellement".format(S)
    )[0]
    assert row == {
        "type": "pru",
        "phase": "demolition",
        "d": "2021-03-01",
        "codes_insee": ["94021", "94038"],
    }
    history = db.query(
        "SELECT ancienne_phase, nouvelle_phase FROM "
        "{}.perimetre_renouvellement_phase ORDER BY id".format(S)
    )
    assert [(h["ancienne_phase"], h["nouvelle_phase"]) for h in history] == [
        (None, "study"),
        ("study", "demolition"),
    ]
