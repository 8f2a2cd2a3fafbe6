"""The history: charts of the weeks, the days, the pain and the muscles, and every session.

The charts are Qt Graphs 2D (a QML ``GraphsView`` in a ``QQuickWidget``, see
``qml/HistoryCharts.qml``); this module is the only one that imports Qt Quick, and the main
window imports it only when the history is first opened. The QML itself loads only when there
is something to chart (or :meth:`HistoryView.charts_ready` asks for it).

One query (:meth:`HistoryStore.sessions`) feeds both the table and the charts. The table
sorts itself (:meth:`SessionTableModel.sort`): a ``QSortFilterProxyModel`` would call
``data()`` in Python a few hundred thousand times to sort ten years of sessions (0.6 to 1.2 s
measured per click), where a key sort of the rows takes about 2 ms.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from enum import IntEnum
from operator import attrgetter
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QKeySequence, QPalette
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.durations import format_duration
from backcare_desktop.core.stats import HistoryCharts, PainAlert, WeeklyGoal, history_charts
from backcare_desktop.storage.db import describe_error
from backcare_desktop.storage.export import BackupError, export_csv, export_json, import_json
from backcare_desktop.storage.history import (
    EFFORT_RANGE,
    MAX_NOTE_CHARS,
    PAIN_RANGE,
    DeletedSession,
    HistoryStore,
    SessionRow,
)
from backcare_desktop.ui.icons import icon
from backcare_desktop.ui.names import display_name

QML_FILE = Path(__file__).resolve().parent / "qml" / "HistoryCharts.qml"
CHART_WEEKS = 12
"""Weeks in the minutes-per-week and time-per-muscle charts."""
CALENDAR_WEEKS = 16
"""Weeks in the calendar heat map."""
PAIN_SESSIONS = 30
"""The pain chart shows this many of the latest sessions with pain logged."""
FOCUS_BARS = 8
"""The time-per-muscle chart shows this many muscle groups, most worked first."""

CLAIMED_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Escape)
"""Keys the view handles itself even where the window has a shortcut for them."""

FileChooser = Callable[[str, str, str, bool], Path | None]
"""(caption, suggested file name, filter, save) -> the chosen path, or None when cancelled."""


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

_SORT_KEYS: dict[Column, Callable[[SessionRow], Any]] = {
    Column.DATE: attrgetter("started"),
    Column.ROUTINE: lambda row: row.routine_title.casefold(),
    Column.DURATION: attrgetter("active_s"),
    Column.STATUS: attrgetter("status"),
    Column.PAIN_BEFORE: attrgetter("pain_before"),
    Column.PAIN_AFTER: attrgetter("pain_after"),
    Column.EFFORT: attrgetter("effort"),
    Column.NOTE: lambda row: row.note.casefold() or None,
}


def sorted_rows(rows: Sequence[SessionRow], column: Column, descending: bool) -> list[SessionRow]:
    """``rows`` sorted by ``column``; rows without a value (no rating, no note) always last."""
    key = _SORT_KEYS[column]
    valued = [row for row in rows if key(row) is not None]
    empty = [row for row in rows if key(row) is None]
    return sorted(valued, key=key, reverse=descending) + empty


class SessionTableModel(QAbstractTableModel):
    """Every session, newest first; pain, effort and note are edited in place.

    Edits are written with :meth:`HistoryStore.update_feedback` and the row is read back.
    A refused value emits :attr:`refused` with the reason; a saved one emits :attr:`edited`.
    """

    refused = Signal(str)
    edited = Signal(int)  # session id

    def __init__(self, store: HistoryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.editable = not store.read_only
        self._rows: list[SessionRow] = []
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
    def rows(self) -> list[SessionRow]:
        """The rows in the order shown (treat as read-only)."""
        return self._rows

    def set_rows(self, rows: list[SessionRow]) -> None:
        """Show ``rows`` (in the order given)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, session_id: int) -> int:
        """The row showing ``session_id``, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.id == session_id), -1)

    def remove_sessions(self, session_ids: set[int]) -> None:
        """Take the rows of ``session_ids`` out of the table."""
        for index in reversed(range(len(self._rows))):
            if self._rows[index].id in session_ids:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._rows[index]
                self.endRemoveRows()

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of sessions."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(Column)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Text to show, text to edit, alignment and the full note as a tooltip."""
        row = self._rows[index.row()]
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
        session = self._rows[index.row()]
        try:
            self.store.update_feedback(session.id, **change)
            fresh = self.store.session(session.id)
        except (ValueError, KeyError, sqlite3.Error) as error:
            self.refused.emit(self.tr("Not saved: %1.").replace("%1", describe_error(error)))
            return False
        if fresh is None:
            return False
        self._rows[index.row()] = fresh
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(Column) - 1))
        self.edited.emit(session.id)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``, keeping the selection; empty values go last either way."""
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [self._rows[index.row()] for index in before]
        self._rows = sorted_rows(self._rows, Column(column), order == Qt.SortOrder.DescendingOrder)
        position = {id(row): number for number, row in enumerate(self._rows)}
        after = [
            self.index(position[id(row)], index.column())
            for row, index in zip(moved, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- internals ----------------------------------------------------------------------------

    def _date_text(self, row: SessionRow) -> str:
        started = row.started
        day = QDate(started.year, started.month, started.day)
        return f"{self._locale.toString(day, 'ddd d MMM yyyy')}, {started:%H:%M}"

    def _parse(self, column: Column, value: Any) -> dict[str, Any] | None:
        """The update_feedback arguments for an edit, or None (and :attr:`refused`)."""
        text = "" if value is None else str(value)
        if column == Column.NOTE:
            if len(text) > MAX_NOTE_CHARS:
                self.refused.emit(
                    self.tr("A note can be at most %1 characters long.").replace(
                        "%1", str(MAX_NOTE_CHARS)
                    )
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
        self.refused.emit(message.replace("%1", str(low)).replace("%2", str(high)))
        return None


def _rating_text(value: int | None) -> str:
    return "" if value is None else str(value)


# -- chart data -----------------------------------------------------------------------------


def nice_step(largest: float, ticks: int = 5) -> float:
    """A round axis step (1, 2 or 5 times a power of ten) giving about ``ticks`` intervals."""
    rough = max(largest, 1.0) / ticks
    power = 10 ** len(str(int(rough))) / 10 if rough >= 1 else 1.0
    for factor in (1, 2, 5, 10):
        if rough <= factor * power:
            return factor * power
    return 10 * power


def day_level(minutes: float | None, goal: WeeklyGoal) -> int:
    """Heat-map level of a day: 0 none, 1 under the session goal, 2 at it, 3 twice it."""
    if not minutes:
        return 0
    if not goal.counts(minutes):
        return 1
    return 3 if goal.counts(minutes / 2) else 2


def chart_colours(palette: QPalette) -> dict[str, str]:
    """Strong, readable chart colours for the light or dark palette (Qt Graphs' are pale)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    accent = palette.color(QPalette.ColorRole.Highlight)
    card = palette.color(QPalette.ColorRole.Base)
    heat = [_mix(card, accent, share) for share in (0.45, 0.72, 1.0)]
    return {
        "window": palette.color(QPalette.ColorRole.Window).name(),
        "card": card.name(),
        "border": palette.color(QPalette.ColorRole.Mid).name(),
        "text": palette.color(QPalette.ColorRole.Text).name(),
        "muted": palette.color(QPalette.ColorRole.PlaceholderText).name(),
        "grid": "#3a4047" if dark else "#dde0da",
        "axis": "#8a9097" if dark else "#6b7178",
        "accent": accent.name(),
        "goal": "#f0b44c" if dark else "#b8600f",
        "before": "#ff8f70" if dark else "#c2410c",
        "after": "#7fb2f0" if dark else "#1d5fa8",
        "focus": "#6fa8e8" if dark else "#2c63b8",
        "empty": "#343a40" if dark else "#e6e8e3",
        "heat1": heat[0].name(),
        "heat2": heat[1].name(),
        "heat3": heat[2].name(),
        "today": "#ffffff" if dark else "#1f2328",
        "dark": "true" if dark else "",
    }


def _mix(base: QColor, colour: QColor, share: float) -> QColor:
    return QColor(
        round(base.red() + (colour.red() - base.red()) * share),
        round(base.green() + (colour.green() - base.green()) * share),
        round(base.blue() + (colour.blue() - base.blue()) * share),
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ChartData(QObject):
    """What the QML charts draw, as plain maps of lists (see ``qml/HistoryCharts.qml``).

    ``weeks``: labels, minutes, goal, max, step. ``calendar``: levels (column by column,
    Monday first, -1 for days to come), months, weekdays, today, streak texts, legend.
    ``pain``: before and after as [ms since epoch, value] pairs, from and to. ``focus``:
    names, minutes, max, step. ``colours`` and ``texts`` for the rest.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self._values: dict[str, dict[str, Any]] = {
            "weeks": {"labels": [], "minutes": [], "goal": 0.0, "max": 10.0, "step": 2.0},
            "calendar": {"levels": [], "months": [], "weekdays": [], "today": -1},
            "pain": {"before": [], "after": [], "from": 0.0, "to": 0.0},
            "focus": {"names": [], "minutes": [], "max": 10.0, "step": 2.0},
            "colours": {},
            "texts": {},
        }

    def _get_weeks(self) -> dict[str, Any]:
        return self._values["weeks"]

    def _get_calendar(self) -> dict[str, Any]:
        return self._values["calendar"]

    def _get_pain(self) -> dict[str, Any]:
        return self._values["pain"]

    def _get_focus(self) -> dict[str, Any]:
        return self._values["focus"]

    def _get_colours(self) -> dict[str, Any]:
        return self._values["colours"]

    def _get_texts(self) -> dict[str, Any]:
        return self._values["texts"]

    weeks = Property("QVariantMap", _get_weeks, notify=changed)
    calendar = Property("QVariantMap", _get_calendar, notify=changed)
    pain = Property("QVariantMap", _get_pain, notify=changed)
    focus = Property("QVariantMap", _get_focus, notify=changed)
    colours = Property("QVariantMap", _get_colours, notify=changed)
    texts = Property("QVariantMap", _get_texts, notify=changed)

    def update(self, charts: HistoryCharts, today: date, palette: QPalette) -> None:
        """Take new figures (and colours), then tell the charts once."""
        self._values = {
            "weeks": self._weeks(charts),
            "calendar": self._calendar(charts, today),
            "pain": _pain(charts),
            "focus": _focus(charts),
            "colours": chart_colours(palette),
            "texts": self._texts(charts.goal),
        }
        self.changed.emit()

    def set_colours(self, palette: QPalette) -> None:
        """Follow a new palette (light or dark)."""
        self._values["colours"] = chart_colours(palette)
        self.changed.emit()

    def _weeks(self, charts: HistoryCharts) -> dict[str, Any]:
        minutes = [round(week.minutes, 1) for week in charts.weeks]
        goal = charts.goal.minutes_per_week
        step = nice_step(max([goal, *minutes]) * 1.08)
        return {
            "labels": [self._locale.toString(_qdate(week.start), "d MMM") for week in charts.weeks],
            "minutes": minutes,
            "goal": goal,
            "max": step * -(-max([goal, *minutes]) * 1.08 // step),
            "step": step,
        }

    def _calendar(self, charts: HistoryCharts, today: date) -> dict[str, Any]:
        first = today - timedelta(days=today.weekday(), weeks=CALENDAR_WEEKS - 1)
        days = [first + timedelta(days=offset) for offset in range(CALENDAR_WEEKS * 7)]
        levels = [
            -1 if day > today else day_level(charts.days.get(day), charts.goal) for day in days
        ]
        months, last_label = [], -3
        for column in range(CALENDAR_WEEKS):
            monday = days[column * 7]
            starts = column == 0 or monday.month != days[column * 7 - 7].month
            if starts and column - last_label >= 3:
                months.append(self._locale.monthName(monday.month, QLocale.FormatType.ShortFormat))
                last_label = column
            else:
                months.append("")
        streaks = charts.streaks
        goal = charts.goal
        return {
            "levels": levels,
            "months": months,
            "weekdays": [
                self._locale.dayName(number, QLocale.FormatType.ShortFormat) if number % 2 else ""
                for number in range(1, 8)
            ],
            "today": (today - first).days,
            "current": streaks.current_weeks,
            "longest": streaks.longest_weeks,
            "streakText": self.tr("Streak now (weeks): %1").replace(
                "%1", str(streaks.current_weeks)
            ),
            "longestText": self.tr("Longest (weeks): %1").replace("%1", str(streaks.longest_weeks)),
            "goalText": self.tr("Weekly goal: %1 × %2 min")
            .replace("%1", str(goal.sessions_per_week))
            .replace("%2", _minutes_text(goal.minutes_per_session)),
            "legend": [
                self.tr("no workout"),
                self.tr("under %1 min").replace("%1", _minutes_text(goal.minutes_per_session)),
                self.tr("%1 min+").replace("%1", _minutes_text(goal.minutes_per_session)),
                self.tr("%1 min+").replace("%1", _minutes_text(2 * goal.minutes_per_session)),
            ],
        }

    def _texts(self, goal: WeeklyGoal) -> dict[str, str]:
        return {
            "weeksTitle": self.tr("Minutes per week"),
            "goalLegend": self.tr("goal %1 min").replace(
                "%1", _minutes_text(goal.minutes_per_week)
            ),
            "minutesAxis": self.tr("minutes"),
            "weekAxis": self.tr("week starting"),
            "calendarTitle": self.tr("Last %1 weeks").replace("%1", str(CALENDAR_WEEKS)),
            "painTitle": self.tr("Pain before and after (latest %1 logged)").replace(
                "%1", str(PAIN_SESSIONS)
            ),
            "painAxis": self.tr("pain 0-10"),
            "before": self.tr("before"),
            "after": self.tr("after"),
            "noPain": self.tr("No pain logged yet. Rate it after a workout to see the trend."),
            "focusTitle": self.tr("Time per muscle group, last %1 weeks").replace(
                "%1", str(CHART_WEEKS)
            ),
            "noFocus": self.tr("No workouts in the last %1 weeks.").replace("%1", str(CHART_WEEKS)),
            "chartsName": self.tr("History charts"),
        }


def _set_figure(label: QLabel, text: str) -> None:
    """Show a summary figure; screen readers hear its caption with it."""
    label.setText(text)
    label.setAccessibleName(f"{label.property('caption')}: {text}")


def _minutes_text(minutes: float) -> str:
    return f"{minutes:g}"


def _pain(charts: HistoryCharts) -> dict[str, Any]:
    points = charts.pain[-PAIN_SESSIONS:]
    stamps = [point.started.timestamp() * 1000 for point in points]
    before = [[at, p.before] for at, p in zip(stamps, points, strict=True) if p.before is not None]
    after = [[at, p.after] for at, p in zip(stamps, points, strict=True) if p.after is not None]
    margin = 12 * 3600 * 1000
    return {
        "before": before,
        "after": after,
        "from": (stamps[0] - margin) if stamps else 0.0,
        "to": (stamps[-1] + margin) if stamps else 0.0,
    }


def _focus(charts: HistoryCharts) -> dict[str, Any]:
    shown = list(charts.focus.items())[:FOCUS_BARS]
    minutes = [round(seconds / 60, 1) for _, seconds in shown]
    step = nice_step(max(minutes, default=0.0) * 1.05)
    return {
        "names": [display_name(name) for name, _ in shown],
        "minutes": minutes,
        "max": step * -(-max(minutes, default=0.0) * 1.05 // step) or step,
        "step": step,
    }


# -- the view -------------------------------------------------------------------------------


class HistoryView(QWidget):
    """Summary figures, charts and a sortable, editable table of every session.

    ``today`` gives the local day (weeks and streaks are counted up to it). Esc and "Back"
    emit :attr:`closed`; every edit, deletion, undo and restore emits :attr:`data_changed`.
    File dialogs go through :attr:`choose_file`, which tests replace.
    """

    closed = Signal()
    data_changed = Signal()

    def __init__(
        self,
        store: HistoryStore,
        goal: WeeklyGoal,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.goal = goal
        self.today = today
        self.choose_file: FileChooser = self._file_dialog
        self.charts: HistoryCharts | None = None
        self.chart_data = ChartData(self)
        self.quick: QQuickWidget | None = None
        self._undo: list[list[DeletedSession]] = []
        self.setObjectName("historyView")
        self.model = SessionTableModel(store, self)
        self.model.refused.connect(self._warn)
        self.model.edited.connect(self._edited)

        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        self.alert_label = self._notice()
        self.read_only_label = self._notice()
        layout.addWidget(self.alert_label)
        layout.addWidget(self.read_only_label)
        self.empty_label: QLabel | None = None
        self.pages = QStackedLayout()
        self.pages.addWidget(self._main_page())
        layout.addLayout(self.pages, 1)
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
        self.week_figure = self._figure(header, self.tr("this week"))
        self.streak_figure = self._figure(header, self.tr("week streak"))
        self.longest_figure = self._figure(header, self.tr("longest streak"))
        self.total_figure = self._figure(header, self.tr("sessions"))
        return header

    def _figure(self, header: QHBoxLayout, caption_text: str) -> QLabel:
        """A big figure over a small caption; returns the figure's label."""
        value = QLabel()
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.Bold)
        value.setFont(font)
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        value.setProperty("caption", caption_text)
        caption = QLabel(caption_text)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        box = QVBoxLayout()
        box.setSpacing(0)
        box.addWidget(value)
        box.addWidget(caption)
        header.addSpacing(18)
        header.addLayout(box)
        return value

    def _notice(self) -> QLabel:
        label = QLabel(objectName="notice")
        label.setWordWrap(True)
        label.hide()
        return label

    def _empty_page(self) -> QWidget:
        """The start state (built the first time the history is empty)."""
        page = QWidget()
        self.empty_label = QLabel(
            self.tr(
                "<h2>No workouts yet</h2>"
                "<p>Start with 10 minutes of Pilates for the spine: shoulder bridge, swan dive, "
                "plank and calf raises. Three short sessions a week make a good start.</p>"
                "<p>Every workout you do shows up here, with your minutes per week, your "
                "streak and how your back feels. Have a backup? Restore it below.</p>"
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMaximumWidth(560)
        row = QHBoxLayout()  # no alignment flag: it would ignore the wrapped text's height
        row.addStretch(1)
        row.addWidget(self.empty_label, 4)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _main_page(self) -> QWidget:
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.charts_box = QWidget()
        self.charts_box.setMinimumHeight(380)
        QVBoxLayout(self.charts_box).setContentsMargins(0, 0, 0, 0)
        self.table = self._table()
        self.splitter.addWidget(self.charts_box)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 200])
        return self.splitter

    def _table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Sessions"))
        table.setAccessibleDescription(
            self.tr(
                "Every workout, newest first. Double-click pain, effort or note to edit; "
                "Delete removes the selected sessions."
            )
        )
        table.setModel(self.model)
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
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

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
        self.export_button = self._button("export", self.tr("Export CSV…"), self.choose_csv)
        self.export_button.setToolTip(self.tr("Save every session and move as a spreadsheet"))
        self.backup_button = self._button("export", self.tr("Back up…"), self.choose_backup)
        self.backup_button.setToolTip(self.tr("Save a JSON backup of the whole history"))
        self.restore_button = self._button("import", self.tr("Restore…"), self.choose_restore)
        self.restore_button.setToolTip(
            self.tr("Add the sessions of a backup; those already here are skipped")
        )
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Last action"))
        bar = QHBoxLayout()
        bar.addWidget(self.delete_button)
        bar.addWidget(self.message_label, 1)
        for button in (self.export_button, self.backup_button, self.restore_button):
            bar.addWidget(button)
        return bar

    def _ensure_charts(self) -> QQuickWidget:
        """Load the QML charts (once), fed by :attr:`chart_data`."""
        if self.quick is None:
            quick = QQuickWidget(self.charts_box)
            quick.setAccessibleName(self.tr("History charts"))
            quick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do there by keyboard
            quick.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
            quick.setClearColor(self.palette().color(QPalette.ColorRole.Window))
            quick.setInitialProperties({"chartData": self.chart_data})
            quick.setSource(QUrl.fromLocalFile(str(QML_FILE)))
            # the charts' QML goes before their data when the view is deleted
            self.chart_data.setParent(quick)
            self.charts_box.layout().addWidget(quick)
            self.quick = quick
        return self.quick

    # -- public ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read every session again and redraw (e.g. after a workout)."""
        start = self.today() - timedelta(weeks=CHART_WEEKS, days=1)
        since = datetime(start.year, start.month, start.day).astimezone()
        rows = self.store.sessions(since)
        header = self.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if column != Column.DATE or order != Qt.SortOrder.DescendingOrder:
            rows = sorted_rows(rows, Column(column), order == Qt.SortOrder.DescendingOrder)
        self.model.set_rows(rows)
        self._show(rows)

    def go_back(self) -> None:
        """Leave the history (Esc or "Back"): emits :attr:`closed`."""
        self.closed.emit()

    def charts_ready(self) -> bool:
        """Load the charts if they are not yet (even when hidden); True when they loaded cleanly.

        The self-test calls this so a bundle missing Qt Graphs fails there.
        """
        quick = self._ensure_charts()
        return quick.status() == QQuickWidget.Status.Ready and not quick.errors()

    def chart_errors(self) -> list[str]:
        """The QML loading errors of the charts, if any."""
        return [] if self.quick is None else [error.toString() for error in self.quick.errors()]

    def selected_ids(self) -> list[int]:
        """Session ids of the selected rows, in table order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.rows[row].id for row in rows]

    def delete_selected(self) -> int:
        """Delete the selected sessions (undo with :meth:`undo_delete`); return how many."""
        if self.store.read_only:
            return 0
        deleted: list[DeletedSession] = []
        for session_id in self.selected_ids():
            try:
                deleted.append(self.store.delete_session(session_id))
            except (KeyError, sqlite3.Error) as error:
                self._warn(self.tr("Could not delete: %1.").replace("%1", describe_error(error)))
                break
        if not deleted:
            return 0
        self._undo.append(deleted)
        self.model.remove_sessions({item.id for item in deleted})
        self._show(self.model.rows)
        self._show_undo(deleted)
        self._say("")
        self.data_changed.emit()
        return len(deleted)

    def undo_delete(self) -> int:
        """Put the last deleted sessions back, with their ids and moves; return how many."""
        if not self._undo:
            return 0
        batch = self._undo.pop()
        restored = 0
        try:
            for item in batch:
                self.store.restore_session(item)
                restored += 1
        except sqlite3.Error as error:
            self._warn(self.tr("Could not undo: %1.").replace("%1", describe_error(error)))
        self.refresh()
        self._select(batch[0].id)
        if self._undo:
            self._show_undo(self._undo[-1])
        else:
            self.undo_bar.hide()
        self._say(self.tr("Sessions brought back: %1.").replace("%1", str(restored)))
        self.data_changed.emit()
        return restored

    def export_csv_to(self, path: Path) -> bool:
        """Write every session and move to ``path`` as CSV; True when written."""
        try:
            summary = export_csv(self.store, path)
        except (OSError, sqlite3.Error) as error:
            self._warn(
                self.tr("Could not export to %1: %2.")
                .replace("%1", str(path))
                .replace("%2", describe_error(error))
            )
            return False
        self._say(
            self.tr("Exported to %1 (sessions: %2).")
            .replace("%1", str(path))
            .replace("%2", str(summary.sessions))
        )
        return True

    def back_up_to(self, path: Path) -> bool:
        """Write a JSON backup of the whole history to ``path``; True when written."""
        try:
            summary = export_json(self.store, path)
        except (OSError, sqlite3.Error) as error:
            self._warn(
                self.tr("Could not back up to %1: %2.")
                .replace("%1", str(path))
                .replace("%2", describe_error(error))
            )
            return False
        self._say(
            self.tr("Backed up to %1 (sessions: %2).")
            .replace("%1", str(path))
            .replace("%2", str(summary.sessions))
        )
        return True

    def restore_from(self, path: Path) -> tuple[int, int] | None:
        """Merge a JSON backup; return (added, skipped as already there), or None on failure."""
        if self.store.read_only:
            return None
        try:
            summary = import_json(self.store, path)
        except BackupError as error:
            self._warn(self.tr("Nothing was restored: %1").replace("%1", str(error)))
            return None
        except sqlite3.Error as error:
            self._warn(self.tr("Nothing was restored: %1.").replace("%1", describe_error(error)))
            return None
        self._say(
            self.tr("Restore done: %1 added, %2 skipped as already here.")
            .replace("%1", str(summary.added))
            .replace("%2", str(summary.skipped_duplicates))
        )
        if summary.added:
            self.refresh()
            self.data_changed.emit()
        return summary.added, summary.skipped_duplicates

    def choose_csv(self) -> None:
        """Ask where to export the CSV, then export."""
        path = self.choose_file(
            self.tr("Export history as CSV"),
            f"backcare-history-{self.today().isoformat()}.csv",
            self.tr("CSV files (*.csv)"),
            True,
        )
        if path is not None:
            self.export_csv_to(path)

    def choose_backup(self) -> None:
        """Ask where to write the backup, then write it."""
        path = self.choose_file(
            self.tr("Back up history"),
            f"backcare-history-{self.today().isoformat()}.json",
            self.tr("History backups (*.json)"),
            True,
        )
        if path is not None:
            self.back_up_to(path)

    def choose_restore(self) -> None:
        """Ask for a backup file, then merge it."""
        path = self.choose_file(
            self.tr("Restore history from a backup"), "", self.tr("History backups (*.json)"), False
        )
        if path is not None:
            self.restore_from(path)

    # -- events ------------------------------------------------------------------------------

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

    def changeEvent(self, event: QEvent) -> None:
        """Recolour the charts when the palette changes (light and dark)."""
        if event.type() == QEvent.Type.PaletteChange:
            self.chart_data.set_colours(self.palette())
            if self.quick is not None:
                self.quick.setClearColor(self.palette().color(QPalette.ColorRole.Window))
        super().changeEvent(event)

    # -- internals ---------------------------------------------------------------------------

    def _show(self, rows: list[SessionRow]) -> None:
        """Figures, charts, alert and page for ``rows``."""
        charts = history_charts(rows, self.today(), self.goal, CHART_WEEKS)
        self.charts = charts
        self.chart_data.update(charts, self.today(), self.palette())
        self._show_figures(charts, len(rows))
        self._show_alert(charts.alert)
        if rows:
            self.pages.setCurrentWidget(self.splitter)
        else:
            if self.empty_label is None:
                self.pages.addWidget(self._empty_page())
            self.pages.setCurrentIndex(1)
        if rows:
            self._ensure_charts()
        self._update_buttons()

    def _show_figures(self, charts: HistoryCharts, total: int) -> None:
        this_week = charts.weeks[-1]
        _set_figure(
            self.week_figure,
            self.tr("%1 / %2 min")
            .replace("%1", f"{this_week.minutes:.0f}")
            .replace("%2", _minutes_text(charts.goal.minutes_per_week)),
        )
        self.week_figure.setToolTip(
            self.tr("%1 of %2 days done this week")
            .replace("%1", str(charts.streaks.this_week_goal_days))
            .replace("%2", str(charts.goal.sessions_per_week))
        )
        _set_figure(self.streak_figure, str(charts.streaks.current_weeks))
        _set_figure(self.longest_figure, str(charts.streaks.longest_weeks))
        _set_figure(self.total_figure, QLocale().toString(total))

    def _show_alert(self, alert: PainAlert | None) -> None:
        if alert is None:
            self.alert_label.hide()
            return
        if alert.reason == "high":
            opening = self.tr("You logged back pain of %1 out of 10.").replace(
                "%1", str(max(alert.values))
            )
        else:
            opening = self.tr(
                "Your pain after workouts rose over your last three sessions (%1)."
            ).replace("%1", " → ".join(str(value) for value in alert.values))
        self.alert_label.setText(
            opening
            + " "
            + self.tr(
                "Go gently and keep every move comfortable. Pain that is sharp, shoots down a "
                "leg, or seems to come from a bone or a disc needs a doctor or physiotherapist "
                "first."
            )
        )
        self.alert_label.show()

    def _update_buttons(self) -> None:
        has_rows = bool(self.model.rows)
        writable = not self.store.read_only
        self.delete_button.setEnabled(writable and self.table.selectionModel().hasSelection())
        self.export_button.setEnabled(has_rows)
        self.backup_button.setEnabled(has_rows)
        self.restore_button.setEnabled(writable)

    def _show_undo(self, batch: list[DeletedSession]) -> None:
        if len(batch) == 1:
            started = batch[0].record.started_at
            text = self.tr("Deleted the session of %1.").replace(
                "%1", QLocale().toString(_qdate(started.date()), "ddd d MMM yyyy")
            )
        else:
            text = self.tr("Sessions deleted: %1.").replace("%1", str(len(batch)))
        self.undo_label.setText(text)
        self.undo_bar.show()

    def _select(self, session_id: int) -> None:
        row = self.model.row_of(session_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _edited(self, _session_id: int) -> None:
        self._show(self.model.rows)
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

    def _file_dialog(self, caption: str, name: str, filter_text: str, save: bool) -> Path | None:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        if save:
            chosen, _ = QFileDialog.getSaveFileName(self, caption, str(folder / name), filter_text)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, caption, str(folder), filter_text)
        return Path(chosen) if chosen else None
