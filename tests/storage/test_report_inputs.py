"""The physio report's content read from a real history database."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from backcare_desktop.core.pain_rules import Light
from backcare_desktop.core.programmes import load_programmes
from backcare_desktop.resources import programmes_dir
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.storage.programme_store import GateChoice, ProgrammeStore
from backcare_desktop.storage.report_inputs import physio_report_data
from tests.storage.helpers import make_routine

ZONE = timezone(timedelta(hours=1))
START = date(2026, 1, 5)


def test_report_data_from_the_database(store: HistoryStore) -> None:
    programmes = ProgrammeStore(store.db)
    programmes.follow("back-on-track", START)
    for day, before, after, note in ((0, 2, 2, "fine"), (2, 3, 7, ""), (9, 2, 2, "")):
        started = datetime(2026, 1, 5 + day, 18, tzinfo=ZONE)
        session = store.start_session(make_routine(), started, before)
        store.finish_session(session, "completed", started + timedelta(minutes=10), 600)
        store.update_feedback(session, pain_after=after, note=note)
    now = datetime(2026, 1, 8, 8, tzinfo=ZONE)
    programmes.record_morning_check(date(2026, 1, 8), 5, now)
    programmes.report_red_flags(["fever"], now + timedelta(days=5))
    programmes.record_gate_choice("core-strength", 8, [], GateChoice.STOP_TODAY, now)
    data = physio_report_data(
        store,
        programmes,
        load_programmes(programmes_dir()),
        START + timedelta(days=10),
        lambda flags: "+".join(flags),
        lambda pain, choice: f"{pain}:{choice.value}",
    )
    assert data.programme_title == "Back on track, 8 weeks" and data.started_on == START
    assert [(w.number, w.planned, w.done, w.light) for w in data.weeks] == [
        (1, 3, 2, Light.RED),
        (2, 3, 1, Light.GREEN),
    ]
    assert [(p.day.day, p.before, p.after, p.morning) for p in data.pain] == [
        (5, 2, 2, None),
        (7, 3, 7, None),
        (8, 8, None, 5),  # the pre-workout note's 8/10 counts as pain before
        (14, 2, 2, None),
    ]
    assert [(f.day.day, f.kind, f.detail[:20]) for f in data.flare_ups] == [
        (5, "red_week", "Pain reached 7/10. T"),
        (8, "gate", "8:stop_today"),
        (13, "red_flag", "fever"),
    ]
    assert data.notes == ((date(2026, 1, 5), "fine"),)
    assert data.routines == (("Back basics ✓", 3),)


def test_a_painful_start_with_no_workout_and_a_cleared_warning_sign(store: HistoryStore) -> None:
    """Pain given at the pre-workout note counts as pain (even when the user stopped for the
    day); the report's dates cover it; a cleared warning sign says when it was cleared."""
    programmes = ProgrammeStore(store.db)
    programmes.follow("back-on-track", START)
    gate_at = datetime(2026, 1, 6, 8, tzinfo=ZONE)
    programmes.record_gate_choice("core-strength", 8, [], GateChoice.STOP_TODAY, gate_at)
    programmes.report_red_flags(["night_pain"], gate_at + timedelta(days=1))
    programmes.clear_red_flags(date(2026, 1, 9))
    started = datetime(2026, 1, 8, 18, tzinfo=ZONE)
    session = store.start_session(make_routine(), started, 3)
    store.finish_session(session, "completed", started + timedelta(minutes=10), 600)
    gate_later = started + timedelta(hours=1)
    programmes.record_gate_choice("core-strength", 7, [], GateChoice.STOP_TODAY, gate_later)
    data = physio_report_data(
        store,
        programmes,
        load_programmes(programmes_dir()),
        START + timedelta(days=5),
        lambda flags: "+".join(flags),
        lambda pain, choice: f"{pain}:{choice.value}",
    )
    assert (data.first, data.last) == (date(2026, 1, 6), date(2026, 1, 8))
    assert [(p.day.day, p.before, p.after, p.morning) for p in data.pain] == [
        (6, 8, None, None),
        (8, 7, None, None),  # the day's highest pain before: 3 at the workout, 7 later
    ]
    flag = next(f for f in data.flare_ups if f.kind == "red_flag")
    assert (flag.day, flag.detail, flag.cleared_on) == (
        date(2026, 1, 7),
        "night_pain",
        date(2026, 1, 9),
    )
