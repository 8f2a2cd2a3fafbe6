"""How fast hostile routine files are refused: each is timed, best and median of a few runs.

Run: ``.venv/bin/python benchmarks/bench_hostile_imports.py``. The bar is two seconds each (the
importers bound the work one file can cause); the tests check the refusals and their messages.
"""

from __future__ import annotations

import json
import statistics
import sys
import time

from backcare_desktop.core.importers import import_routines
from backcare_desktop.core.routine import RoutineError

BAR_S = 2.0
REPEAT = 5


def documents() -> dict[str, bytes]:
    """Hostile documents by name: many entries, many problems, many routines, huge text."""
    sets = [{"repetitions": 1, "name": None, "id": "s", "exercises": []}] * 30_000
    return {
        "30,000 JAWT sets": json.dumps(
            {"workouts": [{"title": "W", "sets": sets, "version": 2, "position": 0}]}
        ).encode(),
        "1.6 million empty sets": b'{"workouts":[{"title":"x","sets":['
        + b"{}," * 1_600_000
        + b"{}]}]}",
        "19,000 trainings": json.dumps(
            [{"Title": f"t{i}", "Sets": 1, "ExerciseSec": 1} for i in range(19_000)]
        ).encode(),
        "4.8 MB GVariant string": b"exercise-json-list='" + b"x" * 4_800_000 + b"'\n",
    }


def main() -> int:
    """Print each refusal's time; exit 1 when one takes longer than the bar."""
    slow = []
    for name, data in documents().items():
        times = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            try:
                import_routines(data, "hostile.json")
            except RoutineError:
                pass
            else:
                print(f"{name}: NOT refused")
                return 1
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        print(f"{name:>26}: best {min(times) * 1000:7.1f} ms, median {median * 1000:7.1f} ms")
        if median > BAR_S:
            slow.append(name)
    print(f"bar: each under {BAR_S:.0f} s: {'missed by ' + ', '.join(slow) if slow else 'met'}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
