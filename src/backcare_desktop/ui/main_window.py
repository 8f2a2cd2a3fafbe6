"""The main window: the routine list."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMainWindow

from backcare_desktop.cli import format_duration
from backcare_desktop.core.library import RoutineLibrary


class MainWindow(QMainWindow):
    """Lists the routines of a library."""

    def __init__(self, library: RoutineLibrary) -> None:
        super().__init__()
        self.setWindowTitle("Backcare")
        self.routine_list = QListWidget()
        for entry in library.entries():
            routine = entry.routine
            item = QListWidgetItem(
                f"{routine.title}  ·  {format_duration(routine.estimated_total_s())}"
                f"  ·  {', '.join(routine.focus)}"
            )
            self.routine_list.addItem(item)
        self.routine_list.setCurrentRow(0)
        self.setCentralWidget(self.routine_list)
        self.resize(900, 600)
