"""Statistical disclosure control of published counts: primary and secondary suppression.

A table is a set of counts (items) tied by linear equations (a total is the sum of its parts,
a subtotal the sum of its own parts, two groupings of the same households have equal sums...).
The rule:

1. **Primary**: every count from 1 to 4 is suppressed (shown "< 5"). Zero is published: it
   discloses no household.
2. **Secondary, pairwise**: an equation with exactly one suppressed term gives it away, so
   another term of that equation is suppressed: the smallest positive one not yet suppressed
   (a part before a total on ties, then the first in the equation); a zero only when the
   equation has no positive term left. Repeated until no equation has exactly one.
3. **Secondary, exact check**: equations can combine (a row and a column together). With the
   published counts fixed, a suppressed count is *determined* when every solution of the
   equations gives it the same value (its unit vector lies in the row space of the
   equations restricted to the suppressed counts, checked with an SVD). While one is
   determined, the smallest positive published count sharing an equation with it is
   suppressed too, and step 2 runs again.

What it does not protect against: bounds from non-negativity (a suppressed cell is known to lie
in an interval, e.g. 1..4 for a primary one) and groupings the equations do not describe.
Secondary cells (5 and more) are shown "s" (secret), so a reader is not told "< 5" wrongly."""

from typing import Dict, Hashable, List, Mapping, Sequence, Set

import numpy as np

THRESHOLD = 5
PRIMARY_TEXT = "< 5"
SECONDARY_TEXT = "s"

Equation = Mapping[Hashable, float]  # item -> coefficient, the terms summing to zero


def total_equation(total: Hashable, parts: Sequence[Hashable]) -> Dict[Hashable, float]:
    """total = sum(parts) as a zero-sum equation."""
    equation: Dict[Hashable, float] = {part: 1.0 for part in parts}
    equation[total] = equation.get(total, 0.0) - 1.0
    return equation


def is_primary(value: int) -> bool:
    return 0 < value < THRESHOLD


def _pairwise(
    values: Mapping[Hashable, int],
    equations: Sequence[Equation],
    suppressed: Set[Hashable],
    totals: Set[Hashable],
) -> None:
    changed = True
    while changed:
        changed = False
        for equation in equations:
            hidden = [item for item in equation if item in suppressed]
            if len(hidden) != 1:
                continue
            candidates = [item for item in equation if item not in suppressed]
            if not candidates:
                continue
            order = {item: index for index, item in enumerate(equation)}
            candidates.sort(
                key=lambda item: (values[item] == 0, values[item], item in totals, order[item])
            )
            suppressed.add(candidates[0])
            changed = True


def determined_items(
    values: Mapping[Hashable, int], equations: Sequence[Equation], suppressed: Set[Hashable]
) -> List[Hashable]:
    """Suppressed items whose value the published ones and the equations fix exactly."""
    hidden = sorted(suppressed, key=repr)
    if not hidden:
        return []
    column = {item: index for index, item in enumerate(hidden)}
    rows = [[0.0] * len(hidden) for _ in equations]
    for r, equation in enumerate(equations):
        for item, coef in equation.items():
            if item in column:
                rows[r][column[item]] = coef
    matrix = np.array(rows, dtype=float) if rows else np.zeros((0, len(hidden)))
    if matrix.shape[0] == 0:
        return []
    _, singular, vh = np.linalg.svd(matrix)
    rank = int((singular > 1e-9).sum())
    null_space = vh[rank:].T  # columns span the solutions' freedom
    free = np.linalg.norm(null_space, axis=1) if null_space.size else np.zeros(len(hidden))
    return [item for item, freedom in zip(hidden, free) if freedom < 1e-9]


def suppress(
    values: Mapping[Hashable, int], equations: Sequence[Equation], totals: Sequence[Hashable] = ()
) -> Dict[Hashable, str]:
    """The published text of every item: the count, "< 5" (primary) or "s" (secondary).
    ``totals`` are the items that are totals (kept published before parts on ties)."""
    total_set = set(totals)
    suppressed = {item for item, value in values.items() if is_primary(value)}
    while True:
        _pairwise(values, equations, suppressed, total_set)
        determined = determined_items(values, equations, suppressed)
        if not determined:
            break
        item = determined[0]
        neighbours = {
            other
            for equation in equations
            if item in equation
            for other in equation
            if other not in suppressed
        }
        if not neighbours:  # cannot happen for an equation-tied item; stop safely
            break
        suppressed.add(
            min(
                neighbours,
                key=lambda other: (
                    values[other] == 0,
                    values[other],
                    other in total_set,
                    repr(other),
                ),
            )
        )
    return {
        item: (PRIMARY_TEXT if is_primary(value) else SECONDARY_TEXT)
        if item in suppressed
        else str(value)
        for item, value in values.items()
    }
