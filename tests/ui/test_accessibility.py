"""Every control can be found by a screen reader and reached by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollBar,
    QWidget,
)

from backcare_desktop.core.routine_draft import new_routine_data
from backcare_desktop.settings import Settings
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.routine_editor import RoutineEditor
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.settings_dialog import SettingsDialog
from tests.core.factories import counted, routine, timed

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QAbstractSlider,
    QProgressBar,
)


def controls(root: QWidget) -> list[QWidget]:
    """The user's controls under ``root``: not the parts Qt builds inside other controls."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not isinstance(widget, QScrollBar | QHeaderView)  # parts of views and scroll areas
        and widget.window() is root.window()  # not a combo box's popup list
        and not widget.objectName().startswith("qt_")
        and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox | QLineEdit)
    ]


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls under ``root`` whose accessible name is empty."""
    missing = []
    for widget in controls(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} "
                f"in {type(widget.parentWidget()).__name__}"
            )
    return missing


def unreachable_controls(root: QWidget) -> list[str]:
    """Enabled controls that keyboard focus can never reach (a part of a composite control
    reaches it through its focus proxy, e.g. the number buttons of a rating row)."""
    return [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in controls(root)
        if not isinstance(widget, QProgressBar)
        and widget.isEnabled()
        and widget.focusPolicy() == Qt.FocusPolicy.NoFocus
        and widget.focusProxy() is None
    ]


def test_main_window_and_player(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert unnamed_controls(window) == []
    assert unreachable_controls(window.picker) == []
    window.run_routine(routine(counted("Swan dive", 8), timed("Plank", 30), get_ready_s=0))
    assert unnamed_controls(window.workout_view) == []
    assert unreachable_controls(window.workout_view) == []


def test_dialogs(qtbot) -> None:
    settings = SettingsDialog(Settings(), voice_available=False)
    editor = RoutineEditor(new_routine_data(), set(), True)
    editor.confirm_discard = lambda: True
    for dialog in (settings, editor):
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == []
        assert unreachable_controls(dialog) == []


def test_countdown_names_itself_and_kind_is_written(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.run_routine(routine(timed("Plank", 30), get_ready_s=5))
    countdown = QAccessible.queryAccessibleInterface(window.workout_view.countdown)
    assert countdown.text(QAccessible.Text.Name) == "Get ready: 5 left"
    assert window.workout_view.kind_label.text() == "GET READY"  # not colour alone
