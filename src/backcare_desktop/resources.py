"""Finds the packaged resources (icons, sounds, routines).

In a wheel and in a PyInstaller bundle they sit inside the package as ``backcare_desktop/resources``
(next to this module: the package is always a folder, never a zip); in a source checkout they are
the top-level ``resources/`` folder.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding ``icons/``, ``sounds/`` and ``routines/``."""
    packaged = Path(__file__).parent / "resources"
    if packaged.is_dir():
        return packaged
    source_tree = Path(__file__).resolve().parents[2] / "resources"
    if source_tree.is_dir():
        return source_tree
    raise FileNotFoundError(f"backcare-desktop resources are missing (looked in {packaged})")


def icon_path(name: str) -> Path:
    """An icon file, e.g. ``icon_path("backcare-desktop.svg")``."""
    return resources_dir() / "icons" / name


def sounds_dir() -> Path:
    """The shipped cue sounds."""
    return resources_dir() / "sounds"


def routines_dir() -> Path:
    """The built-in routine library."""
    return resources_dir() / "routines"


def programmes_dir() -> Path:
    """The built-in programmes."""
    return resources_dir() / "programmes"


def figures_dir() -> Path:
    """The figure library (one JSON file per figure)."""
    return resources_dir() / "figures"
