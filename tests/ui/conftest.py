"""Fixtures for widget tests: real objects, a fake clock and a recording cue player."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backcare_desktop.core.clock import FakeClock
from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.core.timeline import Cue
from backcare_desktop.paths import app_paths
from backcare_desktop.resources import routines_dir
from backcare_desktop.settings import SettingsStore
from backcare_desktop.ui.services import Services


class RecordingPlayer:
    """Stands in for the audio device: remembers what it was asked to play."""

    audio_available = True
    voice_available = True
    notices: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.played: list[Cue] = []
        self.scheduled: list = []
        self.muted = False
        self.voice = True

    def play(self, cue: Cue) -> None:
        if not self.muted:
            self.played.append(cue)

    def schedule(self, event) -> None:
        self.scheduled.append(event)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def set_voice_enabled(self, enabled: bool) -> None:
        self.voice = enabled

    def when_warm(self, action) -> None:
        action()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(5_000_000_000_000)


@pytest.fixture
def services(tmp_path: Path, clock: FakeClock) -> Iterator[Services]:
    paths = app_paths(tmp_path / "appdata")
    paths.ensure()
    services = Services(
        paths=paths,
        library=RoutineLibrary(routines_dir(), paths.routines_dir),
        settings=SettingsStore(paths.settings_file),
        clock=clock,
        player=RecordingPlayer(),
    )
    services.settings.update(medical_note_shown=True, ask_pain_before=False)
    services.open_history()
    yield services
    services.close()
