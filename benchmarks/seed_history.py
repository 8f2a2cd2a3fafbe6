"""Ten years of history at scale: seed 7,300 sessions with their moves, time what the charts load.

Run: ``.venv/bin/python benchmarks/seed_history.py [--keep PATH] [--repeat 7]``

``seed()`` builds a deterministic, realistic history (built-in-like routines expanded into their
real timelines, Europe/Berlin local times across every DST change, completed/stopped/
interrupted sessions, skipped moves, pain and effort logged on most sessions) and writes it in
one transaction. ``main()`` then times, on the seeded file:

* ``open_database`` (with its ``PRAGMA quick_check``),
* ``HistoryStore.summaries()``: everything every chart needs, in one query,
* ``history_charts()``: weekly minutes and goal, streaks, calendar days, pain, focus, alert,
* ``HistoryStore.sessions()``: the rows of the sortable table,

and prints the figures with the database size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from backcare_desktop.core.clock import NS_PER_S
from backcare_desktop.core.routine import Move, Routine, dump_routine
from backcare_desktop.core.stats import history_charts
from backcare_desktop.core.timeline import SegmentKind, build_timeline
from backcare_desktop.storage.db import open_database
from backcare_desktop.storage.history import HistoryStore, MoveRecord, SessionRecord

LOCAL = ZoneInfo("Europe/Berlin")
END = date(2025, 12, 31)
"""The last day of the seeded history (fixed, so every run seeds the same file)."""


def _m(
    name: str,
    muscles: str,
    work: int | None = None,
    reps: int | None = None,
    rest: int = 10,
    sides: str = "both",
) -> Move:
    return Move(name, tuple(muscles.split()), work_s=work, reps=reps, rest_s=rest, sides=sides)


ROUTINES: tuple[Routine, ...] = (
    Routine(
        "pilates-for-the-spine",
        "Pilates for the spine",
        ("back", "core", "glutes"),
        (
            _m("Shoulder bridge", "glutes hamstrings back core", 45),
            _m("Swan dive", "back core shoulders", reps=8),
            _m("Plank", "core shoulders glutes", 40, rest=15),
            _m("Calf raises", "calves core", 40, rest=0),
        ),
        rounds=3,
        round_rest_s=20,
    ),
    Routine(
        "core-strength",
        "Core strength",
        ("core", "back"),
        (
            _m("Dead bug", "core", 40),
            _m("Bird dog", "core back glutes", 30, sides="left_right"),
            _m("Forearm plank", "core shoulders", 40),
            _m("Side plank", "core hips", 25, sides="left_right"),
            _m("Hollow hold", "core", 20, rest=0),
        ),
        rounds=2,
    ),
    Routine(
        "glutes-and-hamstrings",
        "Glutes and hamstrings",
        ("glutes", "hamstrings"),
        (
            _m("Glute bridge", "glutes hamstrings", 40),
            _m("Single-leg bridge", "glutes hamstrings core", 25, sides="left_right"),
            _m("Clamshell", "glutes hips", 30, sides="left_right"),
            _m("Donkey kick", "glutes", 30, sides="left_right"),
            _m("Hamstring walkouts", "hamstrings core", 40, rest=0),
        ),
        rounds=2,
    ),
    Routine(
        "hatha-yoga-for-the-spine",
        "Hatha yoga for the spine",
        ("back", "mobility"),
        (
            _m("Cat-cow", "back core", 60, rest=5),
            _m("Child's pose", "back hips", 60, rest=5),
            _m("Sphinx", "back", 45, rest=5),
            _m("Downward dog", "hamstrings calves shoulders", 45, rest=5),
            _m("Low lunge", "hips quads", 45, rest=5, sides="left_right"),
            _m("Supine twist", "back hips", 45, rest=0, sides="left_right"),
        ),
    ),
    Routine(
        "dynamic-yoga-flow",
        "Dynamic yoga flow",
        ("core", "mobility"),
        (
            _m("Half sun salutation", "back hamstrings shoulders", reps=5, rest=5),
            _m("Chair pose", "quads glutes core", 30, rest=5),
            _m("Warrior II", "quads hips", 30, rest=5, sides="left_right"),
            _m("Plank to cobra", "core back shoulders", reps=6, rest=0),
        ),
        rounds=3,
        round_rest_s=15,
    ),
    Routine(
        "traditional-barre",
        "Traditional barre",
        ("glutes", "calves"),
        (
            _m("Plié squats", "quads glutes", 45),
            _m("Relevé", "calves", 40),
            _m("Arabesque lifts", "glutes hamstrings", 30, sides="left_right"),
            _m("Small pulses", "glutes quads", 30),
            _m("Barre plank", "core shoulders", 30, rest=0),
        ),
        rounds=2,
    ),
    Routine(
        "pole-conditioning",
        "Pole-fitness conditioning, no pole",
        ("core", "back"),
        (
            _m("Hollow body hold", "core", 30),
            _m("Superman", "back glutes", 30),
            _m("Push-ups", "arms shoulders core", reps=10),
            _m("Reverse tabletop", "glutes hamstrings shoulders", 30),
            _m("Side plank with reach", "core hips shoulders", 25, sides="left_right", rest=0),
        ),
        rounds=2,
    ),
    Routine(
        "post-run-back-release",
        "Post-run back release",
        ("back", "hips"),
        (
            _m("Knees to chest", "back", 45, rest=5),
            _m("Figure four", "glutes hips", 40, rest=5, sides="left_right"),
            _m("Supine twist", "back hips", 40, rest=5, sides="left_right"),
            _m("Child's pose", "back hips", 60, rest=0),
        ),
        get_ready_s=5,
    ),
)
WEIGHTS = (30, 15, 15, 10, 8, 8, 4, 10)
NOTES = (
    "",
    "",
    "",
    "",
    "",
    "felt good",
    "tight hamstrings after the long run",
    "lower back stiff in the morning",
    "short on time, stopped early",
    "Knie ok, Rücken gut",
)


def _session(rng: random.Random, routine: Routine, start: datetime, pain: float) -> SessionRecord:
    timeline = build_timeline(routine)
    roll = rng.random()
    status = "completed" if roll < 0.86 else "stopped" if roll < 0.96 else "interrupted"
    works = [s for s in timeline.segments if s.kind is SegmentKind.WORK]
    cut = len(works) if status == "completed" else rng.randrange(1, len(works) + 1)
    moves, clock, active = [], start, 0.0
    for index, segment in enumerate(timeline.segments):
        planned = segment.estimated_ns() / NS_PER_S
        if segment.kind is not SegmentKind.WORK:
            clock += timedelta(seconds=planned)
            active += planned
            continue
        position = len(moves)
        if position >= cut:
            break
        assert segment.move is not None and segment.move_index is not None
        outcome, done = "completed", planned
        if segment.is_open_ended:
            done = max(3.0, rng.gauss(planned, planned * 0.2))
        if rng.random() < 0.03:
            outcome, done = "skipped", rng.uniform(0, planned / 3)
        if status == "stopped" and position == cut - 1 and index < len(timeline.segments) - 1:
            outcome, done = "stopped", rng.uniform(0, planned)
        clock += timedelta(seconds=done)
        active += done
        moves.append(
            MoveRecord(
                position=position,
                move_index=segment.move_index,
                name=segment.move.name,
                side=None if segment.side is None else segment.side.value,
                round=segment.round,
                planned_s=planned,
                done_s=round(done, 3),
                outcome=outcome,
                muscles=segment.move.muscles,
                ended_at=clock,
            )
        )
    logged = rng.random() < 0.7
    before = min(10, max(0, round(rng.gauss(pain, 1.2)))) if logged else None
    after = min(10, max(0, round(rng.gauss(pain - 0.6, 1.2)))) if logged else None
    return SessionRecord(
        uuid=f"{rng.getrandbits(128):032x}",
        routine_id=routine.id,
        routine_title=routine.title,
        routine_json=dump_routine(routine),
        focus=routine.focus,
        started_at=start,
        ended_at=None if status == "interrupted" else clock,
        status=status,
        active_s=round(active, 3),
        pain_before=before,
        pain_after=after if status != "interrupted" else None,
        effort=rng.randint(3, 8) if logged and status != "interrupted" else None,
        note=rng.choice(NOTES),
        moves=tuple(moves),
    )


def seed(path: Path, sessions: int = 7300, years: int = 10, seed: int = 1) -> tuple[int, int]:
    """Create ``path`` holding ``sessions`` sessions over ``years`` years; return (sessions, moves).

    Deterministic for a given ``seed``. Raises FileExistsError rather than adding to a file.
    """
    if path.exists():
        raise FileExistsError(f"{path} exists; seed a new file")
    rng = random.Random(seed)
    first = END - timedelta(days=round(365.25 * years) - 1)
    days = (END - first).days + 1
    picked = sorted(rng.randrange(days) for _ in range(sessions))
    routines = [replace(r, get_ready_s=r.get_ready_s) for r in ROUTINES]
    records, pain = [], 3.0
    for offset in picked:
        day = first + timedelta(days=offset)
        minute = rng.randrange(6 * 60, 22 * 60)
        start = datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=LOCAL)
        start = start.astimezone(LOCAL)  # normalise times that fall into a DST gap
        pain = min(8.0, max(0.0, pain + rng.gauss(-0.02, 0.3)))
        routine = rng.choices(routines, WEIGHTS)[0]
        records.append(_session(rng, routine, start, pain))
    db = open_database(path, datetime.now)
    try:
        HistoryStore(db).add_records(records)
    finally:
        db.close()
    return len(records), sum(len(record.moves) for record in records)


def _timed(action: Callable[[], Any], repeat: int) -> tuple[float, float, float, Any]:
    """(first run, median and best of the rest) in seconds, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        result = None  # let the previous result go, as a redraw would
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    rest = times[1:] or times
    return times[0], statistics.median(rest), min(rest), result


