"""Runs in the CSV export and the JSON backup, and read back from a backup.

The backup holds ``"activities"``: one object per activity with the fields of
:class:`~backcare_desktop.core.runs.Activity`. Restoring validates every field (the same
limits as an import) and merges like an import: an activity already there (same content hash,
or same start and distance) is skipped.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Final

from backcare_desktop.core.runs import SPORTS, Activity, Known, check_spikes
from backcare_desktop.core.runs.model import HEART_RATE, MAX_ASCENT_M, MAX_DISTANCE_M, MAX_SECONDS
from backcare_desktop.core.runs.planner import ImportPlan, plan_import
from backcare_desktop.core.runs.reader import ItemResult
from backcare_desktop.core.validation import Fields, Problems, index_path, require_object, shown

ACTIVITIES_KEY: Final = "activities"
MAX_ACTIVITIES: Final = 200_000
CSV_COLUMNS: Final = (
    "start_utc", "sport", "distance_m", "moving_s", "elapsed_s", "ascent_m", "avg_hr", "max_hr",
    "source", "spike", "longest_30d_m", "content_hash",
)  # fmt: skip


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def activity_to_json(activity: Activity) -> dict[str, Any]:
    """One activity as a backup object."""
    return {
        "start": _utc(activity.start),
        "sport": activity.sport,
        "distance_m": round(activity.distance_m, 2),
        "moving_s": round(activity.moving_s, 1),
        "elapsed_s": round(activity.elapsed_s, 1),
        "ascent_m": None if activity.ascent_m is None else round(activity.ascent_m, 1),
        "avg_hr": activity.avg_hr,
        "max_hr": activity.max_hr,
        "source": activity.source,
        "content_hash": activity.content_hash,
    }


def _start(fields: Fields) -> datetime | None:
    text = fields.text("start", 40)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None or not 1990 <= moment.year <= 9998:
        fields.problems.add(
            fields.at("start"), f"must be an ISO 8601 UTC time from 1990, got {shown(text)}"
        )
        return None
    return moment


def read_activity(data: Any, path: str, problems: Problems) -> Activity | None:
    """One backup object as an :class:`Activity`, or None after recording its problems."""
    if require_object(data, path, problems) is None:
        return None
    fields = Fields(data, path, problems)
    before = len(problems.items)
    values = {
        "start": _start(fields),
        "sport": fields.choice("sport", SPORTS),
        "distance_m": fields.number("distance_m", 0, MAX_DISTANCE_M, "m"),
        "moving_s": fields.number("moving_s", 0, MAX_SECONDS, "s"),
        "elapsed_s": fields.number("elapsed_s", 0, MAX_SECONDS, "s"),
        "ascent_m": fields.number("ascent_m", 0, MAX_ASCENT_M, "m", null=None),
        "avg_hr": fields.integer("avg_hr", *HEART_RATE, "bpm", null=None),
        "max_hr": fields.integer("max_hr", *HEART_RATE, "bpm", null=None),
        "source": fields.text("source", 255, empty=True),
        "content_hash": fields.text("content_hash", 128),
    }
    fields.refuse_unknown()
    if len(problems.items) > before:
        return None
    return Activity(**values)


def read_activities(value: Any, problems: Problems) -> list[Activity]:
    """The backup's ``activities`` list (absent in older backups: none)."""
    if value is None:
        return []
    if not isinstance(value, list):
        problems.add(ACTIVITIES_KEY, "must be a list")
        return []
    if len(value) > MAX_ACTIVITIES:
        problems.add(ACTIVITIES_KEY, f"must hold at most {MAX_ACTIVITIES} items")
        return []
    found = []
    for index, item in enumerate(value):
        activity = read_activity(item, index_path(ACTIVITIES_KEY, index), problems)
        if activity is not None:
            found.append(activity)
    return found


def merge_plan(activities: Sequence[Activity], known: Sequence[Known]) -> ImportPlan:
    """What restoring ``activities`` adds: those not already there (hash or start+distance)."""
    results = [ItemResult(activity.source, activity) for activity in activities]
    return plan_import(results, known)


def runs_csv_text(activities: Sequence[Activity], safe_cell: Callable[[str], str]) -> str:
    """The runs CSV (BOM included): one row per activity with its spike flag for runs."""
    checks = check_spikes([(a.start, a.distance_m) for a in activities if a.is_run])
    by_start = {check.start: check for check in checks}
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for activity in activities:
        check = by_start.get(activity.start) if activity.is_run else None
        longest = None if check is None else check.longest_before_m
        writer.writerow(
            [
                _utc(activity.start),
                activity.sport,
                f"{activity.distance_m:.1f}",
                f"{activity.moving_s:.0f}",
                f"{activity.elapsed_s:.0f}",
                "" if activity.ascent_m is None else f"{activity.ascent_m:.1f}",
                "" if activity.avg_hr is None else activity.avg_hr,
                "" if activity.max_hr is None else activity.max_hr,
                safe_cell(activity.source),
                "true" if check is not None and check.is_spike else "false",
                "" if longest is None else f"{longest:.1f}",
                activity.content_hash,
            ]
        )
    return out.getvalue()
