"""Prepares the cue sounds for playback; the only module that imports pydub.

Each cue's source (the user's own file, or the style's shipped WAV) has its leading silence trimmed
so the cue sounds exactly when it is due, is brought to a common loudness, scaled by the volume
setting and written as 16-bit 44.1 kHz mono WAV (the format the cue stream plays) into a cache
folder. The file name holds a hash of the inputs, so each combination is rendered only once.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import hashlib
import io
import math
import os
import shutil
import stat
import tempfile
import warnings
import wave
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from backcare_desktop.core.atomic import atomic_write_bytes
from backcare_desktop.core.timeline import CueKind
from backcare_desktop.core.validation import DataError, read_regular_file

if TYPE_CHECKING:
    from pydub import AudioSegment

SOUND_STYLES = ("soft", "bright")
"""The shipped sound sets, each a folder of ``<kind>.wav`` files; the first is the default."""
SAMPLE_RATE = 44_100
"""Every prepared sound is 16-bit mono at this rate."""
TRIM_BELOW_PEAK_DB = 40.0
"""Leading samples at least this far below the sound's peak count as silence and are cut."""
TARGET_LOUDNESS_DBFS = -16.0
"""Every prepared sound (at volume 1) has the RMS of its loudest window at this level..."""
PEAK_CEILING_DBFS = -1.0
"""...unless its peak would then exceed this, in which case the peak sets the gain."""
LOUDNESS_WINDOW_MS = 50
LOUDNESS_HOP_MS = 10
TAIL_SILENCE_MS = 50
"""Silence added at the end. Qt 6.10+ pauses its audio stream when a sound ends while the last
~17 ms of it are still buffered, and plays them just before the next sound: make that silence."""
MAX_SOURCE_BYTES = 20_000_000
"""A cue's sound file may be at most this large (a few seconds of sound need far less)."""
_RENDER_VERSION = b"render-2"
"""Part of every cache key: change it when the processing changes so old renders are not reused."""


@dataclass(frozen=True)
class PreparedSounds:
    """The WAV file to play for each cue, and what went wrong on the way (user-facing sentences).

    A cue kind is missing from ``files`` only when even its built-in sound is unusable.
    """

    files: Mapping[CueKind, Path]
    problems: tuple[str, ...]


class _SourceError(Exception):
    """A source sound cannot be used; the message says why, as the end of a sentence."""


def prepare_cue_sounds(
    source_dir: Path,
    style: str,
    volume: float,
    cache_dir: Path,
    overrides: Mapping[CueKind, Path] | None = None,
) -> PreparedSounds:
    """Render every cue's sound for ``style`` at ``volume`` (0 silent .. 1 full) into ``cache_dir``.

    ``source_dir`` holds the shipped ``<style>/<kind>.wav`` files; ``overrides`` maps cue kinds to
    the user's own sound files (WAV, or MP3/OGG/... when ffmpeg is installed). A file that cannot
    be used falls back to the built-in sound; an unwritable ``cache_dir`` falls back to a temporary
    folder. Never raises: every such problem is described in :attr:`PreparedSounds.problems`.
    """
    problems: list[str] = []
    style = _checked_style(style, problems)
    volume = _checked_volume(volume, problems)
    render = _Render(style, volume, _output_folder(cache_dir, problems))
    files: dict[CueKind, Path] = {}
    for kind in CueKind:
        builtin = source_dir / style / f"{kind.value}.wav"
        path = _prepare_cue(kind, builtin, (overrides or {}).get(kind), render, problems)
        if path is not None:
            files[kind] = path
    return PreparedSounds(MappingProxyType(files), tuple(problems))


@dataclass(frozen=True)
class _Render:
    """The settings every cue is rendered with, and where the results go (None: nowhere)."""

    style: str
    volume: float
    output: Path | None


def _checked_style(style: str, problems: list[str]) -> str:
    if style in SOUND_STYLES:
        return style
    problems.append(f'Unknown sound style "{style}": using "{SOUND_STYLES[0]}".')
    return SOUND_STYLES[0]


