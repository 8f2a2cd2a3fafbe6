"""The Help menu's windows: About (version, licence, data and log folders) and Keyboard shortcuts
(the menu itself is ``ui/help_menu.py``)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop import __version__
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.i18n import fill
from backcare_desktop.ui.icons import app_icon

LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


WORKOUT_KEYS = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Space"), QT_TRANSLATE_NOOP("Shortcuts", "Pause or resume")),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Right / N"),
        QT_TRANSLATE_NOOP("Shortcuts", "Skip to the next part"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Left / P"),
        QT_TRANSLATE_NOOP("Shortcuts", "Back: restart the part (in its first 2 s: the one before)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Done (moves counted in reps)"),
    ),
    ("I", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the move's instructions")),
    ("M", QT_TRANSLATE_NOOP("Shortcuts", "Mute or unmute")),
    ("I", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the move's instructions")),
    ("F11", QT_TRANSLATE_NOOP("Shortcuts", "Full screen")),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Stop (asks first after the first 30 seconds)"),
    ),
)
"""The player's keys, as ``WorkoutView._shortcuts`` binds them (a test checks both agree)."""
ROUTINE_LIST = QT_TRANSLATE_NOOP("Shortcuts", "Routine list")
PAIN_QUESTION = QT_TRANSLATE_NOOP("Shortcuts", "Pain question")
FINISH_PAGE = QT_TRANSLATE_NOOP("Shortcuts", "After a workout")
HISTORY = QT_TRANSLATE_NOOP("Shortcuts", "History")
OTHER_KEYS = (
    (
        ROUTINE_LIST,
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Start the selected routine"),
    ),
    (
        ROUTINE_LIST,
        QT_TRANSLATE_NOOP("Shortcuts", "Up / Down (in the search box)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the selection in the list"),
    ),
    (
        ROUTINE_LIST,
        QT_TRANSLATE_NOOP("Shortcuts", "Esc (in the search box)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the search; once empty, back to the list"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Routine editor"),
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+Up / Alt+Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the current move up or down"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Today (following a programme)"),
        "Enter",
        QT_TRANSLATE_NOOP("Shortcuts", "Start today's session"),
    ),
    (PAIN_QUESTION, "0 … 9", QT_TRANSLATE_NOOP("Shortcuts", "Answer")),
    (
        PAIN_QUESTION,
        QT_TRANSLATE_NOOP("Shortcuts", "S / Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Skip the question"),
    ),
    (
        FINISH_PAGE,
        "0 … 9",
        QT_TRANSLATE_NOOP("Shortcuts", "Rate pain or effort (0 is 10 for effort)"),
    ),
    (
        FINISH_PAGE,
        QT_TRANSLATE_NOOP("Shortcuts", "Left / Right, Up / Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "One less or one more"),
    ),
    (
        FINISH_PAGE,
        QT_TRANSLATE_NOOP("Shortcuts", "Home / End"),
        QT_TRANSLATE_NOOP("Shortcuts", "Lowest or highest"),
    ),
    (
        FINISH_PAGE,
        QT_TRANSLATE_NOOP("Shortcuts", "Delete"),
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the answer"),
    ),
    (
        HISTORY,
        QT_TRANSLATE_NOOP("Shortcuts", "Delete"),
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected sessions (with undo)"),
    ),
    (
        HISTORY,
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Z"),
        QT_TRANSLATE_NOOP("Shortcuts", "Undo the delete"),
    ),
    (
        HISTORY,
        QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Back to the routine list"),
    ),
)
"""Keys handled by the widgets themselves (no action or shortcut object to read them from)."""


def _tr(text: object) -> str:
    """A QT_TRANSLATE_NOOP text (typed object by PySide6), translated."""
    return QCoreApplication.translate("Shortcuts", str(text))


def _key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, keys, action) for every menu action that has a shortcut, in menu order."""
    rows = []
    for menu in window.menuBar().findChildren(QMenu):
        title = menu.title().replace("&", "")
        for action in menu.actions():
            keys = " / ".join(_key_text(key) for key in action.shortcuts() if not key.isEmpty())
            if keys:
                rows.append((title, keys, action.text().replace("&", "").rstrip("…")))
    return rows


def all_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(section, keys, what they do) for every key of the app: menus, player and the rest."""
    workout = QCoreApplication.translate("Shortcuts", "During a workout")
    return [
        *menu_shortcuts(window),
        *((workout, _tr(keys), _tr(what)) for keys, what in WORKOUT_KEYS),
        *((_tr(section), _tr(keys), _tr(what)) for section, keys, what in OTHER_KEYS),
    ]


