"""OpenHIIT (Flutter, Android and iOS): its exported timers.

OpenHIIT exports ``jsonEncode(List<TimerType>)`` to ``exported_openhiit_timers.json`` (or
``exported_openhiit_timer_<name>.json``). A timer plays, in seconds: get ready; a warm-up and a
rest when there is a warm-up; ``activeIntervals`` work intervals with rests between them,
repeated ``restarts + 1`` times with a break (or, without one, a rest) between repeats; then a
cool-down. Exports of the old app (before 1.x, ``Workout`` objects with ``title``,
``numExercises``, ``exerciseTime``, ``iterations``) are read as the app's own migration reads
them. See ``docs/import-formats.md`` for the sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from backcare_desktop.core.importers._common import (
    DEFAULTS_NOTE,
    GET_READY_RANGE,
    REST_RANGE,
    WORK_RANGE,
    Draft,
    ForeignFields,
    ImportResult,
    Part,
    Rest,
    Segment,
    Work,
    build_all,
    build_notes,
    check_routine_count,
    import_problems,
    label,
    plural,
    result,
    unknown_note,
)
from backcare_desktop.core.routine import MAX_MOVES, RoutineError
from backcare_desktop.core.validation import (
    DataError,
    Problems,
    check_text,
    index_path,
    parse_json,
    require_list,
    type_name,
)

FORMAT_NAME: Final = "OpenHIIT"
WORK_NAME: Final = "Work"
"""OpenHIIT's name for a work interval without an activity name."""
TIMER_KEYS: Final = frozenset(
    {
        "id",
        "name",
        "timerIndex",
        "totalTime",
        "intervals",
        "activeIntervals",
        "restarts",
        "activities",
        "showMinutes",
        "color",
        "timeSettings",
        "soundSettings",
    }
)
TIME_KEYS: Final = frozenset(
    {
        "id",
        "timerId",
        "workTime",
        "restTime",
        "breakTime",
        "warmupTime",
        "cooldownTime",
        "getReadyTime",
        "restarts",
    }
)
SOUND_KEYS: Final = frozenset(
    {
        "id",
        "timerId",
        "workSound",
        "restSound",
        "halfwaySound",
        "endSound",
        "countdownSound",
        "breakSound",
    }
)
LEGACY_KEYS: Final = frozenset(
    {
        "id",
        "title",
        "numExercises",
        "exercises",
        "getReadyTime",
        "exerciseTime",
        "restTime",
        "halfTime",
        "breakTime",
        "warmupTime",
        "cooldownTime",
        "iterations",
        "halfwayMark",
        "workSound",
        "restSound",
        "halfwaySound",
        "completeSound",
        "countdownSound",
        "colorInt",
        "workoutIndex",
        "showMinutes",
    }
)
_DETECT: Final = frozenset({"timeSettings", "activeIntervals", "soundSettings"})
_DETECT_LEGACY: Final = frozenset({"numExercises", "exerciseTime", "iterations"})
LEGACY_GET_READY_DEFAULT_S: Final = 10
"""The old app's ``Workout.fromMap`` default for a missing ``getReadyTime``."""


def _is_legacy(value: Mapping[str, Any]) -> bool:
    return bool(value.keys() & _DETECT_LEGACY) and not value.keys() & _DETECT


def looks_like(value: Any) -> bool:
    """True for a list of timers (current or legacy), or one timer object."""
    items = value[:20] if isinstance(value, list) else [value]
    return any(
        isinstance(item, dict) and bool(item.keys() & (_DETECT | _DETECT_LEGACY)) for item in items
    )


class _Notes:
    def __init__(self) -> None:
        self.works = 0
        self.warmups = 0
        self.cooldowns = 0
        self.restarts = 0
        self.legacy = 0
        self.sounds = False
        self.colours = False
        self.display = False
        self.halfway = False
        self.extra_activities = 0
        self.unknown: set[str] = set()


def _time_settings(
    data: Mapping[str, Any], fields: ForeignFields, problems: Problems, notes: _Notes
) -> ForeignFields | None:
    """The ``timeSettings`` object (a JSON string in some versions) as a reader."""
    path = fields.at("timeSettings")
    raw = fields.raw("timeSettings")
    if "timeSettings" not in data:
        problems.add(path, "required")
        return None
    if isinstance(raw, str):
        try:
            raw = parse_json(raw)
        except DataError as error:
            problems.add(path, error.problems[0])
            return None
    if not isinstance(raw, dict):
        problems.add(path, f"must be an object, got {type_name(raw)}")
        return None
    settings = ForeignFields(raw, path, problems)
    notes.unknown.update(settings.unknown(TIME_KEYS))
    return settings


