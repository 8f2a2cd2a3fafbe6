"""Shared fixtures for the layout tests: the app's theme and language, as the real app has them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QRect, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from backcare_desktop.ui.i18n import install_translations
from backcare_desktop.ui.theme import apply_theme


@pytest.fixture(params=["light", "dark"])
def themed(request, qapp: QApplication) -> Iterator[str]:
    """The app's style sheet and palette in the light or the dark theme."""
    saved_palette, saved_sheet, saved_style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, request.param)
    yield request.param
    qapp.setPalette(saved_palette)
    qapp.setStyleSheet(saved_sheet)
    qapp.setStyle(saved_style)


@pytest.fixture(params=["en", "de"])
def language(request, qapp: QApplication) -> Iterator[str]:
    """The interface in English (the source) or German (the app's translation)."""
    before = qapp.findChildren(QTranslator)
    if request.param == "de":
        assert install_translations(qapp, QLocale("de_DE")) == "de"
    yield request.param
    for translator in qapp.findChildren(QTranslator):
        if translator not in before:
            qapp.removeTranslator(translator)
            translator.setParent(None)
    QLocale.setDefault(QLocale.system())


def ink_rect(label: QLabel) -> QRect:
    """Where a one-line centred label's glyphs fall, accents included, in its own coordinates."""
    metrics = QFontMetrics(label.font())
    contents = label.contentsRect()
    ink = metrics.boundingRect(label.text())
    baseline = contents.top() + (contents.height() - metrics.height()) // 2 + metrics.ascent()
    left = contents.left() + (contents.width() - metrics.horizontalAdvance(label.text())) // 2
    return ink.translated(left, baseline)
