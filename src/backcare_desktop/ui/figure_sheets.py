"""``--render-figures DIR``: contact sheets of every figure, for review without a workout.

For each figure, ``<id>-light.png`` and ``<id>-dark.png`` show its key poses in the top row and
a strip of frames through one loop below; ``figures-light.png`` and ``figures-dark.png`` show the
first key of every figure, named.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPainter, QPalette

from backcare_desktop.core.figures.fileformat import load_figure_library
from backcare_desktop.core.figures.motion import Figure, Frame
from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.resources import figures_dir
from backcare_desktop.ui.figure_painter import FigureColours, FigurePainter
from backcare_desktop.ui.figure_thumbnails import showcase_key
from backcare_desktop.ui.theme import palette_for

STRIP_FRAMES = 8
SHEET_COLUMNS = 7
LABEL_HEIGHT = 22


def _image(width: int, height: int, palette: QPalette) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Window))
    return image


def _label(painter: QPainter, rect: QRectF, text: str, palette: QPalette) -> None:
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    font = QFont(painter.font())
    font.setPixelSize(13)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def figure_sheet(
    figure: Figure,
    muscles: Sequence[str],
    cell: tuple[int, int],
    dark: bool,
    mirrored: bool = False,
) -> QImage:
    """Key poses in the first row, ``STRIP_FRAMES`` frames of one loop in the second."""
    width, height = cell
    palette = palette_for(dark)
    painter_of = FigurePainter(figure, muscles, FigureColours.from_palette(palette))
    columns = max(len(figure.keys), STRIP_FRAMES)
    image = _image(columns * width, 2 * height + 2 * LABEL_HEIGHT, palette)
    painter = QPainter(image)
    rows: list[list[tuple[str, Frame]]] = [
        [(f"key {i + 1}", figure.key_points(i, mirrored)) for i in range(len(figure.keys))],
        [
            (
                f"{figure.cycle_s * i / STRIP_FRAMES:.1f} s",
                figure.frame_at(figure.cycle_s * i / STRIP_FRAMES, mirrored=mirrored),
            )
            for i in range(STRIP_FRAMES)
        ],
    ]
    for row, frames in enumerate(rows):
        top = row * (height + LABEL_HEIGHT)
        for column, (text, frame) in enumerate(frames):
            painter_of.paint(painter, QRectF(column * width, top, width, height), frame)
            _label(
                painter, QRectF(column * width, top + height, width, LABEL_HEIGHT), text, palette
            )
    painter.end()
    return image


def overview_sheet(
    figures: Sequence[Figure],
    muscles: Mapping[str, Sequence[str]],
    cell: tuple[int, int],
    dark: bool,
) -> QImage:
    """The first key of every figure with its id, in a grid."""
    width, height = cell
    palette = palette_for(dark)
    colours = FigureColours.from_palette(palette)
    rows = (len(figures) + SHEET_COLUMNS - 1) // SHEET_COLUMNS
    image = _image(SHEET_COLUMNS * width, rows * (height + LABEL_HEIGHT), palette)
    painter = QPainter(image)
    for index, figure in enumerate(figures):
        x = (index % SHEET_COLUMNS) * width
        y = (index // SHEET_COLUMNS) * (height + LABEL_HEIGHT)
        frame = figure.key_points(showcase_key(figure))
        FigurePainter(figure, muscles.get(figure.id, ()), colours).paint(
            painter, QRectF(x, y, width, height), frame
        )
        _label(painter, QRectF(x, y + height, width, LABEL_HEIGHT), figure.id, palette)
    painter.end()
    return image


def render_figures(
    folder: Path,
    figures: Sequence[Figure],
    muscles: Mapping[str, Sequence[str]],
    cell: tuple[int, int] = (200, 200),
) -> list[Path]:
    """Write every sheet into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for dark in (False, True):
        theme = "dark" if dark else "light"
        for figure in figures:
            path = folder / f"{figure.id}-{theme}.png"
            figure_sheet(figure, muscles.get(figure.id, ()), cell, dark).save(str(path))
            written.append(path)
        path = folder / f"figures-{theme}.png"
        overview_sheet(figures, muscles, cell, dark).save(str(path))
        written.append(path)
    return written


def muscles_by_figure(library: RoutineLibrary) -> dict[str, tuple[str, ...]]:
    """The muscles of the first move naming each figure, for the tint."""
    result: dict[str, tuple[str, ...]] = {}
    for entry in library.entries():
        for move in entry.routine.moves:
            if move.figure:
                result.setdefault(move.figure, move.muscles)
    return result


def run_render_figures(
    library: RoutineLibrary, folder: Path, cell: tuple[int, int], out: TextIO
) -> int:
    """The ``--render-figures`` command: write the sheets, report bad figure files; exit code."""
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    figures = load_figure_library(figures_dir())
    for error in figures.errors:
        print(f"skipped {error}", file=out)
    ordered = sorted(figures.figures.values(), key=lambda figure: figure.id)
    written = render_figures(folder, ordered, muscles_by_figure(library), cell)
    print(f"wrote {len(written)} files for {len(ordered)} figures into {folder}", file=out)
    del app
    return 1 if figures.errors else 0
