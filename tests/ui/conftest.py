"""Fixtures for widget tests: real objects, a fake clock and a recording cue player."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from backcare_desktop.core.clock import FakeClock
from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.core.timeline import Cue
from backcare_desktop.paths import app_paths
from backcare_desktop.resources import routines_dir
from backcare_desktop.settings import SettingsStore
from backcare_desktop.ui.i18n import TRANSLATIONS_DIR
from backcare_desktop.ui.services import Services


class RecordingPlayer:
    """Stands in for the audio device: remembers what it was asked to play."""

    audio_available = True
    lead_ns = 0
    voice_available = True
    voice_starting = False
    voices: tuple[str, ...] = ("English", "German")
    notices: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.played: list[Cue] = []
        self.scheduled: list = []
        self.muted = False
        self.voice = True
        self.spoken: list[tuple[str, str, float, float]] = []  # text, voice, rate, volume
        self.voice_name = ""
        self.rate = 0.0
        self.volume = 1.0

    def play(self, cue: Cue) -> None:
        if not self.muted:
            self.played.append(cue)

    def schedule(self, events) -> None:
        self.scheduled.append(events)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def set_voice_enabled(self, enabled: bool) -> None:
        self.voice = enabled

    def set_voice(self, name: str) -> None:
        self.voice_name = name

    def set_speech_rate(self, rate: float) -> None:
        self.rate = rate

    def set_speech_volume(self, volume: float) -> None:
        self.volume = volume

    def prepare_voice(self) -> None:
        pass

    def speak(self, text: str) -> None:
        if not self.muted:
            self.spoken.append((text, self.voice_name, self.rate, self.volume))

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


@pytest.fixture(autouse=True)
def _close_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closed at a test's end mid-workout quits without the (modal) question.

    Tests of the question set ``window.confirm_close`` themselves.
    """
    from backcare_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "_ask_to_close", lambda _self, _can_log: "quit")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QTranslator]:
    """The app's German translation installed for one test, and removed again after it."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / "backcare_desktop_de.qm"))
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
