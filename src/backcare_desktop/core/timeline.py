"""A routine expanded into the flat list of segments a workout runs through, with their cues."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from backcare_desktop.core.clock import NS_PER_S
from backcare_desktop.core.routine import REP_ESTIMATE_S, Move, Routine
from backcare_desktop.core.timeline_texts import ENGLISH, CueKind, Side, TimelineTexts

__all__ = [  # CueKind, Side, TimelineTexts and ENGLISH live in timeline_texts (see there)
    "COUNTDOWN_TICKS",
    "ENGLISH",
    "HALFWAY_MIN_S",
    "Cue",
    "CueKind",
    "PlannedCue",
    "Segment",
    "SegmentKind",
    "Side",
    "Timeline",
    "TimelineTexts",
    "build_timeline",
]

COUNTDOWN_TICKS = 3
"""Ticks sound in the last this many seconds of every timed segment."""
HALFWAY_MIN_S = 40
"""Work of at least this many seconds gets a halfway cue."""


class SegmentKind(StrEnum):
    """What the user does during a segment."""

    GET_READY = "get_ready"
    WORK = "work"
    REST = "rest"
    SWITCH = "switch"
    ROUND_REST = "round_rest"


@dataclass(frozen=True)
class Cue:
    """A cue ``offset_ns`` after its segment starts; ``say`` is spoken when voice is on."""

    kind: CueKind
    offset_ns: int
    say: str = ""


@dataclass(frozen=True)
class Segment:
    """One stretch of the workout.

    ``duration_ns`` is None for a counted (reps) move, which lasts until the user presses Done;
    a counted move that advances by itself has its estimated duration (Done still ends it).
    ``move`` is the move being worked, or for get ready, rest and switch the move coming next;
    ``side`` is the side worked (for the other kinds: of the move coming next); ``round`` is the
    round the segment belongs to (for a round rest: the round coming next).
    """

    kind: SegmentKind
    duration_ns: int | None
    title: str
    move: Move | None
    move_index: int | None
    side: Side | None
    round: int
    rounds: int
    next_up: str
    cues: tuple[Cue, ...]

    @property
    def is_open_ended(self) -> bool:
        """True for a reps move that waits for Done: it has no end time."""
        return self.duration_ns is None

    @property
    def is_counted(self) -> bool:
        """True for the work of a reps move: Done ends it (timed or not)."""
        return self.kind is SegmentKind.WORK and self.move is not None and not self.move.is_timed

    def estimated_ns(self) -> int:
        """The duration, or for a reps move an estimate from its rep count."""
        if self.duration_ns is not None:
            return self.duration_ns
        assert self.move is not None
        return self.move.estimated_work_s() * NS_PER_S


@dataclass(frozen=True)
class PlannedCue:
    """A cue placed on the planned timeline of a whole workout."""

    at_ns: int
    segment_index: int
    cue: Cue


@dataclass(frozen=True)
class Timeline:
    """The segments of a workout in order, and the cue that ends it."""

    routine: Routine
    segments: tuple[Segment, ...]
    finish_cue: Cue

    def segment_starts_ns(self) -> list[int]:
        """Planned start of each segment from the workout start (reps moves estimated)."""
        starts, at = [], 0
        for segment in self.segments:
            starts.append(at)
            at += segment.estimated_ns()
        return starts

    def total_ns(self) -> int:
        """Planned length of the whole workout (reps moves estimated)."""
        return sum(segment.estimated_ns() for segment in self.segments)

    def remaining_after_ns(self, index: int) -> int:
        """Planned length of everything after segment ``index``."""
        return sum(segment.estimated_ns() for segment in self.segments[index + 1 :])

    def planned_cues(self) -> Iterator[PlannedCue]:
        """Every cue with its planned time from the workout start, the finish cue last."""
        starts = self.segment_starts_ns()
        for index, (start, segment) in enumerate(zip(starts, self.segments, strict=True)):
            for cue in segment.cues:
                yield PlannedCue(start + cue.offset_ns, index, cue)
        yield PlannedCue(self.total_ns(), len(self.segments) - 1, self.finish_cue)

    @property
    def is_exact(self) -> bool:
        """True when every segment is timed, so the plan is what will happen."""
        return not any(segment.is_open_ended for segment in self.segments)


@dataclass(frozen=True)
class _Work:
    """A work stretch before the segments around it are known."""

    move: Move
    move_index: int
    side: Side | None
    round: int


def _work_plan(routine: Routine) -> list[_Work]:
    plan: list[_Work] = []
    for round_number in range(1, routine.rounds + 1):
        for index, move in enumerate(routine.moves):
            sides = (Side.LEFT, Side.RIGHT) if move.two_sided else (None,)
            plan.extend(_Work(move, index, side, round_number) for side in sides)
    return plan


def _ticks(duration_s: int) -> list[Cue]:
    return [
        Cue(CueKind.TICK, (duration_s - left) * NS_PER_S)
        for left in range(COUNTDOWN_TICKS, 0, -1)
        if duration_s - left > 0
    ]


def _last_rep(move: Move, texts: TimelineTexts) -> list[Cue]:
    """The "last rep" cue, one rep before the end of a reps move that advances by itself (with
    the halfway tone: a marker inside a move); none for a single rep, whose start says it all."""
    reps = move.reps or 0
    if reps < 2:
        return []
    return [Cue(CueKind.HALFWAY, (reps - 1) * REP_ESTIMATE_S * NS_PER_S, texts.last_rep_say)]


def build_timeline(
    routine: Routine,
    get_ready_s: int | None = None,
    texts: TimelineTexts = ENGLISH,
    auto_advance_reps: bool = False,
) -> Timeline:
    """Expand ``routine`` into segments and cues, worded with ``texts``.

    ``get_ready_s`` overrides the routine's own get-ready time (a user setting).
    ``auto_advance_reps`` (a user setting, overridden by the routine's own field when it has
    one) ends each reps move after its estimated time, with a "last rep" cue one rep before.
    Left/right moves run left, a switch pause, then right. No rest follows the last move.
    Every move's start names the move and its amount, then its form cue.
    """
    works = _work_plan(routine)
    segments: list[Segment] = []
    rounds = routine.rounds
    advance = auto_advance_reps if routine.auto_advance_reps is None else routine.auto_advance_reps

    def add(
        kind: SegmentKind,
        seconds: int | None,
        title: str,
        work: _Work,
        say: str,
        start_cue: CueKind,
        next_up: str,
    ) -> None:
        cues = [Cue(start_cue, 0, say)]
        if kind is SegmentKind.WORK and not work.move.is_timed and seconds is not None:
            cues.extend(_last_rep(work.move, texts))  # a reps move that advances by itself
        elif seconds is not None:
            if kind is SegmentKind.WORK and seconds >= HALFWAY_MIN_S:
                cues.append(Cue(CueKind.HALFWAY, seconds * NS_PER_S // 2, texts.halfway_say))
            cues.extend(_ticks(seconds))
            cues.sort(key=lambda cue: cue.offset_ns)
        segments.append(
            Segment(
                kind=kind,
                duration_ns=None if seconds is None else seconds * NS_PER_S,
                title=title,
                move=work.move,
                move_index=work.move_index if kind is SegmentKind.WORK else None,
                side=work.side,
                round=work.round,
                rounds=rounds,
                next_up=next_up,
                cues=tuple(cues),
            )
        )

    ready_s = routine.get_ready_s if get_ready_s is None else get_ready_s
    if ready_s > 0 and works:
        first = works[0]
        add(
            SegmentKind.GET_READY,
            ready_s,
            texts.get_ready_title,
            first,
            texts.get_ready_say.fill(move=texts.announce(first.move, first.side)),
            CueKind.GET_READY,
            texts.first_up.fill(move=texts.announce(first.move, first.side)),
        )

    for position, work in enumerate(works):
        following = works[position + 1] if position + 1 < len(works) else None
        coming = texts.announce(following.move, following.side) if following else ""
        next_up = texts.next_up.fill(move=coming) if following else ""
        label = texts.label(work.move, work.side)
        say = ". ".join(
            text for text in (texts.announce(work.move, work.side), work.move.cue) if text
        )
        seconds = work.move.estimated_work_s() if advance else work.move.work_s
        add(
            SegmentKind.WORK,
            seconds,
            label,
            work,
            say,
            CueKind.WORK_START,
            next_up if following else texts.last_move,
        )
        if following is None:
            break
        if work.side is Side.LEFT and following.move_index == work.move_index:
            if routine.switch_s > 0:
                add(
                    SegmentKind.SWITCH,
                    routine.switch_s,
                    texts.switch_title,
                    following,
                    texts.switch_say,
                    CueKind.SWITCH_SIDES,
                    next_up,
                )
        elif following.round != work.round:
            if routine.round_rest_s > 0:
                add(
                    SegmentKind.ROUND_REST,
                    routine.round_rest_s,
                    texts.round_rest_title,
                    following,
                    texts.round_done_say.fill(round=work.round, rounds=rounds, move=coming),
                    CueKind.ROUND_DONE,
                    next_up,
                )
        elif work.move.rest_s > 0:
            add(
                SegmentKind.REST,
                work.move.rest_s,
                texts.rest_title,
                following,
                texts.rest_say.fill(move=coming),
                CueKind.REST_START,
                next_up,
            )

    finish = Cue(CueKind.FINISHED, 0, texts.finished_say)
    return Timeline(routine=routine, segments=tuple(segments), finish_cue=finish)
