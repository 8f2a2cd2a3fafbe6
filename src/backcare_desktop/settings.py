"""User settings: a small JSON file in the config folder.

A broken or unreadable file never stops the app: the defaults are used, the broken file is kept
aside under a timestamped name (never overwritten), and a notice says where it is.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from dataclasses import fields as fields_of
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backcare_desktop.core.atomic import atomic_write_text
from backcare_desktop.core.reminders import parse_clock_time
from backcare_desktop.core.text import QT_TRANSLATE_NOOP, UserText
from backcare_desktop.core.timeline_texts import CueKind
from backcare_desktop.core.validation import (
    DataError,
    DocumentKind,
    Fields,
    Problems,
    load_json_file,
    read_document,
    shown,
)

if TYPE_CHECKING:
    from backcare_desktop.core.stats import WeeklyGoal

SETTINGS_VERSION = 1
SETTINGS_DOCUMENT = DocumentKind(
    "settings file", (SETTINGS_VERSION,), key="version", assumed=1, reads_newer=True
)
"""The settings file: ``"version"`` holds the version; a file without it is version 1, and a
newer release's file is read for the settings this one knows (it is not moved aside, so going
back to the newer release finds it as it was)."""
SOUND_STYLES = ("soft", "bright")
THEMES = ("system", "light", "dark")
WEEKDAYS = (0, 1, 2, 3, 4, 5, 6)  # Monday .. Sunday, as datetime.weekday()


@dataclass(frozen=True)
class Settings:
    """Everything the user can set, with the defaults a new user gets."""

    volume: float = 0.8
    muted: bool = False
    sound_style: str = "soft"
    voice: bool = True
    get_ready_s: int | None = None
    """None: use each routine's own get-ready time."""
    last_routine: str = ""
    weekly_sessions_goal: int = 3
    """Days a week with a workout (1 to 7; a file of a release that offered up to 14 still
    reads: :attr:`weekly_goal` counts those as every day)."""
    session_minutes_goal: int = 10
    theme: str = "system"
    reduce_motion: bool = False
    """Show the figures' key poses without animating between them."""
    ask_pain_before: bool = True
    reminders: bool = False
    reminder_days: tuple[int, ...] = (0, 2, 4)
    reminder_time: str = "18:00"
    pain_notice_episode: str = ""
    """The pain-alert episode the user has already been shown."""
    medical_note_shown: bool = False
    window_geometry: str = ""
    """Qt's saved geometry, base64."""
    user_sounds: dict[str, str] = field(default_factory=dict)
    """Cue kind to a sound file of the user's choosing."""
    last_folder: str = ""
    """Where the last file dialog ended; the next one opens there."""
    # -- voice and reps moves (issue 15) ----------------------------------------------------------
    voice_name: str = ""
    """The text-to-speech voice, by name; "": the default voice for the app's language."""
    speech_rate: float = 0.0
    """How fast the voice speaks: -1 (slowest) .. 0 (normal) .. 1 (fastest)."""
    auto_advance_reps: bool = False
    """Reps moves end by themselves after their estimated time (a routine may say otherwise)."""
    start_at_login: bool = False
    """Start with the desktop session, minimised to the tray (an XDG autostart entry)."""

    @property
    def weekly_goal(self) -> WeeklyGoal:
        """The goal the history's weeks and streak are measured against."""
        from backcare_desktop.core.stats import WeeklyGoal  # not needed for the first frame

        return WeeklyGoal(min(self.weekly_sessions_goal, DAYS_A_WEEK), self.session_minutes_goal)


DAYS_A_WEEK = 7
"""The most days a weekly goal can count (workouts are counted by day)."""
MAX_SETTINGS_BYTES = 1_000_000
"""A settings file is a few hundred bytes; anything over this is not one."""
MAX_PATH_CHARS = 4096
MAX_USER_SOUNDS = len(CueKind)


def _weekdays(fields: Fields) -> tuple[int, ...] | None:
    days = fields.items("reminder_days", len(WEEKDAYS))
    if days is None:
        return None
    if any(type(day) is not int or day not in WEEKDAYS for day in days) or len(set(days)) != len(
        days
    ):
        fields.problems.add(
            fields.at("reminder_days"), "must be different weekdays, 0 (Monday) to 6 (Sunday)"
        )
        return None
    return tuple(days)


def _clock_time(fields: Fields) -> str | None:
    text: str | None = fields.text("reminder_time", 5)
    if text is None:
        return None
    try:
        parse_clock_time(text)
    except ValueError:
        fields.problems.add(fields.at("reminder_time"), f"must be a time HH:MM, got {shown(text)}")
        return None
    return text


def _user_sounds(fields: Fields) -> dict[str, str] | None:
    sounds = fields.obj("user_sounds")
    if sounds is None:
        return None
    if len(sounds) > MAX_USER_SOUNDS:
        fields.problems.add(
            fields.at("user_sounds"),
            f"must hold at most {MAX_USER_SOUNDS} sounds, got {len(sounds)}",
        )
        return None
    inner = Fields(sounds, fields.at("user_sounds"), fields.problems)
    result = {key: inner.text(key, MAX_PATH_CHARS, strip=False) for key in sounds}
    return None if None in result.values() else result


def _text(key: str, max_len: int) -> Callable[[Fields], Any]:
    return lambda fields: fields.text(key, max_len, empty=True, strip=False)


