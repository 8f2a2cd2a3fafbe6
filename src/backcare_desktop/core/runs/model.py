"""What is kept of one imported activity, and the sport names we use.

Only summary values are kept: no GPS track, no location history.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

RUNNING: Final = "running"
SPORTS: Final = ("running", "cycling", "walking", "hiking", "swimming", "multisport", "other")
"""Every sport an activity can have; only ``running`` counts towards running distance."""

MAX_DISTANCE_M: Final = 1_000_000.0
MAX_SECONDS: Final = 14 * 86400.0
MAX_ASCENT_M: Final = 50_000.0
HEART_RATE: Final = (20, 260)
EARLIEST: Final = 1990

_KEYWORDS: Final = (
    ("run", "running"),
    ("jog", "running"),
    ("ride", "cycling"),
    ("cycl", "cycling"),
    ("bik", "cycling"),
    ("walk", "walking"),
    ("hik", "hiking"),
    ("swim", "swimming"),
    ("multisport", "multisport"),
)


def sport_from_text(text: str | None) -> str:
    """Our sport name for a format's sport text (``Running``, ``Trail Run``, ``Ride``...)."""
    lowered = (text or "").strip().lower()
    for keyword, sport in _KEYWORDS:
        if keyword in lowered:
            return sport
    return "other"


def content_hash(data: bytes) -> str:
    """The SHA-256 of an activity file's (decompressed) bytes, hex."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Activity:
    """One activity's summary: start (UTC), sport, distance, times, ascent, heart rate, source."""

    start: datetime
    sport: str
    distance_m: float
    moving_s: float
    elapsed_s: float
    ascent_m: float | None
    avg_hr: int | None
    max_hr: int | None
    source: str
    content_hash: str

    def __post_init__(self) -> None:
        if self.start.tzinfo is None:
            raise ValueError("an activity's start must carry a time zone")
        if self.sport not in SPORTS:
            raise ValueError(f"unknown sport {self.sport!r}")
        object.__setattr__(self, "start", self.start.astimezone(UTC))

    def problems(self) -> list[str]:
        """What makes the values impossible (a damaged or odd file), empty when they are fine."""
        found = []
        if not 0 <= self.distance_m <= MAX_DISTANCE_M:
            found.append(f"distance {self.distance_m:.0f} m is impossible")
        for name, seconds in (("moving", self.moving_s), ("elapsed", self.elapsed_s)):
            if not 0 <= seconds <= MAX_SECONDS:
                found.append(f"{name} time {seconds:.0f} s is impossible")
        if self.ascent_m is not None and not 0 <= self.ascent_m <= MAX_ASCENT_M:
            found.append(f"ascent {self.ascent_m:.0f} m is impossible")
        for name, rate in (("average", self.avg_hr), ("maximum", self.max_hr)):
            if rate is not None and not HEART_RATE[0] <= rate <= HEART_RATE[1]:
                found.append(f"{name} heart rate {rate} is impossible")
        if self.start.year < EARLIEST:
            found.append(f"the start {self.start:%Y-%m-%d} is before GPS watches")
        return found

    @property
    def is_run(self) -> bool:
        """True for runs, the only activities counted in running distance."""
        return self.sport == RUNNING
