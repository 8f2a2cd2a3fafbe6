"""Display names of the format's fixed words (levels, focus tags, muscles), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _names() -> dict[str, str]:
    return {
        "beginner": QCoreApplication.translate("Names", "Beginner"),
        "intermediate": QCoreApplication.translate("Names", "Intermediate"),
        "advanced": QCoreApplication.translate("Names", "Advanced"),
        "core": QCoreApplication.translate("Names", "Core"),
        "glutes": QCoreApplication.translate("Names", "Glutes"),
        "hamstrings": QCoreApplication.translate("Names", "Hamstrings"),
        "hips": QCoreApplication.translate("Names", "Hips"),
        "back": QCoreApplication.translate("Names", "Back"),
        "calves": QCoreApplication.translate("Names", "Calves"),
        "mobility": QCoreApplication.translate("Names", "Mobility"),
        "quads": QCoreApplication.translate("Names", "Quads"),
        "shoulders": QCoreApplication.translate("Names", "Shoulders"),
        "arms": QCoreApplication.translate("Names", "Arms"),
    }


def display_name(word: str) -> str:
    """``glutes`` -> ``Glutes`` (or its translation); unknown words are capitalised."""
    return _names().get(word, word.capitalize())


def display_list(words: tuple[str, ...] | list[str]) -> str:
    """Several words for display, comma-separated."""
    return ", ".join(display_name(word) for word in words)
