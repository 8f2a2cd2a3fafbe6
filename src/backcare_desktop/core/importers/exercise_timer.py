"""Exercise Timer (GNOME, app id ``xyz.safeworlds.hiit``): its list of trainings.

The app keeps its trainings in the GSettings key ``exercise-json-list`` of schema
``xyz.safeworlds.hiit``, type ``s``: one string holding a JSON array. This reads the array as

* the JSON text itself (the string's value),
* the GVariant text of the string, as ``gsettings get xyz.safeworlds.hiit exercise-json-list``
  prints it (``'[{"Title": ...}]'``),
* a ``dconf dump /xyz/safeworlds/hiit/`` (the ``exercise-json-list=`` line), or
* a ``gsettings list-recursively`` line.

Field names differ by version (see ``docs/import-formats.md``): the current Vala app writes
``Title``, ``Sets``, ``PreparationSec``, ``ExerciseSec``, ``RestSec`` and leaves out any that is 0;
the earlier Rust app wrote ``name``, ``sets``, ``exercise_s``, ``rest_s`` and (from 1.5)
``prepare_s``, defaulting a missing preparation to 5 seconds.
"""

from __future__ import annotations

import re
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
    REQUIRED,
    DataError,
    Problems,
    index_path,
    parse_json,
    require_object,
    type_name,
)

FORMAT_NAME: Final = "Exercise Timer"
SCHEMA: Final = "xyz.safeworlds.hiit"
LIST_KEY: Final = "exercise-json-list"
RUST_PREPARE_DEFAULT_S: Final = 5
"""The Rust app's default when a training has no ``prepare_s`` (``unwrap_or(5)``)."""

# (Vala property name, Rust key, older Rust keys), in the order tried
_TITLE = ("Title", "name")
_SETS = ("Sets", "sets")
_PREPARE = ("PreparationSec", "prepare_s", "warmup_s")
_EXERCISE = ("ExerciseSec", "exercise_s")
_REST = ("RestSec", "rest_s")
VALA_KEYS: Final = frozenset(names[0] for names in (_TITLE, _SETS, _PREPARE, _EXERCISE, _REST))
DERIVED_KEYS: Final = frozenset({"TotalTimeSec", "TotalTimeMinuteSecFormatted", "SetInfoFormatted"})
"""Read-only properties an older Vala build serialised too; they are totals, worked out again."""
KNOWN_KEYS: Final = frozenset({*_TITLE, *_SETS, *_PREPARE, *_EXERCISE, *_REST, *DERIVED_KEYS})
_DETECT_KEYS: Final = frozenset(
    {
        "Title",
        "Sets",
        "PreparationSec",
        "ExerciseSec",
        "RestSec",
        "exercise_s",
        "rest_s",
        "prepare_s",
        "warmup_s",
    }
)
_KEY_LINE = re.compile(
    rf"^[ \t]*(?:(?:{re.escape(SCHEMA)}(?:\.Devel)?[ \t]+)?{re.escape(LIST_KEY)}[ \t]+"
    rf"|{re.escape(LIST_KEY)}[ \t]*=[ \t]*)(.*?)[ \t]*\r?$",
    re.MULTILINE,
)
"""The list's line in a ``dconf dump`` (``key=value``) or ``gsettings`` output (``key value``)."""
_OTHER_KEYS = re.compile(
    rf"^[ \t]*(?:{re.escape(SCHEMA)}(?:\.Devel)?[ \t]+([a-z][a-z0-9-]*)|([a-z][a-z0-9-]*)[ \t]*=)",
    re.MULTILINE,
)
_PLAIN = {"'": re.compile(r"[^'\\]+"), '"': re.compile(r'[^"\\]+')}
_HEX = re.compile(r"[0-9A-Fa-f]+")
MAX_GVARIANT_CHARS: Final = 1_000_000
"""An Exercise Timer list is small; longer GSettings text is refused before it is decoded."""


