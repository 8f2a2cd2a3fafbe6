"""The garbage collector over start-up (backcare_desktop.startup_collection)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from backcare_desktop import app, cli
from backcare_desktop.startup_collection import StartupCollection, startup_collection


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records calls of gc.freeze instead of freezing the test process."""
    calls: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(True))
    return calls


def test_pause_then_resume_restores_collection(frozen: list[bool]) -> None:
    collection = StartupCollection()
    collection.pause()
    try:
        assert not gc.isenabled()
    finally:
        collection.resume()
    assert gc.isenabled()
    collection.set_aside()
    assert frozen == [True]


def test_it_leaves_a_collector_someone_else_turned_off_as_it_was(frozen: list[bool]) -> None:
    gc.disable()
    try:
        collection = StartupCollection()
        collection.pause()
        collection.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_without_the_apps_start_up_nothing_is_set_aside(frozen: list[bool]) -> None:
    """Tests build windows without app.main: their objects must stay collectable."""
    StartupCollection().set_aside()
    assert frozen == []


def test_a_command_never_pauses_collection(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def list_routines(*args: object) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(cli, "list_routines", list_routines)
    assert app.main(["--list-routines"]) == 0
    assert seen == [True]
    assert gc.isenabled() and not startup_collection.app_started


def test_a_window_that_fails_to_start_turns_collection_back_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from backcare_desktop.ui import gui

    def fail(*args: object, **kwargs: object) -> int:
        assert not gc.isenabled()  # paused for start-up
        raise RuntimeError("no display")

    monkeypatch.setattr(gui, "run_gui", fail)
    monkeypatch.setattr(startup_collection, "app_started", False)
    with pytest.raises(RuntimeError):
        app.main(["--data-dir", str(tmp_path)])
    assert gc.isenabled()
