"""Five years of runs imported cold: a Strava-style export of 1,500 activities.

Run: ``.venv/bin/python benchmarks/bench_run_import.py [--activities 1500] [--full-parse N]``

Builds (once, cached in the temporary folder) a Strava bulk export: ``activities.csv`` with
Strava's repeated columns and ``activities/`` holding every activity as a 1-second track
(FIT gzipped, GPX, TCX gzipped; 30 to 100 minutes each, about 4 million points in all).
Then, timed, in a fresh process with a fresh database (``--import-runs``, worker processes
as the app uses them): the whole export imported. Peak memory is the largest sum of the
resident sizes of that process and its workers, sampled every 20 ms.

``--full-parse N`` also imports N of the activity files as loose files (no CSV), each parsed
in full (FIT decoded with CRC, GPX/TCX parsed), and prints that rate too.

Bars: under 60 s and under 400 MB for the export.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.core.runs.strava_export import HEADER, strava_date  # noqa: E402
from tests.support.tracks import make_track, track_fit, track_gpx, track_tcx  # noqa: E402

BAR_S = 60.0
BAR_MB = 400.0
CACHE = Path(tempfile.gettempdir()) / "backcare-bench-runs"


def _activity_file(number: int, rng: random.Random, start: datetime) -> tuple[str, bytes, dict]:
    kind = rng.random()
    sport, speed = (
        ("cycling", 7.5)
        if kind < 0.12
        else ("walking", 1.4)
        if kind < 0.18
        else ("running", rng.uniform(2.6, 3.6))
    )
    seconds = rng.randint(1800, 6000)
    track = make_track(start, sport, seconds, speed, pause_s=rng.choice((0, 30, 90)))
    form = number % 10
    if form < 6:
        name, data = f"activities/{number}.fit.gz", gzip.compress(track_fit(track), 6)
    elif form < 9:
        name, data = f"activities/{number}.gpx", track_gpx(track)
    else:
        name, data = f"activities/{number}.tcx.gz", gzip.compress(track_tcx(track), 6)
    values = {
        0: str(number), 1: strava_date(start), 2: f"Activity {number}",
        3: {"running": "Run", "cycling": "Ride", "walking": "Walk"}[sport],
        5: str(track.elapsed_s), 6: f"{track.distance_m / 1000:.2f}", 7: str(track.max_hr),
        12: name, 15: f"{track.elapsed_s:.1f}", 16: f"{track.moving_s:.1f}",
        17: f"{track.distance_m:.1f}", 20: f"{track.ascent_m:.1f}", 22: str(track.max_hr),
        23: str(track.avg_hr),
    }  # fmt: skip
    return name, data, values


def build_export(count: int) -> Path:
    """The export zip and its unpacked folder (cached by ``count``)."""
    target = CACHE / f"export-{count}.zip"
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    rng = random.Random(13)
    first = datetime(2020, 1, 1, 6, 30, tzinfo=UTC)
    step = timedelta(days=5 * 365) / count
    folder = CACHE / f"files-{count}"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "activities").mkdir(parents=True)
    import csv
    import io

    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(HEADER)
    began = time.perf_counter()
    partial = target.with_suffix(".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(count):
            start = first + step * number + timedelta(minutes=rng.randint(0, 600))
            name, data, values = _activity_file(number, rng, start)
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED
                             if name.endswith(".gz") else zipfile.ZIP_DEFLATED)  # fmt: skip
            (folder / name).write_bytes(data)
            writer.writerow([values.get(index, "") for index in range(len(HEADER))])
        archive.writestr("activities.csv", text.getvalue())
    partial.rename(target)
    print(f"built the export in {time.perf_counter() - began:.0f} s (cached in {CACHE})")
    return target


def _tree_rss_mb(pid: int) -> float:
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            line = next(row for row in status.splitlines() if row.startswith("VmRSS"))
            total += int(line.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


def timed_import(paths: list[Path]) -> tuple[float, float, str]:
    """Seconds, peak MB (process tree) and output of ``--import-runs`` into a fresh folder."""
    data_dir = Path(tempfile.mkdtemp(prefix="bench-runs-data-"))
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONDONTWRITEBYTECODE="1")
    command = [sys.executable, "-m", "backcare_desktop", "--data-dir", str(data_dir),
               "--import-runs", *map(str, paths)]  # fmt: skip
    peak = 0.0
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_mb(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, _ = process.communicate()
    elapsed = time.perf_counter() - began
    done.set()
    sampler.join()
    shutil.rmtree(data_dir, ignore_errors=True)
    if process.returncode != 0:
        raise SystemExit(f"import failed ({process.returncode}):\n{out}")
    return elapsed, peak, out


def main() -> int:
    """Build the export, import it cold, print the figures; exit 1 when a bar is missed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=1500)
    parser.add_argument("--full-parse", type=int, default=0, metavar="N")
    args = parser.parse_args()
    export = build_export(args.activities)
    print(f"export: {export.stat().st_size / 1e6:.0f} MB, {args.activities} activities, "
          f"{os.cpu_count()} cores")  # fmt: skip
    seconds, peak, out = timed_import([export])
    print(out.strip())
    rate = args.activities / seconds
    print(f"export import: {seconds:.1f} s, {rate:.0f} activities/s, peak memory {peak:.0f} MB "
          f"(bars: {BAR_S:.0f} s, {BAR_MB:.0f} MB)")  # fmt: skip
    if args.full_parse:
        files = sorted((CACHE / f"files-{args.activities}" / "activities").iterdir())
        subset = files[: args.full_parse]
        full_s, full_peak, _ = timed_import(subset)
        rate = len(subset) / full_s
        print(f"full parse of {len(subset)} loose files: {full_s:.1f} s, "
              f"{rate:.1f} activities/s, peak memory {full_peak:.0f} MB")  # fmt: skip
    return 0 if seconds < BAR_S and peak < BAR_MB else 1


if __name__ == "__main__":
    sys.exit(main())
