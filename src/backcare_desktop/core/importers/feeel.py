"""Feeel (Flutter): its ``.feeel`` workout files, and the ZIP of them "export all" makes.

A ``.feeel`` file is ``FeeelWorkoutJson.toJson()``: ``feeelMetadataVersion`` (300),
``exerciseDbImport`` (a date) and ``fullWorkout``, which holds the drift rows ``workout`` and
``workoutExercises``. Exercises are referenced by their wger id only; their names live in
Feeel's bundled exercise database, not in the file, so moves take their English names (and German
ones, as translations) from ``resources/importers/feeel_exercises.json``, a table made from that
database. Feeel's player starts with a break of the
first exercise's ``breakDuration`` (else 5 seconds), then plays each exercise for its
``exerciseDuration`` (else the workout's), with the exercise's ``breakDuration`` (else the
workout's) before every exercise after the first. See ``docs/import-formats.md``.
"""

from __future__ import annotations

import io
import json
import zipfile
from functools import cache
from typing import Any, Final

from backcare_desktop.core.importers._common import (
    DEFAULTS_NOTE,
    FOREIGN_MAX_BYTES,
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
    import_problems,
    label,
    plural,
    result,
    unknown_note,
)
from backcare_desktop.core.routine import LANGUAGE_PATTERN, MAX_MOVES, RoutineError
from backcare_desktop.core.validation import (
    DataError,
    Problems,
    check_text,
    decode_text,
    index_path,
    parse_json,
    require_list,
    require_object,
    type_name,
)
from backcare_desktop.resources import resources_dir

FORMAT_NAME: Final = "Feeel"
START_BREAK_S: Final = 5
"""``WorkoutMeta._startDuration``: the break before the first exercise when it sets none."""
STRETCHING: Final = 1
"""``WorkoutCategory.stretching`` ("Stretching & yoga"), stored by index."""
CATEGORIES: Final = {0: "Strength", 1: "Stretching & yoga", 2: "Cardio", 3: "Other"}
FILE_KEYS: Final = frozenset({"feeelMetadataVersion", "exerciseDbImport", "fullWorkout"})
FULL_KEYS: Final = frozenset({"workout", "workoutExercises"})
WORKOUT_KEYS: Final = frozenset(
    {
        "id",
        "type",
        "title",
        "translationJson",
        "category",
        "countdownDuration",
        "exerciseDuration",
        "breakDuration",
        "cachedLastUse",
        "lastUsed",
    }
)
EXERCISE_KEYS: Final = frozenset(
    {"workoutId", "orderPosition", "exercise", "exerciseDuration", "breakDuration"}
)
MAX_ZIP_ENTRIES: Final = 1000
ZIP_MAGIC: Final = b"PK\x03\x04"
EXERCISE_TABLE: Final = ("importers", "feeel_exercises.json")
"""Feeel's bundled exercise names by wger id, under the resources folder (see its README)."""
NAME_LANGUAGE: Final = "de"
"""The language of the second name the table may hold; it goes into the routine's translations."""
SHOWN_IDS: Final = 10
"""At most this many unknown wger ids are listed in the import summary."""


def looks_like(value: Any) -> bool:
    """True for a decoded ``.feeel`` file."""
    return isinstance(value, dict) and bool(value.keys() & {"fullWorkout", "feeelMetadataVersion"})


@cache
def exercise_names() -> dict[int, dict[str, str]]:
    """Feeel's bundled exercise names by wger id, ``{"en": ...}`` plus ``"de"`` where known.

    Read from the resources on first use.
    """
    path = resources_dir().joinpath(*EXERCISE_TABLE)
    table = json.loads(path.read_text(encoding="utf-8"))
    return {
        int(key): value if isinstance(value, dict) else {"en": value}
        for key, value in table.items()
    }


