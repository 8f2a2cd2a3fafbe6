"""Shared test set-up: Qt offscreen by default, and no test touches the real user folders."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["pytester", "tests.support.ci_skips"]

# Before any Qt import: draw offscreen unless a test run asks for a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt Multimedia probes for PipeWire and logs when it is missing; that is not a test failure.
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point platformdirs (via the XDG variables) at a fresh temporary home for every test."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def deleted_with_their_test() -> Iterator[None]:
    """Delete what a test's Qt objects asked to be deleted later (pytest-qt closes the test's
    windows with ``deleteLater``) when that test ends. Outside an event loop Qt keeps such
    deletions until some later test runs one: windows piled up (96 top-level widgets after
    the player tests) and were torn down in bulk in the middle of another test."""
    yield
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None and qt_core.QCoreApplication.instance() is not None:
        qt_core.QCoreApplication.sendPostedEvents(None, qt_core.QEvent.Type.DeferredDelete)


@pytest.fixture
def repo_root() -> Path:
    """The source checkout."""
    return Path(__file__).resolve().parents[1]
