"""Loads the app's translation (and Qt's own) for the system language; fills placeholders
(:func:`fill` lives in :mod:`backcare_desktop.core.text`, for core and storage too)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from backcare_desktop.core.text import CONTEXT, UserText, fill

__all__ = ["fill", "install_translations", "localized"]

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"


def install_translations(app: QApplication, locale: QLocale | None = None) -> str:
    """Install translators for ``locale`` (default: the system's); return the language used.

    Returns ``"en"`` when the app has no translation for that locale (the source language).
    """
    locale = locale or QLocale.system()
    ours = QTranslator(app)
    if not ours.load(locale, "backcare_desktop", "_", str(TRANSLATIONS_DIR)):
        return "en"
    app.installTranslator(ours)
    QLocale.setDefault(locale)  # dates and numbers follow the language too
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    return locale.name().split("_")[0]


def localized(text: str) -> str:
    """A sentence made outside the UI (a :class:`UserText`) in the interface language.

    Anything else is returned as it is.
    """
    if isinstance(text, UserText):
        values = (localized(value) for value in text.values)  # a reason is a sentence too
        return fill(QCoreApplication.translate(CONTEXT, text.template), *values)
    return text
