import datetime as dt

import pytest

from gup_signalement_plugin.core.catalogue import (
    NOT_A_STAGE,
    Audience,
    Category,
    CommuneSetting,
    Stage,
    apply_settings,
    catalogue_to_csv,
    matrix_cells,
    read_catalogue_csv,
    read_settings_csv,
    settings_to_csv,
    validate_catalogue,
)
from gup_signalement_plugin.core.errors import InputError
from tests.helpers import DEFAULT_CATALOGUE, DEMO_SETTINGS

HEADER = "code;public_label;internal_label;group;parent_code;delay_working_days\n"


def catalogue(text: str) -> bytes:
    return (HEADER + text).encode("utf-8")


def test_default_catalogue_is_valid_and_has_subcategories():
    categories = read_catalogue_csv(DEFAULT_CATALOGUE.read_bytes())
    top = [c for c in categories if c.is_top_level]
    subs = [c for c in categories if not c.is_top_level]
    assert {
        "proprete",
        "depots_sauvages",
        "eclairage",
        "voirie",
        "mobilier",
        "espaces_verts",
        "graffitis",
        "signalisation",
    } <= {c.code for c in top}
    assert len(subs) > len(top)
    assert all(s.parent_code in {t.code for t in top} for s in subs)


def test_duplicate_code_is_reported_with_both_lines():
    with pytest.raises(InputError) as err:
        read_catalogue_csv(
            catalogue("voirie;Voirie;;Voirie;;5\nvoirie;Autre;;Voirie;;5\n"), "cat.csv"
        )
    assert "cat.csv:3: duplicate category code 'voirie'" in str(err.value)


def test_missing_parent_and_nested_subcategory():
    with pytest.raises(InputError) as err:
        read_catalogue_csv(
            catalogue("a;A;;G;;1\na.b;AB;;G;a;1\na.b.c;ABC;;G;a.b;1\nx;X;;G;nope;1\n"), "cat.csv"
        )
    text = str(err.value)
    assert "cat.csv:4: category 'a.b.c': parent 'a.b' is itself a sub-category" in text
    assert "cat.csv:5: category 'x' points to a missing parent 'nope'" in text


def test_bad_code_bad_number_and_missing_column():
    with pytest.raises(InputError, match="invalid category code 'Bad Code'"):
        read_catalogue_csv(catalogue("Bad Code;A;;G;;1\n"))
    with pytest.raises(InputError) as err:
        read_catalogue_csv(catalogue("a;A;;G;;soon\n"), "cat.csv")
    # where (file:line, column), the value, and what to write instead
    assert str(err.value).splitlines()[1] == (
        "cat.csv:2: column 'delay_working_days': 'soon' is not a whole number (write a number "
        "of days such as 5, or leave the cell empty)"
    )
    with pytest.raises(InputError, match="missing column\\(s\\): group"):
        read_catalogue_csv(b"code;public_label\na;A\n")


