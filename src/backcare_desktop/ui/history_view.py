"""The history: summary figures, the charts and a sortable, editable table of every session.

Three helpers do the parts: :mod:`.history_model` (the table), :mod:`.history_charts` (what the
QML charts draw, and loading them) and :mod:`.history_files` (export, backup, restore). The main
window imports this module only when the history is first opened, since it loads Qt Quick.

The charts' figures are added up in SQL (:meth:`HistoryStore.charts
<backcare_desktop.storage.history_reads.HistoryReader.charts>`) and the table reads its rows a
page at a time as they come into view, so opening ten years of history builds no object per
session.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtQuick import QQuickView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.stats import HistoryCharts, PainAlert, WeeklyGoal
from backcare_desktop.storage.db import describe_error
from backcare_desktop.storage.history import DeletedSession, HistoryStore
from backcare_desktop.ui.file_dialogs import FolderMemory
from backcare_desktop.ui.history_charts import (
    CHART_WEEKS,
    PAIN_SESSIONS,
    ChartData,
    chart_widget,
    goal_rule,
    qdate,
)
from backcare_desktop.ui.history_figures import HistoryFigures
from backcare_desktop.ui.history_files import HistoryFiles
from backcare_desktop.ui.history_model import SessionTableModel, session_table
from backcare_desktop.ui.i18n import fill, localized
from backcare_desktop.ui.icons import icon
from backcare_desktop.ui.quick_host import QuickHost
from backcare_desktop.ui.safety_texts import pain_alert_text

if TYPE_CHECKING:
    from backcare_desktop.ui.runs_view import RunsPanel

CLAIMED_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Escape)
"""Keys the view handles itself even where the window has a shortcut for them."""


class HistoryView(QWidget):
    """Summary figures, charts and a sortable, editable table of every session.

    ``today`` gives the local day (weeks and streaks are counted up to it). Esc and "Back"
    emit :attr:`closed`; every edit, deletion, undo and restore emits :attr:`data_changed`.
    The file buttons' actions are :attr:`files` (:class:`HistoryFiles`).
    """

    closed = Signal()
    data_changed = Signal()
    routine_requested = Signal(str)
    """A routine to start, by id (the runs panel's follow-up note offers one)."""

    def __init__(
        self,
        store: HistoryStore,
        goal: WeeklyGoal,
        today: Callable[[], date],
        parent: QWidget | None = None,
        folders: FolderMemory | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.goal = goal
        self.today = today
        self.folders = folders or FolderMemory()
        self.files = HistoryFiles(store, today, self, self.folders)
        self.files.working.connect(self._say)
        self.files.said.connect(self._say)
        self.files.warned.connect(self._warn)
        self.files.restored.connect(self._restored)
        self.files.busy_changed.connect(lambda _busy: self._update_buttons())
        self.charts: HistoryCharts | None = None
        self.chart_data = ChartData(self)
        self.quick: QuickHost | None = None
        self._undo: list[list[DeletedSession]] = []
        self._read_as_of: tuple[object, ...] | None = None
        """:meth:`_as_of` when the history was last read (:meth:`show_current`)."""
        self.setObjectName("historyView")
        self.model = SessionTableModel(store, self)
        self.model.refused.connect(self._warn)
        self.model.edited.connect(self._edited)

        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        self.goal_rule_label = QLabel()  # which days make the streak
        self.goal_rule_label.setObjectName("goalRule")
        self.goal_rule_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.goal_rule_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.goal_rule_label.setWordWrap(True)
        layout.addWidget(self.goal_rule_label)
        self.alert_label = self._notice()
        self.read_only_label = self._notice()
        layout.addWidget(self.alert_label)
        layout.addWidget(self.read_only_label)
        self.empty_label: QLabel | None = None
        layout.addWidget(self._tabs(), 1)
        # on its widget first: a page added to a layout without one is shown as a window
        self.pages.addWidget(self._main_page())
        layout.addWidget(self._undo_bar())
        layout.addLayout(self._buttons())
        if store.read_only:
            self.read_only_label.setText(
                self.tr(
                    "Your history can only be read here, so editing, deleting and restoring "
                    "are turned off. You can still export it and back it up."
                )
            )
            self.read_only_label.show()
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        self.back_button = self._button("", self.tr("Back"), self.go_back)
        self.back_button.setToolTip(self.tr("Back to the routines (Esc)"))
        title = QLabel(self.tr("History"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(8)
        header.addWidget(title)
        header.addStretch(1)
        self.header_figures = HistoryFigures()
        header.addWidget(self.header_figures)
        self.week_figure = self.header_figures.week_figure
        self.streak_figure = self.header_figures.streak_figure
        self.longest_figure = self.header_figures.longest_figure
        self.total_figure = self.header_figures.total_figure
        return header

    def _notice(self) -> QLabel:
        label = QLabel()
        label.setObjectName("notice")
        label.setWordWrap(True)
        label.hide()
        return label

    def _tabs(self) -> QTabWidget:
        """Back care (the pages) and "Running and your back" (built when first shown)."""
        self.tabs = QTabWidget()
        back_care = QWidget()
        self.pages = QStackedLayout(back_care)
        self.tabs.addTab(back_care, self.tr("Back care"))
        self.runs_tab = QWidget()
        self.runs_layout = QVBoxLayout(self.runs_tab)
        self.runs_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.runs_tab, self.tr("Running and your back"))
        self.runs_panel: RunsPanel | None = None
        self.tabs.currentChanged.connect(lambda index: index == 1 and self.show_runs())
        return self.tabs

    def show_runs(self) -> RunsPanel:
        """The runs panel, built (and its modules imported) the first time it is shown."""
        if self.runs_panel is None:
            from backcare_desktop.ui.runs_view import RunsPanel

            self.runs_panel = RunsPanel(
                self.store, self.today, folders=self.folders, parent=self.runs_tab
            )
            self.runs_panel.routine_requested.connect(self.routine_requested)
            self.runs_layout.addWidget(self.runs_panel)
        self.tabs.setCurrentWidget(self.runs_tab)
        return self.runs_panel

    def _main_page(self) -> QWidget:
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.charts_box = QWidget()
        self.charts_box.setMinimumHeight(380)
        self.charts_layout = QVBoxLayout(self.charts_box)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.table = session_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.splitter.addWidget(self.charts_box)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 200])
        return self.splitter

    def _button(self, icon_name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(icon(icon_name) if icon_name else QIcon(), text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _undo_bar(self) -> QFrame:
        self.undo_bar = QFrame()
        self.undo_label = QLabel()
        self.undo_button = self._button("", self.tr("Undo"), self.undo_delete)
        self.undo_button.setToolTip(self.tr("Bring the deleted sessions back (Ctrl+Z)"))
        layout = QHBoxLayout(self.undo_bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.undo_label, 1)
        layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        return self.undo_bar

    def _buttons(self) -> QHBoxLayout:
        self.delete_button = self._button("delete", self.tr("Delete"), self.delete_selected)
        self.delete_button.setToolTip(self.tr("Delete the selected sessions (Delete)"))
        self.export_button = self._button("export", self.tr("Export CSV…"), self.files.choose_csv)
        self.export_button.setToolTip(self.tr("Save every session and move as a spreadsheet"))
        self.backup_button = self._button("export", self.tr("Back up…"), self.files.choose_backup)
        self.backup_button.setToolTip(self.tr("Save a JSON backup of the whole history"))
        self.restore_button = self._button("import", self.tr("Restore…"), self.files.choose_restore)
        self.restore_button.setToolTip(
            self.tr("Add the sessions of a backup; those already here are skipped")
        )
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Last action"))
        bar = QHBoxLayout()
        bar.addWidget(self.delete_button)
        bar.addWidget(self.message_label, 1)
        self.busy_bar = self.files.busy_indicator()
        bar.addWidget(self.busy_bar)
        for button in (self.export_button, self.backup_button, self.restore_button):
            bar.addWidget(button)
        return bar

    def _ensure_charts(self) -> QuickHost:
        """Load the QML charts (once), fed by :attr:`chart_data`; they are shown once laid out.

        A Qt Quick scene draws at once whenever it is resized: shown before the view is laid
        out, it drew a frame at a provisional size and then again at its own.
        """
        if self.quick is None:
            self.quick = chart_widget(
                self.chart_data, self.palette().color(QPalette.ColorRole.Window)
            )
            self.charts_layout.addWidget(self.quick)
            self.quick.hide()  # until the view is laid out: see showEvent
            if self.isVisible():
                self._show_charts()
        return self.quick

    def _show_charts(self) -> None:
        """Show the loaded charts at the size the view's layout gives them."""
        assert self.quick is not None
        self.charts_layout.activate()
        self.quick.show()

    # -- public ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again and redraw (e.g. after a workout)."""
        self._read_as_of = self._as_of()
        self.model.load()
        self._show()
        if self.runs_panel is not None:
            self.runs_panel.refresh()

    def show_current(self, goal: WeeklyGoal) -> None:
        """Before the view is shown (again): read the history again if anything changed since
        it was read (a workout, an edit, another program, a restore, a new day or weekly goal).
        When nothing did, what it shows is current and showing it reads nothing."""
        self.goal = goal
        as_of = self._as_of()
        if as_of is None or as_of != self._read_as_of:
            self.refresh()

    def _as_of(self) -> tuple[object, ...] | None:
        """What the view shows depends on: what is stored (its change mark), the day and the
        goal; None when the database cannot tell."""
        stored = self.store.change_mark()
        return None if stored is None else (stored, self.today(), self.goal)

    def go_back(self) -> None:
        """Leave the history (Esc or "Back"): emits :attr:`closed`."""
        self.closed.emit()

    def paint_ahead(self, size: QSize) -> None:
        """While hidden: lay the view out at ``size`` and paint it once off screen, so that
        showing it finds its fonts, icons, first rows and style already drawn (a first open
        under Xvfb took about 15 ms less). Nothing is shown; the charts draw when shown."""
        self.resize(size)
        self.grab()

    def charts_ready(self) -> bool:
        """Load the charts if they are not yet (even when hidden); True when they loaded cleanly.

        The self-test calls this so a bundle missing Qt Graphs fails there.
        """
        quick = self._ensure_charts()
        return quick.status() == QQuickView.Status.Ready and not quick.errors()

    def chart_errors(self) -> list[str]:
        """The QML loading errors of the charts, if any."""
        return [] if self.quick is None else [error.toString() for error in self.quick.errors()]

    def selected_ids(self) -> list[int]:
        """Session ids of the selected rows, in table order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.session_id(row) for row in rows]

    def delete_selected(self) -> int:
        """Delete the selected sessions (undo with :meth:`undo_delete`); return how many."""
        if not self._writable():
            return 0
        deleted: list[DeletedSession] = []
        for session_id in self.selected_ids():
            try:
                deleted.append(self.store.delete_session(session_id))
            except (KeyError, sqlite3.Error) as error:
                self._warn(fill(self.tr("Could not delete: %1."), localized(describe_error(error))))
                break
        if not deleted:
            return 0
        self._undo.append(deleted)
        self.model.remove_sessions({item.id for item in deleted})
        self._show()
        self._show_undo(deleted)
        self._say("")
        self.data_changed.emit()
        return len(deleted)

    def undo_delete(self) -> int:
        """Put the last deleted sessions back, with their ids and moves; return how many."""
        if not self._undo or not self._writable():
            return 0
        batch = self._undo.pop()
        restored = 0
        try:
            for item in batch:
                self.store.restore_session(item)
                restored += 1
        except sqlite3.Error as error:
            self._warn(fill(self.tr("Could not undo: %1."), localized(describe_error(error))))
        self.refresh()
        self._select(batch[0].id)
        if self._undo:
            self._show_undo(self._undo[-1])
        else:
            self.undo_bar.hide()
        self._say(fill(self.tr("Sessions brought back: %1."), restored))
        self.data_changed.emit()
        return restored

    def event(self, event: QEvent) -> bool:
        """Claim Delete and Ctrl+Z here before window-wide shortcuts (the routine list's) do."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.key() in CLAIMED_KEYS)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc goes back, Delete deletes the selection, Ctrl+Z undoes the last deletion."""
        if event.key() == Qt.Key.Key_Escape:
            self.go_back()
        elif event.key() == Qt.Key.Key_Delete:
            self.delete_selected()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo_delete()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Show the charts once the view is laid out, so their first frame has their size."""
        super().showEvent(event)
        if self.quick is not None and self.quick.isHidden():
            self._show_charts()

    def changeEvent(self, event: QEvent) -> None:
        """Recolour the charts when the palette changes (light and dark)."""
        if event.type() == QEvent.Type.PaletteChange:
            self.chart_data.set_colours(self.palette())
            if self.quick is not None:
                self.quick.set_clear_colour(self.palette().color(QPalette.ColorRole.Window))
        super().changeEvent(event)

    # -- internals ---------------------------------------------------------------------------

    def _show(self) -> None:
        """Figures, charts, alert and page for the sessions stored."""
        charts = self.store.charts(self.today(), self.goal, CHART_WEEKS, PAIN_SESSIONS)
        self.charts = charts
        self.chart_data.update(charts, self.today(), self.palette())
        rows = self.model.rowCount()
        self._show_figures(charts, rows)
        self._show_alert(charts.alert)
        if rows:
            self.pages.setCurrentWidget(self.splitter)
        else:
            if self.empty_label is None:  # built the first time the history is empty
                from backcare_desktop.ui.history_start import HistoryStartPage

                start = HistoryStartPage()
                self.empty_label = start.label
                self.pages.addWidget(start)
            self.pages.setCurrentIndex(1)
        if rows:
            self._ensure_charts()
        self._update_buttons()

    def _show_figures(self, charts: HistoryCharts, total: int) -> None:
        rule = goal_rule(charts.goal)
        self.goal_rule_label.setText(rule)
        self.header_figures.show_charts(charts, total, rule)

    def _show_alert(self, alert: PainAlert | None) -> None:
        if alert is None:
            self.alert_label.hide()
            return
        self.alert_label.setText(pain_alert_text(alert))
        self.alert_label.show()

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0 and not self.files.busy  # one file action at once
        writable = self._writable()
        self.model.editable = writable  # a restore's writes would lock edits out meanwhile
        self.undo_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and self.table.selectionModel().hasSelection())
        self.export_button.setEnabled(has_rows)
        self.backup_button.setEnabled(has_rows)
        self.restore_button.setEnabled(writable)

    def _writable(self) -> bool:
        """Whether the sessions may be changed now: not read-only, and no file action runs."""
        return not self.store.read_only and not self.files.busy

    def _show_undo(self, batch: list[DeletedSession]) -> None:
        if len(batch) == 1:
            started = batch[0].record.started_at
            day = QLocale().toString(qdate(started.date()), self.tr("ddd d MMM yyyy"))
            text = fill(self.tr("Deleted the session of %1."), day)
        else:
            text = fill(self.tr("Sessions deleted: %1."), str(len(batch)))
        self.undo_label.setText(text)
        self.undo_bar.show()

    def _select(self, session_id: int) -> None:
        row = self.model.row_of(session_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _restored(self) -> None:
        self.refresh()
        self.data_changed.emit()

    def _edited(self, _session_id: int) -> None:
        self._show()
        self._say(self.tr("Saved."))
        self.data_changed.emit()

    def _say(self, text: str) -> None:
        self._set_message(text, "historyMessage")

    def _warn(self, text: str) -> None:
        self._set_message(text, "notice")

    def _set_message(self, text: str, name: str) -> None:
        self.message_label.setText(text)
        if self.message_label.objectName() != name:
            self.message_label.setObjectName(name)
            self.message_label.style().unpolish(self.message_label)
            self.message_label.style().polish(self.message_label)
