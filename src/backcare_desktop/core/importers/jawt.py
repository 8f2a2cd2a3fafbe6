"""Just Another Workout Timer (JAWT, Flutter): its backup and workout files.

A backup (``Backup.json``, or one exported workout) is ``{"workouts": [workout, ...]}``; a
shared workout file is one workout object. A workout is a list of sets, each a list of timed
exercises played ``repetitions`` times; JAWT has no separate rests: its "Add rest" button adds
an exercise named after the rest in the app's language. JAWT always counts down 10 seconds
before the first exercise. See ``docs/import-formats.md`` for the sources.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any, Final

from backcare_desktop.core.importers._common import (
    DEFAULTS_NOTE,
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
from backcare_desktop.core.routine import RoutineError
from backcare_desktop.core.validation import (
    DataError,
    Problems,
    check_text,
    index_path,
    parse_json,
    require_list,
    require_object,
    type_name,
)

FORMAT_NAME: Final = "Just Another Workout Timer"
GET_READY_S: Final = 10
"""JAWT's timetable starts the first exercise at second 10, after a 3-2-1 countdown."""
DEFAULT_TITLE: Final = "Workout"
DEFAULT_EXERCISE_NAME: Final = "Exercise"
DEFAULT_DURATION_S: Final = 30
REST_NAMES: Final = frozenset(
    name.casefold()
    for name in ("Rest", "Pause", "Repos", "Riposo", "Отдых", "Dinlenme", "Odpoczynek", "休息")
)
"""The name JAWT's "Add rest" button gives, in each of its languages (en, de, fr, it, ru, tr,
pl, zh_CN): an exercise with one of these names is a rest."""
WORKOUT_KEYS: Final = frozenset({"title", "sets", "version", "position"})
SET_KEYS: Final = frozenset({"repetitions", "name", "id", "exercises"})
EXERCISE_KEYS: Final = frozenset({"name", "id", "duration"})


def looks_like(value: Any) -> bool:
    """True for a backup (``workouts``) or a single workout (``title`` and ``sets``)."""
    return isinstance(value, dict) and ("workouts" in value or {"title", "sets"} <= value.keys())


class _Counts:
    def __init__(self) -> None:
        self.exercises = 0
        self.rests = 0
        self.sets = 0
        self.set_names = 0
        self.empty_sets = 0
        self.single_set = 0
        self.multi_set = 0
        self.unknown: set[str] = set()


def _read_exercise(item: Any, path: str, problems: Problems, counts: _Counts) -> Segment | None:
    data = require_object(item, path, problems)
    if data is None:
        return None
    fields = ForeignFields(data, path, problems)
    # json_serializable: the keys must be present; a null falls back to the constructor default.
    if "name" not in data:
        problems.add(fields.at("name"), "required")
        return None
    name = fields.raw("name")
    if name is None:
        name = DEFAULT_EXERCISE_NAME
    if not isinstance(name, str):
        problems.add(fields.at("name"), f"must be text, got {type_name(name)}")
        return None
    counts.unknown.update(fields.unknown(EXERCISE_KEYS))
    if name.strip().casefold() in REST_NAMES:
        seconds = fields.integer(
            "duration", *REST_RANGE, "seconds", null=DEFAULT_DURATION_S, what="a rest"
        )
        if seconds is None:
            return None
        counts.rests += 1
        return Rest(seconds, fields.at("duration"))
    text = check_text(name, fields.at("name"), 60, problems)
    seconds = fields.integer("duration", *WORK_RANGE, "seconds", null=DEFAULT_DURATION_S)
    if text is None or seconds is None:
        return None
    counts.exercises += 1
    return Work(text, seconds)


def _read_set(item: Any, path: str, problems: Problems, counts: _Counts) -> Part | None:
    data = require_object(item, path, problems)
    if data is None:
        return None
    fields = ForeignFields(data, path, problems)
    repetitions = fields.integer("repetitions", 1, None, "", null=1, what="repetitions")
    name = fields.raw("name")
    if isinstance(name, str) and name.strip():
        counts.set_names += 1
    fields.raw("id")
    counts.unknown.update(fields.unknown(SET_KEYS))
    if "exercises" not in data:
        problems.add(fields.at("exercises"), "required")
        return None
    raw_exercises = data["exercises"]
    segments: list[Segment] = []
    if raw_exercises is None:
        segments.append(Work(DEFAULT_EXERCISE_NAME, DEFAULT_DURATION_S))
        counts.exercises += 1
    else:
        exercises = require_list(raw_exercises, fields.at("exercises"), problems)
        for index, exercise in enumerate(exercises or []):
            problems.entry()
            segment = _read_exercise(
                exercise, index_path(fields.at("exercises"), index), problems, counts
            )
            if segment is not None:
                segments.append(segment)
        if exercises == []:
            counts.empty_sets += 1
            return None
    if repetitions is None:
        return None
    counts.sets += 1
    return Part(segments, repeats=repetitions)


