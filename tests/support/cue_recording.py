"""Record the real app's sound output during a workout and compare cue onsets with the plan.

Used by the end-to-end test and by ``benchmarks/bench_cue_timing.py``. The app runs with
``--start`` on a routine file and ``--no-voice``; PulseAudio (a private server with a null sink,
see :mod:`tests.support.pulse`) carries its sound to ``parec``, which records the sink's monitor.
The app's cue log gives each cue's due time on the monotonic clock. Onsets found in the recording
are turned into monotonic time with the recording's measured rate (the null sink's clock runs
fast, see :class:`tests.support.pulse.Recording`), then aligned with the due times by their
median difference: what remains is each cue's error against a steady schedule (the constant
output latency is reported separately).
"""

from __future__ import annotations

import bisect
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.support.onsets import find_onsets
from tests.support.pulse import recording

MATCH_WINDOW_MS = 250.0
"""An onset farther than this from a cue (after alignment) does not belong to it."""


@dataclass(frozen=True)
class CueTiming:
    """Planned cues, detected onsets and each cue's error (ms) after alignment."""

    kinds: list[str]
    due_ms: list[float]
    onsets_ms: list[float]
    errors_ms: list[float | None]  # None: no onset found for that cue
    latency_ms: float  # onset minus due time, median (includes the recorder's start delay)

    @property
    def missing(self) -> list[str]:
        """Cues with no onset."""
        return [
            kind for kind, error in zip(self.kinds, self.errors_ms, strict=True) if error is None
        ]

    @property
    def found_errors(self) -> list[float]:
        """Errors of the cues that were found."""
        return [error for error in self.errors_ms if error is not None]

    def drift_ms_per_minute(self) -> float:
        """Slope of the error over the workout (least squares), in ms per minute."""
        pairs = [
            (due, error)
            for due, error in zip(self.due_ms, self.errors_ms, strict=True)
            if error is not None
        ]
        if len(pairs) < 2:
            return 0.0
        mean_t = statistics.fmean(t for t, _ in pairs)
        mean_e = statistics.fmean(e for _, e in pairs)
        var = sum((t - mean_t) ** 2 for t, _ in pairs)
        if var == 0:
            return 0.0
        slope = sum((t - mean_t) * (e - mean_e) for t, e in pairs) / var
        return slope * 60_000


def match_cues(kinds: list[str], due_ms: list[float], onsets_ms: list[float]) -> CueTiming:
    """Align onsets with due times and give each cue its nearest onset's error."""
    if not onsets_ms or not due_ms:
        return CueTiming(kinds, due_ms, onsets_ms, [None] * len(due_ms), 0.0)
    # first guess: of the offsets that pair one of the first onsets with one of the first cues,
    # the one under which most cues find an onset (the recording may start mid-sound); then
    # refine by the median of the matches
    candidates = [onset - due for onset in onsets_ms[:6] for due in due_ms[:6]]
    offset = max(candidates, key=lambda guess: _matched(guess, due_ms, onsets_ms))
    for _ in range(2):
        diffs = [
            _nearest(onsets_ms, due + offset) - due
            for due in due_ms
            if abs(_nearest(onsets_ms, due + offset) - due - offset) <= MATCH_WINDOW_MS
        ]
        if diffs:
            offset = statistics.median(diffs)
    errors: list[float | None] = []
    for due in due_ms:
        error = _nearest(onsets_ms, due + offset) - due - offset
        errors.append(error if abs(error) <= MATCH_WINDOW_MS else None)
    return CueTiming(kinds, due_ms, onsets_ms, errors, offset)


def _nearest(onsets_ms: list[float], at_ms: float) -> float:
    """The onset closest to ``at_ms`` (``onsets_ms`` is sorted)."""
    index = bisect.bisect_left(onsets_ms, at_ms)
    near = onsets_ms[max(0, index - 1) : index + 1]
    return min(near, key=lambda onset: abs(onset - at_ms))


def _matched(offset: float, due_ms: list[float], onsets_ms: list[float]) -> int:
    """How many cues have an onset within 20 ms under ``offset``."""
    return sum(abs(_nearest(onsets_ms, due + offset) - due - offset) <= 20.0 for due in due_ms)


def read_cue_log(path: Path) -> list[dict]:
    """The app's cue log lines."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def record_workout(
    routine: dict, workdir: Path, env: dict[str, str], timeout_s: float
) -> CueTiming:
    """Run ``routine`` in the real app while recording its sound; return the cue timing.

    ``env`` is the environment for the app: a display (or offscreen) and the PulseAudio
    variables from :func:`tests.support.pulse.running_pulseaudio`.
    """
    routine_file = workdir / "routine.json"
    routine_file.write_text(json.dumps(routine))
    log = workdir / "cues.jsonl"
    wav = workdir / "out.wav"
    output = workdir / "app-output.txt"  # a file, not a pipe: a long run must never block on it
    with recording(env, wav) as recorded, output.open("w") as app_output:
        app = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "backcare_desktop",
                "--data-dir",
                str(workdir / "data"),
                "--start",
                str(routine_file),
                "--no-voice",
                "--no-ask",
            ],
            env={**os.environ, **env, "BACKCARE_DESKTOP_CUE_LOG": str(log)},
            stdout=app_output,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_for(
                lambda: any(row["kind"] == "finished" for row in read_cue_log(log)),
                timeout_s,
                "the workout to finish",
                app,
                output,
            )
            time.sleep(2.0)  # let the last sound play out
        finally:
            app.terminate()
            app.wait(timeout=20)
    rows = [row for row in read_cue_log(log) if row["played"]]
    first = rows[0]["due_ns"]
    return match_cues(
        [row["kind"] for row in rows],
        [(row["due_ns"] - first) / 1e6 for row in rows],
        [recorded.monotonic_ms(onset) for onset in find_onsets(wav)],
    )


def _wait_for(
    condition: Callable[[], bool],
    timeout_s: float,
    what: str,
    process: subprocess.Popen,
    output: Path,
) -> None:
    """Poll ``condition`` twice a second (rarely: the app and the recorder share 2 cores)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if process.poll() is not None:
            said = output.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"the app exited while waiting for {what}: {said}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        time.sleep(0.5)
