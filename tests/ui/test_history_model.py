"""The history table's lazy model over a few hundred sessions: it knows every row's place at
once, reads the rows a page at a time as they are shown, sorts the rows it has not read, and
edits, deletes and undoes on rows read late."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from backcare_desktop.core.stats import WeeklyGoal
from backcare_desktop.storage.db import OpenedDatabase
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.ui.history_model import PAGE_ROWS, Column, SessionTableModel
from backcare_desktop.ui.history_view import HistoryView
from tests.ui.test_history_view import open_store, record

pytestmark = pytest.mark.qt_log_ignore(r"QRhiGles2: Failed to create", extend=True)

SESSIONS = 350  # three and a half pages
FIRST_DAY = date(2023, 1, 1)
TODAY = FIRST_DAY + timedelta(days=SESSIONS)


def pain_of(number: int) -> int | None:
    """Pain after session ``number``: every third has none logged."""
    return None if number % 3 == 0 else number % 11


@pytest.fixture
def db(tmp_path: Path) -> Iterator[OpenedDatabase]:
    opened = open_store(tmp_path / "history.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def store(db: OpenedDatabase) -> HistoryStore:
    """One session a day, oldest first: session ``n`` lasts ``n + 60`` seconds."""
    history = HistoryStore(db)
    history.add_records(
        record(
            FIRST_DAY + timedelta(days=number),
            60 + number,
            pain_after=pain_of(number),
            note="" if number % 2 else f"day {number}",
            title=("Übung", "anchor", "Back basics")[number % 3],
        )
        for number in range(SESSIONS)
    )
    return history


@pytest.fixture
def model(qtbot, store: HistoryStore) -> SessionTableModel:
    loaded = SessionTableModel(store)
    loaded.load()
    return loaded


def texts(model: SessionTableModel, column: Column) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def duration_seconds(text: str) -> int:
    minutes, seconds = text.split(":")
    return int(minutes) * 60 + int(seconds)


def test_every_row_is_counted_and_rows_are_read_a_page_at_a_time(
    model: SessionTableModel,
) -> None:
    assert model.rowCount() == SESSIONS
    assert model.read_rows == 0
    assert model.index(0, Column.DURATION).data() == "6:49"  # the newest: 409 s
    assert model.read_rows == PAGE_ROWS
    assert model.index(PAGE_ROWS - 1, Column.DURATION).data() == "5:10"  # still page one
    assert model.read_rows == PAGE_ROWS
    assert model.index(SESSIONS - 1, Column.DURATION).data() == "1:00"  # the oldest
    assert model.read_rows == PAGE_ROWS + SESSIONS % PAGE_ROWS
    assert model.index(SESSIONS - 1, Column.DATE).data() == "Sun 1 Jan 2023, 08:00"
    assert model.session_id(SESSIONS - 1) == model.ids[-1]


def test_sorting_orders_the_rows_not_read_yet(model: SessionTableModel) -> None:
    assert model.index(0, Column.PAIN_AFTER).data() is not None  # page one read
    model.sort(Column.PAIN_AFTER, Qt.SortOrder.DescendingOrder)
    pains = texts(model, Column.PAIN_AFTER)
    logged = [int(text) for text in pains if text]
    assert len(logged) == sum(pain_of(number) is not None for number in range(SESSIONS))
    assert logged == sorted(logged, reverse=True) and logged[0] == 10
    assert pains[len(logged) :] == [""] * (SESSIONS - len(logged))  # none logged: last
    # among equal values the newest comes first
    tens = [row for row in range(len(logged)) if pains[row] == "10"]
    days = [model.session(row).started for row in tens]  # type: ignore[union-attr]
    assert days == sorted(days, reverse=True)
    model.sort(Column.DURATION, Qt.SortOrder.AscendingOrder)
    durations = [duration_seconds(text) for text in texts(model, Column.DURATION)]
    assert durations == list(range(60, 60 + SESSIONS))


def test_text_sorts_ignore_case_and_empty_notes_go_last(model: SessionTableModel) -> None:
    model.sort(Column.ROUTINE, Qt.SortOrder.AscendingOrder)
    titles = texts(model, Column.ROUTINE)
    assert titles[0] == "anchor" and titles[-1] == "Übung"
    assert titles.index("Back basics") == titles.count("anchor")
    model.sort(Column.NOTE, Qt.SortOrder.DescendingOrder)
    notes = texts(model, Column.NOTE)
    assert notes[0] == "day 98"  # "day 98" > "day 348" as text
    assert notes[SESSIONS // 2 :] == [""] * (SESSIONS // 2)


def test_sorting_keeps_the_selected_row_and_refresh_keeps_the_order(
    qtbot, store: HistoryStore
) -> None:
    view = HistoryView(store, WeeklyGoal(), lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    assert view.model.read_rows < SESSIONS  # the first screen, not the whole history
    view.table.selectRow(3)
    selected = view.selected_ids()
    view.table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert view.selected_ids() == selected
    assert view.model.row_of(selected[0]) == SESSIONS - 4
    view.refresh()
    assert view.model.index(0, Column.DATE).data() == "Sun 1 Jan 2023, 08:00"
    assert view.total_figure.text() == str(SESSIONS)


def test_editing_a_row_read_late(qtbot, model: SessionTableModel, store: HistoryStore) -> None:
    row = SESSIONS - 10
    session_id = model.session_id(row)
    assert model.index(row, Column.PAIN_AFTER).data() == str(pain_of(9) or "")
    with qtbot.waitSignal(model.edited):
        assert model.setData(model.index(row, Column.EFFORT), "8")
    assert model.setData(model.index(row, Column.NOTE), "late\nsecond line")
    saved = store.session(session_id)
    assert saved is not None and (saved.effort, saved.note) == (8, "late\nsecond line")
    assert model.index(row, Column.EFFORT).data() == "8"
    assert model.index(row, Column.NOTE).data() == "late"
    assert model.index(row, Column.NOTE).data(Qt.ItemDataRole.ToolTipRole) == saved.note
    assert model.index(row - 1, Column.EFFORT).data() == ""  # its neighbour is untouched


def test_deleting_and_undoing_a_row_read_late(qtbot, store: HistoryStore) -> None:
    view = HistoryView(store, WeeklyGoal(), lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    row = SESSIONS - 2  # the second-oldest: 61 s on 2 January 2023
    view.table.setFocus()
    view.table.selectRow(row)
    view.table.scrollTo(view.model.index(row, 0))
    session_id = view.selected_ids()[0]
    before = store.session(session_id)
    assert view.delete_selected() == 1
    assert store.session(session_id) is None
    assert view.model.rowCount() == SESSIONS - 1
    assert view.model.row_of(session_id) == -1
    assert view.model.index(row, Column.DURATION).data() == "1:00"  # the oldest moved up
    assert view.total_figure.text() == str(SESSIONS - 1)
    assert view.undo_delete() == 1
    assert store.session(session_id) == before
    assert view.model.rowCount() == SESSIONS
    assert view.selected_ids() == [session_id]
    assert view.model.index(row, Column.DURATION).data() == "1:01"


def test_a_closed_database_leaves_rows_empty_instead_of_failing(
    model: SessionTableModel, db: OpenedDatabase
) -> None:
    assert model.index(0, Column.DURATION).data() == "6:49"
    db.close()  # as when the app quits while the window still paints
    assert model.index(SESSIONS - 1, Column.DURATION).data() is None
    assert model.index(0, Column.DURATION).data() == "6:49"  # read before: still shown


def test_a_row_with_an_impossible_date_shows_empty_and_is_noted(
    model: SessionTableModel, store: HistoryStore
) -> None:
    """No release writes such a date: the order does not check every row in Python."""
    last = model.session_id(SESSIONS - 1)
    store.connection.execute(
        "UPDATE sessions SET started_at = '2023-13-01T07:00:00Z' WHERE id = ?", (last,)
    )
    model.load()
    assert model.rowCount() == SESSIONS
    row = model.row_of(last)  # placed by its text, which sorts after every real date here
    assert row == 0 and model.index(row, Column.DATE).data() is None
    assert model.index(1, Column.DURATION).data() == "6:49"
    assert f"session ids {last}" in store.notices[0]
