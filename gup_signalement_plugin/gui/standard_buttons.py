"""Qt's standard buttons (Close, Save, Cancel…) in the user's language.

Qt translates them only when its own ``qtbase_<lang>`` catalogue is loaded, which a QGIS install
does not always ship (Debian's QGIS does not): the plugin sets their texts itself."""

from typing import Dict

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox

BUTTON_TEXTS = (
    (QDialogButtonBox.Ok, QT_TRANSLATE_NOOP("StandardButtons", "OK")),
    (QDialogButtonBox.Cancel, QT_TRANSLATE_NOOP("StandardButtons", "Cancel")),
    (QDialogButtonBox.Close, QT_TRANSLATE_NOOP("StandardButtons", "Close")),
    (QDialogButtonBox.Save, QT_TRANSLATE_NOOP("StandardButtons", "Save")),
    (QDialogButtonBox.Discard, QT_TRANSLATE_NOOP("StandardButtons", "Discard")),
    (QDialogButtonBox.Yes, QT_TRANSLATE_NOOP("StandardButtons", "Yes")),
    (QDialogButtonBox.No, QT_TRANSLATE_NOOP("StandardButtons", "No")),
    (QDialogButtonBox.Apply, QT_TRANSLATE_NOOP("StandardButtons", "Apply")),
    (QDialogButtonBox.Reset, QT_TRANSLATE_NOOP("StandardButtons", "Reset")),
    (QDialogButtonBox.Help, QT_TRANSLATE_NOOP("StandardButtons", "Help")),
    (QDialogButtonBox.Open, QT_TRANSLATE_NOOP("StandardButtons", "Open")),
)


def standard_button_texts() -> Dict[int, str]:
    """Text of each standard button, translated (QDialogButtonBox and QMessageBox share the
    values)."""
    return {
        int(button): QCoreApplication.translate("StandardButtons", text)
        for button, text in BUTTON_TEXTS
    }


def translate_buttons(box) -> None:
    """Give the standard buttons of a QDialogButtonBox or QMessageBox their translated text."""
    texts = standard_button_texts()
    for button in box.buttons():
        text = texts.get(int(box.standardButton(button)))
        if text:
            button.setText(text)


def ask(parent, title: str, text: str, buttons, default) -> int:
    """QMessageBox.question with translated buttons; returns the standard button chosen."""
    box = QMessageBox(QMessageBox.Question, title, text, buttons, parent)
    box.setDefaultButton(default)
    translate_buttons(box)
    return box.exec_()
