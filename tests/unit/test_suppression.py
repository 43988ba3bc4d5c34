"""Primary and secondary suppression (core/suppression.py) on crafted tables, and an independent
check that no suppressed count can be recomputed from the published ones."""

import numpy as np

from gup_signalement_plugin.core.suppression import suppress, total_equation


def table(cells):
    """A rows x columns table with row totals, column totals and the grand total."""
    values, equations, totals = {}, [], []
    rows, columns = len(cells), len(cells[0])
    for i in range(rows):
        for j in range(columns):
            values[(i, j)] = cells[i][j]
        values[(i, "T")] = sum(cells[i])
        equations.append(total_equation((i, "T"), [(i, j) for j in range(columns)]))
        totals.append((i, "T"))
    for j in range(columns):
        values[("T", j)] = sum(cells[i][j] for i in range(rows))
        equations.append(total_equation(("T", j), [(i, j) for i in range(rows)]))
        totals.append(("T", j))
    values[("T", "T")] = sum(values[("T", j)] for j in range(columns))
    equations.append(total_equation(("T", "T"), [(i, "T") for i in range(rows)]))
    equations.append(total_equation(("T", "T"), [("T", j) for j in range(columns)]))
    return values, equations, totals + [("T", "T")]


def recomputable(values, equations, published):
    """Suppressed items fixed by the equations (rank test: e_m in the row space), computed
    another way than the implementation (which uses a null space)."""
    hidden = sorted((k for k, text in published.items() if not text.isdigit()), key=repr)
    if not hidden:
        return []
    matrix = np.array([[eq.get(k, 0.0) for k in hidden] for eq in equations])
    rank = np.linalg.matrix_rank(matrix)
    found = []
    for m, key in enumerate(hidden):
        unit = np.zeros(len(hidden))
        unit[m] = 1
        if np.linalg.matrix_rank(np.vstack([matrix, unit])) == rank:
            found.append(key)
    return found


def check(cells):
    values, equations, totals = table(cells)
    published = suppress(values, equations, totals)
    for key, value in values.items():
        if 0 < value < 5:
            assert published[key] == "< 5", key
        elif published[key].isdigit():
            assert published[key] == str(value)
        else:
            assert published[key] == "s"
    assert recomputable(values, equations, published) == []
    return published


def test_nothing_hidden_when_every_count_is_zero_or_five_and_more():
    published = check([[5, 0, 12], [7, 9, 0]])
    assert all(text.isdigit() for text in published.values())


def test_exactly_one_primary_cell_in_a_row_and_in_a_column():
    published = check([[3, 10, 12], [20, 30, 40]])
    assert published[(0, 0)] == "< 5"
    row = [published[(0, j)] for j in range(3)]
    column = [published[(i, 0)] for i in range(2)]
    assert sum(not t.isdigit() for t in row) >= 2
    assert sum(not t.isdigit() for t in column) >= 2
    # the smallest positive cell of the row is the complement, totals stay published
    assert published[(0, 1)] == "s" and published[(0, "T")] == "25"
    assert published[("T", "T")] == str(3 + 10 + 12 + 20 + 30 + 40)


def test_boundary_four_is_hidden_and_five_is_not():
    published = check([[4, 5, 6], [5, 6, 7]])
    assert published[(0, 0)] == "< 5"
    assert published[(1, 0)] != "< 5"


def test_row_with_one_primary_cell_and_only_zeros_hides_the_total():
    # row 0: 3, 0, 0 -> total 3 (itself primary); the zeros cannot protect it
    published = check([[3, 0, 0], [8, 9, 10]])
    assert published[(0, 0)] == "< 5" and published[(0, "T")] == "< 5"
    assert published[(0, 1)] == "0" and published[(0, 2)] == "0"


def test_row_whose_other_cells_are_zero_hides_a_column_partner_instead():
    # 7 is alone with zeros in its row: its row total (7) must go, then the totals column too
    published = check([[7, 0], [2, 9], [6, 6]])
    assert published[(1, 0)] == "< 5"


def test_single_row_table_hides_the_total_when_needed():
    published = check([[2, 0, 6]])
    assert published[(0, 0)] == "< 5"


def test_a_cross_pattern_that_pairwise_rules_leave_exposed_is_closed():
    # a 3x3 where pairwise complements could form a solvable pattern; the exact check closes it
    check([[1, 9, 9], [9, 1, 9], [9, 9, 1]])
    check([[2, 0, 0, 7], [0, 3, 6, 0], [8, 0, 4, 5]])


def test_zero_total_table():
    published = check([[0, 0], [0, 0]])
    assert set(published.values()) == {"0"}


def test_random_tables_never_leave_a_recomputable_cell():
    rng = np.random.default_rng(20261202)
    for _ in range(60):
        rows, columns = rng.integers(1, 5), rng.integers(1, 5)
        cells = rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 8, 12, 30], size=(rows, columns)).tolist()
        check(cells)


def test_a_bridge_between_two_hidden_blocks_is_closed_by_the_exact_check():
    # every row and column holding a hidden cell holds two or more (the pairwise rule is
    # satisfied), yet row0 + row1 - col0 - col1 gives the bridge cell (1, 2) exactly
    cells = [[2, 2, 10, 10], [2, 2, 4, 10], [10, 10, 3, 3], [10, 10, 3, 3]]
    values, equations, totals = table(cells)
    pairwise_only = {k for k, v in values.items() if 0 < v < 5}
    assert (1, 2) in recomputable(
        values, equations, {k: ("< 5" if k in pairwise_only else str(v)) for k, v in values.items()}
    )
    published = check(cells)
    assert sum(not t.isdigit() for t in published.values()) > len(pairwise_only)