class ShortcutsDialog(QDialog):
    """Every key of the app in one window, grouped by where it works."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        sections: dict[str, QTreeWidgetItem] = {}
        for section, keys, what in rows:
            if section not in sections:
                sections[section] = QTreeWidgetItem(self.tree, [section])
                sections[section].setFirstColumnSpanned(True)
                font = sections[section].font(0)
                font.setBold(True)
                sections[section].setFont(0, font)
            QTreeWidgetItem(sections[section], [keys, what])
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumSize(680, 520)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the dialog shows, as (section, keys, what)."""
        rows = []
        items = QTreeWidgetItemIterator(self.tree)
        while (item := items.value()) is not None:
            if (section := item.parent()) is not None:
                rows.append((section.text(0), item.text(0), item.text(1)))
            items += 1
        return rows


class AboutDialog(QDialog):
    """Version, licence, and the data and log folders with buttons to open them."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Backcare"))
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(fill(self.tr("Backcare %1"), __version__))
        title.setObjectName("detailsTitle")
        summary = QLabel(
            self.tr(
                "An interval timer for back-care routines: Pilates, core, glutes, yoga and barre "
                "for runners."
            )
        )
        summary.setWordWrap(True)
        self.licence = QLabel(
            fill(
                self.tr(
                    "Free software under the <a href='%1'>GNU General Public License, version 3 "
                    "or later</a>. It comes with no warranty. THIRD_PARTY_NOTICES.md, which comes "
                    "with the program, lists the parts it ships with and their licences."
                ),
                LICENCE_URL,
            )
        )
        self.licence.setWordWrap(True)
        self.licence.setOpenExternalLinks(True)
        header = QHBoxLayout()
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        for widget in (title, summary, self.licence):
            text.addWidget(widget)
        header.addLayout(text, 1)
        folders = QGridLayout()
        self.folder_buttons: dict[str, QPushButton] = {}
        for row, (name, label, folder) in enumerate(
            (
                ("data", self.tr("Your data"), paths.data_dir),
                ("logs", self.tr("Logs"), paths.log_dir),
            )
        ):
            path = QLabel(str(folder))
            path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Open"))
            button.setAccessibleName(fill(self.tr("Open %1"), label))
            button.clicked.connect(lambda _checked=False, folder=folder: self.open_folder(folder))
            self.folder_buttons[name] = button
            folders.addWidget(QLabel(f"<b>{label}</b>"), row, 0)
            folders.addWidget(path, row, 1)
            folders.addWidget(button, row, 2)
        folders.setColumnStretch(1, 1)
        import platform  # only here: not needed before the first frame

        versions = QLabel(
            fill(
                self.tr("Python %1, Qt %2, PySide6 %3"),
                platform.python_version(),
                qVersion(),
                PySide6.__version__,
            )
        )
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(folders)
        layout.addWidget(versions)
        layout.addStretch(1)  # wrapped text can leave the dialog taller than it needs
        layout.addWidget(buttons)

    def open_folder(self, folder: Path) -> None:
        """Open ``folder`` in the file manager (creating it first when it is not there yet)."""
        with contextlib.suppress(OSError):  # then the file manager says it cannot open it
            folder.mkdir(parents=True, exist_ok=True)
        self.open_url(QUrl.fromLocalFile(str(folder)))
