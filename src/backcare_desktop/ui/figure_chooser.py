"""The routine editor's figure chooser: a move's figure by name and picture, with a preview."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from backcare_desktop.core.clock import SystemClock
from backcare_desktop.core.figures.fileformat import FigureLibrary
from backcare_desktop.ui.figure_thumbnails import THUMBNAIL, FigureIcons, figure_name
from backcare_desktop.ui.figure_widget import FigureWidget
from backcare_desktop.ui.i18n import fill


class FigureChooser(QWidget):
    """Choose the move's figure by name and picture; the preview moves as in a workout.

    ``names`` gives figure ids' names in the interface language; ``palette`` draws the
    thumbnails. :attr:`combo` emits ``currentIndexChanged`` when the user picks a figure.
    """

    def __init__(
        self,
        figures: FigureLibrary,
        names: Mapping[str, str],
        palette: QPalette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.figures = figures
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Figure shown for the move"))
        self.combo.setIconSize(THUMBNAIL)
        icons = FigureIcons(figures, palette)
        self.combo.addItem(self.tr("None (a neutral figure)"), "")
        named = {figure_id: figure_name(figure_id, names) for figure_id in figures.figures}
        for figure_id in sorted(named, key=lambda figure_id: named[figure_id].casefold()):
            self.combo.addItem(icons.icon(figure_id), named[figure_id], figure_id)
        self.preview = FigureWidget(SystemClock())
        self.preview.setFixedSize(180, 120)
        self.preview.setAccessibleName(self.tr("Preview of the figure"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.preview)

    def figure_id(self) -> str:
        """The chosen figure's id; empty for none."""
        return str(self.combo.currentData() or "")

    def select(self, figure_id: str) -> None:
        """Choose ``figure_id``; one this version does not have is kept, named as missing."""
        index = self.combo.findData(figure_id)
        if index < 0:
            self.combo.addItem(fill(self.tr("%1 (missing)"), figure_id), figure_id)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def show_move(self, move: Mapping[str, Any]) -> None:
        """Preview the chosen figure with ``move``'s muscles and cue."""
        self.preview.show_figure(
            self.figures.get(self.figure_id()),
            move.get("muscles", ()),
            description=move.get("cue", ""),
        )
