"""The history store: round trips, crash recovery, feedback, undo, local days across DST."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backcare_desktop.core.routine import routine_from_dict
from backcare_desktop.core.stats import (
    WeeklyGoal,
    day_totals,
    history_charts,
    time_per_focus,
    week_start,
)
from backcare_desktop.storage import aggregates
from backcare_desktop.storage.db import open_database
from backcare_desktop.storage.history import UNCHANGED, HistoryStore
from tests.storage.helpers import fixed_now, make_routine, move_record

BERLIN = ZoneInfo("Europe/Berlin")


def test_session_round_trip(store: HistoryStore):
    routine = make_routine()
    started = datetime(2024, 7, 1, 7, 30, 15, tzinfo=BERLIN)
    session_id = store.start_session(routine, started, pain_before=4)
    row = store.session(session_id)
    assert row is not None
    assert row.status == "in_progress"
    assert row.started == started
    assert row.started.utcoffset() == timedelta(hours=2)
    assert row.routine_id == "back-basics" and row.routine_title == "Back basics ✓"
    assert row.focus == ("core", "glutes")
    assert row.pain_before == 4 and row.pain_after is None and row.ended is None

    moves = [
        move_record(0, 4.0, side=None, planned_s=4.0),
        move_record(1, 8.5, name="Swan", planned_s=9.0, muscles=("back",)),
        move_record(2, 1.25, name="Side plank", side="left", outcome="skipped"),
    ]
    for number, move in enumerate(moves):
        assert store.record_move(session_id, move, session_active_s=10.0 * (number + 1)) is True
    ended = started + timedelta(minutes=11)
    store.finish_session(session_id, "completed", ended, 655.5)

    assert store.moves(session_id) == moves
    row = store.session(session_id)
    assert row is not None
    assert row.status == "completed" and row.active_s == 655.5
    assert row.ended == ended and row.move_count == 3
    snapshot = store.routine_snapshot(session_id)
    assert snapshot is not None and routine_from_dict(snapshot) == routine
    (summary,) = store.summaries()
    assert summary.id == session_id and summary.day == date(2024, 7, 1)
    assert dict(summary.muscle_s) == {"back": 8.5, "core": 5.25, "glutes": 5.25}


def test_a_retried_move_is_not_saved_twice(store: HistoryStore):
    session_id = store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC))
    assert store.record_move(session_id, move_record(0, 30.0)) is True
    assert store.record_move(session_id, move_record(0, 30.0)) is False
    assert len(store.moves(session_id)) == 1
    assert dict(store.summaries()[0].muscle_s) == {"core": 30.0, "glutes": 30.0}


def test_start_session_with_a_known_uuid_returns_the_same_session(store: HistoryStore):
    started = datetime(2024, 1, 1, tzinfo=UTC)
    first = store.start_session(make_routine(), started, session_uuid="abc")
    again = store.start_session(make_routine(), started, session_uuid="abc")
    assert first == again and len(store.sessions()) == 1


def test_sessions_are_listed_newest_first(store: HistoryStore):
    days = [datetime(2024, 3, day, 8, tzinfo=UTC) for day in (5, 1, 9)]
    ids = [store.start_session(make_routine(), day) for day in days]
    assert [row.id for row in store.sessions()] == [ids[2], ids[0], ids[1]]
    assert [summary.id for summary in store.summaries()] == [ids[1], ids[0], ids[2]]


def test_naive_times_and_bad_values_are_refused(store: HistoryStore):
    with pytest.raises(ValueError, match="timezone-aware"):
        store.start_session(make_routine(), datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="pain_before"):
        store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC), pain_before=11)
    session_id = store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="outcome"):
        store.record_move(session_id, move_record(0, outcome="done"))
    with pytest.raises(ValueError, match="status"):
        store.finish_session(session_id, "in_progress", datetime(2024, 1, 1, tzinfo=UTC), 1)
    with pytest.raises(sqlite3.IntegrityError):
        store.record_move(9999, move_record(0))  # no such session
    assert store.moves(session_id) == []


def test_in_progress_sessions_become_interrupted_with_their_moves(db_path: Path):
    db = open_database(db_path, fixed_now)
    store = HistoryStore(db)
    started = datetime(2024, 4, 2, 18, 0, tzinfo=UTC)
    crashed = store.start_session(make_routine(), started, pain_before=2)
    last_end = datetime(2024, 4, 2, 18, 3, tzinfo=UTC)
    first_end = datetime(2024, 4, 2, 18, 1, tzinfo=UTC)
    store.record_move(crashed, move_record(0, 40.0, ended_at=first_end), session_active_s=52.0)
    store.record_move(crashed, move_record(1, 20.0, ended_at=last_end), session_active_s=80.0)
    done = store.start_session(make_routine(), started + timedelta(days=1))
    store.finish_session(done, "stopped", started + timedelta(days=1, minutes=2), 120)
    db.close()  # as if the app died here

    db = open_database(db_path, fixed_now)
    try:
        store = HistoryStore(db)
        assert store.mark_interrupted() == 1
        assert store.mark_interrupted() == 0
        row = store.session(crashed)
        assert row is not None
        assert row.status == "interrupted"
        assert row.ended == last_end
        assert row.active_s == 80.0
        assert row.pain_before == 2
        assert [move.done_s for move in store.moves(crashed)] == [40.0, 20.0]
        other = store.session(done)
        assert other is not None and other.status == "stopped"
    finally:
        db.close()


def test_interrupted_session_without_moves_ends_at_its_start(store: HistoryStore):
    started = datetime(2024, 4, 2, 18, 0, tzinfo=UTC)
    session_id = store.start_session(make_routine(), started)
    store.mark_interrupted()
    row = store.session(session_id)
    assert row is not None and row.ended == started and row.active_s == 0


def test_feedback_changes_only_what_is_given(store: HistoryStore):
    session_id = store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC), 3)
    store.update_feedback(session_id, pain_after=5, effort=7, note="tight hamstrings, ünïcode")
    store.update_feedback(session_id, pain_after=UNCHANGED, note=UNCHANGED, effort=None)
    row = store.session(session_id)
    assert row is not None
    assert (row.pain_before, row.pain_after, row.effort) == (3, 5, None)
    assert row.note == "tight hamstrings, ünïcode"
    store.update_feedback(session_id, pain_before=None, pain_after=0)
    row = store.session(session_id)
    assert row is not None and (row.pain_before, row.pain_after) == (None, 0)


@pytest.mark.parametrize(
    "changes",
    [
        {"pain_after": -1},
        {"pain_before": 11},
        {"effort": 0},
        {"effort": 11},
        {"pain_after": 2.5},
        {"pain_after": True},
        {"note": 5},
        {"note": "x" * 2001},
    ],
)
def test_feedback_out_of_range_is_refused_and_nothing_changes(store: HistoryStore, changes):
    session_id = store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC), 3)
    with pytest.raises(ValueError, match="must be"):
        store.update_feedback(session_id, **({"note": "kept?"} | changes))
    row = store.session(session_id)
    assert row is not None and row.note == "" and row.pain_before == 3
    assert row.pain_after is None and row.effort is None


def test_feedback_for_an_unknown_session_raises(store: HistoryStore):
    with pytest.raises(KeyError):
        store.update_feedback(42, pain_after=1)
    with pytest.raises(KeyError):
        store.update_feedback(42)


def test_delete_and_undo_restores_the_same_id_and_moves(store: HistoryStore):
    started = datetime(2024, 6, 1, 6, 0, tzinfo=timezone(timedelta(hours=-4)))
    first = store.start_session(make_routine(), started, pain_before=1)
    for position in range(3):
        store.record_move(first, move_record(position, 10.0 + position))
    store.finish_session(first, "completed", started + timedelta(minutes=9), 540)
    store.update_feedback(first, pain_after=2, effort=4, note="fine")
    second = store.start_session(make_routine(), started + timedelta(days=1))
    before_row, before_moves = store.session(first), store.moves(first)
    before_summary = store.summaries()[0]

    deleted = store.delete_session(first)
    assert store.session(first) is None
    assert store.moves(first) == []
    assert store.count() == (1, 0)  # moves went with it (ON DELETE CASCADE)

    assert store.restore_session(deleted) == first
    assert store.session(first) == before_row
    assert store.moves(first) == before_moves
    assert store.summaries()[0] == before_summary
    assert [row.id for row in store.sessions()] == [second, first]
    with pytest.raises(KeyError):
        store.delete_session(999)


def test_ids_of_deleted_sessions_are_never_reused(store: HistoryStore):
    started = datetime(2024, 6, 1, tzinfo=UTC)
    last = store.start_session(make_routine(), started)
    deleted = store.delete_session(last)
    newer = store.start_session(make_routine(), started + timedelta(days=1))
    assert newer != last
    assert store.restore_session(deleted) == last  # so undo still works


def test_every_write_is_committed_at_once(store: HistoryStore, db_path: Path):
    session_id = store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC))
    store.record_move(session_id, move_record(0))
    other = sqlite3.connect(db_path)  # a second connection sees it without any close
    try:
        assert other.execute("SELECT COUNT(*) FROM session_moves").fetchone() == (1,)
    finally:
        other.close()
    assert not store.connection.in_transaction


@pytest.mark.parametrize(
    ("local", "day"),
    [
        # 00:30 on the night clocks go forward (CET, UTC+1): 23:30 UTC the day before
        (datetime(2024, 3, 31, 0, 30, tzinfo=BERLIN), date(2024, 3, 31)),
        # 03:30 the same morning, now CEST (UTC+2)
        (datetime(2024, 3, 31, 3, 30, tzinfo=BERLIN), date(2024, 3, 31)),
        # 00:30 on Monday after the change: 22:30 UTC on Sunday, another ISO week
        (datetime(2024, 4, 1, 0, 30, tzinfo=BERLIN), date(2024, 4, 1)),
        # 00:30 on the night clocks go back (still CEST, UTC+2)
        (datetime(2024, 10, 27, 0, 30, tzinfo=BERLIN), date(2024, 10, 27)),
        # 02:30 twice that night: the second one (fold=1) is CET
        (datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=BERLIN), date(2024, 10, 27)),
        # 00:30 on Monday after it (CET): 23:30 UTC on Sunday
        (datetime(2024, 10, 28, 0, 30, tzinfo=BERLIN), date(2024, 10, 28)),
    ],
)
def test_local_day_survives_the_round_trip_across_dst(store: HistoryStore, local, day):
    store.start_session(make_routine(), local)
    (summary,) = store.summaries()
    assert summary.started.astimezone(UTC) == local.astimezone(UTC)  # fold-safe comparison
    assert summary.started.utcoffset() == local.utcoffset()
    assert summary.day == day
    assert week_start(summary.day) == day - timedelta(days=day.weekday())
    stored = store.connection.execute("SELECT started_at, utc_offset_s FROM sessions").fetchone()
    assert stored[0].endswith("Z")
    assert stored[1] == int(local.utcoffset().total_seconds())


def test_routine_snapshot_is_kept_even_if_the_routine_changes(store: HistoryStore):
    session_id = store.start_session(make_routine(), datetime(2024, 1, 1, tzinfo=UTC))
    snapshot = store.routine_snapshot(session_id)
    assert snapshot is not None
    assert [move["name"] for move in snapshot["moves"]] == ["Bridge", "Swan", "Side plank"]
    assert json.loads(json.dumps(snapshot)) == snapshot
    assert store.routine_snapshot(12345) is None


def test_summaries_can_skip_muscle_times_of_old_sessions(store: HistoryStore):
    old = store.start_session(make_routine(), datetime(2024, 1, 1, 8, tzinfo=UTC))
    new = store.start_session(make_routine(), datetime(2024, 3, 1, 8, tzinfo=UTC))
    for session_id in (old, new):
        store.record_move(session_id, move_record(0, 30.0))
    since = datetime(2024, 3, 1, 9, 0, tzinfo=BERLIN)  # 08:00 UTC: the new one is included
    assert [dict(s.muscle_s) for s in store.summaries(muscles_since=since)] == [
        {},
        {"core": 30.0, "glutes": 30.0},
    ]
    assert all(s.muscle_s for s in store.summaries())


def test_table_rows_feed_the_charts_too(store: HistoryStore):
    started = datetime(2024, 5, 6, 7, 0, tzinfo=BERLIN)
    for day in range(3):
        session_id = store.start_session(make_routine(), started + timedelta(days=2 * day), 1)
        store.record_move(session_id, move_record(0, 30.0))
        store.finish_session(session_id, "completed", started, 600)
    rows = store.sessions(muscles_since=started + timedelta(days=1))
    assert [dict(row.muscle_s) for row in rows] == [{"core": 30.0, "glutes": 30.0}] * 2 + [{}]
    charts = history_charts(rows, date(2024, 5, 12))
    assert charts.weeks[-1].met and charts.weeks[-1].sessions == 3
    assert charts.focus == {"core": 60.0, "glutes": 60.0}
    assert charts == history_charts(store.summaries(started + timedelta(days=1)), date(2024, 5, 12))


def test_sql_day_totals_and_focus_match_the_python_stats(store: HistoryStore) -> None:
    """Sessions near midnight in several time zones land on the same local days either way;
    a completed session counts towards the goal with its planned length when that is longer."""
    zones = [timezone(timedelta(hours=hours)) for hours in (-5, 0, 2, 14)]
    statuses = ("completed", "stopped", "interrupted")
    for number in range(40):
        zone = zones[number % len(zones)]
        started = datetime(2024, 3, 1 + number % 9, 23, 30, tzinfo=zone) + timedelta(
            minutes=37 * number
        )
        routine = make_routine(rounds=1 + number % 40 // 8)  # planned 25 s to 5 rounds
        session_id = store.start_session(routine, started, pain_before=number % 11)
        for position in range(number % 3 + 1):
            store.record_move(
                session_id,
                move_record(
                    position, done_s=10.0 + number, muscles=("core", "back")[: 1 + position % 2]
                ),
                session_active_s=12.5 * (position + 1),
            )
        store.finish_session(
            session_id, statuses[number % 3], started + timedelta(minutes=5), 3.0 * number
        )
    summaries = store.summaries()
    totals = store.day_totals()
    expected = day_totals(summaries)
    assert totals.seconds == pytest.approx(expected.seconds)
    assert totals.counts == expected.counts
    assert totals.goal_seconds == pytest.approx(expected.goal_seconds)
    assert any(expected.goal_seconds[day] > expected.seconds[day] for day in expected.seconds)
    since = date(2024, 3, 5)
    assert aggregates.focus_seconds(store.connection, since) == pytest.approx(
        time_per_focus(summaries, since=since)
    )
    assert list(aggregates.focus_seconds(store.connection)) == list(time_per_focus(summaries))
    today = date(2024, 3, 12)
    charts = store.charts(today, WeeklyGoal(2, 1), 2, 100)
    python = history_charts(summaries, today, WeeklyGoal(2, 1), 2)
    assert charts.goal_days == python.goal_days and charts.days == pytest.approx(python.days)
    assert charts.streaks == python.streaks and charts.pain == python.pain
    assert charts.focus == pytest.approx(python.focus) and charts.alert == python.alert
    assert [week.minutes for week in charts.weeks] == pytest.approx(
        [week.minutes for week in python.weeks]
    )


def test_day_totals_read_the_local_day_index(store: HistoryStore) -> None:
    """Ten years of days in index order, with no day worked out per session nor a sort."""
    store.add_records([])  # the schema is there; an empty history is enough for the plan
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    try:
        store.day_totals()
    finally:
        store.connection.set_trace_callback(None)
    (query,) = [text for text in statements if "GROUP BY day" in text]
    plan = " ".join(row[3] for row in store.connection.execute("EXPLAIN QUERY PLAN " + query))
    assert "SCAN sessions USING COVERING INDEX sessions_by_local_day" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_sessions_carry_their_routines_planned_length(store: HistoryStore):
    routine = make_routine()
    assert routine.estimated_total_s() == 2 + 4 + 2 + 9 + 1 + 3 + 1 + 3
    first = store.start_session(routine, datetime(2024, 5, 6, 7, tzinfo=UTC))
    longer = make_routine(rounds=2)
    second = store.start_session(longer, datetime(2024, 5, 7, 7, tzinfo=UTC))
    planned = {row.id: row.planned_s for row in store.sessions()}
    assert planned == {first: 25.0, second: float(longer.estimated_total_s())}
    assert [summary.planned_s for summary in store.summaries()] == [25.0, planned[second]]


def test_the_change_mark_moves_with_every_commit_from_any_connection(
    store: HistoryStore, db_path: Path
) -> None:
    """The history view reads again only when the mark moved: by its own writes, by another
    connection's (another program, a restore) and not by reads."""
    first = store.change_mark()
    assert first is not None
    store.summaries()
    store.charts(date(2024, 7, 1), WeeklyGoal(), 12, 30)
    assert store.change_mark() == first
    session_id = store.start_session(
        make_routine(), datetime(2024, 7, 1, 7, 30, tzinfo=BERLIN), pain_before=1
    )
    own = store.change_mark()
    assert own is not None and own != first
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE sessions SET note = 'from elsewhere' WHERE id = ?", (session_id,))
    other.close()
    elsewhere = store.change_mark()
    assert elsewhere is not None and elsewhere != own
    assert store.change_mark() == elsewhere


def test_a_closed_connection_gives_no_change_mark(opened, store: HistoryStore) -> None:
    opened.close()
    assert store.change_mark() is None
