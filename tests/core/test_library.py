"""The routine library: hostile user folders, and the one way to make a routine id."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.core.routine import free_id, new_routine_id, slug
from backcare_desktop.resources import routines_dir


def own_routine(routine_id: str) -> str:
    return json.dumps(
        {
            "format": 1,
            "id": routine_id,
            "title": "Mine",
            "focus": ["core"],
            "moves": [{"name": "Plank", "work_s": 30, "muscles": ["core"]}],
        }
    )


def test_a_fifo_in_the_routines_folder_is_reported_not_waited_on(tmp_path: Path) -> None:
    user = tmp_path / "routines"
    user.mkdir()
    (user / "good.json").write_text(own_routine("good"), "utf-8")
    os.mkfifo(user / "pipe.json")  # before the fix: load() blocked here for good
    library = RoutineLibrary(routines_dir(), user)
    library.load()
    assert library.get("good") is not None
    (error,) = library.errors
    assert str(error) == f"{user / 'pipe.json'}: not a regular file (a folder, pipe or device)"


def test_an_unreadable_routines_folder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = tmp_path / "routines"
    user.mkdir()
    (user / "mine.json").write_text(own_routine("mine"), "utf-8")

    def denied(self: Path) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", denied)  # chmod 000 does not stop root
    library = RoutineLibrary(routines_dir(), user)
    library.load()
    assert library.get("mine") is None and library.entries()  # the built-ins still load
    (error,) = library.errors
    assert error.source == str(user)
    assert error.problems == (
        "the folder of your routines cannot be read (Permission denied); your own routines "
        "are not shown until this is fixed, and nothing in it was changed",
    )


def test_a_missing_routines_folder_is_just_empty(tmp_path: Path) -> None:
    library = RoutineLibrary(routines_dir(), tmp_path / "not-yet")
    library.load()
    assert library.errors == [] and library.entries()


def test_importing_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    from backcare_desktop.core.routine import RoutineError

    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    library = RoutineLibrary(routines_dir(), tmp_path / "routines")
    with pytest.raises(RoutineError, match="not a regular file"):
        library.import_file(fifo)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Leg day!", "leg-day"),
        ("Rücken & Hüfte", "rucken-hufte"),  # the editor made "r-cken-h-fte" before
        ("Отдых", "routine"),
        ("x" * 100, "x" * 64),
    ],
)
def test_slug(title: str, expected: str) -> None:
    assert slug(title) == expected


def test_free_ids_count_on_from_a_number_already_there() -> None:
    taken = {"stretch", "stretch-2", "y" * 64}
    assert free_id("fresh", taken) == "fresh"
    assert free_id("stretch", taken) == "stretch-3"
    assert free_id("stretch-2", taken) == "stretch-3"
    assert free_id("y" * 64, taken) == "y" * 62 + "-2"
    assert new_routine_id("Stretch", taken) == "stretch-3"
    assert new_routine_id("!!!", set(), "imported-routine") == "imported-routine"
