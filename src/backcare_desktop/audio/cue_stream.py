"""Cue sounds placed at exact sample positions of one continuous output stream. No Qt here.

A tone started by a call at its due instant is late by however late that call is, and with the
CPU saturated by other programs a thread can be woken 20 ms or more late. Here the output
stream always holds a little audio ahead of what is heard, and a cue known ahead of time is
written *into* it, well before it is due, at the sample that will be heard at its due time. The
writer may then wake late by almost that much and the cue still sounds on time.

:class:`StreamClock` learns when each frame of the stream will be heard, from observations of
how much audio is still buffered; the median of recent observations keeps the jitter of the
audio server's chunked reads out and follows the small rate difference between the sound card
and the monotonic clock. :class:`CueStream` holds the armed cues and the sounds placed in the
stream, and renders the next stretch of it. One tone sounds at a time: a new one cuts off the
one before it, as the app has always played them.
"""

from __future__ import annotations

import statistics
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

BYTES_PER_FRAME = 2
"""16-bit mono: every prepared cue sound has this format (see ``render.SAMPLE_RATE``)."""
CLOCK_WINDOW = 50
"""How many recent observations the stream clock takes the median of (about a second)."""
SOUNDED_KEPT = 32
"""How many placed cues :attr:`CueStream.sounded` remembers (a few seconds' worth)."""
STALE_NS = 1_500_000_000
"""An armed cue this far past its time when it could first be written is dropped, not played
(the stream was not running: after a suspend, say); the window drops such cues too."""