def exercise_name(wger_id: int) -> str:
    """The move name for a wger exercise id: Feeel's English name, else ``Feeel exercise <id>``."""
    names = exercise_names().get(wger_id)
    return names["en"] if names else f"Feeel exercise {wger_id}"


def german_name(wger_id: int) -> str | None:
    """Feeel's German name for a wger exercise id, or None when it has none."""
    return exercise_names().get(wger_id, {}).get(NAME_LANGUAGE)


class _Notes:
    def __init__(self) -> None:
        self.exercises = 0
        self.unnamed_ids: set[int] = set()
        self.named = 0
        self.translated_names = 0
        self.stretching = 0
        self.other_categories: set[str] = set()
        self.countdowns: set[int] = set()
        self.translations_dropped: set[str] = set()
        self.translations = 0
        self.unknown: set[str] = set()


def _translations(
    raw: Any, path: str, problems: Problems, notes: _Notes
) -> dict[str, dict[str, Any]]:
    """Title translations from ``translationJson`` (a JSON map of locale to title)."""
    if raw is None:
        return {}
    if not isinstance(raw, str):
        problems.add(path, f"must be text or null, got {type_name(raw)}")
        return {}
    try:
        decoded = parse_json(raw)
    except DataError as error:
        problems.add(path, error.problems[0])
        return {}
    if not isinstance(decoded, dict):
        problems.add(path, f"must hold a JSON object, got {type_name(decoded)}")
        return {}
    result_: dict[str, dict[str, Any]] = {}
    for locale, title in decoded.items():
        problems.entry()
        language = str(locale).replace("-", "_")
        if not LANGUAGE_PATTERN.fullmatch(language):
            notes.translations_dropped.add(str(locale))
            continue
        text = check_text(title, f"{path}[{locale!r}]", 80, problems, what="a translated title")
        if text is not None:
            result_[language] = {"title": text}
    notes.translations += len(result_)
    return result_


def _move_translations(wger_ids: list[int], notes: _Notes) -> list[dict[str, str]]:
    """Translated move names in move order, ``{}`` where there is none; trailing ``{}`` dropped."""
    entries = []
    for wger_id in wger_ids:
        name = german_name(wger_id)
        entries.append({"name": name} if name else {})
    while entries and not entries[-1]:
        entries.pop()
    notes.translated_names += sum(bool(entry) for entry in entries)
    return entries


def _name_move(wger_id: int, notes: _Notes) -> str:
    """The move's name, noting whether the exercise table knew the id."""
    if wger_id in exercise_names():
        notes.named += 1
    else:
        notes.unnamed_ids.add(wger_id)
    return exercise_name(wger_id)


