"""The history table: every session as a sortable, editable Qt table model, read lazily.

The model holds the session ids in the order shown (:meth:`HistoryStore.session_order
<backcare_desktop.storage.history_reads.HistoryReader.session_order>`, one query of a few
columns) and reads the rows themselves a page at a time, when the table first asks for one of
them: ten years are 7,300 sessions, and a screen shows about twenty. Sorting asks the store
for the ids in the new order, so it covers the rows never read as well. (A
``QSortFilterProxyModel`` would call ``data()`` in Python a few hundred thousand times to sort
ten years of sessions, and read every row.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from backcare_desktop.core.durations import format_duration
from backcare_desktop.storage.db import describe_error
from backcare_desktop.storage.history import (
    EFFORT_RANGE,
    MAX_NOTE_CHARS,
    PAIN_RANGE,
    HistoryStore,
    SessionRow,
)
from backcare_desktop.ui.i18n import fill, localized


class Column(IntEnum):
    """The table's columns, in order."""

    DATE = 0
    ROUTINE = 1
    DURATION = 2
    STATUS = 3
    PAIN_BEFORE = 4
    PAIN_AFTER = 5
    EFFORT = 6
    NOTE = 7


RATING_COLUMNS = {
    Column.PAIN_BEFORE: ("pain_before", PAIN_RANGE),
    Column.PAIN_AFTER: ("pain_after", PAIN_RANGE),
    Column.EFFORT: ("effort", EFFORT_RANGE),
}
EDITABLE_COLUMNS = frozenset((*RATING_COLUMNS, Column.NOTE))
NUMERIC_COLUMNS = frozenset((Column.DURATION, *RATING_COLUMNS))

SORT_FIELDS: dict[Column, str] = {
    Column.DATE: "started",
    Column.ROUTINE: "routine_title",
    Column.DURATION: "active_s",
    Column.STATUS: "status",
    Column.PAIN_BEFORE: "pain_before",
    Column.PAIN_AFTER: "pain_after",
    Column.EFFORT: "effort",
    Column.NOTE: "note",
}
"""The field each column sorts by (see ``HistoryReader.session_order``)."""
PAGE_ROWS = 100
"""Rows read together when the table first shows one of them."""


