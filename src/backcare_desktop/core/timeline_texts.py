"""What a workout's cues are and say: the cue kinds, the sides of one-sided moves, and the words
a timeline shows and speaks (:class:`TimelineTexts`).

Split from :mod:`backcare_desktop.core.timeline` (which re-exports them) so that the settings and
the routine list can use them at start-up without the timeline's other classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare_desktop.core.routine import Move


class CueKind(StrEnum):
    """The cues a workout sounds; each has a tone and may carry words to speak."""

    GET_READY = "get_ready"
    TICK = "tick"
    WORK_START = "work_start"
    REST_START = "rest_start"
    HALFWAY = "halfway"
    SWITCH_SIDES = "switch_sides"
    ROUND_DONE = "round_done"
    FINISHED = "finished"


class Side(StrEnum):
    """Which side a one-sided move works."""

    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class TimelineTexts:
    """The words a timeline shows and speaks, as templates; the UI passes translated ones.

    Placeholders: ``{move}`` a move announced with its side and amount, ``{name}`` a move's
    name, ``{side}`` a side word, ``{n}`` a number, ``{round}`` and ``{rounds}``.
    """

    get_ready_title: str = "Get ready"
    rest_title: str = "Rest"
    switch_title: str = "Switch sides"
    round_rest_title: str = "Round rest"
    get_ready_say: str = "Get ready. First: {move}"
    first_up: str = "First: {move}"
    next_up: str = "Next: {move}"
    last_move: str = "Last move"
    rest_say: str = "Rest. Next: {move}"
    round_done_say: str = "Round {round} of {rounds} done. Rest. Next: {move}"
    switch_say: str = "Switch sides"
    halfway_say: str = "Halfway"
    last_rep_say: str = "Last rep"
    finished_say: str = "Workout complete. Well done."
    with_side: str = "{name}, {side}"
    left: str = "left side"
    right: str = "right side"
    seconds: str = "{n} seconds"
    reps: str = "{n} reps"

    def amount(self, move: Move) -> str:
        """``45 seconds`` or ``8 reps``."""
        if move.work_s is not None:
            return self.seconds.format(n=move.work_s)
        return self.reps.format(n=move.reps)

    def label(self, move: Move, side: Side | None) -> str:
        """The move's name, with its side when it has one."""
        if side is None:
            return move.name
        return self.with_side.format(name=move.name, side=self.side(side))

    def side(self, side: Side) -> str:
        """``left side`` or ``right side``."""
        return self.left if side is Side.LEFT else self.right

    def announce(self, move: Move, side: Side | None) -> str:
        """``Side plank, left side, 25 seconds``."""
        return f"{self.label(move, side)}, {self.amount(move)}"


ENGLISH = TimelineTexts()
