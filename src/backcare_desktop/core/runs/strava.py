"""Strava bulk exports: ``activities.csv`` plus ``activities/`` with the original uploads.

The CSV repeats column names: the first ``Distance`` is the summary in kilometres, a later one
the same distance in metres; ``Elapsed Time`` and ``Max Heart Rate`` appear twice too. Each
row's values are Strava's own summary, after the user's edits (sport changed, activity
cropped), so they are what we keep. The activity file, when there is one, gives the content
hash (the same file imported on its own is then recognised); it is read in full only when the
row lacks the start, the distance or the elapsed time.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from backcare_desktop.core.runs.model import content_hash, sport_from_text
from backcare_desktop.core.validation import DataError, decode_text

CSV_NAME: Final = "activities.csv"

_DATE_FORMATS: Final = ("%b %d, %Y, %I:%M:%S %p", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ")
_THOUSANDS: Final = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_SPORTS: Final = {"virtual run": "running", "e-bike ride": "cycling", "virtual ride": "cycling"}


@dataclass(frozen=True)
class StravaRow:
    """One row of ``activities.csv``: Strava's summary and the activity file it names."""

    line: int
    activity_id: str
    start: datetime | None
    sport: str
    distance_m: float | None
    moving_s: float | None
    elapsed_s: float | None
    ascent_m: float | None
    avg_hr: int | None
    max_hr: int | None
    filename: str

    @property
    def label(self) -> str:
        """How the summary names this row."""
        return self.filename or f"{CSV_NAME} line {self.line} (activity {self.activity_id})"

    @property
    def complete(self) -> bool:
        """True when the row alone gives start, distance and elapsed time."""
        return None not in (self.start, self.distance_m, self.elapsed_s)

    def row_hash(self) -> str:
        """A content hash for an activity with no file (entered by hand on Strava)."""
        return content_hash(f"strava-activity:{self.activity_id}".encode())


def _number(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    if _THOUSANDS.match(text):
        text = text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def _date(text: str) -> datetime | None:
    text = text.strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


class _Columns:
    """Cells of one row by column name and occurrence (``Distance`` #0 km, #1 metres)."""

    def __init__(self, header: list[str]) -> None:
        self.positions: dict[str, list[int]] = {}
        for index, name in enumerate(header):
            self.positions.setdefault(name.strip(), []).append(index)

    def cell(self, row: list[str], name: str, occurrence: int = 0) -> str:
        found = self.positions.get(name, [])
        if occurrence >= len(found) or found[occurrence] >= len(row):
            return ""
        return row[found[occurrence]]

    def last_number(self, row: list[str], name: str) -> float | None:
        for occurrence in reversed(range(len(self.positions.get(name, [])))):
            if (value := _number(self.cell(row, name, occurrence))) is not None:
                return value
        return None

    def distance_m(self, row: list[str]) -> float | None:
        metres = _number(self.cell(row, "Distance", 1))
        if metres is not None:
            return metres
        kilometres = _number(self.cell(row, "Distance", 0))
        return None if kilometres is None else kilometres * 1000


def _whole(value: float | None) -> int | None:
    return None if value is None or value <= 0 else round(value)


def parse_activities_csv(data: bytes) -> list[StravaRow]:
    """Every row of a Strava ``activities.csv``; raises :class:`DataError` when it is not one."""
    text = decode_text(data, CSV_NAME)
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise DataError([f"{CSV_NAME} is not readable CSV ({error})"]) from None
    if not rows or "Activity Date" not in rows[0] or "Activity Type" not in rows[0]:
        raise DataError([f"{CSV_NAME} lacks the Activity Date and Activity Type columns"])
    columns = _Columns(rows[0])
    result = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        kind = columns.cell(row, "Activity Type").strip()
        result.append(
            StravaRow(
                line=line,
                activity_id=columns.cell(row, "Activity ID").strip() or f"line-{line}",
                start=_date(columns.cell(row, "Activity Date")),
                sport=_SPORTS.get(kind.lower(), sport_from_text(kind)),
                distance_m=columns.distance_m(row),
                moving_s=columns.last_number(row, "Moving Time"),
                elapsed_s=columns.last_number(row, "Elapsed Time"),
                ascent_m=columns.last_number(row, "Elevation Gain"),
                avg_hr=_whole(columns.last_number(row, "Average Heart Rate")),
                max_hr=_whole(columns.last_number(row, "Max Heart Rate")),
                filename=columns.cell(row, "Filename").strip(),
            )
        )
    return result
