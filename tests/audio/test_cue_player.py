"""The cue player in this process: fallbacks, and speech (Qt's mock text-to-speech engine)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from backcare_desktop.audio import player as player_module
from backcare_desktop.audio.player import (
    QtCuePlayer,
    SilentPlayer,
    create_player,
    no_device_notice,
    no_voice_notice,
)
from backcare_desktop.audio.render import prepare_cue_sounds
from backcare_desktop.core.timeline import Cue, CueKind
from backcare_desktop.resources import sounds_dir


class SpokenWords(QObject):
    """Collects the words the speech engine says, in this (the main) thread."""

    def __init__(self, player: QtCuePlayer) -> None:
        super().__init__()
        self.words: list[str] = []
        player._speech._tts.sayingWord.connect(self.add)  # the engine lives in its own thread

    def add(self, word: str, _id: int, _start: int, _length: int) -> None:
        self.words.append(word)


@pytest.fixture
def sounds(tmp_path: Path) -> dict[CueKind, Path]:
    return dict(prepare_cue_sounds(sounds_dir(), "soft", 1.0, tmp_path / "cache").files)


@pytest.fixture
def speaking(qtbot) -> Iterator[QtCuePlayer]:
    """A player with voice on, Qt's mock engine (100 ms a word) and no tones, ready to speak."""
    player = QtCuePlayer({}, voice_enabled=True, speech_engine="mock")
    try:
        qtbot.waitUntil(lambda: player.voice_available, timeout=5000)
        yield player
    finally:
        player.close()


@pytest.mark.qt_log_ignore("PulseAudioService: pa_context_connect")  # no audio server here
def test_create_player_never_raises_and_says_why_it_is_silent(qapp, sounds) -> None:
    player = create_player(sounds, voice_enabled=False)
    if isinstance(player, QtCuePlayer):  # a machine with a real audio output
        assert player.audio_available
        player.close()
    else:
        assert not player.audio_available
        assert player.notices == (no_device_notice(),)


def test_without_qt_multimedia_the_player_is_silent(
    qapp, sounds, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(module: str):
        raise ImportError("libpulse.so.0: cannot open shared object file")

    monkeypatch.setattr(player_module, "_import_qt", missing)
    player = create_player(sounds, voice_enabled=True)
    assert isinstance(player, SilentPlayer)
    [notice] = player.notices
    assert "libpulse.so.0" in notice
    assert "shown on screen only" in notice


def test_the_silent_player_accepts_everything(qtbot) -> None:
    player = SilentPlayer(no_device_notice())
    player.load_sounds({})
    player.set_muted(True)
    player.set_voice_enabled(True)
    player.set_speech_volume(0.5)
    player.set_voice("German")
    player.set_speech_rate(0.5)
    player.prepare_voice()
    player.speak("Test")
    player.play(Cue(CueKind.FINISHED, 0, "Well done"))
    started: list[str] = []
    player.when_warm(lambda: started.append("soon"))
    assert started == []  # never from inside the call
    qtbot.waitUntil(lambda: started == ["soon"], timeout=1000)
    assert (player.audio_available, player.voice_available) == (False, False)
    assert (player.voice_starting, player.voices) == (False, ())
    assert player.notices == (no_device_notice(),)


def test_speech_starts_in_the_background_and_warms_up(speaking: QtCuePlayer) -> None:
    assert speaking.voice_available
    assert speaking.notices == ()


def test_without_tones_there_is_no_warm_up_to_wait_for(qtbot, speaking: QtCuePlayer) -> None:
    started: list[str] = []
    speaking.when_warm(lambda: started.append("soon"))
    assert started == []  # never from inside the call
    qtbot.waitUntil(lambda: started == ["soon"], timeout=1000)


def test_nothing_waiting_for_the_warm_up_runs_after_close(qtbot, speaking: QtCuePlayer) -> None:
    started: list[str] = []
    speaking.when_warm(lambda: started.append("soon"))
    speaking.close()
    qtbot.wait(50)  # let queued calls run, if any were left
    assert started == []


def test_the_voice_speaks_the_language_of_the_cue_words(qtbot) -> None:
    # Qt's mock engine has no German voice; Finnish shows the language reaches the engine
    player = QtCuePlayer({}, voice_enabled=True, speech_engine="mock", language="fi")
    try:
        qtbot.waitUntil(lambda: player.voice_available, timeout=5000)
        assert player._speech._tts.locale().name() == "fi_FI"  # idle in its thread: safe to read
    finally:
        player.close()


def test_new_words_cut_the_old_ones_off(qtbot, speaking: QtCuePlayer) -> None:
    spoken = SpokenWords(speaking)
    speaking.play(Cue(CueKind.WORK_START, 0, "one two three four five six"))
    qtbot.waitUntil(lambda: "one" in spoken.words, timeout=3000)
    speaking.play(Cue(CueKind.HALFWAY, 0, "alpha beta"))
    qtbot.waitUntil(lambda: "beta" in spoken.words, timeout=3000)
    assert "six" not in spoken.words
    assert spoken.words[-2:] == ["alpha", "beta"]


def test_no_words_when_voice_is_off_or_muted(qtbot, speaking: QtCuePlayer) -> None:
    spoken = SpokenWords(speaking)
    speaking.set_voice_enabled(False)
    speaking.play(Cue(CueKind.HALFWAY, 0, "quiet please"))
    speaking.set_voice_enabled(True)
    speaking.set_muted(True)
    speaking.play(Cue(CueKind.HALFWAY, 0, "still quiet"))
    speaking.set_muted(False)
    speaking.play(Cue(CueKind.HALFWAY, 0, "now speak"))
    qtbot.waitUntil(lambda: "speak" in spoken.words, timeout=3000)
    assert spoken.words == ["now", "speak"]


@pytest.mark.qt_log_ignore('Text-to-speech plug-in "no-such-engine" is not supported')
def test_a_missing_speech_engine_gives_one_notice(qtbot) -> None:
    player = QtCuePlayer({}, voice_enabled=False, speech_engine="no-such-engine")
    try:
        with qtbot.waitSignal(player.changed, timeout=5000):
            player.set_voice_enabled(True)
        player.set_voice_enabled(False)
        player.set_voice_enabled(True)
        player.play(Cue(CueKind.HALFWAY, 0, "Halfway"))
        assert not player.voice_available
        assert player.notices == (no_voice_notice(),)
    finally:
        player.close()


def test_closing_twice_is_harmless(speaking: QtCuePlayer) -> None:
    speaking.close()
    speaking.close()
    assert not speaking.voice_available


def test_the_voice_can_be_tried_with_voice_off(qtbot) -> None:
    player = QtCuePlayer({}, voice_enabled=False, speech_engine="mock")
    try:
        assert not player.voice_starting
        player.prepare_voice()  # the settings dialog lists the voices
        assert player.voice_starting
        qtbot.waitUntil(lambda: player.voices != (), timeout=5000)
        assert player.voice_available and not player.voice_starting
        spoken = SpokenWords(player)
        player.set_voice(player.voices[-1])
        player.set_speech_rate(0.5)
        player.speak("test voice")
        qtbot.waitUntil(lambda: "voice" in spoken.words, timeout=3000)
        assert player._speech._tts.voice().name() == player.voices[-1]  # idle: safe to read
        assert player._speech._tts.rate() == 0.5
    finally:
        player.close()