def _activities(value: Any, path: str, problems: Problems) -> list[str] | None:
    """``activities`` as OpenHIIT reads it: a list of names, anything else meaning none."""
    if not isinstance(value, list):
        return []
    names = []
    for index, item in enumerate(value):
        problems.entry()
        text = check_text(item, index_path(path, index), 60, problems, what="an activity name")
        if text is None:
            return None
        names.append(text)
    return names


def _timeline(
    where: str,
    name: str,
    times: dict[str, int],
    paths: dict[str, str],
    active: int,
    restarts: int,
    activities: list[str],
    notes: _Notes,
) -> Draft:
    """The draft of ``generateIntervalsFromTimer``: intervals of 0 seconds are left out."""
    rest = times["restTime"]
    parts: list[Part] = []
    if times["warmupTime"] > 0:
        notes.warmups += 1
        parts.append(Part([Work("Warmup", times["warmupTime"]), Rest(rest, paths["restTime"])]))
    block: list[Segment] = []
    for index in range(active):
        block.append(
            Work(activities[index] if index < len(activities) else WORK_NAME, times["workTime"])
        )
        if index < active - 1:
            block.append(Rest(rest, paths["restTime"]))
    if times["breakTime"] > 0:
        between = Rest(times["breakTime"], paths["breakTime"])
    else:
        between = Rest(rest, paths["restTime"])
    parts.append(Part(block, repeats=restarts + 1, between=between))
    if times["cooldownTime"] > 0:
        notes.cooldowns += 1
        parts.append(Part([Work("Cooldown", times["cooldownTime"])]))
    notes.works += active * (restarts + 1)
    notes.restarts += 1 if restarts else 0
    notes.extra_activities += max(0, len(activities) - active)
    return Draft(
        label=where,
        title=name,
        parts=parts,
        get_ready_s=times["getReadyTime"],
        get_ready_path=paths["getReadyTime"],
        summary=f"Imported from {FORMAT_NAME}.",
    )


_RANGES: Final = {
    "workTime": WORK_RANGE,
    "restTime": REST_RANGE,
    "breakTime": REST_RANGE,
    "warmupTime": (0, WORK_RANGE[1]),
    "cooldownTime": (0, WORK_RANGE[1]),
    "getReadyTime": GET_READY_RANGE,
}


def _read_timer(item: Any, path: str, problems: Problems, notes: _Notes) -> Draft | None:
    if not isinstance(item, dict):
        problems.add(path, f"must be an object, got {type_name(item)}")
        return None
    if _is_legacy(item):
        return _read_legacy(item, path, problems, notes)
    where = label(path, item.get("name"))
    fields = ForeignFields(item, where, problems)
    before = len(problems.items)
    # TimerType.fromJson: every field falls back to a default with ``??``.
    name = fields.text("name", 80, missing="", null="")
    active = fields.integer(
        "activeIntervals", 1, MAX_MOVES, "", missing=0, null=0, what="work intervals"
    )
    activities = _activities(fields.raw("activities"), fields.at("activities"), problems)
    settings = _time_settings(item, fields, problems, notes)
    if "restarts" in item or settings is None or "restarts" not in settings.data:
        restarts = fields.integer("restarts", 0, None, "", missing=0, null=0)
    else:  # exports from versions that kept restarts in the time settings
        restarts = settings.integer("restarts", 0, None, "", missing=0, null=0)
    times: dict[str, int] = {}
    paths: dict[str, str] = {}
    if settings is not None:
        for key, (low, high) in _RANGES.items():
            value = settings.integer(key, low, high, "seconds", missing=0, null=0)
            if value is not None:
                times[key] = value
                paths[key] = settings.at(key)
    for key in ("id", "timerIndex", "totalTime", "intervals"):
        fields.raw(key)
    notes.display |= fields.raw("showMinutes") not in (None, 0)
    notes.colours |= "color" in item
    fields.raw("color")
    notes.sounds |= isinstance(fields.raw("soundSettings"), dict | str)
    notes.unknown.update(fields.unknown(TIMER_KEYS))
    if len(problems.items) > before or name is None or active is None or restarts is None:
        return None
    assert activities is not None
    return _timeline(where, name, times, paths, active, restarts, activities, notes)


