"""core/renewal.py: QPV list check, relocation rows with their bad inputs, indicators."""

import csv
import datetime as dt

import numpy as np
import pytest

from gup_signalement_plugin.core import renewal
from gup_signalement_plugin.core.renewal import Household, RelocationLine
from tests.helpers import SHARED_DATA

MAPPING = {
    "reference": "Réf. ménage",
    "perimeter": "Périmètre",
    "size": "Taille ménage",
    "status": "Statut",
    "relocation_date": "Date relogement",
}
HEADER = ["Réf. ménage", "Périmètre", "Taille ménage", "Statut", "Date relogement"]


def qpv_list():
    with open(SHARED_DATA / "qpv_2024_gosb.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_qpv_list_check_reports_missing_and_extra_codes():
    expected = qpv_list()
    assert len(expected) == 36
    codes = [row["code_qp"] for row in expected if row["code_qp"] != "QN09442N"] + ["QN07501M"]
    check = renewal.check_qpv_list(codes, expected)
    assert check.missing == [("QN09442N", "Les Sorbiers - Lallier")]
    assert check.extra == ["QN07501M"] and not check.complete
    assert renewal.check_qpv_list([r["code_qp"] for r in expected], expected).complete


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-01", dt.date(2024, 3, 1)),
        ("01/03/2024", dt.date(2024, 3, 1)),
        ("2024/03/01", dt.date(2024, 3, 1)),
        ("45352", dt.date(2024, 3, 1)),
        ("45352.0", dt.date(2024, 3, 1)),
        ("1", dt.date(1899, 12, 31)),
        ("", None),
        ("2024-03-01 00:00:00", dt.date(2024, 3, 1)),
    ],
)
def test_sheet_dates(value, expected):
    assert renewal.parse_sheet_date(value) == expected


@pytest.mark.parametrize("value", ["mars 2024", "31/02/2024", "0", "-3"])
def test_sheet_dates_refused(value):
    with pytest.raises(ValueError):
        renewal.parse_sheet_date(value)


def test_header_below_blank_rows_and_merged_group_titles():
    rows = [
        [None] * 5,
        [],
        ["Ménages", None, None, "Relogement", None],
        HEADER,
        ["M1", "QN09442N", "3", "Relogé hors EPT", "45352"],
    ]
    sheet = renewal.parse_relocation_rows(rows, MAPPING, {"QN09442N"})
    assert sheet.header_row == 4 and sheet.read == 1
    assert sheet.lines == [
        RelocationLine(
            "M1", "QN09442N", "outside_ept", 3, relocation_date=dt.date(2024, 3, 1), line=5
        )
    ]


def test_bad_lines_are_refused_with_their_reason_and_the_good_ones_kept():
    rows = [
        HEADER,
        ["M1", "QN09442N", "3", "à reloger", ""],
        ["M2", "QN99999X", "2", "à reloger", ""],  # unknown perimeter
        ["M3", "QN09442N", "deux", "à reloger", ""],  # bad size
        ["M4", "QN09442N", "1", "parti", ""],  # unknown status
        ["M5", "QN09442N", "1", "Relogé même commune", "mars"],  # bad date
        ["M1", "QN09442N", "3", "à reloger", ""],  # exact duplicate: kept once
        ["M6", "QN09442N", "2", "à reloger", ""],
        ["M6", "QN09442N", "4", "à reloger", ""],  # conflicting duplicate: both out
        ["", "", "", "", ""],  # blank: ignored
        ["", "QN09442N", "2", "à reloger", ""],
    ]  # no reference
    sheet = renewal.parse_relocation_rows(rows, MAPPING, {"QN09442N"})
    assert [line.reference for line in sheet.lines] == ["M1"]
    codes = [(p.where, p.code) for p in sheet.refused]
    assert codes == [
        ("line 3", renewal.UNKNOWN_PERIMETER),
        ("line 4", renewal.BAD_SIZE),
        ("line 5", renewal.UNKNOWN_STATUS),
        ("line 6", renewal.BAD_DATE),
        ("line 7", renewal.DUPLICATE),
        ("line 8", renewal.CONFLICTING_DUPLICATE),
        ("line 9", renewal.CONFLICTING_DUPLICATE),
        ("line 11", renewal.EMPTY_VALUE),
    ]
    assert sheet.read == 9


