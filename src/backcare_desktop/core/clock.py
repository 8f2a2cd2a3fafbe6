"""Monotonic clocks: the only source of time for the workout engine."""

from __future__ import annotations

import time
from typing import Protocol

NS_PER_MS = 1_000_000
NS_PER_S = 1_000_000_000


class Clock(Protocol):
    """Anything that tells monotonic time in nanoseconds."""

    def now_ns(self) -> int:
        """Return the current monotonic time in nanoseconds."""
        ...


class SystemClock:
    """The real monotonic clock (``time.monotonic_ns``)."""

    def now_ns(self) -> int:
        """Return ``time.monotonic_ns()``."""
        return time.monotonic_ns()


class FakeClock:
    """A clock that only moves when told to; for tests and planning."""

    def __init__(self, start_ns: int = 0) -> None:
        self._now = start_ns

    def now_ns(self) -> int:
        """Return the fake current time."""
        return self._now

    def advance(self, ns: int) -> None:
        """Move time forward by ``ns`` nanoseconds (never backwards)."""
        if ns < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self._now += ns

    def advance_s(self, seconds: float) -> None:
        """Move time forward by a number of seconds."""
        self.advance(round(seconds * NS_PER_S))

    def set(self, now_ns: int) -> None:
        """Jump to an absolute time at or after the current one."""
        self.advance(now_ns - self._now)
