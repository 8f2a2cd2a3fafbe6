"""Small still pictures of figures: icons for move lists, the editor's chooser, the finish page."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap

if TYPE_CHECKING:
    from backcare_desktop.core.figures.fileformat import FigureLibrary
    from backcare_desktop.core.figures.motion import Figure
    from backcare_desktop.core.library import LibraryEntry

THUMBNAIL = QSize(56, 42)


def showcase_key(figure: Figure) -> int:
    """The key that shows the move best: the one held longest (the top of a bridge, the cobra);
    on a tie the one after the start position."""
    return max(range(len(figure.keys)), key=lambda index: (figure.keys[index].hold_s, index == 1))


def figure_pixmap(
    figure: Figure | None,
    muscles: Sequence[str],
    size: QSize,
    palette: QPalette,
    mirrored: bool = False,
) -> QPixmap:
    """``figure``'s telling key pose on a transparent background (None: an empty picture)."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if figure is None:
        return pixmap
    from backcare_desktop.ui.figure_painter import FigureColours, FigurePainter  # not at start-up

    painter = QPainter(pixmap)
    FigurePainter(figure, muscles, FigureColours.from_palette(palette)).paint(
        painter,
        QRectF(0, 0, size.width(), size.height()),
        figure.key_points(showcase_key(figure), mirrored),
    )
    painter.end()
    return pixmap


def figure_name(figure_id: str, names: Mapping[str, str] | None = None) -> str:
    """A figure's name from ``names`` (see :func:`figure_names`), else from its id:
    ``shoulder-bridge`` -> ``Shoulder bridge``."""
    return (names or {}).get(figure_id) or figure_id.replace("-", " ").capitalize()


def figure_names(entries: Iterable[LibraryEntry]) -> dict[str, str]:
    """Each figure's name as the built-in routines call the move it shows, in the language
    ``entries`` are localized to (``Services.localized_entries``)."""
    return {
        move.figure: move.name
        for entry in entries
        if entry.builtin
        for move in entry.routine.moves
        if move.figure
    }


class FigureIcons:
    """Icons of a library's figures at one size and palette, each drawn once."""

    def __init__(self, library: FigureLibrary, palette: QPalette, size: QSize = THUMBNAIL) -> None:
        self.library = library
        self.palette = palette
        self.size = size
        self._icons: dict[tuple[str, tuple[str, ...], bool], QIcon] = {}

    def icon(self, figure_id: str, muscles: Sequence[str] = (), mirrored: bool = False) -> QIcon:
        """The icon of ``figure_id`` with ``muscles`` tinted (empty when there is no figure)."""
        key = (figure_id, tuple(muscles), mirrored)
        if key not in self._icons:
            figure = self.library.get(figure_id)
            pixmap = figure_pixmap(figure, muscles, self.size, self.palette, mirrored)
            self._icons[key] = QIcon(pixmap)
        return self._icons[key]
