"""The history view over a real store: start state, table, editing, undo, files and charts."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtQuick import QQuickView
from PySide6.QtWidgets import QApplication, QLineEdit

from backcare_desktop.core.routine import dump_routine
from backcare_desktop.core.stats import WeeklyGoal
from backcare_desktop.storage.db import OpenedDatabase, open_database
from backcare_desktop.storage.history import HistoryStore, SessionRecord
from backcare_desktop.ui.history_charts import done_minutes_text
from backcare_desktop.ui.history_model import Column
from backcare_desktop.ui.history_view import HistoryView
from backcare_desktop.ui.theme import DARK, palette_for
from tests.storage.helpers import BERLIN_SUMMER, fixed_now, make_routine, move_record

# Qt Graphs asks OpenGL for the largest texture size once per process; the offscreen
# platform has no OpenGL, so Qt says so (and Qt Graphs uses a safe default).
pytestmark = pytest.mark.qt_log_ignore(r"QRhiGles2: Failed to create", extend=True)

TODAY = date(2024, 5, 8)  # a Wednesday
ROUTINE_JSON = dump_routine(make_routine())


def record(
    day: date,
    active_s: float,
    *,
    hour: int = 8,
    status: str = "completed",
    pain_before: int | None = None,
    pain_after: int | None = None,
    effort: int | None = None,
    note: str = "",
    title: str = "Back basics",
) -> SessionRecord:
    """A finished session on ``day`` with two moves (core and glutes)."""
    started = datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN_SUMMER)
    return SessionRecord(
        uuid=f"{day.isoformat()}-{hour}-{title}",
        routine_id="back-basics",
        routine_title=title,
        routine_json=ROUTINE_JSON,
        focus=("core", "glutes"),
        started_at=started,
        ended_at=started + timedelta(seconds=active_s),
        status=status,
        active_s=active_s,
        pain_before=pain_before,
        pain_after=pain_after,
        effort=effort,
        note=note,
        moves=(
            move_record(0, active_s / 2, ended_at=started + timedelta(seconds=active_s / 2)),
            move_record(1, active_s / 2, ended_at=started + timedelta(seconds=active_s)),
        ),
    )


# Last week (from Monday 29 April) met the goal of three ten-minute days; this week has two.
SESSIONS = (
    record(date(2024, 4, 30), 700, status="stopped", pain_before=4, pain_after=3, effort=6),
    record(date(2024, 5, 1), 660, pain_before=3, pain_after=3, title="Core strength"),
    record(date(2024, 5, 3), 600, note="tight hamstrings\nafter the long run"),
    record(date(2024, 5, 6), 600, pain_before=3, pain_after=2, effort=5, note="felt good"),
    record(date(2024, 5, 7), 900, hour=18, status="interrupted", title="Anchor"),
)


def open_store(path: Path) -> OpenedDatabase:
    return open_database(path, fixed_now)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[OpenedDatabase]:
    opened = open_store(tmp_path / "history.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def store(db: OpenedDatabase) -> HistoryStore:
    history = HistoryStore(db)
    history.add_records(SESSIONS)
    return history


def make_view(qtbot, store: HistoryStore) -> HistoryView:
    view = HistoryView(store, WeeklyGoal(), lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot, store: HistoryStore) -> HistoryView:
    return make_view(qtbot, store)


def finish(qtbot, view: HistoryView, start: Callable[[], object]) -> object:
    """Start a file action (on its worker thread) and wait for its outcome (None: it failed)."""
    with qtbot.waitSignal(view.files.finished, timeout=20_000) as outcome:
        assert start() is not False
    return outcome.args[0]


def column_texts(view: HistoryView, column: Column) -> list[str]:
    model = view.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select_row(view: HistoryView, row: int) -> int:
    """Select a table row; return its session id."""
    view.table.setFocus()
    view.table.selectRow(row)
    return view.model.session_id(row)


# -- start state and table ---------------------------------------------------------------------


def test_empty_history_shows_a_friendly_start(qtbot, db: OpenedDatabase) -> None:
    view = make_view(qtbot, HistoryStore(db))
    assert view.empty_label is not None and view.empty_label.isVisible()
    assert not view.table.isVisible()
    assert "No workouts yet" in view.empty_label.text()
    assert "Pilates for the spine" in view.empty_label.text()
    assert view.quick is None  # the charts are not loaded for nothing
    assert not view.export_button.isEnabled()
    assert view.restore_button.isEnabled()
    assert view.total_figure.text() == "0"


def test_table_lists_sessions_newest_first(view: HistoryView) -> None:
    assert view.empty_label is None  # the start state is not even built
    assert view.table.isVisible()
    assert column_texts(view, Column.DATE) == [
        "Tue 7 May 2024, 18:00",
        "Mon 6 May 2024, 08:00",
        "Fri 3 May 2024, 08:00",
        "Wed 1 May 2024, 08:00",
        "Tue 30 Apr 2024, 08:00",
    ]
    assert column_texts(view, Column.DURATION)[0] == "15:00"
    assert column_texts(view, Column.STATUS)[0] == "Interrupted"
    assert column_texts(view, Column.PAIN_BEFORE) == ["", "3", "", "3", "4"]
    assert column_texts(view, Column.NOTE)[2] == "tight hamstrings"  # first line only
    assert view.table.horizontalHeader().sortIndicatorSection() == Column.DATE
    assert view.total_figure.text() == "5"


def test_sorting_by_a_column(view: HistoryView) -> None:
    view.table.sortByColumn(Column.DURATION, Qt.SortOrder.AscendingOrder)
    assert column_texts(view, Column.DURATION) == ["10:00", "10:00", "11:00", "11:40", "15:00"]
    view.table.sortByColumn(Column.ROUTINE, Qt.SortOrder.AscendingOrder)
    assert column_texts(view, Column.ROUTINE)[:2] == ["Anchor", "Back basics"]
    view.table.sortByColumn(Column.PAIN_BEFORE, Qt.SortOrder.DescendingOrder)
    assert column_texts(view, Column.PAIN_BEFORE) == ["4", "3", "3", "", ""]  # empty last
    view.table.sortByColumn(Column.PAIN_BEFORE, Qt.SortOrder.AscendingOrder)
    assert column_texts(view, Column.PAIN_BEFORE) == ["3", "3", "4", "", ""]


def test_sorting_keeps_the_selection(view: HistoryView) -> None:
    session_id = select_row(view, 4)
    view.table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert view.selected_ids() == [session_id]
    assert view.model.session_id(0) == session_id


# -- editing -----------------------------------------------------------------------------------


def test_editing_pain_writes_to_the_store(qtbot, view: HistoryView, store: HistoryStore) -> None:
    session_id = view.model.session_id(0)
    index = view.model.index(0, Column.PAIN_AFTER)
    with qtbot.waitSignal(view.data_changed):
        assert view.model.setData(index, "7")
    assert store.session(session_id).pain_after == 7
    assert index.data() == "7"
    assert view.model.setData(view.model.index(0, Column.EFFORT), " 9 ")
    assert view.model.setData(view.model.index(0, Column.NOTE), "knee ok")
    saved = store.session(session_id)
    assert (saved.effort, saved.note) == (9, "knee ok")
    assert view.model.setData(index, "")  # empty clears
    assert store.session(session_id).pain_after is None


def test_editing_in_the_table_cell(qtbot, view: HistoryView, store: HistoryStore) -> None:
    session_id = view.model.session_id(1)
    index = view.model.index(1, Column.PAIN_BEFORE)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "3"
    editor.selectAll()
    qtbot.keyClicks(editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: store.session(session_id).pain_before == 5)
    assert view.model.index(1, Column.PAIN_BEFORE).data() == "5"


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        (Column.PAIN_BEFORE, "11", "from 0 (none) to 10"),
        (Column.PAIN_AFTER, "-1", "from 0 (none) to 10"),
        (Column.PAIN_AFTER, "four", "from 0 (none) to 10"),
        (Column.PAIN_AFTER, "2.5", "from 0 (none) to 10"),
        (Column.EFFORT, "0", "from 1 to 10"),
        (Column.NOTE, "x" * 2001, "at most 2000 characters"),
    ],
)
def test_invalid_values_are_refused_with_a_reason(
    view: HistoryView, store: HistoryStore, column: Column, value: str, reason: str
) -> None:
    session_id = view.model.session_id(1)
    before = store.session(session_id)
    assert not view.model.setData(view.model.index(1, column), value)
    assert store.session(session_id) == before
    assert reason in view.message_label.text()
    assert view.message_label.objectName() == "notice"


def test_read_only_history_cannot_be_edited(qtbot, tmp_path: Path, store: HistoryStore) -> None:
    connection = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True, isolation_level=None)
    read_only = OpenedDatabase(connection, True, (), store.path)
    try:
        view = make_view(qtbot, HistoryStore(read_only))
        assert view.read_only_label.isVisible()
        index = view.model.index(0, Column.PAIN_BEFORE)
        assert not index.flags() & Qt.ItemFlag.ItemIsEditable
        assert not view.model.setData(index, "2")
        select_row(view, 0)
        assert not view.delete_button.isEnabled()
        assert view.delete_selected() == 0
        assert not view.restore_button.isEnabled()
        assert view.export_button.isEnabled()
    finally:
        read_only.close()


# -- deleting and undo -------------------------------------------------------------------------


def test_delete_key_and_ctrl_z_undo(qtbot, view: HistoryView, store: HistoryStore) -> None:
    session_id = select_row(view, 1)
    moves = store.moves(session_id)
    row = store.session(session_id)
    assert view.delete_button.isEnabled()
    with qtbot.waitSignal(view.data_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert store.session(session_id) is None
    assert view.model.rowCount() == 4
    assert view.undo_bar.isVisible()
    assert "Mon 6 May 2024" in view.undo_label.text()
    assert view.total_figure.text() == "4"
    with qtbot.waitSignal(view.data_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.session(session_id) == row  # same id, same values
    assert store.moves(session_id) == moves
    assert view.model.rowCount() == 5
    assert view.selected_ids() == [session_id]
    assert not view.undo_bar.isVisible()


def test_delete_button_and_undo_button(view: HistoryView, store: HistoryStore) -> None:
    view.table.selectAll()
    view.delete_button.click()
    assert store.count() == (0, 0)
    assert view.empty_label is not None and view.empty_label.isVisible()  # the start state
    assert "Sessions deleted: 5" in view.undo_label.text()
    view.undo_button.click()
    assert store.count() == (5, 10)
    assert view.table.isVisible() and not view.empty_label.isVisible()


def test_escape_and_back_close_the_view(qtbot, view: HistoryView) -> None:
    view.table.setFocus()
    with qtbot.waitSignal(view.closed):
        qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    with qtbot.waitSignal(view.closed):
        view.back_button.click()


# -- files -------------------------------------------------------------------------------------


def test_csv_export_writes_the_file(qtbot, view: HistoryView, tmp_path: Path) -> None:
    target = tmp_path / "out" / "history.csv"
    target.parent.mkdir()
    chosen: list[tuple[str, str, str, bool]] = []

    def choose(caption: str, name: str, filter_text: str, save: bool) -> Path:
        chosen.append((caption, name, filter_text, save))
        return target

    view.files.choose_file = choose
    assert finish(qtbot, view, view.export_button.click).sessions == 5  # type: ignore[attr-defined]
    assert chosen[0][1:] == ("backcare-history-2024-05-08.csv", "CSV files (*.csv)", True)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:6] == ["date", "started_at", "ended_at", "routine_id", "routine", "status"]
    assert len(rows) == 1 + 10  # a row per move
    assert "Exported to" in view.message_label.text()
    assert "sessions: 5" in view.message_label.text()


def test_export_failure_is_reported(qtbot, view: HistoryView, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert finish(qtbot, view, lambda: view.files.export_csv_to(blocker / "history.csv")) is None
    assert "Could not export" in view.message_label.text()


def test_backup_and_restore_merge_without_duplicates(
    qtbot, view: HistoryView, store: HistoryStore, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.json"
    assert finish(qtbot, view, lambda: view.files.back_up_to(backup)) is not None
    fresh_db = open_store(tmp_path / "fresh" / "history.sqlite3")
    try:
        fresh = HistoryStore(fresh_db)
        fresh.add_records(SESSIONS[:2])  # two of them are already there
        fresh_view = make_view(qtbot, fresh)
        with qtbot.waitSignal(fresh_view.data_changed):
            summary = finish(qtbot, fresh_view, lambda: fresh_view.files.restore_from(backup))
        assert (summary.added, summary.skipped_duplicates) == (3, 2)  # type: ignore[attr-defined]
        assert "3 added, 2 skipped" in fresh_view.message_label.text()
        assert fresh_view.model.rowCount() == 5
        assert fresh.count() == store.count()
        again = finish(qtbot, fresh_view, lambda: fresh_view.files.restore_from(backup))
        assert (again.added, again.skipped_duplicates) == (0, 5)  # type: ignore[attr-defined]
        assert fresh.count() == store.count()  # a second restore adds nothing
        fresh_view.files.choose_file = lambda *_: backup
        finish(qtbot, fresh_view, fresh_view.restore_button.click)
        assert "0 added, 5 skipped" in fresh_view.message_label.text()
    finally:
        fresh_db.close()


def test_a_bad_backup_is_refused(qtbot, view: HistoryView, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    assert finish(qtbot, view, lambda: view.files.restore_from(bad)) is None
    assert "Nothing was restored" in view.message_label.text()


# -- charts ------------------------------------------------------------------------------------


def test_charts_load_from_the_qml_without_errors(view: HistoryView) -> None:
    assert view.quick is not None
    assert view.quick.status() == QQuickView.Status.Ready
    assert view.quick.errors() == []
    assert view.chart_errors() == []
    assert view.charts_ready()
    root = view.quick.rootObject()
    assert root is not None
    assert root.property("chartData") is view.chart_data


def test_chart_data_holds_the_figures(view: HistoryView) -> None:
    weeks = view.chart_data.weeks
    assert len(weeks["minutes"]) == 12
    assert weeks["minutes"][-2:] == [pytest.approx(32.7), pytest.approx(25.0)]
    assert weeks["labels"][-2:] == ["29 Apr", "6 May"]
    assert weeks["goal"] == 30
    calendar = view.chart_data.calendar
    assert (calendar["current"], calendar["longest"]) == (1, 1)
    assert len(calendar["levels"]) == 16 * 7
    today = calendar["today"]
    # Mon 6 May 10 min, Tue 7 May 15 min, today nothing yet, the rest of the week to come
    assert calendar["levels"][today - 2 : today + 2] == [2, 2, 0, -1]
    pain = view.chart_data.pain
    assert [value for _, value in pain["before"]] == [4, 3, 3]
    assert [value for _, value in pain["after"]] == [3, 3, 2]
    focus = view.chart_data.focus
    assert focus["names"][:2] == ["Core", "Glutes"]
    assert focus["minutes"][0] == pytest.approx(3460 / 60, abs=0.05)
    assert view.week_figure.text() == "25 / 30 min"
    assert view.week_figure.accessibleName() == "this week: 25 / 30 min"
    assert (view.streak_figure.text(), view.longest_figure.text()) == ("1", "1")
    assert view.charts is not None and view.charts.streaks.this_week_goal_days == 2


def test_charts_follow_edits(view: HistoryView) -> None:
    view.model.setData(view.model.index(0, Column.PAIN_AFTER), "1")
    assert [value for _, value in view.chart_data.pain["after"]] == [3, 3, 2, 1]
    assert not view.alert_label.isVisible()


def test_high_pain_shows_a_kind_note(view: HistoryView) -> None:
    view.model.setData(view.model.index(0, Column.PAIN_AFTER), "8")
    assert view.alert_label.isVisible()
    assert "8 out of 10" in view.alert_label.text()
    assert "doctor or a physiotherapist" in view.alert_label.text()


def test_charts_are_loaded_on_demand_for_the_self_test(qtbot, db: OpenedDatabase) -> None:
    view = make_view(qtbot, HistoryStore(db))
    assert view.charts_ready()
    assert view.quick is not None and not view.quick.isVisible()


def test_charts_follow_the_palette(qtbot, view: HistoryView) -> None:
    app = QApplication.instance()
    light = app.palette()
    try:
        app.setPalette(palette_for(True))  # widgets hear of it on the next event loop turn
        qtbot.waitUntil(lambda: view.chart_data.colours["card"] == DARK[QPalette.ColorRole.Base])
        assert view.chart_data.colours["dark"]
    finally:
        app.setPalette(light)
    light_card = light.color(QPalette.ColorRole.Base).name()
    qtbot.waitUntil(lambda: view.chart_data.colours["card"] == light_card)


def test_a_stored_row_with_an_unreadable_date_does_not_break_the_view(
    qtbot, store: HistoryStore
) -> None:
    """What restoring ``0001-01-01`` stored before the fix: the view failed for good."""
    bad_id = store.sessions()[-1].id
    store.connection.execute(
        "UPDATE sessions SET started_at = '1-01-01T00:00:00Z' WHERE id = ?", (bad_id,)
    )
    view = make_view(qtbot, store)
    assert view.model.rowCount() == len(SESSIONS) - 1
    assert bad_id not in view.model.ids
    (notice,) = store.notices
    assert f"session ids {bad_id}" in notice


def test_the_streak_says_which_days_count(view: HistoryView) -> None:
    rule = view.goal_rule_label.text()
    assert rule == (
        "A day counts when its workouts add up to 10 min of exercise, or when you complete "
        "a routine planned for 10 min or more."
    )
    assert view.streak_figure.toolTip() == rule


def test_week_figure_shows_the_tenths_the_chart_shows(qtbot, db: OpenedDatabase) -> None:
    # 30 seconds this week: the bar shows 0.5 min, so the figure above it must not say 0
    HistoryStore(db).add_records([record(date(2024, 5, 6), 30)])
    view = make_view(qtbot, HistoryStore(db))
    assert view.chart_data.weeks["minutes"][-1] == pytest.approx(0.5)
    assert view.week_figure.text() == "0.5 / 30 min"


@pytest.mark.parametrize(
    ("minutes", "text"), [(0, "0"), (0.5, "0.5"), (9.94, "9.9"), (9.96, "10"), (25.4, "25")]
)
def test_done_minutes_text(minutes: float, text: str) -> None:
    assert done_minutes_text(minutes) == text