def _read_workout(item: Any, path: str, problems: Problems, counts: _Counts) -> Draft | None:
    data = require_object(item, path, problems)
    if data is None:
        return None
    where = label(path, data.get("title"))
    fields = ForeignFields(data, where, problems)
    title = fields.text("title", 80, null=DEFAULT_TITLE)
    fields.raw("version")
    fields.raw("position")
    fields.raw("id")  # a field of the dart_json_mapper branch (file version 3); not used
    counts.unknown.update(fields.unknown(WORKOUT_KEYS))
    if "sets" not in data:
        problems.add(fields.at("sets"), "required")
        return None
    raw_sets = data["sets"]
    before = len(problems.items)
    parts: list[Part] = []
    if raw_sets is None:
        parts.append(Part([Work(DEFAULT_EXERCISE_NAME, DEFAULT_DURATION_S)]))
        counts.exercises += 1
    else:
        sets = require_list(raw_sets, fields.at("sets"), problems)
        for index, raw_set in enumerate(sets or []):
            problems.entry()
            part = _read_set(raw_set, index_path(fields.at("sets"), index), problems, counts)
            if part is not None:
                parts.append(part)
    if title is None or len(problems.items) > before:
        return None
    if len(parts) == 1:
        counts.single_set += 1
    elif parts:
        counts.multi_set += 1
    return Draft(
        label=where,
        title=title,
        parts=parts,
        get_ready_s=GET_READY_S,
        get_ready_path="",
        summary=f"Imported from {FORMAT_NAME}.",
    )


def import_value(value: Any) -> ImportResult:
    """Import a decoded JAWT backup (``{"workouts": [...]}``) or a single workout object.

    Raises :class:`RoutineError` naming the workout and field of every problem, e.g.
    ``workouts[2] "Leg day".sets[0].exercises[0].duration: must be 1..3600 seconds, got 0``.
    """
    problems = import_problems()
    counts = _Counts()
    drafts: list[Draft] = []
    if isinstance(value, dict) and "workouts" in value:
        workouts = require_list(value["workouts"], "workouts", problems)
        check_routine_count(len(workouts or []))
        counts.unknown.update(str(key) for key in value if key != "workouts")
        for index, item in enumerate(workouts or []):
            problems.entry()
            draft = _read_workout(item, index_path("workouts", index), problems, counts)
            if draft is not None:
                drafts.append(draft)
    elif isinstance(value, dict):
        draft = _read_workout(value, "workout", problems, counts)
        if draft is not None:
            drafts.append(draft)
    else:
        raise RoutineError([f"expected a JAWT backup or workout object, got {type_name(value)}"])
    routines, infos = build_all(drafts, problems)
    mapped, not_mapped = build_notes(infos)
    mapped = [
        f"{plural(len(routines), 'workout')} with {plural(counts.exercises, 'exercise')}",
        *(
            ["a workout of one set became that set's moves, its repetitions the rounds"]
            if counts.single_set
            else []
        ),
        *(
            ["a workout of several sets became one round of every set's moves in order"]
            if counts.multi_set
            else []
        ),
        *(
            [
                f"{plural(counts.rests, 'rest exercise')} (named Rest, Pause, Repos...) became "
                "the rest after the move before them"
            ]
            if counts.rests
            else []
        ),
        f"JAWT's {GET_READY_S}-second countdown before the first exercise became the get ready",
        *mapped,
    ]
    not_mapped = [
        DEFAULTS_NOTE,
        "sounds and voice: JAWT keeps them as app settings, not in its files",
        "ids, list positions and file version (JAWT's bookkeeping; the file's order is kept)",
        *(
            [f"{plural(counts.set_names, 'set name')} (our routines have no sets)"]
            if counts.set_names
            else []
        ),
        *(
            [f"{plural(counts.empty_sets, 'empty set')} (no exercises), skipped"]
            if counts.empty_sets
            else []
        ),
        *not_mapped,
        *unknown_note(counts.unknown),
    ]
    return result(FORMAT_NAME, routines, mapped, not_mapped)


LATIN1_NOTE: Final = (
    "the file is not UTF-8: JAWT writes its exports one byte per character, so it was read as "
    "Latin-1"
)


_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def lost_characters(text: str) -> RoutineError | None:
    """The error for a JAWT export whose text lost characters, else None.

    JAWT saves exports as ``Uint8List.fromList(jsonEncode(...).codeUnits)``: each UTF-16 code
    unit cut to its low byte. Characters beyond U+00FF become other bytes, often control
    characters that JSON does not allow in strings.
    """
    if not _CONTROL.search(text):
        return None
    try:
        value = json.loads(text, strict=False, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return None
    if not looks_like(value):
        return None
    return RoutineError(
        [
            "the file lost characters when JAWT exported it: JAWT keeps one byte per "
            "character, so only Latin-1 text survives its export; share the workout file "
            "instead, or rename what is not Latin-1 and export again"
        ]
    )


def import_latin1(data: bytes) -> ImportResult | None:
    """Import a JAWT export that is not UTF-8; None when ``data`` is not one.

    Text up to U+00FF survives JAWT's one-byte-per-character export as Latin-1 (German
    "Übung" does); anything else is lost, and refused.
    """
    text = data.decode("latin-1")
    try:
        value = parse_json(text)
    except DataError:
        error = lost_characters(text)
        if error is not None:
            raise error from None
        return None
    if not looks_like(value):
        return None
    imported = import_value(value)
    return replace(imported, mapped=(*imported.mapped, LATIN1_NOTE))
