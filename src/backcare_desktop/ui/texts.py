"""The timeline's words in the user's language (Qt translations, context ``Timeline``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcare_desktop.core.timeline_texts import TimelineTexts


def timeline_texts() -> TimelineTexts:
    """:class:`TimelineTexts` translated for the current language."""
    return TimelineTexts(
        get_ready_title=QCoreApplication.translate("Timeline", "Get ready"),
        rest_title=QCoreApplication.translate("Timeline", "Rest"),
        switch_title=QCoreApplication.translate("Timeline", "Switch sides"),
        round_rest_title=QCoreApplication.translate("Timeline", "Round rest"),
        get_ready_say=QCoreApplication.translate("Timeline", "Get ready. First: {move}"),
        first_up=QCoreApplication.translate("Timeline", "First: {move}"),
        next_up=QCoreApplication.translate("Timeline", "Next: {move}"),
        last_move=QCoreApplication.translate("Timeline", "Last move"),
        rest_say=QCoreApplication.translate("Timeline", "Rest. Next: {move}"),
        round_done_say=QCoreApplication.translate(
            "Timeline", "Round {round} of {rounds} done. Rest. Next: {move}"
        ),
        switch_say=QCoreApplication.translate("Timeline", "Switch sides"),
        halfway_say=QCoreApplication.translate("Timeline", "Halfway"),
        last_rep_say=QCoreApplication.translate("Timeline", "Last rep"),
        finished_say=QCoreApplication.translate("Timeline", "Workout complete. Well done."),
        with_side=QCoreApplication.translate("Timeline", "{name}, {side}"),
        left=QCoreApplication.translate("Timeline", "left side"),
        right=QCoreApplication.translate("Timeline", "right side"),
        seconds=QCoreApplication.translate("Timeline", "{n} seconds"),
        reps=QCoreApplication.translate("Timeline", "{n} reps"),
    )


def voice_test_text() -> str:
    """What "Test voice" says: cue words as a workout speaks them."""
    texts = timeline_texts()
    move = QCoreApplication.translate("Timeline", "Swan dive")
    plank = QCoreApplication.translate("Timeline", "Plank")
    return ". ".join(
        (
            f"{move}, {texts.reps.format(n=8)}",
            texts.next_up.format(move=f"{plank}, {texts.seconds.format(n=40)}"),
        )
    )
