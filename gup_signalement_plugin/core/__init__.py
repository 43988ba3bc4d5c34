"""Pure-Python domain core: no QGIS import here, so it is unit-testable without QGIS."""
