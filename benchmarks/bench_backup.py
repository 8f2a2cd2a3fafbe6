"""Ten years of history through a JSON backup: time writing it and reading it back.

Run: ``.venv/bin/python benchmarks/bench_backup.py [--repeat 5]``

Seeds 7,300 sessions with their moves (``seed_history.seed``) into a temporary folder, writes
the JSON backup once and prints its size, then times (median and best of ``--repeat``):

* ``backup_text``: the backup document from the stored records,
* ``parse_backup``: checking every field of every session and move of that document (what a
  restore does before it writes anything),
* ``import_json``: a whole restore into an empty history (read, check, write), once.

The figures decided issue 14's question about the backup fast path (a second, hand-written
check of each move): it saved about 0.6 s CPU of a 5.6 s restore of ten years, so it went.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from seed_history import seed

from backcare_desktop.storage.db import open_database
from backcare_desktop.storage.export import backup_text, import_json, parse_backup
from backcare_desktop.storage.history import HistoryStore


def main(argv: list[str] | None = None) -> int:
    """Seed, then print the timings."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        sessions, moves = seed(path)
        db = open_database(path, datetime.now)
        try:
            records = HistoryStore(db).records()
        finally:
            db.close()
    now = datetime(2026, 1, 1, tzinfo=UTC)
    text = backup_text(records, now)
    data = text.encode("utf-8")
    print(f"{sessions} sessions, {moves} moves, backup {len(data) / 1e6:.1f} MB")
    for name, action in (
        ("backup_text", lambda: backup_text(records, now)),
        ("parse_backup", lambda: parse_backup(data)),
    ):
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
        print(
            f"{name}: median {statistics.median(times) * 1000:.0f} ms,"
            f" best {min(times) * 1000:.0f} ms"
        )
    assert len(parse_backup(data)) == sessions
    with tempfile.TemporaryDirectory() as folder:
        backup = Path(folder) / "backup.json"
        backup.write_bytes(data)
        db = open_database(Path(folder) / "restored.sqlite3", datetime.now)
        try:
            start = time.perf_counter()
            summary = import_json(HistoryStore(db), backup)
            elapsed = time.perf_counter() - start
        finally:
            db.close()
    print(f"import_json: {elapsed * 1000:.0f} ms for {summary.added} sessions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
