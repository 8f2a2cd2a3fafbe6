"""Cue timing end to end: when each cue really sounds, recorded from the audio output.

Runs the real app (``--start`` on a generated routine, ``--no-voice``) under a private PulseAudio
server with a null sink, records the sink with ``parec``, finds each sound's onset and matches it
with the cue the app logged (``BACKCARE_DESKTOP_CUE_LOG``). Positions in the recording become
monotonic time through the recording's rate, measured against the monotonic clock during the run
(the null sink's own clock runs about 170 ppm fast while Qt plays). A constant offset (the output
latency plus the recorder's start) is taken out by the median; what remains is each cue's error
against a perfectly steady schedule. Drift is the slope of that error over the workout. Bars:
every cue within 15 ms, p95 within 8 ms, drift over 30 minutes under 10 ms.

Two cases run one after the other: quiet, then loaded, with one busy loop per core
(``python -c 'while 1: pass'``, as many as ``os.cpu_count()``) saturating the CPU while the
workout plays; the same bars apply to both. BENCH_CUE_CASES picks them (``quiet``, ``loaded``
or the default ``quiet,loaded``).

The instruments (the private PulseAudio server and the ``parec`` recorder) are given real-time
scheduling where allowed, in both cases, as a desktop's sound server has (rtkit): a starved
recorder drops samples and shifts every later onset, which would measure the load on the
instruments, not on the app. The app and the busy loops keep their normal scheduling.

BENCH_CUE_DISPLAY is the Xvfb display to use (default :87).
BENCH_CUE_MINUTES sets the workout length (default 3; 30 measures a whole 30-minute workout).
BENCH_CUE_REWINDS=1 lets the null sink rewind, as a real sound card's sink does (see
:func:`tests.support.pulse.running_pulseaudio` for what each mode distorts).
Needs pulseaudio, pulseaudio-utils and (for a real screen) Xvfb; falls back to offscreen.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.cue_recording import read_cue_log, record_workout
from tests.support.pulse import running_pulseaudio

MINUTES = float(os.environ.get("BENCH_CUE_MINUTES", "3"))
REWINDS = os.environ.get("BENCH_CUE_REWINDS", "") == "1"
CASES = os.environ.get("BENCH_CUE_CASES", "quiet,loaded").split(",")
BUSY_LOOP = "while 1: pass"


ANIMATED = ("cat-cow", "shoulder-bridge", "dead-bug")
"""Each move shows a moving figure, so the cues are measured with the animation on."""


def routine(minutes: float) -> dict:
    """Moves of 9 s work and 5 s rest: 8 cues every 14 s, each with an animated figure."""
    count = max(3, round(minutes * 60 / 14))
    return {
        "format": 1,
        "id": "cue-bench",
        "title": "Cue benchmark",
        "focus": ["core"],
        "get_ready_s": 5,
        "moves": [
            {
                "name": f"Move {i + 1}",
                "work_s": 9,
                "rest_s": 5,
                "muscles": ["core"],
                "figure": ANIMATED[i % len(ANIMATED)],
            }
            for i in range(count)
        ],
    }


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


INSTRUMENTS = ("pulseaudio", "parec")


@contextmanager
def instruments_real_time() -> Iterator[None]:
    """While the block runs, keep this process's pulseaudio and parec children real-time."""
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(0.2):
            for task in _instrument_tasks():
                with contextlib.suppress(OSError):
                    if os.sched_getscheduler(task) != os.SCHED_FIFO:
                        os.sched_setscheduler(task, os.SCHED_FIFO, os.sched_param(50))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield
    finally:
        stop.set()
        watcher.join()


def _instrument_tasks() -> list[int]:
    """Thread ids of the pulseaudio and parec processes this benchmark started."""
    tasks = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            name = (entry / "comm").read_text().strip()
            if int(fields[1]) == os.getpid() and name in INSTRUMENTS:
                tasks += [int(task.name) for task in (entry / "task").iterdir()]
    return tasks


@contextmanager
def busy_loops(count: int) -> Iterator[None]:
    """``count`` processes spinning on a core each while the block runs."""
    loops = [subprocess.Popen([sys.executable, "-c", BUSY_LOOP]) for _ in range(count)]
    try:
        yield
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()


def main() -> int:
    """Record a workout per case and print the figures; exit 1 when a bar is missed."""
    if not (shutil.which("pulseaudio") and shutil.which("parec")):
        print("cue timing: skipped (pulseaudio and parec are needed)")
        return 0
    results = [measure(case) for case in CASES]
    return 0 if all(results) else 1


def measure(case: str) -> bool:
    """Record one workout, quiet or with the CPU saturated; print its figures; True when ok."""
    busy = (os.cpu_count() or 1) if case == "loaded" else 0
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        display = xvfb = None
        if shutil.which("Xvfb"):
            display = os.environ.get("BENCH_CUE_DISPLAY", ":87")
            xvfb = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1280x800x24"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        try:
            with (
                instruments_real_time(),
                running_pulseaudio(workdir, rewinds=REWINDS) as pulse,
                busy_loops(busy),
            ):
                env = {**pulse, "QT_QPA_PLATFORM": "xcb" if display else "offscreen"}
                if display:
                    env["DISPLAY"] = display
                timing = record_workout(
                    routine(MINUTES), workdir, env, timeout_s=MINUTES * 60 + 120
                )
            log = read_cue_log(workdir / "cues.jsonl")
        finally:
            if xvfb is not None:
                xvfb.terminate()
                xvfb.wait()
    errors = [abs(error) for error in timing.found_errors]
    wake = [(row["handled_ns"] - row["due_ns"]) / 1e6 for row in log]
    worst, p95 = max(errors), percentile(errors, 0.95)
    drift_30 = abs(timing.drift_ms_per_minute()) * 30
    sink = "rewinding" if REWINDS else "non-rewinding"
    load = f"{busy} busy loops on {os.cpu_count()} cores" if busy else "quiet"
    print(
        f"cue timing, {load} ({len(timing.kinds)} cues over {MINUTES:g} min, "
        f"{env['QT_QPA_PLATFORM']}, recorded from a {sink} PulseAudio null sink)"
    )
    print(f"  missing cues: {len(timing.missing)}")
    print(
        f"  onset error vs steady schedule: max {worst:.1f} ms (bar 15), "
        f"p95 {p95:.1f} ms (bar 8), median {statistics.median(errors):.1f} ms"
    )
    worst_cues = sorted(
        (
            (abs(error), kind, due)
            for kind, due, error in zip(timing.kinds, timing.due_ms, timing.errors_ms, strict=True)
            if error is not None
        ),
        reverse=True,
    )[:3]
    print(
        "  worst: "
        + ", ".join(
            f"{kind} at {due / 1000:.1f} s ({error:.1f} ms)" for error, kind, due in worst_cues
        )
    )
    print(f"  constant offset (output latency + recorder start): {timing.latency_ms:.0f} ms")
    print(
        f"  drift: {timing.drift_ms_per_minute():+.3f} ms/min -> {drift_30:.1f} ms over 30 min "
        "(bar 10)"
    )
    print(
        f"  app wake-up after due time: median {statistics.median(wake):.2f} ms, "
        f"max {max(wake):.2f} ms"
    )
    ok = not timing.missing and worst <= 15 and p95 <= 8 and drift_30 < 10
    print(f"  -> {'ok' if ok else 'MISSED'}", flush=True)
    return ok


if __name__ == "__main__":
    sys.exit(main())