def _checked_volume(volume: float, problems: list[str]) -> float:
    if 0.0 <= volume <= 1.0:
        return round(volume, 3)
    problems.append(f"Volume {volume} is outside 0 to 1: using full volume.")
    return 1.0


def _output_folder(cache_dir: Path, problems: list[str]) -> Path | None:
    """``cache_dir`` if files can be created there, else a new temporary folder, else None."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=cache_dir):
            pass
        return cache_dir
    except OSError as error:
        problems.append(
            f'Cannot save cue sounds in "{cache_dir}" ({_reason(error)}): '
            "using a temporary folder instead."
        )
    try:
        return _shared_temporary_folder()
    except OSError as error:
        problems.append(
            f"Cannot create a temporary folder either ({_reason(error)}): "
            "playing the built-in sounds as shipped, without the volume setting."
        )
        return None


def _shared_temporary_folder() -> Path:
    """This user's own folder in the temporary folder, the same every launch.

    A new folder per launch (as before) left ~570 KB behind each time the cache was unwritable.
    The folder must be a real folder owned by this user and closed to others (the temporary
    folder is shared): anything else raises OSError.
    """
    owner = getattr(os, "getuid", lambda: None)()
    name = f"backcare-desktop-sounds-{owner if owner is not None else getpass.getuser()}"
    folder = Path(tempfile.gettempdir()) / name
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = folder.lstat()
    if (
        not stat.S_ISDIR(info.st_mode)
        or (owner is not None and info.st_uid != owner)
        or info.st_mode & 0o077
    ):
        raise OSError(errno.EPERM, f"{folder} is not a private folder of this user")
    return folder


def _prepare_cue(
    kind: CueKind, builtin: Path, override: Path | None, render: _Render, problems: list[str]
) -> Path | None:
    """The prepared file for one cue: the override if usable, else the built-in sound."""
    label = kind.value.replace("_", " ")
    if override is not None:
        try:
            return _prepared(kind, override, render, problems)
        except _SourceError as error:
            problems.append(
                f'Cannot use "{override}" for the {label} cue: {error}. '
                "Using the built-in sound instead."
            )
    try:
        return _prepared(kind, builtin, render, problems)
    except _SourceError as error:
        problems.append(f'The built-in {label} sound "{builtin}" is unusable: {error}.')
        return None


def _prepared(kind: CueKind, source: Path, render: _Render, problems: list[str]) -> Path:
    """The cached render of ``source``, rendering it first if needed. Raises _SourceError."""
    data = _read(source)
    if render.output is None:
        return _as_is(source, data)
    target = render.output / _cache_name(kind, data, render)
    if target.is_file():
        return target
    rendered = _render(data, source.suffix, render.volume)
    try:
        atomic_write_bytes(target, rendered)
    except OSError as error:
        problems.append(f'Cannot save "{target}" ({_reason(error)}): playing "{source}" as is.')
        return _as_is(source, data)
    return target


def _read(source: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_SOURCE_BYTES` (a FIFO or a device such
    as ``/dev/zero`` is refused without reading). Raises _SourceError."""
    try:
        return read_regular_file(source, MAX_SOURCE_BYTES, "sound file")
    except DataError as error:
        raise _SourceError(error.problems[0]) from None


def _as_is(source: Path, data: bytes) -> Path:
    """``source`` itself, when rendering is impossible; only a WAV file can be played that way."""
    if not _is_wav(data):
        raise _SourceError("it is not a WAV file and no folder is writable to convert it")
    return source


def _cache_name(kind: CueKind, data: bytes, render: _Render) -> str:
    digest = hashlib.sha256()
    for part in (_RENDER_VERSION, render.style.encode(), f"{render.volume:.3f}".encode(), data):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return f"{kind.value}-{digest.hexdigest()[:24]}.wav"


