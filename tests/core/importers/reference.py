"""What each source app plays, rewritten here straight from its code, to check the importers.

Each function returns the app's sequence of intervals as ``("work", name, seconds)`` and
``("pause", seconds)`` items (get ready, rests and breaks are all pauses), in the order the app
plays them. :func:`normalized` puts such a sequence, or our own timeline, in one shape:
zero-length items dropped, pauses in a row added up, and the pause at the very end dropped
(a routine ends with its last move).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from backcare_desktop.core.clock import NS_PER_S
from backcare_desktop.core.routine import Routine
from backcare_desktop.core.timeline import SegmentKind, build_timeline

Item = tuple[Any, ...]

FEEEL_EXERCISES = Path(__file__).parents[3] / "resources" / "importers" / "feeel_exercises.json"
JAWT_REST_NAMES = {"rest", "pause", "repos", "riposo", "отдых", "dinlenme", "odpoczynek", "休息"}


def normalized(items: list[Item]) -> list[Item]:
    """Drop empty items, add up pauses in a row, drop a final pause."""
    out: list[Item] = []
    for item in items:
        seconds = item[-1]
        if seconds <= 0:
            continue
        if item[0] == "pause" and out and out[-1][0] == "pause":
            out[-1] = ("pause", out[-1][1] + seconds)
        else:
            out.append(item)
    if out and out[-1][0] == "pause":
        out.pop()
    return out


def ours(routine: Routine) -> list[Item]:
    """Our timeline of ``routine`` in the same shape."""
    items: list[Item] = []
    for segment in build_timeline(routine).segments:
        seconds = (segment.duration_ns or 0) // NS_PER_S
        if segment.kind is SegmentKind.WORK:
            assert segment.move is not None
            items.append(("work", segment.move.name, seconds))
        else:
            items.append(("pause", seconds))
    return normalized(items)


def exercise_timer(prepare: int, sets: int, exercise: int, rest: int, name: str) -> list[Item]:
    """Exercise Timer: preparation, then ``sets`` exercises with a rest between two."""
    items: list[Item] = [("pause", prepare)]
    for index in range(sets):
        items.append(("work", name, exercise))
        if index < sets - 1:
            items.append(("pause", rest))
    return normalized(items)


def jawt(workout: dict[str, Any]) -> list[Item]:
    """JAWT's Timetable: a 10 s countdown, then every set's exercises ``repetitions`` times."""
    items: list[Item] = [("pause", 10)]
    for workout_set in workout["sets"]:
        exercises = workout_set["exercises"]
        if exercises is None:
            exercises = [{"name": "Exercise", "duration": 30}]
        for _ in range(workout_set["repetitions"] or 1):
            for exercise in exercises:
                name = exercise["name"] if exercise["name"] is not None else "Exercise"
                seconds = exercise["duration"] if exercise["duration"] is not None else 30
                if name.strip().casefold() in JAWT_REST_NAMES:
                    items.append(("pause", seconds))
                else:
                    items.append(("work", name.strip(), seconds))
    return normalized(items)


def openhiit(timer: dict[str, Any]) -> list[Item]:
    """OpenHIIT's generateIntervalsFromTimer (intervals of 0 s are left out)."""
    times = timer["timeSettings"]
    activities = timer.get("activities") or []
    items: list[Item] = [("pause", times.get("getReadyTime") or 0)]
    items.append(("work", "Warmup", times.get("warmupTime") or 0))
    if (times.get("warmupTime") or 0) > 0:
        items.append(("pause", times.get("restTime") or 0))
    restarts = timer.get("restarts") or 0
    for iteration in range(restarts + 1):
        for index in range(timer["activeIntervals"]):
            name = activities[index].strip() if index < len(activities) else "Work"
            items.append(("work", name, times["workTime"]))
            if index < timer["activeIntervals"] - 1:
                items.append(("pause", times.get("restTime") or 0))
        if iteration < restarts:
            break_s = times.get("breakTime") or 0
            items.append(("pause", break_s if break_s > 0 else times.get("restTime") or 0))
    items.append(("work", "Cooldown", times.get("cooldownTime") or 0))
    return normalized(items)


def feeel(file: dict[str, Any]) -> list[Item]:
    """Feeel's WorkoutController: a start break, then exercises with a break before each."""
    workout = file["fullWorkout"]["workout"]
    exercises = file["fullWorkout"]["workoutExercises"]
    first_break = exercises[0]["breakDuration"]
    items: list[Item] = [("pause", first_break if first_break is not None else 5)]
    for index, exercise in enumerate(exercises):
        if index > 0:
            own = exercise["breakDuration"]
            items.append(("pause", own if own is not None else workout["breakDuration"]))
        own = exercise["exerciseDuration"]
        seconds = own if own is not None else workout["exerciseDuration"]
        items.append(("work", feeel_name(exercise["exercise"]), seconds))
    return normalized(items)


@cache
def _feeel_exercises() -> dict[str, Any]:
    return json.loads(FEEEL_EXERCISES.read_text(encoding="utf-8"))


def feeel_name(wger_id: int) -> str:
    """The English name Feeel's exercise database gives ``wger_id``, else our fallback name."""
    names = _feeel_exercises().get(str(wger_id))
    if names is None:
        return f"Feeel exercise {wger_id}"
    return names["en"] if isinstance(names, dict) else names
