"""Run every benchmark in this folder and print their figures (``make bench``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

BENCHMARKS = [
    ["bench_startup.py"],
    ["bench_workout_load.py"],
    ["bench_cue_timing.py"],
    ["bench_history_view.py"],
    ["bench_history_view.py", "--xvfb"],
    ["bench_history_files.py"],
    ["bench_hostile_imports.py"],
    ["bench_workout_after_history.py", "--xvfb"],
]
"""Each benchmark and its arguments; ``--xvfb`` ones (software OpenGL under Xvfb, which
offscreen would hide) run only where Xvfb is installed."""


def main() -> int:
    """Run each benchmark in a fresh process; the exit code is 1 when any bar is missed."""
    here = Path(__file__).resolve().parent
    failed = []
    for name, *args in BENCHMARKS:
        if "--xvfb" in args and shutil.which("Xvfb") is None:
            print(f"== {name} {' '.join(args)}: skipped, Xvfb is not installed", flush=True)
            continue
        print(f"== {' '.join([name, *args])}", flush=True)
        result = subprocess.run(
            [sys.executable, str(here / name), *args], cwd=here.parent, check=False
        )
        if result.returncode != 0:
            failed.append(" ".join([name, *args]))
        print(flush=True)
    if failed:
        print(f"bars missed or errors in: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
