"""CPU share and resident memory of the real app while a workout runs.

Starts ``backcare-desktop --start pilates-for-the-spine`` (offscreen by default; set DISPLAY and
QT_QPA_PLATFORM=xcb to measure on a screen, where the window is sized to 1366x768 with xdotool)
with its cues playing into a private PulseAudio server when one can be started, lets the workout
run, and samples ``/proc/<pid>``: CPU time used over the measuring window (after start-up) and
the largest resident set seen. It runs three times: with the animated figure, with the "reduce
motion" setting (key poses only, nothing animates), and animated again with the workout started
a few seconds after the app (``--start`` sent to the open window, as a user picks a routine)
by a returning user (a year of sessions, :data:`RETURNING_SESSIONS`): by then the app has
prepared the history in idle time (Qt Quick, Qt Graphs and the graphics driver loaded; on
software OpenGL that is Mesa's llvmpipe and LLVM). A new user's empty history is not prepared.
Bars: under 5% of one core with the animated figure, under 2% without; under 200 MB resident.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from seed_history import seed

from tests.support.pulse import running_pulseaudio

WARM_UP_S = 5.0
MEASURE_S = float(os.environ.get("BENCH_WORKOUT_SECONDS", "60"))
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def resident_mb(pid: int) -> float:
    """Resident set size in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


RUNS = (
    ("animated figure", False, 5.0, False),
    ("reduce motion", True, 2.0, False),
    ("animated figure, returning user, after the history warm-up", False, 5.0, True),
)
"""(name, reduce_motion setting, CPU bar in % of one core, started after the warm-up)."""
APP_OPEN_S = 5.0
"""How long the app is open before the workout starts, in the run after the warm-up."""
RETURNING_SESSIONS = 300
"""The history of the run after the warm-up (seeded with ``seed_history``)."""


def _fit_window(pid: int, env: dict[str, str]) -> str:
    """On a real display, size the app's window to 1366x768; returns what was done."""
    if env.get("QT_QPA_PLATFORM") != "xcb" or not shutil.which("xdotool"):
        return "window at its default size"
    found = subprocess.run(
        ["xdotool", "search", "--pid", str(pid)], env=env, capture_output=True, text=True
    )
    for window in found.stdout.split():
        subprocess.run(["xdotool", "windowsize", window, "1366", "768"], env=env, check=False)
    return "window 1366x768"


def measure(
    env: dict[str, str], reduce_motion: bool, after_warm_up: bool
) -> tuple[float, float, float, str]:
    """(CPU seconds, wall seconds, peak resident MB, window) of one run."""
    with tempfile.TemporaryDirectory() as data:
        config = Path(data) / "config"
        config.mkdir()
        (config / "settings.json").write_text(json.dumps({"reduce_motion": reduce_motion}))
        app = [sys.executable, "-m", "backcare_desktop", "--data-dir", data, "--no-voice"]
        start = ["--start", "pilates-for-the-spine", "--no-ask"]
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        process = subprocess.Popen(app if after_warm_up else app + start, env=env, **quiet)
        if after_warm_up:
            seed(Path(data) / "history.sqlite3", RETURNING_SESSIONS, years=1)
        try:
            if after_warm_up:  # the open window takes the request, and the second one exits
                time.sleep(APP_OPEN_S)
                subprocess.run(app + start, env=env, timeout=30, check=True, **quiet)
            time.sleep(WARM_UP_S / 2)
            window = _fit_window(process.pid, env)
            time.sleep(WARM_UP_S / 2)
            cpu_before, wall_before = cpu_seconds(process.pid), time.monotonic()
            peak = 0.0
            while time.monotonic() - wall_before < MEASURE_S:
                peak = max(peak, resident_mb(process.pid))
                time.sleep(0.5)
            cpu = cpu_seconds(process.pid) - cpu_before
            wall = time.monotonic() - wall_before
        finally:
            process.kill()
            process.wait()
    return cpu, wall, peak, window


def main() -> int:
    """Measure and print; exit 1 when a bar is missed."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    ok = True
    with tempfile.TemporaryDirectory() as pulse_home, contextlib.ExitStack() as stack:
        sound = "no sound server"
        if shutil.which("pulseaudio") and shutil.which("pactl"):
            env.update(stack.enter_context(running_pulseaudio(Path(pulse_home))))
            sound = "cues playing into PulseAudio"
        for name, reduce_motion, bar, after_warm_up in RUNS:
            cpu, wall, peak, window = measure(env, reduce_motion, after_warm_up)
            share = 100 * cpu / wall
            print(
                f"workout load, {name} ({env['QT_QPA_PLATFORM']}, {window}, {sound}, "
                f"{wall:.0f} s of a running workout)"
            )
            print(
                f"  CPU: {cpu:.2f} s in {wall:.0f} s = {share:.2f}% of one core "
                f"(bar: under {bar:g}%) -> {'ok' if share < bar else 'MISSED'}"
            )
            print(
                f"  resident memory, peak: {peak:.0f} MB (bar: under 200 MB) -> "
                f"{'ok' if peak < 200 else 'MISSED'}"
            )
            ok = ok and share < bar and peak < 200
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
