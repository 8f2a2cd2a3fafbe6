"""The Help menu: keyboard shortcuts (every key, on F1 and ?), About, About Qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from backcare_desktop import __version__
from backcare_desktop.ui.help_dialogs import AboutDialog, ShortcutsDialog, menu_shortcuts
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import routine, timed


def help_titles(window: MainWindow) -> list[str]:
    help_menu = window.menuBar().actions()[-1]
    return [action.text() for action in help_menu.menu().actions()]


def test_the_help_menu_comes_last_with_its_three_entries(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[-1].text() == "&Help"
    assert help_titles(window) == ["&Keyboard shortcuts", "&About Backcare", "About &Qt"]


def test_f1_and_question_mark_open_the_shortcuts_window(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    action = window.help_menu.shortcuts_action
    assert [key.toString() for key in action.shortcuts()] == ["F1", "?"]
    assert ("Help", "F1 / ?", "Keyboard shortcuts") in menu_shortcuts(window)
    for key in action.shortcuts():
        qtbot.keySequence(window.picker.list, key)  # the list has the focus at start
        dialog = window.help_menu.dialog
        assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
        dialog.close()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_the_shortcuts_window_lists_every_key(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.help_menu.show_shortcuts()
    dialog = window.help_menu.dialog
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    shown_keys = {
        key.strip() for _section, keys, _what in rows for key in keys.split(" / ") if key.strip()
    }
    menu_keys = {
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for action in window.findChildren(type(window.help_menu.shortcuts_action))
        for key in action.shortcuts()
        if not key.isEmpty()
    }
    player_keys = {
        shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        for shortcut in window.workout_view.shortcuts
    }
    assert menu_keys and player_keys
    assert menu_keys - shown_keys == set()
    assert player_keys - shown_keys == {"Return"}  # shown as Enter, one key for the user
    assert ("History", "Delete", "Delete the selected sessions (with undo)") in rows
    assert ("Routine", "Ctrl+E", "Edit routine") in rows
    assert ("During a workout", "Space", "Pause or resume") in rows


def test_about_shows_version_licence_and_opens_the_folders(
    qtbot, services: Services, tmp_path: Path
) -> None:
    dialog = AboutDialog(services.paths)
    qtbot.addWidget(dialog)
    opened: list[QUrl] = []
    dialog.open_url = opened.append
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Backcare {__version__}" in texts
    assert "GNU General Public License, version 3 or later" in dialog.licence.text()
    assert str(services.paths.data_dir) in texts and str(services.paths.log_dir) in texts
    assert not services.paths.log_dir.exists()
    dialog.folder_buttons["data"].click()
    dialog.folder_buttons["logs"].click()
    assert [url.toLocalFile() for url in opened] == [
        str(services.paths.data_dir),
        str(services.paths.log_dir),
    ]
    assert services.paths.log_dir.is_dir()  # made on the way, so the file manager can open it


def test_f1_works_during_a_workout_too(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.run_routine(routine(timed("Plank", 30), get_ready_s=0))
    assert window.workout_active() and not window.menuBar().isEnabled()
    qtbot.keyClick(window.workout_view, Qt.Key.Key_F1)
    assert isinstance(window.help_menu.dialog, ShortcutsDialog)
    assert window.help_menu.dialog.isVisible()
