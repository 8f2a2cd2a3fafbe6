"""Settings files: every value bounded, hostile files refused without hanging or crashing."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from backcare_desktop.core.stats import WeeklyGoal
from backcare_desktop.settings import (
    MAX_PATH_CHARS,
    Settings,
    SettingsStore,
    load_settings,
    settings_from_dict,
)

NOW = datetime(2026, 1, 2, 3, 4, 5)


def test_good_values_are_read_and_bad_ones_reset_with_the_toolkit_wording() -> None:
    settings, problems = settings_from_dict(
        {
            "volume": 0.5,
            "get_ready_s": None,
            "reminder_days": [1, 3],
            "reminder_time": "7:30",
            "theme": "neon",
            "weekly_sessions_goal": 15,
            "last_routine": "x" * 65,
        }
    )
    assert (settings.volume, settings.get_ready_s, settings.reminder_days) == (0.5, None, (1, 3))
    assert settings.theme == "system" and settings.weekly_sessions_goal == 3
    assert settings.last_routine == ""
    assert problems == [
        "last_routine: must be at most 64 characters, got 65",
        "weekly_sessions_goal: must be 1..14, got 15",
        'theme: must be one of system, light, dark; got "neon"',
    ]
    assert settings.reminder_time == "7:30"  # strptime reads 7:30 as 07:30, as before


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("reminder_days", list(range(7)) * 1000, "reminder_days: must hold at most 7 items"),
        ("reminder_days", [0, 0], "reminder_days: must be different weekdays"),
        ("reminder_days", [True], "reminder_days: must be different weekdays"),
        ("window_geometry", "A" * 20_000, "window_geometry: must be at most 10000 characters"),
        ("last_folder", "/" * (MAX_PATH_CHARS + 1), "last_folder: must be at most 4096"),
        (
            "user_sounds",
            {f"k{i}": "/a.wav" for i in range(9)},
            "user_sounds: must hold at most 8 sounds, got 9",
        ),
        ("user_sounds", {"tick": "x" * 5000}, "user_sounds.tick: must be at most 4096"),
        ("user_sounds", {"tick": 3}, "user_sounds.tick: must be text, got a number"),
        ("pain_notice_episode", "e" * 201, "pain_notice_episode: must be at most 200"),
        ("volume", float("nan"), "volume: must be a number, got nan"),
    ],
)
def test_every_setting_is_bounded(key: str, value: object, problem: str) -> None:
    settings, problems = settings_from_dict({key: value})
    assert getattr(settings, key) == getattr(Settings(), key)
    assert len(problems) == 1 and problems[0].startswith(problem)


def test_a_huge_settings_file_is_kept_aside_and_says_its_size(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"reminder_days": [0] * 5_000_000}))  # 15 MB: 17 s before
    loaded = load_settings(path, NOW)
    assert loaded.settings == Settings()
    (notice,) = loaded.notices
    assert "the settings file is 15.0 MB; it must be at most 1.0 MB" in notice
    assert (tmp_path / "settings.json.broken-20260102-030405").exists()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_settings_file_that_is_not_a_file_is_left_alone(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "settings.json"
    if kind == "fifo":
        os.mkfifo(path)  # before: the app hung at start
    else:
        path.symlink_to("/dev/zero")  # before: a MemoryError traceback
    loaded = load_settings(path, NOW)
    assert loaded.settings == Settings()
    (notice,) = loaded.notices
    assert notice == (
        f"Could not use the settings file {path} (not a regular settings file (a folder, pipe "
        "or device)); using the defaults."
    )
    assert sorted(tmp_path.iterdir()) == [path]  # nothing moved aside


def test_duplicate_keys_and_deep_nesting_make_a_file_damaged(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark", "theme": "light"}')
    (notice,) = load_settings(path, NOW).notices
    assert "(theme: given more than once)" in notice
    path.write_text('{"user_sounds": ' + "[" * 100 + "]" * 100 + "}")
    (notice,) = load_settings(path, NOW).notices
    assert "nested more than 64 levels deep" in notice


def test_a_settings_store_round_trips(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.update(reminder_days=(5, 6), user_sounds={"tick": " /sounds/my tick.wav"})
    again = SettingsStore(tmp_path / "settings.json")
    assert again.value == store.value and again.notices == []
    assert again.value.user_sounds == {"tick": " /sounds/my tick.wav"}  # paths kept exactly


def test_settings_notices_keep_their_template_for_translation(tmp_path: Path) -> None:
    from backcare_desktop.core.text import UserText

    path = tmp_path / "settings.json"
    path.write_text('{"theme": "neon"}')
    (notice,) = load_settings(path, NOW).notices
    assert isinstance(notice, UserText)
    assert notice.template == "Some settings in %1 were not valid and were reset: %2."
    assert notice.values == (str(path), 'theme: must be one of system, light, dark; got "neon"')
    assert notice == f"Some settings in {path} were not valid and were reset: {notice.values[1]}."


def test_the_settings_version_is_read_by_the_toolkit(tmp_path: Path) -> None:
    """No version: version 1 (hand-written files); a newer release's file is read for what this
    release knows and left in place; a version that is not a number is refused."""
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark"}')
    assert load_settings(path, NOW).settings.theme == "dark"
    path.write_text('{"version": 1, "theme": "dark"}')
    assert load_settings(path, NOW).settings.theme == "dark"
    newer = '{"version": 2, "theme": "dark", "a_future_setting": true}'
    path.write_text(newer)
    loaded = load_settings(path, NOW)
    assert loaded.settings.theme == "dark"
    assert loaded.notices == ()
    assert path.read_text() == newer
    assert list(tmp_path.iterdir()) == [path]
    path.write_text('{"version": "2", "theme": "dark"}')
    loaded = load_settings(path, NOW)
    assert loaded.settings == Settings()
    (notice,) = loaded.notices
    assert notice.values[1] == (
        'version: must be a whole number, got "2" (this release reads settings file version 1)'
    )
    path.write_text("[]")
    (notice,) = load_settings(path, NOW).notices
    assert "(the top level must be a JSON object, got a list)" in notice


@pytest.mark.parametrize(("stored", "days"), [(1, 1), (4, 4), (7, 7), (8, 7), (14, 7)])
def test_the_weekly_goal_counts_at_most_every_day(stored: int, days: int) -> None:
    """Workouts count by day, so a goal of more than 7 (earlier releases offered up to 14
    sessions) made opening the history fail; such a file still reads, as every day."""
    settings, _notices = settings_from_dict(
        {"version": 1, "weekly_sessions_goal": stored, "session_minutes_goal": 15}
    )
    assert settings.weekly_goal == WeeklyGoal(days, 15)
