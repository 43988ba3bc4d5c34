"""Same-address concentrations: normalised addresses and reports within a few metres."""

import numpy as np
import pytest

from gup_signalement_plugin.core.hotspots import (
    HotspotRefusal,
    address_concentrations,
    normalise_address,
    proximity_concentrations,
)
from gup_signalement_plugin.core.hotspots.concentrations import connected_components

X0, Y0 = 650000.0, 6850000.0


def test_normalise_address():
    assert normalise_address("12, Rue de l'Église  ") == "12 rue de l eglise"
    assert normalise_address("12 RUE DE L EGLISE") == "12 rue de l eglise"
    assert normalise_address(None) == normalise_address("  ") == ""


def test_address_concentrations_count_reports_per_normalised_address():
    addresses = [
        "12, Rue de l'Église",
        "12 rue de l eglise",
        "12 RUE DE L'EGLISE",
        "3 av. Foch",
        "3 Av Foch",
        None,
        "",
        "7 place X",
    ]
    x = X0 + np.arange(8) * 10.0
    y = np.full(8, Y0)
    found = address_concentrations(addresses, x, y, min_reports=2)
    assert [(c.key, c.count, c.members.tolist()) for c in found] == [
        ("12 rue de l eglise", 3, [0, 1, 2]),
        ("3 av foch", 2, [3, 4]),
    ]
    assert found[0].x == pytest.approx(X0 + 10.0) and found[0].y == Y0
    # the minimum is inclusive
    assert [c.count for c in address_concentrations(addresses, x, y, min_reports=3)] == [3]
    with pytest.raises(HotspotRefusal):
        address_concentrations(addresses, x, y, min_reports=1)


def test_proximity_concentrations_link_reports_within_the_distance():
    # a chain 0-1-2 with 5 m steps (11 m end to end), three reports at one spot, one 5.01 m off
    x = np.array([0.0, 5.0, 10.0, 100.0, 100.0, 100.0, 105.01, 300.0]) + X0
    y = np.full(8, Y0)
    found = proximity_concentrations(x, y, distance=5.0, min_reports=3)
    assert [c.members.tolist() for c in found] == [[0, 1, 2], [3, 4, 5]]
    found = proximity_concentrations(x, y, distance=5.02, min_reports=2)
    assert [c.members.tolist() for c in found] == [[3, 4, 5, 6], [0, 1, 2]]
    assert found[0].count == 4
    assert proximity_concentrations(x, y, distance=4.9, min_reports=3)[0].members.tolist() == [
        3,
        4,
        5,
    ]
    with pytest.raises(HotspotRefusal):
        proximity_concentrations(np.array([2.35, 2.36]), np.array([48.85, 48.86]))


def test_connected_components_follow_long_chains():
    n = 1000
    order = np.random.default_rng(3).permutation(n)
    labels = connected_components(n, order[:-1], order[1:])
    assert (labels == labels[0]).all()
    labels = connected_components(6, np.array([0, 2, 4]), np.array([1, 3, 5]))
    assert labels.tolist() == [0, 0, 2, 2, 4, 4]