def _read_legacy(
    item: Mapping[str, Any], path: str, problems: Problems, notes: _Notes
) -> Draft | None:
    """An old-app ``Workout``, mapped as OpenHIIT's ``migrateToTimer`` maps it."""
    notes.legacy += 1
    where = label(path, item.get("title"))
    fields = ForeignFields(item, where, problems)
    before = len(problems.items)
    name = fields.text("title", 80, missing="", null="")
    active = fields.integer(
        "numExercises", 1, MAX_MOVES, "", missing=0, null=0, what="work intervals"
    )
    restarts = fields.integer("iterations", 0, None, "", missing=0, null=0)
    raw_exercises = fields.raw("exercises")
    activities: list[str] | None = []
    if isinstance(raw_exercises, str) and raw_exercises != "":
        try:
            decoded = parse_json(raw_exercises)
        except DataError as error:
            problems.add(fields.at("exercises"), error.problems[0])
            decoded = None
        if (
            decoded is not None
            and require_list(decoded, fields.at("exercises"), problems) is not None
        ):
            activities = _activities(decoded, fields.at("exercises"), problems)
    elif raw_exercises not in (None, ""):
        problems.add(fields.at("exercises"), f"must be text, got {type_name(raw_exercises)}")
    legacy_names = {
        "workTime": "exerciseTime",
        "restTime": "restTime",
        "breakTime": "breakTime",
        "warmupTime": "warmupTime",
        "cooldownTime": "cooldownTime",
        "getReadyTime": "getReadyTime",
    }
    times: dict[str, int] = {}
    paths: dict[str, str] = {}
    for key, legacy_key in legacy_names.items():
        low, high = _RANGES[key]
        default = LEGACY_GET_READY_DEFAULT_S if key == "getReadyTime" else 0
        value = fields.integer(legacy_key, low, high, "seconds", missing=default, null=default)
        if value is not None:
            times[key] = value
            paths[key] = fields.at(legacy_key)
    for key in ("id", "workoutIndex", "halfTime", "halfwayMark"):
        fields.raw(key)
    notes.halfway |= bool(item.get("halfTime") or item.get("halfwayMark"))
    notes.display |= fields.raw("showMinutes") not in (None, 0)
    notes.colours |= "colorInt" in item
    notes.sounds |= any(key.endswith("Sound") for key in item)
    fields.seen.update(key for key in item if key in LEGACY_KEYS)
    notes.unknown.update(fields.unknown(LEGACY_KEYS))
    if len(problems.items) > before or name is None or active is None or restarts is None:
        return None
    if activities is None:
        return None
    return _timeline(where, name, times, paths, active, restarts, activities, notes)


def import_value(value: Any) -> ImportResult:
    """Import a decoded OpenHIIT export (a list of timers; one timer object is read too).

    Raises :class:`RoutineError` naming the timer and field of every problem, e.g.
    ``timers[0] "Tabata".timeSettings.workTime: must be 1..3600 seconds, got 0``.
    """
    if isinstance(value, dict):
        items, single = [value], True
    elif isinstance(value, list):
        items, single = value, False
    else:
        raise RoutineError([f"expected a list of OpenHIIT timers, got {type_name(value)}"])
    check_routine_count(len(items))
    problems = import_problems()
    notes = _Notes()
    drafts = []
    for index, item in enumerate(items):
        problems.entry()
        path = "timer" if single else index_path("timers", index)
        draft = _read_timer(item, path, problems, notes)
        if draft is not None:
            drafts.append(draft)
    routines, infos = build_all(drafts, problems)
    mapped, not_mapped = build_notes(infos)
    mapped = [
        f"{plural(len(routines), 'timer')} with {plural(notes.works, 'work interval')}",
        'work intervals became moves named after their activities ("Work" when unnamed), the '
        "rest time the rest between them and the get-ready time the get ready",
        *(
            ["restarts became rounds, the break (or the rest) the rest between rounds"]
            if notes.restarts
            else []
        ),
        *(["warm-ups became a first move named Warmup"] if notes.warmups else []),
        *(["cool-downs became a last move named Cooldown"] if notes.cooldowns else []),
        *(
            [
                f"{plural(notes.legacy, 'timer')} of the old OpenHIIT format, read as OpenHIIT "
                "migrates them"
            ]
            if notes.legacy
            else []
        ),
        *mapped,
    ]
    not_mapped = [
        DEFAULTS_NOTE,
        *(
            ["sounds (work, rest, halfway, countdown, break and end sounds)"]
            if notes.sounds
            else []
        ),
        *(["colours"] if notes.colours else []),
        *(["the minutes or seconds display setting"] if notes.display else []),
        *(["the old format's halfway-mark settings"] if notes.halfway else []),
        *(
            [
                f"{plural(notes.extra_activities, 'activity name')} beyond the number of work "
                "intervals (OpenHIIT does not play them)"
            ]
            if notes.extra_activities
            else []
        ),
        "ids and list positions (OpenHIIT's bookkeeping; the file's order is kept)",
        *not_mapped,
        *unknown_note(notes.unknown),
    ]
    return result(FORMAT_NAME, routines, mapped, not_mapped)
