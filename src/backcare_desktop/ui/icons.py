"""UI icons from the shipped SVGs, recoloured to the palette so they read in light and dark."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from backcare_desktop.resources import icon_path

SVG_INK = "#3a3a3a"
"""The colour the shipped monochrome icons are drawn in; replaced when loading."""
SIZES = (16, 20, 24, 32, 48)


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` drawn in ``colour`` (default: the text colour)."""
    path = icon_path(f"{name}.svg")
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    ink = colour or QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    renderer = QSvgRenderer(QByteArray(svg.replace(SVG_INK, ink.name()).encode("utf-8")))
    result = QIcon()
    ratio = QGuiApplication.instance().devicePixelRatio() if QGuiApplication.instance() else 1.0
    for size in SIZES:
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    """The application icon, from the hicolor PNGs and the scalable SVG."""
    result = QIcon(str(icon_path("backcare-desktop.svg")))
    hicolor = icon_path("hicolor")
    for png in sorted(hicolor.glob("*/apps/backcare-desktop.png")):
        result.addFile(str(png))
    return result
