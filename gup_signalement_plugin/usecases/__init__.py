"""Use cases: what the Processing algorithms, the dialogs, the demo and the benchmarks run, one
module per area (catalogue, publication, routing, ingest). They orchestrate the core rules and
the database repositories; no QGIS here. ``gui/`` and ``processing/`` import these, never
``db/`` (tests/unit/test_import_arrows.py)."""
