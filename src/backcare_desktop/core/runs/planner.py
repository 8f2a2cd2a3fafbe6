"""Planning an import: what is new, what is already there, what failed and why.

Duplicates are found by content hash (the same file, gzipped or not) and by start time plus
distance (the same activity from another source: the watch's FIT file and Strava's export).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from backcare_desktop.core.runs.discover import Unreadable
from backcare_desktop.core.runs.model import Activity
from backcare_desktop.core.runs.reader import ItemResult

SAME_START_S: Final = 120
"""Two activities starting within two minutes of each other..."""
SAME_DISTANCE_FRACTION: Final = 0.03
SAME_DISTANCE_M: Final = 100.0
"""...and differing by at most 3% or 100 m in distance are the same activity."""


@dataclass(frozen=True)
class Known:
    """What identifies an activity already stored."""

    content_hash: str
    start: datetime
    distance_m: float


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or would do): counts and every unreadable file with its reason."""

    runs_added: int
    others_added: int
    duplicates: int
    unreadable: tuple[Unreadable, ...]

    @property
    def added(self) -> int:
        """Activities added, runs and others."""
        return self.runs_added + self.others_added

    @property
    def exit_code(self) -> int:
        """0 when anything was added or everything was already there, 1 when nothing was read."""
        return 0 if self.added or self.duplicates else 1

    def lines(self) -> list[str]:
        """The summary as plain English lines (command line)."""
        lines = [
            f"Runs added: {self.runs_added}",
            f"Other activities added (not counted as running): {self.others_added}",
            f"Duplicates skipped (already imported): {self.duplicates}",
            f"Files that could not be read: {len(self.unreadable)}",
        ]
        lines += [f"  {item.label}: {item.reason}" for item in self.unreadable]
        return lines


@dataclass
class ImportPlan:
    """The new activities to store, in start order, and the summary once they are stored."""

    new: list[Activity] = field(default_factory=list)
    duplicates: int = 0
    unreadable: list[Unreadable] = field(default_factory=list)

    def summary(self) -> ImportSummary:
        """The summary for this plan, as stored."""
        runs = sum(1 for activity in self.new if activity.is_run)
        return ImportSummary(
            runs_added=runs,
            others_added=len(self.new) - runs,
            duplicates=self.duplicates,
            unreadable=tuple(self.unreadable),
        )


class _Index:
    """Known activities by hash and by start minute, for the duplicate checks."""

    def __init__(self, known: Iterable[Known]) -> None:
        self.hashes: set[str] = set()
        self.by_minute: dict[int, list[tuple[float, float]]] = {}
        for item in known:
            self.add(item.content_hash, item.start, item.distance_m)

    def add(self, digest: str, start: datetime, distance_m: float) -> None:
        self.hashes.add(digest)
        stamp = start.timestamp()
        self.by_minute.setdefault(int(stamp // 60), []).append((stamp, distance_m))

    def has(self, activity: Activity) -> bool:
        if activity.content_hash in self.hashes:
            return True
        stamp = activity.start.timestamp()
        minute = int(stamp // 60)
        tolerance = max(SAME_DISTANCE_M, SAME_DISTANCE_FRACTION * activity.distance_m)
        return any(
            abs(other_stamp - stamp) <= SAME_START_S
            and abs(other_distance - activity.distance_m) <= tolerance
            for offset in range(-2, 3)
            for other_stamp, other_distance in self.by_minute.get(minute + offset, [])
        )


def plan_import(
    results: Iterable[ItemResult], known: Iterable[Known], unreadable: Iterable[Unreadable] = ()
) -> ImportPlan:
    """Sort results into new activities, duplicates (of ``known`` or each other) and failures."""
    plan = ImportPlan(unreadable=list(unreadable))
    index = _Index(known)
    for result in results:
        if result.activity is None:
            plan.unreadable.append(Unreadable(result.label, result.reason))
            continue
        activity = result.activity
        if index.has(activity):
            plan.duplicates += 1
            continue
        index.add(activity.content_hash, activity.start, activity.distance_m)
        plan.new.append(activity)
    plan.new.sort(key=lambda activity: activity.start)
    return plan
