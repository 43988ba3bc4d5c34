"""Use cases: what a user or a scheduled job does, on top of the core, db and connectors
(no QGIS import); the Processing algorithms and dialogs call them."""
