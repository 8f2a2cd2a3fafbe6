"""Run every benchmark in this folder and print their figures (``make bench``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = [
    "bench_startup.py",
    "bench_workout_load.py",
    "bench_cue_timing.py",
    "bench_history_view.py",
    "bench_history_files.py",
    "bench_hostile_imports.py",
]


def main() -> int:
    """Run each benchmark in a fresh process; the exit code is 1 when any bar is missed."""
    here = Path(__file__).resolve().parent
    failed = []
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        result = subprocess.run([sys.executable, str(here / name)], cwd=here.parent, check=False)
        if result.returncode != 0:
            failed.append(name)
        print(flush=True)
    if failed:
        print(f"bars missed or errors in: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
