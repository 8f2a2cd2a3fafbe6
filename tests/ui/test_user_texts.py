"""Sentences made in settings and storage are shown in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from backcare_desktop.core.text import CONTEXT, UserText
from backcare_desktop.ui.i18n import localized


class _German(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        if context == CONTEXT and source == "Could not save settings to %1 (%2).":
            return "Die Einstellungen konnten nicht in %1 gespeichert werden (%2)."
        return ""


def test_a_user_text_is_translated_and_filled(qapp) -> None:
    text = UserText("Could not save settings to %1 (%2).", "/x/settings.json", "Disk full")
    assert localized(text) == text  # no translator: the English sentence
    german = _German()
    QCoreApplication.installTranslator(german)
    try:
        assert localized(text) == (
            "Die Einstellungen konnten nicht in /x/settings.json gespeichert werden (Disk full)."
        )
        assert localized("plain text") == "plain text"
    finally:
        QCoreApplication.removeTranslator(german)
