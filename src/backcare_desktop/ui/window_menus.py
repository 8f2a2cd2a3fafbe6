"""The main window's menus and routine toolbar, and the Tab order through them.

Texts keep the ``MainWindow`` translation context: they are the main window's words.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from backcare_desktop.ui.icons import icon
from backcare_desktop.ui.library_actions import LibraryActions
from backcare_desktop.ui.routine_list import RoutinePicker


class WindowMenus(NamedTuple):
    """The toolbar and actions the window (and its programme part) reach later."""

    toolbar: QToolBar
    settings_action: QAction
    history_action: QAction


def build_menus(
    window: QMainWindow,
    library: LibraryActions,
    picker: RoutinePicker,
    open_settings: Callable[[], object],
    open_history: Callable[[], object],
    toggle_fullscreen: Callable[[], object],
) -> WindowMenus:
    """Add the File, Routine and View menus and the routine toolbar to ``window``."""
    menu = window.menuBar()
    file_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(library.import_action)
    file_menu.addAction(library.export_action)
    file_menu.addSeparator()
    settings_action = QAction(
        icon("settings"), QCoreApplication.translate("MainWindow", "&Settings…"), window
    )
    # Ctrl+, everywhere: Qt maps StandardKey.Preferences to nothing on most Linux desktops.
    settings_action.setShortcuts(
        [QKeySequence("Ctrl+,"), QKeySequence(QKeySequence.StandardKey.Preferences)]
    )
    settings_action.triggered.connect(open_settings)
    file_menu.addAction(settings_action)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    routine_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Routine"))
    for action in (
        library.new_action,
        library.edit_action,
        library.duplicate_action,
        library.delete_action,
        library.undo_action,
    ):
        routine_menu.addAction(action)
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Routines"))
    toolbar.setObjectName("routineToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (
        library.new_action,
        library.import_action,
        library.edit_action,
        library.duplicate_action,
        library.delete_action,
    ):
        toolbar.addAction(action)
    view_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    history_action = QAction(
        icon("history"), QCoreApplication.translate("MainWindow", "&History"), window
    )
    history_action.setShortcut(QKeySequence("Ctrl+H"))
    history_action.triggered.connect(open_history)
    view_menu.addAction(history_action)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addAction(history_action)
    toolbar.addAction(settings_action)
    fullscreen_action = QAction(QCoreApplication.translate("MainWindow", "&Full screen"), window)
    fullscreen_action.setShortcut(QKeySequence("F11"))
    fullscreen_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    picker.addAction(fullscreen_action)
    fullscreen_action.triggered.connect(toggle_fullscreen)
    view_menu.addAction(fullscreen_action)
    find_action = QAction(QCoreApplication.translate("MainWindow", "&Find a routine"), window)
    find_action.setShortcut(QKeySequence.StandardKey.Find)
    find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    find_action.triggered.connect(picker.focus_search)
    picker.addAction(find_action)
    view_menu.addAction(find_action)
    return WindowMenus(toolbar, settings_action, history_action)


def chain_tab_order(toolbar: QToolBar, picker: RoutinePicker) -> None:
    """Tab visits the toolbar, then the picker's search, chips, list, moves and Start."""
    chain: list[QWidget] = []
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator() and action.text():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            chain.append(button)
    chain += picker.tab_chain()
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
