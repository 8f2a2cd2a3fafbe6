"""Light and dark: the palette and the icons follow the theme."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from backcare_desktop.ui.icons import icon
from backcare_desktop.ui.theme import apply_theme


def ink_lightness(name: str) -> int:
    """Lightness of the darkest or lightest opaque pixel of an icon, whichever is ink."""
    image = icon(name).pixmap(QSize(24, 24)).toImage()
    pixels = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
    inked = [pixel for pixel in pixels if pixel.alpha() > 200]
    assert inked, "the icon drew nothing"
    return max(inked, key=lambda pixel: pixel.alpha()).lightness()


def test_icons_follow_a_theme_switch(qapp: QApplication) -> None:
    saved_palette, saved_sheet, saved_style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    try:
        assert apply_theme(qapp, "dark") is True
        dark_window = qapp.palette().color(QPalette.ColorRole.Window)
        assert dark_window.lightness() < 60
        assert ink_lightness("play") > 200  # light ink on a dark window
        assert apply_theme(qapp, "light") is False
        assert ink_lightness("play") < 80  # the same icon object kind, now dark ink
    finally:
        qapp.setPalette(saved_palette)
        qapp.setStyleSheet(saved_sheet)
        qapp.setStyle(saved_style)


def test_fixed_colour_icons_keep_their_colour(qapp: QApplication) -> None:
    image = icon("play", "#ffffff").pixmap(QSize(24, 24)).toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(24)
        for y in range(24)
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert inked
    assert all(pixel.lightness() > 240 for pixel in inked)
