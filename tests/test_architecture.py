"""Rules of the architecture that a test can check."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CHECK = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import backcare_desktop.{package} as package
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
    qt = sorted(name for name in sys.modules if name.startswith("PySide6"))
    print(",".join(qt))
    """
)


def qt_modules_loaded_by(package: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", CHECK.format(package=package)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def test_core_never_imports_qt() -> None:
    assert qt_modules_loaded_by("core") == ""


def test_storage_never_imports_qt() -> None:
    assert qt_modules_loaded_by("storage") == ""


def test_command_line_commands_do_not_load_qt() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from backcare_desktop.app import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--list-routines']); main(['--plan', 'pilates-for-the-spine'])\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"


def test_opening_the_window_does_not_load_the_charts(tmp_path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from backcare_desktop.paths import app_paths\n"
        "from backcare_desktop.ui.gui import build_services, create_application\n"
        "from backcare_desktop.ui.main_window import MainWindow\n"
        "app = create_application()\n"
        f"window = MainWindow(build_services(app_paths(Path({str(tmp_path)!r}))))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtGraphs', "
        "'PySide6.QtQuick', 'backcare_desktop.ui.history'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "[]"
