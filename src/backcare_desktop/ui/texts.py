"""The timeline's words in the user's language (Qt translations, context ``Timeline``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcare_desktop.core.timeline import TimelineTexts


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def timeline_texts() -> TimelineTexts:
    """:class:`TimelineTexts` translated for the current language."""
    return TimelineTexts(
        get_ready_title=_tr("Get ready"),
        rest_title=_tr("Rest"),
        switch_title=_tr("Switch sides"),
        round_rest_title=_tr("Round rest"),
        get_ready_say=_tr("Get ready. First: {move}"),
        first_up=_tr("First: {move}"),
        next_up=_tr("Next: {move}"),
        last_move=_tr("Last move"),
        rest_say=_tr("Rest. Next: {move}"),
        round_done_say=_tr("Round {round} of {rounds} done. Rest. Next: {move}"),
        switch_say=_tr("Switch sides"),
        halfway_say=_tr("Halfway"),
        finished_say=_tr("Workout complete. Well done."),
        with_side=_tr("{name}, {side}"),
        left=_tr("left side"),
        right=_tr("right side"),
        seconds=_tr("{n} seconds"),
        reps=_tr("{n} reps"),
    )
