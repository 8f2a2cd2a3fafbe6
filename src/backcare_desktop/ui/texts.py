"""The timeline's words in the user's language (Qt translations, context ``Timeline``)."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from backcare_desktop.core.text import Template
from backcare_desktop.core.timeline_texts import ENGLISH, TimelineTexts


def _translated(words: str | Template) -> str | Template:
    """``words`` (a plain string or a template) looked up in the ``Timeline`` context."""
    if isinstance(words, Template):
        return words.translated(QCoreApplication.translate("Timeline", words.text))
    return QCoreApplication.translate("Timeline", words)


def timeline_texts() -> TimelineTexts:
    """:class:`TimelineTexts` translated for the current language.

    The English words, marked for translation, are the defaults in ``core/timeline.py``.
    """
    # each field keeps its kind (a string or a template); mypy cannot follow that through a dict
    words: dict[str, Any] = {
        field.name: _translated(getattr(ENGLISH, field.name)) for field in fields(ENGLISH)
    }
    return replace(ENGLISH, **words)


def voice_test_text() -> str:
    """What "Test voice" says: cue words as a workout speaks them."""
    texts = timeline_texts()
    move = QCoreApplication.translate("Timeline", "Swan dive")
    plank = QCoreApplication.translate("Timeline", "Plank")
    return ". ".join(
        (
            f"{move}, {texts.reps.fill(n=8)}",
            texts.next_up.fill(move=f"{plank}, {texts.seconds.fill(n=40)}"),
        )
    )
