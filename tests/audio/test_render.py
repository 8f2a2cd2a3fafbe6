"""prepare_cue_sounds: trimmed, equally loud, scaled, cached WAVs, and it never raises."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from backcare_desktop.audio.render import (
    SAMPLE_RATE,
    TAIL_SILENCE_MS,
    TARGET_LOUDNESS_DBFS,
    prepare_cue_sounds,
)
from backcare_desktop.core.timeline import CueKind
from backcare_desktop.resources import sounds_dir
from tests.audio.synth import loudest_window_db, read_wav, silence, tone, write_wav
from tests.support.onsets import find_onsets


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def prepare(cache: Path, volume: float = 1.0, **overrides: Path):
    kinds = {CueKind(kind): path for kind, path in overrides.items()}
    return prepare_cue_sounds(sounds_dir(), "soft", volume, cache, kinds)


def level(path: Path) -> float:
    samples, rate, _ = read_wav(path)
    return loudest_window_db(samples, rate)


def test_every_cue_gets_a_16_bit_mono_44k_wav(cache: Path) -> None:
    prepared = prepare(cache)
    assert prepared.problems == ()
    assert set(prepared.files) == set(CueKind)
    for path in prepared.files.values():
        assert read_wav(path)[1:] == (SAMPLE_RATE, 1)
        assert path.parent == cache


def test_leading_silence_is_trimmed_to_the_onset(cache: Path, tmp_path: Path) -> None:
    samples = silence(300, rate=48_000) + tone(200, rate=48_000)
    source = write_wav(tmp_path / "late.wav", samples, rate=48_000, channels=2)
    prepared = prepare(cache, tick=source)
    assert prepared.problems == ()
    onsets = find_onsets(prepared.files[CueKind.TICK])
    assert onsets[0] <= 2.0
    samples, rate, _ = read_wav(prepared.files[CueKind.TICK])
    assert len(samples) / rate * 1000 == pytest.approx(200 + TAIL_SILENCE_MS, abs=2)


def test_loud_and_quiet_sources_come_out_equally_loud(cache: Path, tmp_path: Path) -> None:
    loud = write_wav(tmp_path / "loud.wav", tone(300, level_db=-3))
    quiet = write_wav(tmp_path / "quiet.wav", tone(300, 440, level_db=-30))
    prepared = prepare(cache, tick=loud, halfway=quiet)
    levels = [level(prepared.files[kind]) for kind in (CueKind.TICK, CueKind.HALFWAY)]
    assert abs(levels[0] - levels[1]) <= 1.0
    assert levels[0] == pytest.approx(TARGET_LOUDNESS_DBFS, abs=1.0)


def test_built_in_sounds_come_out_equally_loud(cache: Path) -> None:
    levels = [level(path) for path in prepare(cache).files.values()]
    assert max(levels) - min(levels) <= 1.0


def test_half_volume_is_six_decibels_down(tmp_path: Path) -> None:
    full = prepare(tmp_path / "full", 1.0).files[CueKind.WORK_START]
    half = prepare(tmp_path / "half", 0.5).files[CueKind.WORK_START]
    assert level(half) - level(full) == pytest.approx(20 * math.log10(0.5), abs=0.2)


def test_volume_zero_is_silence(cache: Path) -> None:
    samples, _, _ = read_wav(prepare(cache, 0.0).files[CueKind.FINISHED])
    assert len(samples) > 0
    assert not any(samples)


def test_a_second_call_reuses_the_cached_files(cache: Path) -> None:
    first = prepare(cache).files
    stamps = {path: path.stat().st_mtime_ns for path in first.values()}
    second = prepare(cache).files
    assert second == first
    assert {path: path.stat().st_mtime_ns for path in second.values()} == stamps


def test_other_settings_render_other_files(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    soft = prepare(cache).files
    louder = prepare(cache, 0.7).files
    bright = prepare_cue_sounds(sounds_dir(), "bright", 1.0, cache).files
    for kind in CueKind:
        assert len({soft[kind], louder[kind], bright[kind]}) == 3


def test_a_broken_user_file_falls_back_and_says_so(cache: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x10\x00\x00\x00WAVEnot really")
    prepared = prepare(cache, tick=broken)
    assert prepared.files[CueKind.TICK] == prepare(cache).files[CueKind.TICK]
    [problem] = prepared.problems
    assert str(broken) in problem
    assert "tick" in problem
    assert "built-in" in problem


def test_a_missing_user_file_falls_back_and_says_so(cache: Path, tmp_path: Path) -> None:
    prepared = prepare(cache, finished=tmp_path / "gone.wav")
    [problem] = prepared.problems
    assert "gone.wav" in problem
    assert "cannot read the sound file" in problem
    assert CueKind.FINISHED in prepared.files


def test_a_silent_user_file_falls_back(cache: Path, tmp_path: Path) -> None:
    prepared = prepare(cache, halfway=write_wav(tmp_path / "hush.wav", silence(500)))
    [problem] = prepared.problems
    assert "silent" in problem


def test_mp3_without_ffmpeg_names_ffmpeg(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    song = tmp_path / "bell.mp3"
    song.write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x00 pretend mp3")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    prepared = prepare(cache, round_done=song)
    [problem] = prepared.problems
    assert str(song) in problem
    assert "MP3 files need ffmpeg" in problem
    assert prepared.files[CueKind.ROUND_DONE].exists()


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is not installed")
def test_mp3_is_converted_with_ffmpeg(cache: Path, tmp_path: Path) -> None:
    source = write_wav(tmp_path / "bell.wav", silence(100) + tone(400, 660))
    song = tmp_path / "bell.mp3"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-i", str(source), str(song)], check=True, timeout=60
    )
    prepared = prepare(cache, round_done=song)
    assert prepared.problems == ()
    assert read_wav(prepared.files[CueKind.ROUND_DONE])[1:] == (SAMPLE_RATE, 1)
    # MP3 smears the attack (pre-echo), so look for the start a little lower than usual
    assert find_onsets(prepared.files[CueKind.ROUND_DONE], threshold_db=-50)[0] <= 2.0


def test_an_unwritable_cache_still_gives_playable_files(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    prepared = prepare(blocker / "cache")
    try:
        [problem] = prepared.problems
        assert str(blocker / "cache") in problem
        assert set(prepared.files) == set(CueKind)
        for path in prepared.files.values():
            assert read_wav(path)[1:] == (SAMPLE_RATE, 1)
    finally:
        shutil.rmtree(prepared.files[CueKind.TICK].parent)


@pytest.mark.parametrize("kind", ["fifo", "device", "huge"])
def test_a_user_sound_that_is_not_a_file_falls_back_at_once(
    cache: Path, tmp_path: Path, kind: str
) -> None:
    if kind == "fifo":
        source = tmp_path / "bell.wav"
        os.mkfifo(source)  # before: reading it blocked the app for good
        expected = "not a regular sound file (a folder, pipe or device)"
    elif kind == "device":
        source = Path("/dev/zero")  # before: a MemoryError traceback
        expected = "not a regular sound file (a folder, pipe or device)"
    else:
        source = tmp_path / "huge.wav"
        with source.open("wb") as handle:
            handle.truncate(200_000_000)
        expected = "the sound file is 200.0 MB; it must be at most 20.0 MB"
    prepared = prepare(cache, tick=source)
    [problem] = prepared.problems
    assert problem == (
        f'Cannot use "{source}" for the tick cue: {expected}. Using the built-in sound instead.'
    )
    assert prepared.files[CueKind.TICK] == prepare(cache).files[CueKind.TICK]


def test_an_unwritable_cache_reuses_one_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    first = prepare(blocker / "cache").files[CueKind.TICK]
    second = prepare(blocker / "cache").files[CueKind.TICK]
    assert first == second
    # before: a new backcare-desktop-sounds-XXXX folder every launch
    (folder,) = temp.iterdir()
    assert first.parent == folder and folder.stat().st_mode & 0o777 == 0o700


def test_a_shared_temporary_folder_someone_else_made_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    (temp / f"backcare-desktop-sounds-{os.getuid()}").mkdir(mode=0o777)
    os.chmod(temp / f"backcare-desktop-sounds-{os.getuid()}", 0o777)  # open to everyone
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    prepared = prepare(blocker / "cache")
    assert "Cannot create a temporary folder either" in prepared.problems[1]
    assert prepared.files[CueKind.TICK].parent == sounds_dir() / "soft"


def test_an_unknown_style_uses_the_default(cache: Path) -> None:
    prepared = prepare_cue_sounds(sounds_dir(), "jazzy", 1.0, cache)
    assert prepared.files == prepare(cache).files
    assert prepared.problems == ('Unknown sound style "jazzy": using "soft".',)


def test_a_volume_out_of_range_is_reported(cache: Path) -> None:
    prepared = prepare(cache, 1.5)
    assert prepared.files == prepare(cache).files
    assert "1.5" in prepared.problems[0]


def test_missing_built_in_sounds_are_reported(tmp_path: Path) -> None:
    prepared = prepare_cue_sounds(tmp_path / "nowhere", "soft", 1.0, tmp_path / "cache")
    assert prepared.files == {}
    assert len(prepared.problems) == len(CueKind)