class SessionTableModel(QAbstractTableModel):
    """Every session, newest first until sorted; pain, effort and note are edited in place.

    :meth:`load` reads the order; rows are read :data:`PAGE_ROWS` at a time as they are shown.
    Edits are written with :meth:`HistoryStore.update_feedback` and the row is read back.
    A refused value emits :attr:`refused` with the reason; a saved one emits :attr:`edited`.
    """

    refused = Signal(str)
    edited = Signal(int)  # session id

    def __init__(self, store: HistoryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.editable = not store.read_only
        self._ids: list[int] = []
        self._rows: dict[int, SessionRow | None] = {}  # read so far; None: gone meanwhile
        self._order = (Column.DATE, Qt.SortOrder.DescendingOrder)
        self._loaded = False
        self._locale = QLocale()
        self._headers = (
            self.tr("Date"),
            self.tr("Routine"),
            self.tr("Duration"),
            self.tr("Status"),
            self.tr("Pain before"),
            self.tr("Pain after"),
            self.tr("Effort"),
            self.tr("Note"),
        )
        self._statuses = {
            "completed": self.tr("Completed"),
            "stopped": self.tr("Stopped"),
            "interrupted": self.tr("Interrupted"),
            "in_progress": self.tr("In progress"),
        }
        self._display: tuple[Callable[[SessionRow], str], ...] = (
            self._date_text,
            attrgetter("routine_title"),
            lambda row: format_duration(row.active_s),
            lambda row: self._statuses.get(row.status, row.status),
            lambda row: _rating_text(row.pain_before),
            lambda row: _rating_text(row.pain_after),
            lambda row: _rating_text(row.effort),
            lambda row: row.note.partition("\n")[0],
        )

    @property
    def ids(self) -> list[int]:
        """The session ids in the order shown (treat as read-only)."""
        return self._ids

    def session_id(self, row: int) -> int:
        """The id of the session shown in ``row``."""
        return self._ids[row]

    def session(self, row: int) -> SessionRow | None:
        """The session shown in ``row``, read with its page if it was not yet; None when it
        was deleted meanwhile (by another instance) or cannot be read now."""
        session_id = self._ids[row]
        if session_id not in self._rows:
            self._read_page(row)
        return self._rows.get(session_id)

    @property
    def read_rows(self) -> int:
        """How many rows have been read from the store since :meth:`load`."""
        return len(self._rows)

    def load(self) -> None:
        """Read the order of every session again (e.g. after a workout); rows as they show."""
        column, order = self._order
        self.beginResetModel()
        self._ids = self.store.session_order(
            SORT_FIELDS[column], order == Qt.SortOrder.DescendingOrder
        )
        self._rows = {}
        self._loaded = True
        self.endResetModel()

    def row_of(self, session_id: int) -> int:
        """The row showing ``session_id``, or -1."""
        try:
            return self._ids.index(session_id)
        except ValueError:
            return -1

    def remove_sessions(self, session_ids: set[int]) -> None:
        """Take the rows of ``session_ids`` out of the table."""
        for index in reversed(range(len(self._ids))):
            if self._ids[index] in session_ids:
                self.beginRemoveRows(QModelIndex(), index, index)
                self._rows.pop(self._ids[index], None)
                del self._ids[index]
                self.endRemoveRows()

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of sessions."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(Column)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Text to show, text to edit, alignment and the full note as a tooltip."""
        row = self.session(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[column](row)
        if role == Qt.ItemDataRole.EditRole:
            return row.note if column == Column.NOTE else self._display[column](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NOTE and row.note:
            return row.note
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """The column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Pain, effort and note are editable unless the history is read-only."""
        flags = super().flags(index)
        if self.editable and index.column() in EDITABLE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Save an edited rating or note; refuse (with :attr:`refused`) what does not fit."""
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        column = Column(index.column())
        change = self._parse(column, value)
        if change is None:
            return False
        session_id = self._ids[index.row()]
        try:
            self.store.update_feedback(session_id, **change)
            fresh = self.store.session(session_id)
        except (ValueError, KeyError, sqlite3.Error) as error:
            self.refused.emit(fill(self.tr("Not saved: %1."), localized(describe_error(error))))
            return False
        if fresh is None:
            return False
        self._rows[session_id] = fresh
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(Column) - 1))
        self.edited.emit(session_id)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (every row, read or not), keeping the selection; empty values go
        last either way; newest first among equals."""
        if not 0 <= column < len(Column):
            return
        self._order = (Column(column), order)
        if not self._loaded:  # the table sets its sort order before the first load
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [self._ids[index.row()] for index in before]
        self._ids = self.store.session_order(
            SORT_FIELDS[Column(column)], order == Qt.SortOrder.DescendingOrder
        )
        position = {session_id: number for number, session_id in enumerate(self._ids)}
        after = [
            self.index(position[session_id], index.column())
            if session_id in position
            else QModelIndex()
            for session_id, index in zip(moved, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- internals ----------------------------------------------------------------------------

    def _read_page(self, row: int) -> None:
        """Read the rows of the page holding ``row`` that were not read yet (left unread, to try
        again when next shown, if the database cannot be read: e.g. closed as the app quits)."""
        first = row - row % PAGE_ROWS
        wanted = [i for i in self._ids[first : first + PAGE_ROWS] if i not in self._rows]
        try:
            found = self.store.sessions_by_id(wanted)
        except sqlite3.Error:
            return
        for session_id in wanted:
            self._rows[session_id] = found.get(session_id)

    def _date_text(self, row: SessionRow) -> str:
        started = row.started
        day = QDate(started.year, started.month, started.day)
        form = self.tr("ddd d MMM yyyy")  # a QLocale date format: German puts dots and a comma
        return f"{self._locale.toString(day, form)}, {started:%H:%M}"

    def _parse(self, column: Column, value: Any) -> dict[str, Any] | None:
        """The update_feedback arguments for an edit, or None (and :attr:`refused`)."""
        text = "" if value is None else str(value)
        if column == Column.NOTE:
            if len(text) > MAX_NOTE_CHARS:
                self.refused.emit(
                    fill(self.tr("A note can be at most %1 characters long."), MAX_NOTE_CHARS)
                )
                return None
            return {"note": text}
        field, (low, high) = RATING_COLUMNS[column]
        text = text.strip()
        if not text:
            return {field: None}
        if text.isascii() and text.isdigit() and low <= int(text) <= high:
            return {field: int(text)}
        message = (
            self.tr("Effort is a whole number from %1 to %2; leave it empty to clear it.")
            if column == Column.EFFORT
            else self.tr("Pain is a whole number from %1 (none) to %2; leave it empty to clear it.")
        )
        self.refused.emit(fill(message, low, high))
        return None


def _rating_text(value: int | None) -> str:
    return "" if value is None else str(value)


def session_table(model: SessionTableModel) -> QTableView:
    """The table of every session over ``model``: newest first, sortable, whole rows selected."""
    table = QTableView()
    table.setAccessibleName(QCoreApplication.translate("HistoryView", "Sessions"))
    table.setAccessibleDescription(
        QCoreApplication.translate(
            "HistoryView",
            "Every workout, newest first. Double-click pain, effort or note to edit; "
            "Delete removes the selected sessions.",
        )
    )
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
    table.setSortingEnabled(True)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in zip(Column, (190, 230, 80, 100, 95, 85, 65), strict=False):
        table.setColumnWidth(column, width)
    return table
