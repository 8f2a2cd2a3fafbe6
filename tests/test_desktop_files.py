"""The desktop file and the AppStream metainfo are valid, and their actions start real routines."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.resources import routines_dir

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"
DESKTOP = PACKAGING / "backcare-desktop.desktop"
METAINFO = next(PACKAGING.glob("*.metainfo.xml"))


@pytest.mark.validators
@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (CI installs it)",
)
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout.strip()) == (0, "")


@pytest.mark.validators
@pytest.mark.skipif(
    shutil.which("appstreamcli") is None, reason="appstreamcli is not installed (CI installs it)"
)
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_actions_start_builtin_routines(tmp_path: Path) -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    actions = [section for section in parser.sections() if section.startswith("Desktop Action")]
    assert len(actions) >= 2
    library = RoutineLibrary(routines_dir(), tmp_path)
    library.load()
    for section in actions:
        command = parser[section]["Exec"].split()
        assert command[:2] == ["backcare-desktop", "--start"]
        assert library.get(command[2]) is not None, command
