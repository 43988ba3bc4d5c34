"""Connectors to external report sources (Open311 GeoReport v2 servers). No QGIS import here:
the QGIS side (auth manager, QgsTask) wraps these classes."""