def looks_like_item(value: Any) -> bool:
    """True for a training object of any Exercise Timer version."""
    return isinstance(value, dict) and bool(value.keys() & _DETECT_KEYS)


def looks_like(value: Any) -> bool:
    """True for a training list (or one training object)."""
    if isinstance(value, list):
        return any(looks_like_item(item) for item in value[:20])
    return looks_like_item(value)


# ---------------------------------------------------------------------------------------------
# GSettings text


def parse_gvariant_string(text: str) -> str:
    """The value of a GVariant text-format string literal (``'...'`` or ``"..."``).

    Follows GLib's printer and parser: the quote is ``"`` when the string holds a ``'``;
    escapes are ``\\\\``, ``\\'``, ``\\"``, ``\\a\\b\\f\\n\\r\\t\\v``, ``\\uXXXX`` and
    ``\\UXXXXXXXX``; any other escaped character stands for itself. An ``@s`` type annotation
    in front is allowed. Raises :class:`RoutineError` when ``text`` is not one string literal.
    """
    text = text.strip()
    if text.startswith("@s"):
        text = text[2:].lstrip()
    if not text or text[0] not in "'\"":
        raise RoutineError(["not a GVariant string: it must start with a quote"])
    if len(text) > MAX_GVARIANT_CHARS:
        raise RoutineError(
            [
                f"the GSettings text is {len(text) / 1_000_000:.1f} million characters; an "
                f"Exercise Timer list is read up to {MAX_GVARIANT_CHARS // 1_000_000} million"
            ]
        )
    quote = text[0]
    plain = _PLAIN[quote]
    out: list[str] = []
    index, end = 1, len(text)
    simple = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
    while index < end:
        run = plain.match(text, index)
        if run is not None:
            out.append(run.group())
            index = run.end()
            continue
        if text[index] == quote:
            if text[index + 1 :].strip():
                raise RoutineError(["not a GVariant string: text follows the closing quote"])
            return "".join(out)
        if index + 1 >= end:  # a backslash at the very end
            break
        escape = text[index + 1]
        if escape in "uU":
            digits = 4 if escape == "u" else 8
            hex_text = text[index + 2 : index + 2 + digits]
            if len(hex_text) != digits or not _HEX.fullmatch(hex_text):
                raise RoutineError([f"not a GVariant string: bad \\{escape} escape"])
            code = int(hex_text, 16)
            if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                raise RoutineError([f"not a GVariant string: \\{escape}{hex_text} is no character"])
            out.append(chr(code))
            index += 2 + digits
            continue
        out.append(simple.get(escape, escape))
        index += 2
    raise RoutineError(["not a GVariant string: the closing quote is missing"])


def extract_list_text(text: str) -> tuple[str, list[str]] | None:
    """The JSON text of ``exercise-json-list`` from GSettings output, and other keys seen.

    Returns None when ``text`` is none of the forms this module reads.
    """
    stripped = text.strip()
    if stripped.startswith(("'", '"', "@s")):
        return parse_gvariant_string(stripped), []
    match = _KEY_LINE.search(stripped)
    if match is None:
        return None
    found = parse_gvariant_string(match.group(1))
    other_keys = {
        gsettings_key or dconf_key for gsettings_key, dconf_key in _OTHER_KEYS.findall(stripped)
    }
    other_keys.discard(LIST_KEY)
    return found, sorted(other_keys)


def import_text(text: str) -> ImportResult | None:
    """Import GSettings output (see :func:`extract_list_text`); None when it is not one."""
    extracted = extract_list_text(text)
    if extracted is None:
        return None
    json_text, other_keys = extracted
    try:
        value = parse_json(json_text)
    except DataError as error:
        raise RoutineError([f"{LIST_KEY}: {problem}" for problem in error.problems]) from None
    notes = []
    if other_keys:
        names = ", ".join(other_keys[:10]) + (" and more" if len(other_keys) > 10 else "")
        notes.append(f"other Exercise Timer settings in the text ({names}) are not routines")
    return import_value(value, extra_not_mapped=notes)


