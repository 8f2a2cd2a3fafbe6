"""Loads the app's translation (and Qt's own) for the system language; fills placeholders."""

from __future__ import annotations

import re
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


_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(text: str, *values: object) -> str:
    """``text`` with Qt's numbered placeholders ``%1``, ``%2``… replaced by ``values``.

    The one way translated strings take values in this app: translators may reorder the
    placeholders, and a value is never itself searched for placeholders (``"%1"`` in a routine
    title stays as it is), which chained ``str.replace`` calls get wrong. A number with no value
    (``%3`` given two values) is left as written.
    """

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)
