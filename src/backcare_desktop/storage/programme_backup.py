"""Programme rows in the JSON backup (section ``programme``) and in the CSV export.

The section holds the four programme tables as lists of objects; readers of older backups
simply have no section. Reading uses the validation toolkit, so every problem names its path,
e.g. ``programme.morning_checks[3].pain: must be 0..10, got 12``. Restoring merges through
:meth:`ProgrammeStore.add_records` (idempotent).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Final

from backcare_desktop.core.enrolment import Enrolment
from backcare_desktop.core.pain_rules import RED_FLAGS
from backcare_desktop.core.validation import (
    Fields,
    Problems,
    index_path,
    key_path,
    require_object,
)
from backcare_desktop.storage.programme_store import (
    GateChoice,
    GateRecord,
    MorningCheck,
    ProgrammeRecords,
    RedFlagReport,
)

SECTION: Final = "programme"
_MAX_ROWS: Final = 100_000
_TABLES: Final = ("enrolments", "morning_checks", "red_flag_reports", "gate_choices")


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _moment(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def programme_section(records: ProgrammeRecords) -> dict[str, list[dict[str, Any]]]:
    """The backup's ``programme`` section."""
    return {
        "enrolments": [
            {
                "uuid": item.uuid,
                "programme_id": item.programme_id,
                "started_on": _day(item.started_on),
                "pauses": [[_day(start), _day(until)] for start, until in item.pauses],
                "ended_on": _day(item.ended_on),
            }
            for item in records.enrolments
        ],
        "morning_checks": [
            {"day": _day(item.day), "pain": item.pain, "recorded_at": _moment(item.recorded_at)}
            for item in records.morning_checks
        ],
        "red_flag_reports": [
            {
                "uuid": item.uuid,
                "reported_at": _moment(item.reported_at),
                "flags": list(item.flags),
                "cleared_on": _day(item.cleared_on),
            }
            for item in records.red_flags
        ],
        "gate_choices": [
            {
                "uuid": item.uuid,
                "chosen_at": _moment(item.chosen_at),
                "routine_id": item.routine_id,
                "pain_before": item.pain_before,
                "flags": list(item.flags),
                "choice": item.choice.value,
            }
            for item in records.gate_choices
        ],
    }


# -- reading ----------------------------------------------------------------------------------


def _read_day(fields: Fields, key: str, *, null: Any = None) -> date | None:
    text = fields.text(key, 10, null=null)
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        fields.problems.add(fields.at(key), f"must be a day as YYYY-MM-DD, got {text!r}")
        return None


def _read_moment(fields: Fields, key: str) -> datetime | None:
    text = fields.text(key, 40)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        fields.problems.add(fields.at(key), "must be a date and time with its UTC offset")
        return None
    return moment


def _read_flags(fields: Fields, key: str) -> tuple[str, ...] | None:
    flags = fields.tags(key, RED_FLAGS, empty=True)
    return None if flags is None else tuple(flag for flag in RED_FLAGS if flag in flags)


def _pauses(raw: Any, path: str, problems: Problems) -> tuple[tuple[date, date | None], ...]:
    result: list[tuple[date, date | None]] = []
    if not isinstance(raw, list):
        problems.add(path, "must be a list of [from, until] days")
        return ()
    for index, pair in enumerate(raw):
        try:
            start = date.fromisoformat(pair[0])
            until = None if pair[1] is None else date.fromisoformat(pair[1])
        except (TypeError, ValueError, IndexError, KeyError):
            problems.add(index_path(path, index), "must be [YYYY-MM-DD, YYYY-MM-DD or null]")
            continue
        result.append((start, until))
    return tuple(result)


def _enrolment(fields: Fields) -> Enrolment | None:
    uuid = fields.text("uuid", 64)
    programme_id = fields.text("programme_id", 64)
    started = _read_day(fields, "started_on", null=...)
    pauses = _pauses(fields.raw("pauses") or [], fields.at("pauses"), fields.problems)
    ended = _read_day(fields, "ended_on")
    if uuid is None or programme_id is None or started is None:
        return None
    return Enrolment(programme_id, started, pauses, ended, uuid=uuid)


def _morning(fields: Fields) -> MorningCheck | None:
    day = _read_day(fields, "day", null=...)
    pain = fields.integer("pain", 0, 10, null=None)
    recorded = _read_moment(fields, "recorded_at")
    if day is None or recorded is None:
        return None
    return MorningCheck(day, pain, recorded)


def _red_flag(fields: Fields) -> RedFlagReport | None:
    uuid = fields.text("uuid", 64)
    reported = _read_moment(fields, "reported_at")
    flags = _read_flags(fields, "flags")
    cleared = _read_day(fields, "cleared_on")
    if uuid is None or reported is None or flags is None:
        return None
    return RedFlagReport(uuid, reported, flags, cleared)


def _gate(fields: Fields) -> GateRecord | None:
    uuid = fields.text("uuid", 64)
    chosen = _read_moment(fields, "chosen_at")
    routine_id = fields.text("routine_id", 64)
    pain = fields.integer("pain_before", 0, 10, null=None)
    flags = _read_flags(fields, "flags")
    choice = fields.choice("choice", [item.value for item in GateChoice])
    if None in (uuid, chosen, routine_id, flags, choice):
        return None
    return GateRecord(uuid, chosen, routine_id, pain, flags, GateChoice(choice))  # type: ignore[arg-type]


_READERS: Final[dict[str, Callable[[Fields], Any]]] = {
    "enrolments": _enrolment,
    "morning_checks": _morning,
    "red_flag_reports": _red_flag,
    "gate_choices": _gate,
}


def read_programme_section(value: Any, problems: Problems) -> ProgrammeRecords:
    """The programme rows of a backup's ``programme`` section (None or absent: no rows).

    Problems are recorded with their paths; the caller raises once everything is read.
    """
    if value is None:
        return ProgrammeRecords()
    section = require_object(value, SECTION, problems)
    if section is None:
        return ProgrammeRecords()
    top = Fields(section, SECTION, problems)
    tables: dict[str, list[Any]] = {}
    for table in _TABLES:
        rows = top.items(table, _MAX_ROWS, missing=[]) or []
        read: list[Any] = []
        for index, raw in enumerate(rows):
            path = index_path(key_path(SECTION, table), index)
            item = require_object(raw, path, problems)
            if item is None:
                continue
            fields = Fields(item, path, problems)
            row = _READERS[table](fields)
            fields.refuse_unknown()
            if row is not None:
                read.append(row)
        tables[table] = read
    top.refuse_unknown()
    return ProgrammeRecords(
        tuple(tables["enrolments"]),
        tuple(tables["morning_checks"]),
        tuple(tables["red_flag_reports"]),
        tuple(tables["gate_choices"]),
    )


# -- CSV --------------------------------------------------------------------------------------


def _csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
    return out.getvalue()


def _cell(key: str, value: Any) -> Any:
    """A backup value as one CSV cell: lists joined with ``;``, a pause as ``from..until``."""
    if key == "flags":
        return ";".join(value)
    if key == "pauses":
        return ";".join(f"{start}..{until or ''}" for start, until in value)
    return value


def programme_csv_files(records: ProgrammeRecords) -> dict[str, str]:
    """One CSV text per programme table that has rows, keyed by a file-name suffix such as
    ``morning-checks``; the columns are the backup's fields."""
    files: dict[str, str] = {}
    for table, rows in programme_section(records).items():
        if rows:
            header = list(rows[0])
            cells = [[_cell(key, row[key]) for key in header] for row in rows]
            files[table.replace("_", "-")] = _csv(header, cells)
    return files
