"""The cue player against a real audio server: a private PulseAudio with a null sink, recorded.

Qt Multimedia connects to the audio server once per process, so the player runs in a
subprocess (tests/support/play_cues.py) with the private server's environment.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.audio.synth import read_wav
from tests.support.onsets import find_onsets
from tests.support.pulse import recording, running_pulseaudio

pytestmark = [pytest.mark.slow, pytest.mark.pulseaudio]
THREAD_TROUBLE = ("QSocketNotifier", "QThread: Destroyed", "another thread")


@pytest.fixture
def pulse(tmp_path: Path) -> Iterator[dict[str, str]]:
    with running_pulseaudio(tmp_path) as env:
        yield env


def play_cues(repo_root: Path, env: dict[str, str], cache: Path, *args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.play_cues", "--cache", str(cache), *args],
        cwd=repo_root,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    for trouble in THREAD_TROUBLE:  # Qt 6.11's QSoundEffect driven from the tone thread did this
        assert trouble not in result.stderr, result.stderr[-2000:]
    return json.loads(result.stdout)


def audible_ms(wav: Path, threshold_db: float = -40.0) -> float:
    """From the first to the last sample at or above ``threshold_db``."""
    samples, rate, channels = read_wav(wav)
    limit = 32768 * 10 ** (threshold_db / 20)
    loud = [index for index, sample in enumerate(samples) if abs(sample) >= limit]
    return (loud[-1] - loud[0]) / channels / rate * 1000 if loud else 0.0


def test_ticks_sound_on_the_output_evenly_spaced_from_the_first(
    repo_root: Path, tmp_path: Path, pulse: dict[str, str]
) -> None:
    wav = tmp_path / "out.wav"
    with recording(pulse, wav) as recorded:  # the first tick plays as soon as the player is warm
        report = play_cues(repo_root, pulse, tmp_path / "cache", "--count", "6")
    assert report["audio_available"] is True
    assert report["notices"] == []
    onsets = [recorded.monotonic_ms(onset) for onset in find_onsets(wav)]
    assert len(onsets) == len(report["play_ms"])
    errors = [onset - play for onset, play in zip(onsets, report["play_ms"], strict=True)]
    spread = [error - statistics.median(errors) for error in errors]
    assert max(map(abs, spread)) <= 10.0, spread


def test_an_armed_cue_sounds_on_time_while_the_gui_thread_is_blocked(
    repo_root: Path, tmp_path: Path, pulse: dict[str, str]
) -> None:
    """Each tick is armed 300 ms ahead, then the GUI thread sleeps 450 ms before confirming:
    the tone sounds at its due time, placed in the stream by the tone thread, and only once."""
    wav = tmp_path / "out.wav"
    with recording(pulse, wav) as recorded:
        report = play_cues(
            repo_root,
            pulse,
            tmp_path / "cache",
            *("--count", "5", "--interval-ms", "1000", "--armed-ms", "300", "--block-ms", "450"),
        )
    onsets = [recorded.monotonic_ms(onset) for onset in find_onsets(wav)]
    assert len(onsets) == 5  # not twice: the confirmation after the block plays nothing
    errors = [onset - due for onset, due in zip(onsets, report["play_ms"], strict=True)]
    spread = [error - statistics.median(errors) for error in errors]
    assert max(map(abs, spread)) <= 10.0, spread


@pytest.mark.skipif(
    shutil.which("speech-dispatcher") is None, reason="speech-dispatcher is not installed"
)
@pytest.mark.parametrize("lang", ["C.UTF-8", "de_DE.UTF-8"])
def test_speech_dispatcher_speaks_the_cue(
    repo_root: Path, tmp_path: Path, pulse: dict[str, str], lang: str
) -> None:
    # the service is not running yet (a private runtime folder) and is started for the app;
    # in a locale the C library may lack (de_DE.UTF-8 where only C is generated) it refused
    wav = tmp_path / "out.wav"
    env = {**pulse, "LANG": lang, "LC_ALL": ""}
    with recording(pulse, wav):
        report = play_cues(
            repo_root, env, tmp_path / "cache", "--voice", "--say", "Halfway, keep going"
        )
    assert report["voice_available"] is True, report["notices"]
    assert audible_ms(wav) > 500  # the 90 ms tick, then the words
