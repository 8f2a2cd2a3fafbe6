"""Builds the QApplication once, wires the parts and runs the event loop."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from backcare_desktop import APP_NAME, __version__, cli
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.main_window import MainWindow


def run_gui(args: argparse.Namespace, paths: AppPaths) -> int:
    """Open the main window and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    window = MainWindow(cli.open_library(paths))
    window.show()
    return app.exec()
