"""The small forms of the triage dock's actions: a choice (refusal reason, sub-category,
service, original report, visibility) with an optional text and a preview sentence."""

from typing import Callable, List, Optional, Sequence, Tuple

from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from .dialog_size import fit_to_screen
from .standard_buttons import translate_buttons

Choice = Tuple[object, str]  # (value, text shown)


class ActionForm(QDialog):
    """'label: [choice]', an optional text, and a sentence that follows the choice
    (``preview(value) -> str``, e.g. the routing a sub-category would give)."""

    def __init__(
        self,
        parent,
        title: str,
        label: str,
        choices: Sequence[Choice],
        text_label: Optional[str] = None,
        preview: Optional[Callable[[object], str]] = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.preview = preview
        layout = QVBoxLayout(self)
        self.combo = QComboBox(self)
        for value, text in choices:
            self.combo.addItem(text, value)
        if choices:
            layout.addWidget(QLabel(label, self))
            layout.addWidget(self.combo)
        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        layout.addWidget(self.preview_label)
        self.text = QPlainTextEdit(self)
        if text_label is not None:
            layout.addWidget(QLabel(text_label, self))
            layout.addWidget(self.text)
        else:
            self.text.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        translate_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.combo.currentIndexChanged.connect(self.show_preview)
        self.show_preview()
        fit_to_screen(self, 460, 260 if text_label else 160)

    def show_preview(self) -> None:
        if self.preview is not None and self.combo.count():
            self.preview_label.setText(self.preview(self.value()))

    def value(self):
        return self.combo.currentData()

    def entered_text(self) -> str:
        return self.text.toPlainText().strip()


def ask_action(
    parent,
    title: str,
    label: str,
    choices: List[Choice],
    text_label: Optional[str] = None,
    preview: Optional[Callable[[object], str]] = None,
) -> Optional[Tuple[object, str]]:
    """(value, text) chosen, or None when canceled."""
    form = ActionForm(parent, title, label, choices, text_label, preview)
    if form.exec_() != QDialog.Accepted:
        return None
    return form.value(), form.entered_text()