def test_header_problem_names_the_missing_columns():
    problem = renewal.header_problem([["a", "b"], ["1", "2"]], MAPPING)
    assert problem.code == renewal.NO_HEADER and "'Statut'" in problem.message
    assert (
        renewal.header_problem([HEADER], {"reference": "Réf. ménage"}).code
        == renewal.MISSING_COLUMNS
    )


def test_guess_mapping_folds_accents_and_case():
    guessed = renewal.guess_mapping(["REFERENCE MENAGE", "Périmètre", "statut", "Taille"])
    assert guessed == {
        "reference": "REFERENCE MENAGE",
        "perimeter": "Périmètre",
        "status": "statut",
        "size": "Taille",
    }


def households():
    rows = []
    plan = [
        ("QN09442N", "94038", "Valophis", "to_relocate", 30),
        ("QN09442N", "94038", "Valophis", "same_commune", 3),
        ("QN09442N", "94021", "Valophis", "other_commune_ept", 12),
        ("QN09129M", "91589", "I3F", "outside_ept", 15),
        ("QN09129M", "91589", "I3F", "proposal", 1),
    ]
    for perimeter, commune, landlord, status, count in plan:
        for index in range(count):
            rows.append(Household(perimeter, commune, landlord, status, 1 + index % 3))
    return rows


def test_indicators_hide_small_counts_and_their_complements():
    indicators = renewal.relocation_indicators(households())
    lallier = indicators[("perimetre", "QN09442N")]
    assert lallier["same_commune"] == "< 5"
    # two perimeters only: the pending column (31 = 30 + 1) would give QN09129M's hidden
    # pending count away, so Lallier's pending and to-relocate counts are hidden as well
    assert lallier["pending"] == "s" and lallier["to_relocate"] == "s"
    assert indicators[("perimetre", "QN09442N")]["size_1"] == "15"
    # same_commune hidden: one more cell of the relocated subtotal must be hidden
    relocated_terms = [
        lallier[c] for c in ("same_commune", "other_commune_ept", "outside_ept", "relocated")
    ]
    assert sum(not t.isdigit() for t in relocated_terms) >= 2
    assert indicators[("perimetre", "QN09129M")]["proposal"] == "< 5"
    # the commune level holds the same households: its rows are tied to the perimeter rows
    savigny = indicators[("commune", "91589")]
    assert savigny["proposal"] == "< 5"
    assert savigny["outside_ept"] == indicators[("perimetre", "QN09129M")]["outside_ept"]
    assert indicators[("perimetre", "__total__")]["total"] == "61"
    assert indicators[("commune", "__total__")] == indicators[("perimetre", "__total__")]
    assert "size_1" not in indicators[("commune", "94038")]


def test_indicators_never_let_a_hidden_count_be_recomputed():
    """Every published number of every level, with every tie between them, solved together."""
    from gup_signalement_plugin.core import suppression

    captured = {}
    original = suppression.suppress

    def spy(values, equations, totals=()):
        captured.update(values=values, equations=equations)
        return original(values, equations, totals)

    renewal.suppress = spy
    try:
        renewal.relocation_indicators(households())
    finally:
        renewal.suppress = original
    values, equations = captured["values"], captured["equations"]
    published = original(values, equations)
    hidden = [k for k, t in published.items() if not t.isdigit()]
    matrix = np.array([[eq.get(k, 0.0) for k in hidden] for eq in equations])
    rank = np.linalg.matrix_rank(matrix)
    for m in range(len(hidden)):
        unit = np.zeros(len(hidden))
        unit[m] = 1
        assert np.linalg.matrix_rank(np.vstack([matrix, unit])) > rank, hidden[m]


def test_progress_series_steps_of_five_and_nothing_when_suppressed():
    days = [dt.date(2024, 1, d) for d in range(1, 13)]
    assert renewal.progress_series(days, "12") == [
        (dt.date(2024, 1, 5), 5),
        (dt.date(2024, 1, 12), 12),
    ]
    assert renewal.progress_series(days[:4], "4") == []
    assert renewal.progress_series(days, "s") == []
    steps = [
        b[1] - a[1]
        for a, b in zip(
            [(None, 0)] + renewal.progress_series(days, "12"), renewal.progress_series(days, "12")
        )
    ]
    assert all(step >= 5 for step in steps)
