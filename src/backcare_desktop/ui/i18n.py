"""Loads the app's translation (and Qt's own) for the system language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

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
