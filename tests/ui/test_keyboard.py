"""The main window by keyboard alone: Tab reaches every control with a visible focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.ui.legibility import themed
from tests.ui.test_picker import shown_window

__all__ = ["themed"]  # a fixture


def focus_chain(qtbot, window: MainWindow, presses: int = 40) -> list[QWidget]:
    """The widgets focused by pressing Tab from the list, in order, once round."""
    seen: list[QWidget] = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        if widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.mark.usefixtures("themed")
def test_tab_reaches_every_enabled_control_with_a_visible_focus(qtbot, services: Services) -> None:
    window = shown_window(qtbot, services)
    chain = focus_chain(qtbot, window)
    picker = window.picker
    toolbar_buttons = [
        window.toolbar.widgetForAction(action)
        for action in window.toolbar.actions()
        if action.text() and action.isEnabled()
    ]
    expected = [
        *toolbar_buttons,
        picker.search,
        picker.focus_group.checkedButton(),
        picker.list,
        picker.moves,
        picker.start_button,
    ]
    assert all(isinstance(button, QToolButton) for button in toolbar_buttons)
    assert len(toolbar_buttons) >= 5  # new, import, duplicate, history, settings
    assert set(chain) == set(expected)
    assert len(chain) == len(expected)
    # Each control looks different when it has the focus.
    for widget in expected:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        focused = image(widget)
        picker.list.setFocus() if widget is not picker.list else picker.search.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        assert image(widget) != focused, f"no visible focus on {widget.accessibleName()}"


def test_arrow_keys_move_between_focus_chips(qtbot, services: Services) -> None:
    window = shown_window(qtbot, services)
    chips = window.picker.focus_group.buttons()
    chips[0].setFocus()
    qtbot.keyClick(chips[0], Qt.Key.Key_Right)
    assert chips[1].hasFocus() and chips[1].isChecked()


def test_ctrl_f_searches_and_escape_clears(qtbot, services: Services) -> None:
    window = shown_window(qtbot, services)
    picker = window.picker
    qtbot.keyClick(picker.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert picker.search.hasFocus()
    qtbot.keyClicks(picker.search, "swan")
    assert picker.proxy.rowCount() == 1
    qtbot.keyClick(picker.search, Qt.Key.Key_Escape)
    assert picker.search.text() == "" and picker.search.hasFocus()
    assert picker.proxy.rowCount() == len(services.library.entries())
    qtbot.keyClick(picker.search, Qt.Key.Key_Escape)
    assert picker.list.hasFocus()


def test_settings_has_the_standard_shortcut(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert QKeySequence("Ctrl+,") in window.settings_action.shortcuts()
