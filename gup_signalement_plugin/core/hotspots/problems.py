"""Refusals of the hotspot core: a code and its parameters; the QGIS side words them."""

from typing import Any, Dict

import numpy as np

from ..errors import GupError

MIN_REPORTS = 30
# Codes (parameters in brackets)
TOO_FEW_REPORTS = "too_few_reports"  # {reports, minimum}
ZERO_VARIANCE = "zero_variance"  # {cells, value}
GEOGRAPHIC_COORDINATES = "geographic_coordinates"  # {xmin, ymin, xmax, ymax}
NO_NEIGHBOUR = "no_neighbour"  # {cells_without, band, smallest_band} or {k, cells}
TOO_FEW_CELLS = "too_few_cells"  # {cells, minimum}
BAD_PARAMETER = "bad_parameter"  # {name, value}


class HotspotRefusal(GupError):
    """What cannot be analysed: `code` (one of the constants above) and `params` for the message."""

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params: Dict[str, Any] = params
        super().__init__(
            "{}: {}".format(
                code, ", ".join("{}={}".format(k, v) for k, v in sorted(params.items()))
            )
        )


def check_projected(x: np.ndarray, y: np.ndarray) -> None:
    """Refuse coordinates that look like degrees (every |x| <= 180 and |y| <= 90)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.size and np.all(np.abs(x) <= 180.0) and np.all(np.abs(y) <= 90.0):
        raise HotspotRefusal(
            GEOGRAPHIC_COORDINATES,
            xmin=float(x.min()),
            ymin=float(y.min()),
            xmax=float(x.max()),
            ymax=float(y.max()),
        )


def require_parameter(ok: bool, name: str, value: Any) -> None:
    """Refuse a parameter out of its range."""
    if not ok:
        raise HotspotRefusal(BAD_PARAMETER, name=name, value=value)
