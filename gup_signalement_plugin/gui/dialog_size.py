"""Dialogs that fit the screen they open on (a 1366×768 laptop included): never larger than
its free area, the content scrolling when it needs more room than the screen has."""

from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

TITLE_BAR = 40  # px the window manager adds above the dialog


def fit_to_screen(dialog, width: int, height: int) -> None:
    """Resize the dialog to width×height, or less when its screen's free area is smaller."""
    screen = dialog.screen() if hasattr(dialog, "screen") else None  # QWidget.screen: Qt ≥ 5.14
    available = (screen or QGuiApplication.primaryScreen()).availableGeometry()
    dialog.resize(min(width, available.width()), min(height, available.height() - TITLE_BAR))


def scrolled_layout(parent: QWidget, outer: QVBoxLayout) -> QVBoxLayout:
    """A layout inside a frameless scroll area added to ``outer``: what goes in it scrolls
    when the dialog is small, what is added to ``outer`` after it (the buttons) stays visible."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    body = QWidget(area)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    area.setWidget(body)
    outer.addWidget(area, 1)
    return layout
