"""Spikes in running distance, as in the Garmin-RUNSAFE cohort (Frandsen et al., BJSM 2025).

In 5,205 runners (588,071 runs), a single run more than 10% longer than the longest run of
the previous 30 days came with a higher overuse-injury rate (about 1.6 times for 10-30% longer,
2.3 times for more than double), while weekly-ratio rules did not predict injury. A run with
no run in the previous 30 days has nothing to compare with and is not flagged.

The follow-up note: after a flagged run, if the next pain logged is higher than the last pain
logged before the run, a gentle note suggests an easier week and the post-run back release.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

SPIKE_WINDOW: Final = timedelta(days=30)
SPIKE_FACTOR: Final = 1.10
"""A run longer than the window's longest times this is a spike."""
SOURCE: Final = "Frandsen et al., Br J Sports Med 2025 (Garmin-RUNSAFE)"
POST_RUN_ROUTINE: Final = "post-run-back-release"


@dataclass(frozen=True)
class SpikeCheck:
    """One run compared with the longest run of the 30 days before it."""

    start: datetime
    distance_m: float
    longest_before_m: float | None
    """None when there was no run in the previous 30 days."""

    @property
    def is_spike(self) -> bool:
        """True when the run is more than 10% longer than the 30-day longest."""
        return self.longest_before_m is not None and (
            self.distance_m > SPIKE_FACTOR * self.longest_before_m
        )

    @property
    def percent_longer(self) -> int | None:
        """How much longer than the 30-day longest, in whole percent (None without one)."""
        if not self.longest_before_m:
            return None
        return round((self.distance_m / self.longest_before_m - 1) * 100)

    def explanation(self) -> str:
        """One calm line for a flagged run, naming the comparison and the source."""
        assert self.longest_before_m is not None
        return (
            f"{self.distance_m / 1000:.1f} km is {self.percent_longer}% longer than your longest "
            f"run of the previous 30 days ({self.longest_before_m / 1000:.1f} km). Runners who "
            "stepped up this much in one run had more overuse injuries; building up in smaller "
            f"steps helps ({SOURCE})."
        )


def check_spikes(runs: Sequence[tuple[datetime, float]]) -> list[SpikeCheck]:
    """Each run (start, distance in m) compared with the longest in the 30 days before it.

    The runs may come in any order; the checks come in start order. Linear in the number of
    runs (a monotonic queue keeps the window's longest).
    """
    ordered = sorted(runs)
    checks: list[SpikeCheck] = []
    window: deque[tuple[datetime, float]] = deque()  # distances decreasing
    added = 0
    for start, distance in ordered:
        while added < len(ordered) and ordered[added][0] < start:
            new_start, new_distance = ordered[added]
            while window and window[-1][1] <= new_distance:
                window.pop()
            window.append((new_start, new_distance))
            added += 1
        while window and window[0][0] < start - SPIKE_WINDOW:
            window.popleft()
        checks.append(SpikeCheck(start, distance, window[0][1] if window else None))
    return checks


@dataclass(frozen=True)
class PainSample:
    """A pain rating (0-10) logged at a moment: before or after a session, or a morning check."""

    at: datetime
    pain: int


@dataclass(frozen=True)
class FollowUpNote:
    """After a flagged run, pain went up: suggest an easier week and the post-run back release."""

    run_start: datetime
    pain_before: int
    pain_after: int
    pain_after_at: datetime

    def text(self) -> str:
        """The gentle note (English; the UI shows a translation)."""
        return (
            f"Your back pain went from {self.pain_before} to {self.pain_after} after your longer "
            "run. An easier week and the post-run back release routine may help it settle."
        )


def follow_up_notes(
    spikes: Sequence[SpikeCheck], pains: Sequence[PainSample]
) -> list[FollowUpNote]:
    """A note for each flagged run whose next logged pain is higher than the last one before it."""
    samples = sorted(pains, key=lambda sample: sample.at)
    times = [sample.at for sample in samples]
    notes = []
    for check in spikes:
        if not check.is_spike:
            continue
        before_index = bisect_left(times, check.start) - 1
        after_index = bisect_right(times, check.start)
        if before_index < 0 or after_index >= len(samples):
            continue
        before, after = samples[before_index], samples[after_index]
        if after.pain > before.pain:
            notes.append(FollowUpNote(check.start, before.pain, after.pain, after.at))
    return notes
