"""UI icons from the shipped SVGs, drawn in the palette's colours at paint time.

The monochrome SVGs are drawn in :data:`SVG_INK`; an icon engine swaps that for the current text
colour each time it paints, so icons follow a light/dark switch without being rebuilt.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from backcare_desktop.resources import icon_path

SVG_INK = "#3a3a3a"
"""The colour the shipped monochrome icons are drawn in; replaced when painting."""


@cache
def _svg_text(name: str) -> str:
    try:
        return icon_path(f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return ""


@cache
def _renderer(name: str, ink: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg_text(name).replace(SVG_INK, ink).encode("utf-8")))


class _PaletteIconEngine(QIconEngine):
    """Paints an SVG icon in a fixed colour, or in the palette's text colour of the moment."""

    def __init__(self, name: str, colour: QColor | None) -> None:
        super().__init__()
        self._name = name
        self._colour = colour

    def _ink(self, mode: QIcon.Mode) -> str:
        if self._colour is not None:
            return self._colour.name()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        return QGuiApplication.palette().color(group, QPalette.ColorRole.WindowText).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the icon into ``rect``."""
        _renderer(self._name, self._ink(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The icon as a pixmap of ``size``."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        """A copy (Qt copies engines when icons are detached)."""
        return _PaletteIconEngine(self._name, self._colour)


def icon(name: str, colour: QColor | str | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg``, in ``colour`` or else the text colour."""
    if not _svg_text(name):
        return QIcon()
    return QIcon(_PaletteIconEngine(name, QColor(colour) if colour is not None else None))


@cache
def app_icon() -> QIcon:
    """The application icon, from the hicolor PNGs and the scalable SVG (read once)."""
    result = QIcon(str(icon_path("backcare-desktop.svg")))
    hicolor = icon_path("hicolor")
    for png in sorted(hicolor.glob("*/apps/backcare-desktop.png")):
        result.addFile(str(png))
    return result
