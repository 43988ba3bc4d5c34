"""Use cases: what the Processing algorithms, the dialogs, the demo and the benchmarks run
(core rules + database, no QGIS)."""
