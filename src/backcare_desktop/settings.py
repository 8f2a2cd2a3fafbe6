"""User settings: a small JSON file in the config folder.

A broken or unreadable file never stops the app: the defaults are used, the broken file is kept
aside under a timestamped name (never overwritten), and a notice says where it is.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from backcare_desktop.core.atomic import atomic_write_text

SETTINGS_VERSION = 1
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
    session_minutes_goal: int = 10
    theme: str = "system"
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
    start_at_login: bool = False
    """Start with the desktop session, minimised to the tray (an XDG autostart entry)."""


_RULES: dict[str, Any] = {
    "volume": lambda v: isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 1,
    "muted": lambda v: isinstance(v, bool),
    "sound_style": lambda v: v in SOUND_STYLES,
    "voice": lambda v: isinstance(v, bool),
    "get_ready_s": lambda v: v is None or (type(v) is int and 0 <= v <= 120),
    "last_routine": lambda v: isinstance(v, str),
    "weekly_sessions_goal": lambda v: type(v) is int and 1 <= v <= 14,
    "session_minutes_goal": lambda v: type(v) is int and 1 <= v <= 180,
    "theme": lambda v: v in THEMES,
    "ask_pain_before": lambda v: isinstance(v, bool),
    "reminders": lambda v: isinstance(v, bool),
    "reminder_days": lambda v: isinstance(v, list) and all(day in WEEKDAYS for day in v),
    "reminder_time": lambda v: isinstance(v, str) and _is_clock_time(v),
    "pain_notice_episode": lambda v: isinstance(v, str),
    "medical_note_shown": lambda v: isinstance(v, bool),
    "window_geometry": lambda v: isinstance(v, str),
    "user_sounds": lambda v: (
        isinstance(v, dict)
        and all(isinstance(key, str) and isinstance(item, str) for key, item in v.items())
    ),
    "start_at_login": lambda v: isinstance(v, bool),
}


def _is_clock_time(text: str) -> bool:
    try:
        datetime.strptime(text, "%H:%M")
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class LoadedSettings:
    """Settings as read, and sentences for the user about anything that went wrong."""

    settings: Settings
    notices: tuple[str, ...] = ()


def settings_from_dict(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Build settings from a decoded file; each bad value falls back to its default."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for item in fields(Settings):
        if item.name not in data:
            continue
        value = data[item.name]
        if _RULES[item.name](value):
            values[item.name] = tuple(value) if item.name == "reminder_days" else value
        else:
            problems.append(f"{item.name} ({json.dumps(value)[:40]})")
    return replace(Settings(), **values), problems


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """The settings as the JSON object written to the file."""
    data = asdict(settings)
    data["reminder_days"] = list(settings.reminder_days)
    return {"version": SETTINGS_VERSION, **data}


def load_settings(path: Path, now: datetime | None = None) -> LoadedSettings:
    """Read the settings file; a missing file gives the defaults silently."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as error:
        return LoadedSettings(
            Settings(),
            (f"Could not read the settings file {path} ({error.strerror}); using the defaults.",),
        )
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except (ValueError, RecursionError):
        kept = _keep_aside(path, now or datetime.now())
        where = f"It was kept as {kept}." if kept else "It could not be moved aside."
        return LoadedSettings(
            Settings(),
            (f"The settings file {path} was damaged, so the defaults are in use. {where}",),
        )
    settings, problems = settings_from_dict(data)
    notices = ()
    if problems:
        notices = (
            f"Some settings in {path} were not valid and were reset: {', '.join(problems)}.",
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
            notice = f"Could not save settings to {self.path} ({error.strerror or error})."
            if notice not in self.notices:
                self.notices.append(notice)
        return self.value
