"""Attribute values from QGIS as plain Python (NULL QVariants become None: practice P10)."""
from qgis.PyQt.QtCore import QVariant


def python_value(value):
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QVariant):
        return value.value()
    return value