def _render(data: bytes, suffix: str, volume: float) -> bytes:
    """Decode, trim, normalise and scale a sound; the result as WAV bytes. Raises _SourceError."""
    sound = _decode(data, suffix)
    sound = sound.set_sample_width(2).set_channels(1).set_frame_rate(SAMPLE_RATE)
    sound = _scaled(_normalised(_trimmed(sound)), volume)
    return wav_bytes(sound + sound.silent(TAIL_SILENCE_MS, frame_rate=SAMPLE_RATE))


def _pydub_audio_segment() -> type[AudioSegment]:
    """pydub's AudioSegment, imported without its two import-time warnings.

    pydub warns when ffmpeg is missing (WAV needs none) and imports ``audioop``, which Python 3.11
    and 3.12 flag as deprecated (3.13 uses the ``audioop-lts`` package instead).
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Couldn't find ffmpeg or avconv", RuntimeWarning)
        warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
        from pydub import AudioSegment
    segment: type[AudioSegment] = AudioSegment  # pydub is untyped: AudioSegment is Any to mypy
    return segment


def _is_wav(data: bytes) -> bool:
    return data[:4] == b"RIFF" and data[8:12] == b"WAVE"


def _decode(data: bytes, suffix: str) -> AudioSegment:
    audio_segment = _pydub_audio_segment()
    file_format = "wav" if _is_wav(data) else suffix.lstrip(".").lower() or None
    if file_format != "wav" and not (shutil.which("ffmpeg") and shutil.which("ffprobe")):
        kind = f"{file_format.upper()} files" if file_format else "Files other than WAV"
        raise _SourceError(f"{kind} need ffmpeg, which is not installed")
    try:
        return audio_segment.from_file(io.BytesIO(data), format=file_format)
    except Exception as error:  # pydub and ffmpeg fail in many ways on a bad file
        raise _SourceError(f"it cannot be decoded as sound ({_last_line(error)})") from error


def _trimmed(sound: AudioSegment) -> AudioSegment:
    """``sound`` from its first sample within TRIM_BELOW_PEAK_DB of its peak."""
    peak = sound.max
    if peak == 0:
        raise _SourceError("it is silent")
    threshold = peak * 10 ** (-TRIM_BELOW_PEAK_DB / 20)
    samples = sound.get_array_of_samples()
    start = next(index for index, sample in enumerate(samples) if abs(sample) >= threshold)
    return sound.get_sample_slice(start, None)


def _normalised(sound: AudioSegment) -> AudioSegment:
    """``sound`` at TARGET_LOUDNESS_DBFS, or lower if its peak would pass PEAK_CEILING_DBFS."""
    gain = min(
        TARGET_LOUDNESS_DBFS - _loudest_window_dbfs(sound),
        PEAK_CEILING_DBFS - sound.max_dBFS,
    )
    return sound.apply_gain(gain)


def _loudest_window_dbfs(sound: AudioSegment) -> float:
    """The RMS level of the loudest LOUDNESS_WINDOW_MS stretch: how loud a short cue sounds."""
    last_start = max(len(sound) - LOUDNESS_WINDOW_MS, 0)
    rms = max(
        sound[start : start + LOUDNESS_WINDOW_MS].rms
        for start in range(0, last_start + 1, LOUDNESS_HOP_MS)
    )
    return 20 * math.log10(max(rms, 1) / sound.max_possible_amplitude)


def _scaled(sound: AudioSegment, volume: float) -> AudioSegment:
    """``sound`` with its amplitude times ``volume``; volume 0 gives silence of the same length."""
    if volume == 0:
        return sound.apply_gain(-math.inf)
    return sound.apply_gain(20 * math.log10(volume))


def wav_bytes(sound: AudioSegment) -> bytes:
    """``sound`` as a 16-bit mono WAV file at :data:`SAMPLE_RATE`."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(sound.raw_data)
    return buffer.getvalue()


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _last_line(error: Exception) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[-1][:200] if lines else type(error).__name__
