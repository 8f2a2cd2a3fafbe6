"""The sessions CSV: one row per move with its session's columns.

A session without moves gets one row with the move columns empty. The text is UTF-8 with a
byte order mark so spreadsheet programs pick the encoding, dates are ISO 8601 with the UTC
offset the session started at, and cells that would start a formula are made plain text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from backcare_desktop.storage.rows import SessionRecord

CSV_COLUMNS = (
    "date",
    "started_at",
    "ended_at",
    "routine_id",
    "routine",
    "status",
    "active_s",
    "pain_before",
    "pain_after",
    "effort",
    "note",
    "move_position",
    "move",
    "side",
    "round",
    "planned_s",
    "done_s",
    "move_outcome",
    "muscles",
    "move_ended_at",
    "session_uuid",
)


def _number(value: float) -> str:
    return f"{value:.1f}"


def _optional(value: int | None) -> str:
    return "" if value is None else str(value)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """``text`` for a spreadsheet cell: a leading ``'`` when it would start a formula.

    Cells starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return are formulas
    (or become them) in spreadsheet programs (CSV injection); the apostrophe makes them plain
    text, as OWASP advises, and leaves the text readable.
    """
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


CHUNK_SESSIONS = 200
"""Sessions per piece of :func:`csv_chunks`."""


def csv_chunks(records: list[SessionRecord]) -> Iterator[str]:
    """The CSV document for ``records`` in pieces: the BOM, then :data:`CHUNK_SESSIONS`
    sessions' rows at a time (ten years make some 30 MB of text: no single piece of work on
    it holds the interpreter long, which a GUI thread waiting for it would notice)."""
    yield "\ufeff"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for index, record in enumerate(records, 1):
        zone = record.started_at.tzinfo
        session = [
            record.started_at.date().isoformat(),
            record.started_at.isoformat(timespec="seconds"),
            "" if record.ended_at is None else record.ended_at.isoformat(timespec="seconds"),
            safe_cell(record.routine_id),
            safe_cell(record.routine_title),
            record.status,
            _number(record.active_s),
            _optional(record.pain_before),
            _optional(record.pain_after),
            _optional(record.effort),
            safe_cell(record.note),
        ]
        if not record.moves:
            writer.writerow([*session, *([""] * 9), safe_cell(record.uuid)])
        for move in record.moves:
            writer.writerow(
                [
                    *session,
                    move.position,
                    safe_cell(move.name),
                    move.side or "",
                    move.round,
                    _number(move.planned_s),
                    _number(move.done_s),
                    move.outcome,
                    safe_cell("; ".join(move.muscles)),
                    move.ended_at.astimezone(zone).isoformat(timespec="seconds"),
                    safe_cell(record.uuid),
                ]
            )
        if index % CHUNK_SESSIONS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
