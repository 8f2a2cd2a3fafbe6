"""What a workout's cues are and say: the cue kinds, the sides of one-sided moves, and the words
a timeline shows and speaks (:class:`TimelineTexts`).

Split from :mod:`backcare_desktop.core.timeline` (which re-exports them) so that the settings and
the routine list can use them at start-up without the timeline's other classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from backcare_desktop.core.text import QT_TRANSLATE_NOOP, Template

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
    """The words a timeline shows and speaks; the UI passes translated ones (context
    ``Timeline``, see ``ui/texts.py``).

    Plain words are strings; sentences with values are templates (:class:`Template`), each
    naming what its ``%1``, ``%2``… stand for: ``move`` a move announced with its side and
    amount, ``name`` a move's name, ``side`` a side word, ``n`` a number, ``round`` the round
    done and ``rounds`` all rounds.
    """

    get_ready_title: str = QT_TRANSLATE_NOOP("Timeline", "Get ready")
    rest_title: str = QT_TRANSLATE_NOOP("Timeline", "Rest")
    switch_title: str = QT_TRANSLATE_NOOP("Timeline", "Switch sides")
    round_rest_title: str = QT_TRANSLATE_NOOP("Timeline", "Round rest")
    get_ready_say: Template = Template(
        QT_TRANSLATE_NOOP("Timeline", "Get ready. First: %1"), ("move",)
    )
    first_up: Template = Template(QT_TRANSLATE_NOOP("Timeline", "First: %1"), ("move",))
    next_up: Template = Template(QT_TRANSLATE_NOOP("Timeline", "Next: %1"), ("move",))
    last_move: str = QT_TRANSLATE_NOOP("Timeline", "Last move")
    rest_say: Template = Template(QT_TRANSLATE_NOOP("Timeline", "Rest. Next: %1"), ("move",))
    round_done_say: Template = Template(
        QT_TRANSLATE_NOOP("Timeline", "Round %1 of %2 done. Rest. Next: %3"),
        ("round", "rounds", "move"),
    )
    switch_say: str = QT_TRANSLATE_NOOP("Timeline", "Switch sides")
    halfway_say: str = QT_TRANSLATE_NOOP("Timeline", "Halfway")
    last_rep_say: str = QT_TRANSLATE_NOOP("Timeline", "Last rep")
    finished_say: str = QT_TRANSLATE_NOOP("Timeline", "Workout complete. Well done.")
    with_side: Template = Template(QT_TRANSLATE_NOOP("Timeline", "%1, %2"), ("name", "side"))
    left: str = QT_TRANSLATE_NOOP("Timeline", "left side")
    right: str = QT_TRANSLATE_NOOP("Timeline", "right side")
    seconds: Template = Template(QT_TRANSLATE_NOOP("Timeline", "%1 seconds"), ("n",))
    reps: Template = Template(QT_TRANSLATE_NOOP("Timeline", "%1 reps"), ("n",))

    def amount(self, move: Move) -> str:
        """``45 seconds`` or ``8 reps``."""
        if move.work_s is not None:
            return self.seconds.fill(n=move.work_s)
        return self.reps.fill(n=move.reps)

    def label(self, move: Move, side: Side | None) -> str:
        """The move's name, with its side when it has one."""
        if side is None:
            return move.name
        return self.with_side.fill(name=move.name, side=self.side(side))

    def side(self, side: Side) -> str:
        """``left side`` or ``right side``."""
        return self.left if side is Side.LEFT else self.right

    def announce(self, move: Move, side: Side | None) -> str:
        """``Side plank, left side, 25 seconds``."""
        return f"{self.label(move, side)}, {self.amount(move)}"


ENGLISH = TimelineTexts()