def _read_file(value: Any, path: str, problems: Problems, notes: _Notes) -> Draft | None:
    data = require_object(value, path, problems)
    if data is None:
        return None
    full = data.get("fullWorkout")
    workout = full.get("workout") if isinstance(full, dict) else None
    title_value = workout.get("title") if isinstance(workout, dict) else None
    where = label(path, title_value)
    top = ForeignFields(data, where, problems)
    top.raw("feeelMetadataVersion")
    top.raw("exerciseDbImport")
    notes.unknown.update(top.unknown(FILE_KEYS))
    if "fullWorkout" not in data:
        problems.add(top.at("fullWorkout"), "required")
        return None
    full_data = require_object(full, top.at("fullWorkout"), problems)
    if full_data is None:
        return None
    full_fields = ForeignFields(full_data, top.at("fullWorkout"), problems)
    notes.unknown.update(full_fields.unknown(FULL_KEYS))
    workout_data = require_object(full_data.get("workout"), full_fields.at("workout"), problems)
    raw_exercises = require_list(
        full_data.get("workoutExercises"), full_fields.at("workoutExercises"), problems
    )
    if workout_data is None or raw_exercises is None:
        return None
    before = len(problems.items)
    w = ForeignFields(workout_data, full_fields.at("workout"), problems)
    # drift's fromJson: the workout's own columns must not be null.
    title = w.text("title", 80)
    exercise_s = w.integer("exerciseDuration", *WORK_RANGE, "seconds")
    break_s = w.integer("breakDuration", *REST_RANGE, "seconds")
    countdown = w.integer("countdownDuration", 0, None, "seconds")
    category = w.integer("category", 0, None, "")
    translations = _translations(w.raw("translationJson"), w.at("translationJson"), problems, notes)
    for key in ("id", "type", "cachedLastUse", "lastUsed"):
        w.raw(key)
    notes.unknown.update(w.unknown(WORKOUT_KEYS))
    if not raw_exercises:
        problems.add(full_fields.at("workoutExercises"), "must hold at least one exercise")
        return None
    if len(raw_exercises) > MAX_MOVES:
        problems.add(
            full_fields.at("workoutExercises"),
            f"must hold at most {MAX_MOVES} exercises, got {len(raw_exercises)}",
        )
        return None
    segments: list[Segment] = []
    work_ids: list[int] = []
    get_ready, get_ready_path = START_BREAK_S, ""
    for index, item in enumerate(raw_exercises):
        problems.entry()
        item_path = index_path(full_fields.at("workoutExercises"), index)
        item_data = require_object(item, item_path, problems)
        if item_data is None:
            continue
        e = ForeignFields(item_data, item_path, problems)
        wger_id = e.integer("exercise", 0, None, "", what="a wger exercise id")
        own_s = e.integer("exerciseDuration", *WORK_RANGE, "seconds", missing=None, null=None)
        if index == 0:
            start = e.integer("breakDuration", *GET_READY_RANGE, "seconds", missing=None, null=None)
            if start is not None:
                get_ready, get_ready_path = start, e.at("breakDuration")
        else:
            own_break = e.integer("breakDuration", *REST_RANGE, "seconds", missing=None, null=None)
            if own_break is not None:
                segments.append(Rest(own_break, e.at("breakDuration")))
            elif break_s is not None:
                segments.append(Rest(break_s, w.at("breakDuration")))
        e.raw("workoutId")
        e.raw("orderPosition")
        notes.unknown.update(e.unknown(EXERCISE_KEYS))
        seconds = own_s if own_s is not None else exercise_s
        if wger_id is not None and seconds is not None:
            segments.append(Work(_name_move(wger_id, notes), seconds))
            work_ids.append(wger_id)
            notes.exercises += 1
    if len(problems.items) > before or title is None:
        return None
    move_names = _move_translations(work_ids, notes)
    if move_names:
        translations.setdefault(NAME_LANGUAGE, {})["moves"] = move_names
    if countdown is not None:
        notes.countdowns.add(countdown)
    focus: tuple[str, ...] = ("core",)
    if category == STRETCHING:
        focus = ("mobility",)
        notes.stretching += 1
    elif category is not None:
        notes.other_categories.add(CATEGORIES.get(category, f"number {category}"))
    return Draft(
        label=where,
        title=title,
        parts=[Part(segments)],
        get_ready_s=get_ready,
        get_ready_path=get_ready_path,
        summary=f"Imported from {FORMAT_NAME}.",
        focus=focus,
        translations=translations,
    )


def _unnamed_note(wger_ids: set[int]) -> list[str]:
    """The not-mapped sentence for wger ids missing from the exercise table, if any."""
    if not wger_ids:
        return []
    ids = sorted(wger_ids)
    shown = ", ".join(map(str, ids[:SHOWN_IDS])) + (", ..." if len(ids) > SHOWN_IDS else "")
    return [
        f"exercise names for {plural(len(ids), 'wger id')} not in Feeel's bundled exercise "
        f'database ({shown}): those moves are named "Feeel exercise <id>"; rename them'
    ]