# ---------------------------------------------------------------------------------------------
# Trainings


def _pick(data: Mapping[str, Any], names: tuple[str, ...], vala: bool) -> str:
    """The first of ``names`` present in ``data``, else the name the training's version uses."""
    return next((name for name in names if name in data), names[0] if vala else names[1])


def _read_training(item: Any, path: str, problems: Problems, unknown: set[str]) -> Draft | None:
    data = require_object(item, path, problems)
    if data is None:
        return None
    vala = bool(data.keys() & VALA_KEYS)
    title_key, sets_key = _pick(data, _TITLE, vala), _pick(data, _SETS, vala)
    exercise_key, rest_key = _pick(data, _EXERCISE, vala), _pick(data, _REST, vala)
    prepare_key = _pick(data, _PREPARE, vala)
    where = label(path, data.get(title_key))
    fields = ForeignFields(data, where, problems)
    # The Vala app leaves out values equal to the property default, 0, and json-glib reads a
    # missing one as 0. The Rust app refused a training without name, sets, exercise_s or
    # rest_s, and read a missing prepare_s as 5 seconds.
    required_int = 0 if vala else REQUIRED
    title = fields.text(title_key, 60, what="it names the training and its move")
    sets = fields.integer(sets_key, 1, None, "", missing=required_int, what="sets")
    exercise = fields.integer(exercise_key, *WORK_RANGE, "seconds", missing=required_int)
    rest = fields.integer(rest_key, *REST_RANGE, "seconds", missing=required_int)
    prepare = fields.integer(
        prepare_key, *GET_READY_RANGE, "seconds", missing=0 if vala else RUST_PREPARE_DEFAULT_S
    )
    fields.seen.update(key for key in data if key in KNOWN_KEYS)
    unknown.update(fields.unknown(KNOWN_KEYS))
    if title is None or sets is None or exercise is None or rest is None or prepare is None:
        return None
    return Draft(
        label=where,
        title=title,
        parts=[
            Part([Work(title, exercise)], repeats=sets, between=Rest(rest, fields.at(rest_key)))
        ],
        get_ready_s=prepare,
        get_ready_path=fields.at(prepare_key),
        summary=f"Imported from {FORMAT_NAME}.",
    )


def import_value(value: Any, extra_not_mapped: list[str] | None = None) -> ImportResult:
    """Import a decoded training list (or a single training object).

    Raises :class:`RoutineError` naming the training and field of every problem, e.g.
    ``exercise-json-list[1] "Legs".ExerciseSec: must be 1..3600 seconds, got 0``.
    """
    problems = import_problems()
    if isinstance(value, dict):
        items, base = [value], "training"
    elif isinstance(value, list):
        items, base = value, LIST_KEY
    else:
        raise RoutineError([f"{LIST_KEY}: must be a list of trainings, got {type_name(value)}"])
    check_routine_count(len(items))
    unknown: set[str] = set()
    drafts = []
    for index, item in enumerate(items):
        problems.entry()
        path = index_path(base, index) if base == LIST_KEY else base
        draft = _read_training(item, path, problems, unknown)
        if draft is not None:
            drafts.append(draft)
    routines, infos = build_all(drafts, problems)
    mapped, not_mapped = build_notes(infos)
    mapped = [
        f"{plural(len(routines), 'training')}, each one exercise done in sets",
        "sets became rounds, the rest between sets the rest between rounds, and the "
        "preparation time the get ready",
        *mapped,
    ]
    not_mapped = [
        "sounds: Exercise Timer plays its own beeps (its beep volume is an app setting)",
        DEFAULTS_NOTE,
        *not_mapped,
        *(extra_not_mapped or []),
        *unknown_note(unknown),
    ]
    return result(FORMAT_NAME, routines, mapped, not_mapped)
