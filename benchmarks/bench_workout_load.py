"""CPU share and resident memory of the real app while a workout runs.

Starts ``backcare-desktop --start pilates-for-the-spine`` (offscreen by default; set DISPLAY and
QT_QPA_PLATFORM=xcb to measure on a screen) with its cues playing into a private PulseAudio
server when one can be started, lets the workout run, and samples ``/proc/<pid>``:
CPU time used over the measuring window (after start-up) and the largest resident set seen.
Bars: under 2% of one core on average, under 200 MB resident.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


def main() -> int:
    """Measure and print; exit 1 when a bar is missed."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as data, contextlib.ExitStack() as stack:
        sound = "no sound server"
        if shutil.which("pulseaudio") and shutil.which("pactl"):
            env.update(stack.enter_context(running_pulseaudio(Path(data))))
            sound = "cues playing into PulseAudio"
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "backcare_desktop",
                "--data-dir",
                data,
                "--start",
                "pilates-for-the-spine",
                "--no-voice",
                "--no-ask",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(WARM_UP_S)
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
    share = 100 * cpu / wall
    print(f"workout load ({env['QT_QPA_PLATFORM']}, {sound}, {wall:.0f} s of a running workout)")
    print(
        f"  CPU: {cpu:.2f} s in {wall:.0f} s = {share:.2f}% of one core (bar: under 2%) -> "
        f"{'ok' if share < 2 else 'MISSED'}"
    )
    print(
        f"  resident memory, peak: {peak:.0f} MB (bar: under 200 MB) -> "
        f"{'ok' if peak < 200 else 'MISSED'}"
    )
    return 0 if share < 2 and peak < 200 else 1


if __name__ == "__main__":
    sys.exit(main())