def test_catalogue_in_latin1_with_comma_reads_like_utf8():
    text = (
        "code,public_label,internal_label,group,parent_code,delay_working_days\n"
        "eclairage,Éclairage,,Équipements,,5\n"
    )
    from_latin1 = read_catalogue_csv(text.encode("latin-1"))
    from_bom = read_catalogue_csv(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert from_latin1 == from_bom
    assert from_latin1[0].public_label == "Éclairage"
    assert from_latin1[0].internal_label == "Éclairage"  # defaults to the public label


def test_catalogue_csv_roundtrip():
    categories = read_catalogue_csv(DEFAULT_CATALOGUE.read_bytes())
    assert read_catalogue_csv(catalogue_to_csv(categories)) == categories


def test_validate_catalogue_self_parent():
    problems = validate_catalogue([Category("a", "A", "A", "G", parent_code="a")])
    assert [p.message for p in problems] == ["category 'a' is its own parent"]


def test_stage_open_to_audience():
    assert Stage.PUBLIC.open_to(Audience.PUBLIC) and Stage.PUBLIC.open_to(Audience.AGENTS)
    assert Stage.AGENTS.open_to(Audience.AGENTS) and not Stage.AGENTS.open_to(Audience.PUBLIC)
    assert not Stage.CLOSED.open_to(Audience.AGENTS)
    assert Stage.parse("Fermée") == Stage.CLOSED
    with pytest.raises(ValueError):
        Stage.parse("ouvert")


def test_stage_on_respects_validity_dates():
    cell = CommuneSetting(
        "94081",
        "eclairage",
        Stage.PUBLIC,
        valid_from=dt.date(2025, 1, 1),
        valid_to=dt.date(2025, 6, 30),
    )
    assert cell.stage_on(dt.date(2024, 12, 31)) == Stage.CLOSED
    assert cell.stage_on(dt.date(2025, 1, 1)) == Stage.PUBLIC
    assert cell.stage_on(dt.date(2025, 6, 30)) == Stage.PUBLIC
    assert cell.stage_on(dt.date(2025, 7, 1)) == Stage.CLOSED


def _categories():
    return read_catalogue_csv(DEFAULT_CATALOGUE.read_bytes())


def test_settings_unknown_commune_category_subcategory_and_duplicate():
    data = (
        "insee_code;category_code;stage\n"
        "99999;voirie;public\n94081;nope;public\n94081;voirie.trottoir;agents\n"
        "94081;voirie;agents\n94081;voirie;public\n94081;eclairage;ouvert\n"
    ).encode()
    with pytest.raises(InputError) as err:
        read_settings_csv(data, ["94081"], _categories(), "s.csv")
    text = str(err.value)
    assert "s.csv:2: unknown commune code '99999'" in text
    assert "s.csv:3: unknown category 'nope'" in text
    assert "s.csv:4: 'voirie.trottoir' is a sub-category: open or close its parent 'voirie'" in text
    assert "s.csv:6: cell 94081 x voirie already given at line 5" in text
    assert (
        "s.csv:7: column 'stage': 'ouvert' is not an opening stage (write closed, agents or public)"
    ) in text
    assert [p.code for p in err.value.problems][-1] == NOT_A_STAGE
    assert err.value.problems[-1].parameters == {"column": "stage", "value": "ouvert"}


def test_settings_dates_french_and_iso_and_order():
    data = (
        "insee_code;category_code;stage;valid_from;valid_to\n"
        "94081;voirie;public;01/02/2025;2025-12-31\n"
    ).encode()
    [cell] = read_settings_csv(data, ["94081"], _categories())
    assert (cell.valid_from, cell.valid_to) == (dt.date(2025, 2, 1), dt.date(2025, 12, 31))
    bad = (
        "insee_code;category_code;stage;valid_from;valid_to\n"
        "94081;voirie;public;2025-12-31;2025-01-01\n"
    )
    with pytest.raises(InputError, match="valid_to is before valid_from"):
        read_settings_csv(bad.encode(), ["94081"], _categories())


def test_demo_settings_roundtrip_and_matrix_fills_missing_cells_as_closed():
    communes = sorted(
        {line.split(";")[0] for line in DEMO_SETTINGS.read_text("utf-8").splitlines()[1:]}
    )
    settings = read_settings_csv(DEMO_SETTINGS.read_bytes(), communes, _categories())
    assert read_settings_csv(settings_to_csv(settings), communes, _categories()) == settings
    cells = matrix_cells(["94081", "00000"], _categories(), settings)
    top = [c for c in _categories() if c.is_top_level]
    assert len(cells) == 2 * len(top)
    assert all(cells[("00000", c.code)].stage == Stage.CLOSED for c in top)


def test_apply_settings_replaces_given_cells_and_keeps_experiment_perimeters():
    square = "POLYGON((0 0, 1 0, 1 1, 0 0))"
    stored = [
        CommuneSetting("94081", "voirie", Stage.PUBLIC, experiment_perimeter_wkt=square),
        CommuneSetting("94081", "eclairage", Stage.AGENTS),
        CommuneSetting("94041", "voirie", Stage.PUBLIC),
    ]
    edited = [
        CommuneSetting("94081", "voirie", Stage.CLOSED, "Appeler la mairie."),
        CommuneSetting("94041", "eclairage", Stage.PUBLIC),
    ]
    cells = {(c.insee_code, c.category_code): c for c in apply_settings(stored, edited)}
    assert len(cells) == 4
    assert cells[("94081", "voirie")] == CommuneSetting(
        "94081", "voirie", Stage.CLOSED, "Appeler la mairie.", experiment_perimeter_wkt=square
    )
    assert cells[("94081", "eclairage")].stage == Stage.AGENTS  # not in the file: kept
    assert cells[("94041", "eclairage")] == edited[1]
    assert edited[0].experiment_perimeter_wkt is None  # the edited rows are not changed