class StreamClock:
    """When each frame of the output stream is heard, on the ``time.monotonic_ns`` clock."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._origins: deque[float] = deque(maxlen=CLOCK_WINDOW)
        self._origin = 0.0
        """When frame 0 is heard: the median of the observations, taken once per observation."""

    @property
    def known(self) -> bool:
        """True once there has been an observation."""
        return bool(self._origins)

    def observe(self, now_ns: int, written: int, buffered: int) -> None:
        """At ``now_ns``, ``written`` frames had been written and ``buffered`` of them were not
        yet played: the next frame written is heard ``buffered`` frames from now."""
        self._origins.append(now_ns + (buffered - written) * 1e9 / self.rate)
        self._origin = statistics.median(self._origins)

    def restart(self) -> None:
        """Forget what was learnt (the stream ran dry or was restarted)."""
        self._origins.clear()

    def time_of(self, frame: int) -> int:
        """The monotonic time (ns) at which ``frame`` is heard. Needs an observation."""
        return round(self._origin + frame * 1e9 / self.rate)

    def frame_at(self, time_ns: int) -> int:
        """The frame heard at ``time_ns`` (monotonic ns), rounded. Needs an observation."""
        return round((time_ns - self._origin) * self.rate / 1e9)


@dataclass
class _Placed:
    """A sound written, or about to be written, from frame ``start`` on."""

    start: int
    pcm: bytes

    @property
    def end(self) -> int:
        return self.start + len(self.pcm) // BYTES_PER_FRAME


@dataclass(frozen=True)
class Ahead:
    """How far ahead of what is heard to write, in frames."""

    low: int
    """Always at least this much (kept small: a sound asked for *now* waits behind it)."""
    horizon: int
    """An armed cue due within this is placed and written through (how late the writer may
    wake and still have it on time)."""
    room: int
    """At most this much now (the output's free space)."""


@dataclass(frozen=True)
class Armed:
    """A cue to sound at ``due_ns``: which sound, and an identity to confirm it by."""

    key: object
    pcm: bytes
    due_ns: int


class CueStream:
    """The audio still to be written: the armed cues and the sounds already placed."""

    def __init__(self, rate: int) -> None:
        self.clock = StreamClock(rate)
        self.written = 0
        """Frames written to the output so far."""
        self._placed: list[_Placed] = []
        self._armed: list[Armed] = []
        self._soon: Armed | None = None
        self._sound_end = 0
        self.sounded: deque[object] = deque(maxlen=SOUNDED_KEPT)
        """The keys of the armed cues placed in the stream lately."""

    @property
    def armed_due_ns(self) -> int | None:
        """When the first armed cue is due (None: no cue is armed)."""
        return self._armed[0].due_ns if self._armed else None

    def sounding_after(self, heard: int) -> bool:
        """True while a sound asked for is still to be heard once ``heard`` frames have been:
        not yet written, or written but not yet played."""
        return self._soon is not None or self._sound_end > heard

    def arm(self, armed: Sequence[Armed]) -> None:
        """Sound each of ``armed`` at its due time, instead of the cues armed before that are
        not placed yet (none: cancel them)."""
        self._armed = sorted(armed, key=lambda cue: cue.due_ns)

    def play_at(self, pcm: bytes, at_ns: int) -> None:
        """Sound ``pcm`` at ``at_ns``, or as soon after as the audio written allows, cutting off
        any other sound (for a sound asked for now: now plus the low mark, so it follows the
        request by the same time whenever it comes)."""
        self._soon = Armed(None, pcm, at_ns)

    def silence(self) -> None:
        """No sound from the next frame written on (what is written already still plays)."""
        self._armed = []
        self._soon = None
        self._place(_Placed(self.written, b""))

    def fill(self, now_ns: int, buffered: int, ahead: Ahead) -> bytes:
        """Observe the output (``buffered`` frames not yet played at ``now_ns``) and render what
        to write next: silence up to ``ahead.low`` frames ahead of what is heard, and, once the
        armed cue is due within ``ahead.horizon`` frames, that cue placed at the frame heard at
        its due time (at once if that frame is already written: the cue is then late). Every
        placed sound is written through to its end, so a writer woken late cannot cut it."""
        self.clock.observe(now_ns, buffered=buffered, written=self.written)
        start = self.written
        end = start + max(0, ahead.low - buffered)
        while self._armed and self.clock.frame_at(self._armed[0].due_ns) < (
            start + ahead.horizon - buffered
        ):
            armed = self._armed.pop(0)
            if self.clock.time_of(start) - armed.due_ns <= STALE_NS:
                self.sounded.append(armed.key)
                self._place(_Placed(max(start, self.clock.frame_at(armed.due_ns)), armed.pcm))
        if self._soon is not None:
            soon, self._soon = self._soon, None
            self._place(_Placed(max(start, self.clock.frame_at(soon.due_ns)), soon.pcm))
        end = min(max([end, *(placed.end for placed in self._placed)]), start + ahead.room)
        if end <= start:
            return b""
        chunk = bytearray((end - start) * BYTES_PER_FRAME)
        for placed in self._placed:
            first, last = max(start, placed.start), min(end, placed.end)
            if first < last:
                source = (first - placed.start) * BYTES_PER_FRAME
                target = (first - start) * BYTES_PER_FRAME
                chunk[target : target + (last - first) * BYTES_PER_FRAME] = placed.pcm[
                    source : source + (last - first) * BYTES_PER_FRAME
                ]
        self._placed = [placed for placed in self._placed if placed.end > end]
        self.written = end
        return bytes(chunk)

    def _place(self, new: _Placed) -> None:
        """Add ``new``. One sound at a time: each lasts until the next one starts. Silence
        (``new`` without samples) also drops every sound after it."""
        sounds = sorted(
            [placed for placed in self._placed if placed.start != new.start]
            + ([new] if new.pcm else []),
            key=lambda placed: placed.start,
        )
        if not new.pcm:
            sounds = [placed for placed in sounds if placed.start < new.start]
        ends: list[int | None] = [placed.start for placed in sounds[1:]]
        ends += [None if new.pcm else new.start] if sounds else []
        self._placed = [_cut(placed, until) for placed, until in zip(sounds, ends, strict=True)]
        self._sound_end = max([0, *(placed.end for placed in self._placed)])


def _cut(placed: _Placed, until: int | None) -> _Placed:
    """``placed``, ending at frame ``until`` at the latest (None: as long as it is)."""
    if until is None or placed.end <= until:
        return placed
    return _Placed(placed.start, placed.pcm[: max(0, until - placed.start) * BYTES_PER_FRAME])
