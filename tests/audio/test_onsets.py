"""find_onsets finds where sounds start in a recording, to within a millisecond."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from tests.audio.synth import silence, tone, write_wav
from tests.support.onsets import find_onsets


def phrase(rate: int, onsets_ms: list[float], tone_ms: float = 90.0) -> list[int]:
    """Tones starting exactly at ``onsets_ms``, silence between."""
    samples: list[int] = []
    for onset in onsets_ms:
        samples += silence(onset - len(samples) * 1000 / rate, rate)
        samples += tone(tone_ms, rate=rate)
    return samples + silence(200, rate)


@pytest.mark.parametrize(("rate", "channels"), [(44_100, 1), (48_000, 2), (44_100, 2)])
def test_onsets_are_found_within_a_millisecond(tmp_path: Path, rate: int, channels: int) -> None:
    expected = [0.0, 250.0, 517.3, 1000.0, 1333.3, 2950.7]
    path = write_wav(tmp_path / "phrase.wav", phrase(rate, expected), rate, channels)
    found = find_onsets(path)
    assert len(found) == len(expected)
    assert max(abs(a - b) for a, b in zip(found, expected, strict=True)) <= 1.0


def test_a_gap_shorter_than_min_gap_does_not_start_a_new_sound(tmp_path: Path) -> None:
    samples = tone(100) + silence(50) + tone(100) + silence(300) + tone(100)
    path = write_wav(tmp_path / "close.wav", samples)
    assert find_onsets(path, min_gap_ms=80) == pytest.approx([0.0, 550.0], abs=1.0)
    assert find_onsets(path, min_gap_ms=40) == pytest.approx([0.0, 150.0, 550.0], abs=1.0)


def test_sounds_below_the_threshold_are_ignored(tmp_path: Path) -> None:
    samples = tone(100, level_db=-50) + silence(200) + tone(100, level_db=-20)
    path = write_wav(tmp_path / "quiet.wav", samples)
    assert find_onsets(path, threshold_db=-40) == pytest.approx([300.0], abs=1.0)
    assert find_onsets(path, threshold_db=-60) == pytest.approx([0.0, 300.0], abs=1.0)


def test_silence_has_no_onsets(tmp_path: Path) -> None:
    assert find_onsets(write_wav(tmp_path / "silent.wav", silence(500))) == []


def test_other_sample_widths_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "8bit.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(8000)
        out.writeframes(bytes([128]) * 800)
    with pytest.raises(ValueError, match="16-bit"):
        find_onsets(path)