def _finish(drafts: list[Draft], problems: Problems, notes: _Notes) -> ImportResult:
    routines, infos = build_all(drafts, problems)
    mapped, not_mapped = build_notes(infos)
    mapped = [
        f"{plural(len(routines), 'workout')} with {plural(notes.exercises, 'exercise')}",
        "exercise and break durations became moves and the rests between them; the break "
        "before the first exercise (5 seconds unless set) became the get ready",
        *(
            [
                f"{plural(notes.stretching, 'workout')} of the Stretching & yoga category got "
                "focus mobility"
            ]
            if notes.stretching
            else []
        ),
        *([f"{plural(notes.translations, 'translated title')}"] if notes.translations else []),
        *(
            [
                f"{plural(notes.named, 'exercise name')} from Feeel's bundled exercise database "
                f"(English), {notes.translated_names} of them with the German name as a translation"
            ]
            if notes.named
            else []
        ),
        *mapped,
    ]
    not_mapped = [
        *_unnamed_note(notes.unnamed_ids),
        "exercise descriptions, images and muscles (in Feeel's exercise database, not the file)",
        DEFAULTS_NOTE,
        *(
            [
                "the workout category "
                + ", ".join(sorted(notes.other_categories))
                + " (our focus tags name body areas)"
            ]
            if notes.other_categories
            else []
        ),
        *(
            [
                "countdownDuration ("
                + ", ".join(f"{s} s" for s in sorted(notes.countdowns))
                + "): Feeel's own player does not use it"
            ]
            if notes.countdowns
            else []
        ),
        *(
            [
                "title translations for "
                + ", ".join(sorted(notes.translations_dropped))
                + " (not a language code we read)"
            ]
            if notes.translations_dropped
            else []
        ),
        "workout ids and types, last-use dates and the exercise database date",
        *not_mapped,
        *unknown_note(notes.unknown),
    ]
    return result(FORMAT_NAME, routines, mapped, not_mapped)


def import_value(value: Any) -> ImportResult:
    """Import one decoded ``.feeel`` file.

    Raises :class:`RoutineError` naming the field of every problem, e.g.
    ``workout "Morning".fullWorkout.workoutExercises[3].exerciseDuration: must be 1..3600
    seconds, got 0``.
    """
    problems = import_problems()
    notes = _Notes()
    draft = _read_file(value, "workout", problems, notes)
    return _finish([draft] if draft is not None else [], problems, notes)


def import_zip(data: bytes) -> ImportResult:
    """Import the ZIP of ``.feeel`` files Feeel's "export all custom workouts" writes.

    The entries' total unpacked size is held to the same limit as a file to import.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > MAX_ZIP_ENTRIES:
            raise RoutineError([f"the ZIP holds {len(infos)} files; at most {MAX_ZIP_ENTRIES}"])
        total = sum(info.file_size for info in infos)
        if total > FOREIGN_MAX_BYTES:
            raise RoutineError(
                [
                    f"the ZIP unpacks to {total / 1_000_000:.1f} MB; at most "
                    f"{FOREIGN_MAX_BYTES // 1_000_000} MB"
                ]
            )
        contents = []
        for info in infos:
            with archive.open(info) as handle:
                content = handle.read(FOREIGN_MAX_BYTES + 1)
            if len(content) > info.file_size or len(content) > FOREIGN_MAX_BYTES:
                raise RoutineError([f"{info.filename}: the ZIP entry is larger than it says"])
            contents.append((info.filename, content))
    except DataError:
        raise
    except Exception as error:  # zipfile raises many kinds for damaged archives
        raise RoutineError([f"not a readable ZIP archive: {error}"]) from None
    problems = import_problems()
    notes = _Notes()
    drafts = []
    for name, content in contents:
        problems.entry()
        try:
            value = parse_json(decode_text(content, "ZIP entry"))
        except DataError as error:
            problems.add(name, error.problems[0])
            continue
        draft = _read_file(value, name, problems, notes)
        if draft is not None:
            drafts.append(draft)
    return _finish(drafts, problems, notes)
