"""Onset detection in recorded WAV files (stdlib only), to check when sounds really played."""

from __future__ import annotations

import array
import sys
import wave
from pathlib import Path

WINDOW_MS = 1.0
"""The envelope is the peak level of each window this long; onsets are then refined to a sample."""


def find_onsets(
    wav_path: Path, threshold_db: float = -40.0, min_gap_ms: float = 80.0
) -> list[float]:
    """The times in ms from the start of ``wav_path`` at which sounds begin.

    A sound begins where the level (the peak over all channels) rises to ``threshold_db`` dBFS
    after at least ``min_gap_ms`` below it (or at the start of the file); the time is that of the
    first sample at or above the threshold. Reads 16-bit PCM WAV, mono or multi-channel, as
    :func:`tests.support.pulse.recording` writes it. Raises ValueError for other sample formats.
    """
    samples, channels, rate = _read_pcm16(wav_path)
    threshold = 32768 * 10 ** (threshold_db / 20)
    window = max(1, round(rate * WINDOW_MS / 1000)) * channels
    min_gap = min_gap_ms * rate / 1000 * channels
    onsets: list[float] = []
    quiet_since = -min_gap  # index where the signal last fell below the threshold
    for start in range(0, len(samples), window):
        chunk = samples[start : start + window]
        if max(max(chunk), -min(chunk)) < threshold:
            continue
        if start - quiet_since >= min_gap:
            first = next(i for i, sample in enumerate(chunk) if abs(sample) >= threshold)
            onsets.append((start + first) // channels * 1000 / rate)
        quiet_since = start + window
    return onsets


def _read_pcm16(wav_path: Path) -> tuple[array.array, int, int]:
    """Interleaved samples, channel count and sample rate of a 16-bit PCM WAV file."""
    with wave.open(str(wav_path), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise ValueError(f"{wav_path}: {8 * wav.getsampwidth()}-bit samples, expected 16-bit")
        channels, rate = wav.getnchannels(), wav.getframerate()
        samples = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples, channels, rate
