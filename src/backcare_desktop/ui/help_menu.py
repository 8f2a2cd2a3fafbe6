"""The Help menu: Keyboard shortcuts, About, About Qt (their windows are imported when opened)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from backcare_desktop.paths import AppPaths


class HelpMenu(QObject):
    """Fills a Help menu and gives ``window`` the keys F1 and ? for the shortcuts window."""

    def __init__(self, window: QMainWindow, paths: AppPaths) -> None:
        super().__init__(window)
        self.window = window
        self.paths = paths
        self.dialog: QDialog | None = None
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("?")]
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        window.addAction(self.shortcuts_action)  # also while the menu bar is disabled
        self.about_action = QAction(self.tr("&About Backcare"), window)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self.tr("About &Qt"), window)
        self.about_qt_action.triggered.connect(lambda: _about_qt(window))
        menu = window.menuBar().addMenu(self.tr("&Help"))
        menu.addActions([self.shortcuts_action, self.about_action, self.about_qt_action])

    def show_shortcuts(self) -> None:
        """Open the keyboard shortcuts window."""
        from backcare_desktop.ui.help_dialogs import ShortcutsDialog, all_shortcuts

        self._open(ShortcutsDialog(all_shortcuts(self.window), self.window))

    def show_about(self) -> None:
        """Open the About window."""
        from backcare_desktop.ui.help_dialogs import AboutDialog

        self._open(AboutDialog(self.paths, self.window))

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None


def _about_qt(window: QMainWindow) -> None:
    """Qt's own About box (QMessageBox is imported when first used, not at start-up)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.aboutQt(window)
