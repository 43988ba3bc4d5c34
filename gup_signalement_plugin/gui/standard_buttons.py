"""Qt's standard buttons (Close, Save, Cancel…) in the user's language.

Qt translates them only when its own ``qtbase_<lang>`` catalogue is loaded, which a QGIS install
does not always ship (Debian's QGIS does not): the plugin sets their texts itself."""
from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox


def standard_button_texts() -> Dict[int, str]:
    """Text of each standard button, translated (QDialogButtonBox and QMessageBox share the
    values)."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("StandardButtons", text)

    return {int(QDialogButtonBox.Ok): tr("OK"), int(QDialogButtonBox.Cancel): tr("Cancel"),
            int(QDialogButtonBox.Close): tr("Close"), int(QDialogButtonBox.Save): tr("Save"),
            int(QDialogButtonBox.Discard): tr("Discard"), int(QDialogButtonBox.Yes): tr("Yes"),
            int(QDialogButtonBox.No): tr("No"), int(QDialogButtonBox.Apply): tr("Apply"),
            int(QDialogButtonBox.Reset): tr("Reset"), int(QDialogButtonBox.Help): tr("Help"),
            int(QDialogButtonBox.Open): tr("Open")}


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
