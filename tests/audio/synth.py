"""Synthetic test sounds: sine tones and silences, written as 16-bit PCM WAV files."""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path


def tone(ms: float, freq: float = 880.0, level_db: float = -6.0, rate: int = 44_100) -> list[int]:
    """A sine tone starting at its peak (a clean onset), ``level_db`` dBFS at its peak."""
    amplitude = 32767 * 10 ** (level_db / 20)
    count = round(ms * rate / 1000)
    return [round(amplitude * math.cos(2 * math.pi * freq * n / rate)) for n in range(count)]


def silence(ms: float, rate: int = 44_100) -> list[int]:
    """Digital silence."""
    return [0] * round(ms * rate / 1000)


def write_wav(path: Path, samples: list[int], rate: int = 44_100, channels: int = 1) -> Path:
    """Write mono ``samples`` as a WAV file, copied to every channel."""
    interleaved = array.array("h", (sample for sample in samples for _ in range(channels)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(interleaved.tobytes())
    return path


def read_wav(path: Path) -> tuple[array.array, int, int]:
    """Samples (interleaved), sample rate and channel count of a 16-bit WAV file."""
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2
        samples = array.array("h", wav.readframes(wav.getnframes()))
        return samples, wav.getframerate(), wav.getnchannels()


def loudest_window_db(samples: array.array, rate: int, window_ms: float = 50.0) -> float:
    """RMS level (dBFS) of the loudest ``window_ms`` stretch, stepping by 10 ms."""
    size, hop = round(rate * window_ms / 1000), round(rate / 100)
    best = 0.0
    for start in range(0, max(len(samples) - size, 0) + 1, hop):
        chunk = samples[start : start + size]
        best = max(best, sum(s * s for s in chunk) / max(len(chunk), 1))
    return 10 * math.log10(max(best, 1e-9) / 32768**2)