def main(argv: list[str] | None = None) -> int:
    """Seed a history and print how long loading and computing the charts takes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=7300)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="seed this file (must not exist) and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "history.sqlite3"
        started = time.perf_counter()
        sessions, moves = seed(path, args.sessions, args.years, args.seed)
        seeding = time.perf_counter() - started
        size_mb = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1_000_000
        print(f"seeded {sessions} sessions with {moves} moves in {seeding:.2f} s")
        print(f"database size: {size_mb:.1f} MB ({path})")

        def open_close() -> None:
            open_database(path, datetime.now).close()

        first, median, best, _ = _timed(open_close, args.repeat)
        print(
            f"open_database (migrations, quick_check): first {first * 1000:.1f} ms, "
            f"median {median * 1000:.1f} ms, best {best * 1000:.1f} ms"
        )
        db = open_database(path, datetime.now)
        try:
            store = HistoryStore(db)
            # the UI loads muscle times only for the weeks the focus chart shows
            window = datetime(END.year, END.month, END.day, tzinfo=LOCAL) - timedelta(weeks=12)
            figures = {}
            *times, summaries = _timed(lambda: store.summaries(window), args.repeat)
            figures["HistoryStore.summaries(): the charts' data"] = times
            *times, charts = _timed(lambda: history_charts(summaries, END), args.repeat)
            figures["history_charts(): every chart's figures"] = times
            *times, rows = _timed(lambda: store.sessions(window), args.repeat)
            figures["HistoryStore.sessions(): table rows, also usable for the charts"] = times

            def whole_view() -> Any:
                return history_charts(store.sessions(window), END)

            *times, _ = _timed(whole_view, args.repeat)
            figures["whole view from one query: sessions() + history_charts()"] = times
            *times, _ = _timed(lambda: history_charts(store.summaries(window), END), args.repeat)
            figures["charts only: summaries() + history_charts()"] = times
            for name, (first, median, best) in figures.items():
                print(
                    f"{name}: first {first * 1000:.1f} ms, median {median * 1000:.1f} ms, "
                    f"best {best * 1000:.1f} ms"
                )
            print(
                f"check: {len(summaries)} summaries, {len(rows)} rows, "
                f"streak {charts.streaks.current_weeks} (longest {charts.streaks.longest_weeks}) "
                f"weeks, {len(charts.days)} active days, {len(charts.pain)} pain points"
            )
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
