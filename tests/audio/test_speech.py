"""The speech engine's start: retries with a fake engine, the service's start script, voices
and rate."""

from __future__ import annotations

import enum
import os
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, Signal, Slot

from backcare_desktop.audio.speech import (
    SERVICE_LOCALE,
    Speech,
    prepare_speechd_spawn,
    voice_install_hint,
)

State = enum.Enum("State", "Ready Error")
"""Stands in for QTextToSpeech.State: the speech code reads only the name."""


class FakeVoice:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


class FakeEngine(QObject):
    """Stands in for ``QTextToSpeech("none")``: ``setEngine`` fails or succeeds as planned."""

    stateChanged = Signal(object)  # noqa: N815 - Qt's names
    engineChanged = Signal(str)  # noqa: N815

    def __init__(self, world: FakeWorld) -> None:
        super().__init__()
        self.world = world
        self._voice = FakeVoice("Anna")

    @Slot(str)
    def setEngine(self, name: str) -> None:
        time.sleep(self.world.load_s)  # in the speech thread, not the GUI's
        ready = self.world.outcomes.pop(0) if self.world.outcomes else False
        self.stateChanged.emit(State.Ready if ready else State.Error)
        self.engineChanged.emit(name)

    @Slot(QLocale)
    def setLocale(self, locale: QLocale) -> None:
        self.world.calls.append(("locale", locale.name()))

    @Slot(float)
    def setVolume(self, volume: float) -> None:
        self.world.calls.append(("volume", volume))

    @Slot(float)
    def setRate(self, rate: float) -> None:
        self.world.calls.append(("rate", rate))

    @Slot(str)
    def say(self, text: str) -> None:
        self.world.calls.append(("say", text))

    @Slot()
    def stop(self) -> None:
        self.world.calls.append(("stop",))

    def voice(self) -> FakeVoice:
        return self._voice

    def availableVoices(self) -> list[FakeVoice]:
        return [FakeVoice(name) for name in self.world.voices]

    def setVoice(self, voice: FakeVoice) -> None:
        self._voice = voice
        self.world.calls.append(("voice", voice.name()))


class FakeWorld:
    """What the fake engines will do, and what they were asked to do."""

    def __init__(self, outcomes: list[bool], load_s: float = 0.0) -> None:
        self.outcomes = outcomes
        self.load_s = load_s
        self.engines = 0
        self.calls: list[tuple] = []
        self.voices = ["Anna", "Bernd"]

    def make_engine(self) -> FakeEngine:
        self.engines += 1
        return FakeEngine(self)


def speech_for(world: FakeWorld, delays=(20, 40, 80)) -> Speech:
    return Speech(
        "mock",
        QLocale("de"),
        make_engine=world.make_engine,
        retry_delays_ms=delays,
    )


@pytest.fixture
def closing() -> Iterator[list[Speech]]:
    made: list[Speech] = []
    yield made
    for speech in made:
        speech.close()


def test_a_failed_start_is_retried_until_the_engine_is_ready(qtbot, closing) -> None:
    world = FakeWorld([False, False, True])
    speech = speech_for(world)
    closing.append(speech)
    speech.start()
    qtbot.waitUntil(lambda: speech.ready, timeout=3000)
    assert (speech.attempts, world.engines, speech.failed) == (3, 3, False)
    assert ("locale", "de_DE") in world.calls


def test_it_gives_up_after_the_last_retry(qtbot, closing) -> None:
    world = FakeWorld([False] * 10)
    speech = speech_for(world)
    closing.append(speech)
    with qtbot.waitSignal(speech.changed, timeout=3000):
        speech.start()
        assert speech.starting
    assert speech.failed and not speech.ready and not speech.starting
    assert speech.attempts == 4  # the first and three retries, no more
    qtbot.wait(200)
    assert world.engines == 4


