"""The shipped cue sounds: made reproducibly by scripts/make_sounds.py, short, distinct, prompt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from backcare_desktop.audio.render import SAMPLE_RATE, SOUND_STYLES
from backcare_desktop.core.timeline import CueKind
from backcare_desktop.resources import sounds_dir
from tests.audio.synth import read_wav
from tests.support.onsets import find_onsets

LIMIT_MS = {CueKind.TICK: 150, CueKind.FINISHED: 1500}
"""Longest allowed sound per kind; the others may last up to 900 ms."""
SHIPPED = [(style, kind) for style in SOUND_STYLES for kind in CueKind]


def make_sounds(repo_root: Path, out: Path) -> dict[str, bytes]:
    script = repo_root / "scripts" / "make_sounds.py"
    subprocess.run([sys.executable, str(script), "--out", str(out)], check=True, timeout=120)
    return {str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*.wav"))}


@pytest.mark.slow
def test_the_generator_is_reproducible_and_made_the_shipped_files(
    repo_root: Path, tmp_path: Path
) -> None:
    first = make_sounds(repo_root, tmp_path / "first")
    second = make_sounds(repo_root, tmp_path / "second")
    assert first == second
    shipped = {name: (sounds_dir() / name).read_bytes() for name in first}
    assert shipped == first
    assert len(first) == len(SHIPPED)


@pytest.mark.parametrize(("style", "kind"), SHIPPED)
def test_a_shipped_sound_is_short_16_bit_mono_and_starts_at_once(style: str, kind: CueKind) -> None:
    path = sounds_dir() / style / f"{kind.value}.wav"
    samples, rate, channels = read_wav(path)
    assert (rate, channels) == (SAMPLE_RATE, 1)
    assert len(samples) / rate * 1000 <= LIMIT_MS.get(kind, 900)
    assert find_onsets(path)[0] < 0.5


@pytest.mark.parametrize("style", SOUND_STYLES)
def test_the_sounds_of_a_style_all_differ(style: str) -> None:
    sounds = {(sounds_dir() / style / f"{kind.value}.wav").read_bytes() for kind in CueKind}
    assert len(sounds) == len(CueKind)
