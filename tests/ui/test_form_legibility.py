"""Settings fields and the finish page's answers are legible: English, German, light, dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QAbstractSpinBox

from backcare_desktop.settings import Settings
from backcare_desktop.ui.feedback import AfterWorkoutForm
from backcare_desktop.ui.settings_dialog import SettingsDialog
from backcare_desktop.ui.theme import ACCENT
from tests.ui.legibility import language, themed

__all__ = ["language", "themed"]  # fixtures


@pytest.mark.usefixtures("themed", "language")
def test_spin_boxes_and_time_edits_fit_their_text(qtbot) -> None:
    dialog = SettingsDialog(Settings(), voice_available=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    boxes = dialog.findChildren(QAbstractSpinBox)
    assert len(boxes) >= 4  # get ready, two weekly goals, the reminder time
    for box in boxes:
        editor = box.lineEdit()
        metrics = QFontMetrics(editor.font())
        # the whole line (ascent and descent) fits, and the widest text the box can show
        assert editor.height() >= metrics.height() + 2, (box.text(), editor.height())
        assert box.height() >= 26, (box.text(), box.height())
        assert metrics.horizontalAdvance(box.text()) <= editor.width(), box.text()


@pytest.mark.usefixtures("themed")
def test_the_chosen_answer_is_filled_with_the_accent(qtbot) -> None:
    form = AfterWorkoutForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.pain.set_value(3)
    chosen = form.pain.group.button(3)
    other = form.pain.group.button(4)

    def fill(button) -> QColor:
        image = button.grab().toImage()
        return image.pixelColor(image.width() // 5, image.height() // 5)

    assert fill(chosen).name() == ACCENT
    assert fill(other).name() != ACCENT