def test_loading_never_blocks_the_calling_thread(qtbot, closing) -> None:
    world = FakeWorld([True], load_s=0.5)
    speech = speech_for(world)
    closing.append(speech)
    began = time.monotonic()
    speech.start()
    assert time.monotonic() - began < 0.1 and not speech.ready
    qtbot.waitUntil(lambda: speech.ready, timeout=3000)


def test_closing_stops_the_retries(qtbot) -> None:
    world = FakeWorld([False] * 10)
    speech = speech_for(world, delays=(100, 100, 100))
    speech.start()
    qtbot.waitUntil(lambda: speech._retry.isActive(), timeout=3000)  # the first one failed
    speech.close()
    qtbot.wait(300)
    assert speech.attempts == 1 and not speech.ready


def test_voices_are_listed_and_chosen_by_name(qtbot, closing) -> None:
    world = FakeWorld([True])
    speech = speech_for(world)
    closing.append(speech)
    speech.set_rate(0.5)
    speech.start()
    qtbot.waitUntil(lambda: speech.voices == ("Anna", "Bernd"), timeout=3000)
    speech.set_voice("Bernd")
    qtbot.waitUntil(lambda: world.calls[-1] == ("voice", "Bernd"), timeout=3000)
    speech.set_voice("Nobody")  # gone since: the language's default
    qtbot.waitUntil(lambda: world.calls[-1] == ("voice", "Anna"), timeout=3000)
    speech.set_rate(3.0)
    qtbot.waitUntil(lambda: world.calls[-1] == ("rate", 1.0), timeout=3000)
    assert ("rate", 0.5) in world.calls  # the rate set before the start was applied


@pytest.mark.parametrize(
    ("os_release", "apt"),
    [
        ('ID=debian\nVERSION_ID="12"\n', True),
        ("ID=ubuntu\nID_LIKE=debian\n", True),
        ('ID=linuxmint\nID_LIKE="ubuntu debian"\n', True),
        ("ID=fedora\n", False),
        (None, False),
    ],
)
def test_the_install_hint_fits_the_system(qapp, tmp_path, os_release, apt) -> None:
    path = tmp_path / "os-release"
    if os_release is not None:
        path.write_text(os_release)
    hint = voice_install_hint(path)
    assert ("sudo apt install speech-dispatcher espeak-ng" in hint) is apt
    assert "espeak-ng" in hint


def fake_service(folder: Path) -> Path:
    """A ``speech-dispatcher`` that logs its arguments and LC_ALL and, like the real one in a
    locale the C library lacks, exits 1 unless started in SERVICE_LOCALE."""
    folder.mkdir()
    program = folder / "speech-dispatcher"
    program.write_text(
        f'#!/bin/sh\necho "$* LC_ALL=$LC_ALL" >> "{folder}/runs"\n'
        f'[ "$LC_ALL" = "{SERVICE_LOCALE}" ] || {{ echo "setlocale: No such file" >&2; exit 1; }}\n'
    )
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return folder


def test_the_service_is_started_in_a_locale_that_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = fake_service(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv("SPEECHD_CMD", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    script = prepare_speechd_spawn(tmp_path)
    assert script is not None and os.environ["SPEECHD_CMD"] == str(script)
    # as the client library runs it
    run = subprocess.run([script, "--spawn", "-S", "/run/x.sock"], capture_output=True, timeout=10)
    assert (run.returncode, run.stderr) == (0, b"")
    assert (folder / "runs").read_text().splitlines() == [
        "--spawn -S /run/x.sock LC_ALL=",
        f"--spawn -S /run/x.sock LC_ALL={SERVICE_LOCALE}",
    ]


def test_a_start_command_of_the_user_is_kept(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SPEECHD_CMD", "/opt/speechd/bin/speech-dispatcher")
    assert prepare_speechd_spawn(tmp_path) is None
    assert os.environ["SPEECHD_CMD"] == "/opt/speechd/bin/speech-dispatcher"
