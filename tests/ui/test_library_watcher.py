"""Routines written, changed or deleted by another process show up in the open window."""

from __future__ import annotations

from dataclasses import replace

from backcare_desktop.core.atomic import atomic_write_text
from backcare_desktop.core.routine import dump_routine
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import routine, timed
from tests.ui.test_picker import visible_titles


def test_files_written_from_outside_are_listed(qtbot, services: Services) -> None:
    folder = services.library.user_dir
    assert not folder.exists()  # made on the first save: the parent is watched till then
    window = MainWindow(services)
    qtbot.addWidget(window)
    mine = replace(routine(timed("Plank", 30)), id="from-the-cli", title="From the CLI")
    folder.mkdir(parents=True)
    atomic_write_text(folder / "from-the-cli.json", dump_routine(mine))  # as --import does
    qtbot.waitUntil(lambda: "From the CLI" in visible_titles(window), timeout=5000)

    atomic_write_text(folder / "from-the-cli.json", dump_routine(replace(mine, title="Renamed")))
    qtbot.waitUntil(lambda: "Renamed" in visible_titles(window), timeout=5000)
    assert "From the CLI" not in visible_titles(window)

    (folder / "from-the-cli.json").unlink()
    qtbot.waitUntil(lambda: "Renamed" not in visible_titles(window), timeout=5000)