_READERS: dict[str, Callable[[Fields], Any]] = {
    "volume": lambda fields: fields.number("volume", 0, 1),
    "muted": lambda fields: fields.boolean("muted"),
    "sound_style": lambda fields: fields.choice("sound_style", SOUND_STYLES),
    "voice": lambda fields: fields.boolean("voice"),
    "get_ready_s": lambda fields: fields.integer("get_ready_s", 0, 120, "seconds", null=None),
    "last_routine": _text("last_routine", 64),
    "weekly_sessions_goal": lambda fields: fields.integer("weekly_sessions_goal", 1, 14),
    "session_minutes_goal": lambda fields: fields.integer(
        "session_minutes_goal", 1, 180, "minutes"
    ),
    "theme": lambda fields: fields.choice("theme", THEMES),
    "reduce_motion": lambda fields: fields.boolean("reduce_motion"),
    "ask_pain_before": lambda fields: fields.boolean("ask_pain_before"),
    "reminders": lambda fields: fields.boolean("reminders"),
    "reminder_days": _weekdays,
    "reminder_time": _clock_time,
    "pain_notice_episode": _text("pain_notice_episode", 200),
    "medical_note_shown": lambda fields: fields.boolean("medical_note_shown"),
    "window_geometry": _text("window_geometry", 10_000),
    "last_folder": _text("last_folder", MAX_PATH_CHARS),
    "user_sounds": _user_sounds,
    # -- voice and reps moves (issue 15)
    "voice_name": _text("voice_name", 200),
    "speech_rate": lambda fields: fields.number("speech_rate", -1, 1),
    "auto_advance_reps": lambda fields: fields.boolean("auto_advance_reps"),
    "start_at_login": lambda fields: fields.boolean("start_at_login"),
}
"""How each setting is read: every value bounded, so a hostile file cannot make the app slow."""


@dataclass(frozen=True)
class LoadedSettings:
    """Settings as read, and sentences for the user about anything that went wrong."""

    settings: Settings
    notices: tuple[str, ...] = ()


def settings_from_dict(data: Mapping[str, Any]) -> tuple[Settings, list[str]]:
    """Build settings from a decoded file; each bad value falls back to its default.

    Returns the settings and the problems, each ``name: rule`` as :mod:`core.validation` words it.
    """
    values: dict[str, Any] = {}
    problems = Problems()
    fields = Fields(data, "", problems)
    for item in fields_of(Settings):
        if item.name not in data:
            continue
        before = len(problems.items)
        value = _READERS[item.name](fields)
        if len(problems.items) == before:
            values[item.name] = value
    return replace(Settings(), **values), problems.items


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """The settings as the JSON object written to the file."""
    data = asdict(settings)
    data["reminder_days"] = list(settings.reminder_days)
    return {"version": SETTINGS_VERSION, **data}


def load_settings(path: Path, now: datetime | None = None) -> LoadedSettings:
    """Read the settings file; a missing file gives the defaults silently.

    Only a regular file of at most :data:`MAX_SETTINGS_BYTES` is read (a FIFO or a device is
    refused without waiting); a damaged or oversized file is kept aside, never overwritten.
    """
    if not path.exists() and not path.is_symlink():
        return LoadedSettings(Settings())
    try:
        data = read_document(
            load_json_file(path, MAX_SETTINGS_BYTES, "settings file"), SETTINGS_DOCUMENT, Problems()
        ).data
    except DataError as error:
        if not path.is_file():  # a FIFO, a device, a folder, or unreadable: left as it is
            notice = UserText(
                QT_TRANSLATE_NOOP(
                    "Notices", "Could not use the settings file %1 (%2); using the defaults."
                ),
                path,
                error.problems[0],
            )
            return LoadedSettings(Settings(), (notice,))
        kept = _keep_aside(path, now or datetime.now())
        damaged = (
            QT_TRANSLATE_NOOP(
                "Notices",
                "The settings file %1 was damaged (%2), so the defaults are in use. "
                "It was kept as %3.",
            )
            if kept
            else QT_TRANSLATE_NOOP(
                "Notices",
                "The settings file %1 was damaged (%2), so the defaults are in use. "
                "It could not be moved aside.",
            )
        )
        return LoadedSettings(Settings(), (UserText(damaged, path, error.problems[0], kept),))
    settings, problems = settings_from_dict(data)
    notices: tuple[str, ...] = ()
    if problems:
        shown_problems = "; ".join(problems[:10])
        more = f" and {len(problems) - 10} more" if len(problems) > 10 else ""
        notices = (
            UserText(
                QT_TRANSLATE_NOOP(
                    "Notices", "Some settings in %1 were not valid and were reset: %2."
                ),
                path,
                shown_problems + more,
            ),
        )
    return LoadedSettings(settings, notices)


def _keep_aside(path: Path, now: datetime) -> Path | None:
    target = path.with_name(f"{path.name}.broken-{now:%Y%m%d-%H%M%S}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.broken-{now:%Y%m%d-%H%M%S}-{number}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings atomically. Raises OSError (e.g. a read-only config folder)."""
    atomic_write_text(path, json.dumps(settings_to_dict(settings), indent=2) + "\n")


class SettingsStore:
    """The current settings, saved on every change. Save failures become notices, not crashes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        loaded = load_settings(path)
        self.value = loaded.settings
        self.notices: list[str] = list(loaded.notices)

    def update(self, **changes: Any) -> Settings:
        """Change some settings and save them; returns the new settings."""
        self.value = replace(self.value, **changes)
        try:
            save_settings(self.path, self.value)
        except OSError as error:
            notice = UserText(
                QT_TRANSLATE_NOOP("Notices", "Could not save settings to %1 (%2)."),
                self.path,
                error.strerror or error,
            )
            if notice not in self.notices:
                self.notices.append(notice)
        return self.value
