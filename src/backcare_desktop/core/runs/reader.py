"""Reading items into activities, one reason per failure, in worker processes when many.

:func:`read_items` never raises for bad data: every item ends as an activity or a reason.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from backcare_desktop.core.runs.discover import Item, StravaItem
from backcare_desktop.core.runs.fit import read_fit
from backcare_desktop.core.runs.gpx import read_gpx
from backcare_desktop.core.runs.model import Activity, content_hash
from backcare_desktop.core.runs.sources import (
    activity_kind,
    maybe_gunzip,
    read_activity_file,
    read_zip_member,
)
from backcare_desktop.core.runs.tcx import read_tcx
from backcare_desktop.core.validation import DataError

READERS: dict[str, Callable[[bytes, str], Activity]] = {
    "fit": read_fit,
    "gpx": read_gpx,
    "tcx": read_tcx,
}
CHUNK = 25
"""At most this many items per task: progress and Cancel are checked between chunks."""


@dataclass(frozen=True)
class ItemResult:
    """An item read: its activity, or the reason it could not be read."""

    label: str
    activity: Activity | None = None
    reason: str = ""


def parse_activity(name: str, data: bytes) -> Activity:
    """The activity in ``data`` (decompressed), by the kind ``name`` says."""
    kind = activity_kind(name)
    if kind is None:
        raise DataError(["not a FIT, GPX or TCX file"])
    return READERS[kind](data, PurePosixPath(name).name)


class _Zips:
    """Open archives, each opened once per chunk."""

    def __init__(self, stack: ExitStack) -> None:
        self._stack = stack
        self._open: dict[str, zipfile.ZipFile] = {}

    def get(self, path: str) -> zipfile.ZipFile:
        if path not in self._open:
            self._open[path] = self._stack.enter_context(zipfile.ZipFile(path))
        return self._open[path]


def _strava_bytes(item: StravaItem, zips: _Zips) -> bytes:
    name = item.row.filename
    if item.in_zip:
        raw = read_zip_member(zips.get(item.root), item.prefix + name)
        return maybe_gunzip(name, raw)
    path = Path(item.root) / name
    if not path.is_file():
        raise DataError(["listed in activities.csv but missing from the export"])
    return read_activity_file(path)


def _read_strava(item: StravaItem, zips: _Zips) -> Activity:
    row = item.row
    if not row.filename:
        if not row.complete:
            raise DataError(["the activities.csv row lacks the date, distance or elapsed time"])
        digest = row.row_hash()
    else:
        data = _strava_bytes(item, zips)
        if not row.complete:
            parsed = parse_activity(row.filename, data)
            return replace(parsed, sport=row.sport if row.sport != "other" else parsed.sport)
        digest = content_hash(data)
    assert row.start is not None and row.distance_m is not None and row.elapsed_s is not None
    return Activity(
        start=row.start,
        sport=row.sport,
        distance_m=row.distance_m,
        moving_s=row.moving_s if row.moving_s is not None else row.elapsed_s,
        elapsed_s=row.elapsed_s,
        ascent_m=row.ascent_m,
        avg_hr=row.avg_hr,
        max_hr=row.max_hr,
        source=item.label,
        content_hash=digest,
    )


def _activity(item: Item, zips: _Zips) -> Activity:
    if isinstance(item, StravaItem):
        return _read_strava(item, zips)
    if item.member:
        data = maybe_gunzip(item.member, read_zip_member(zips.get(item.path), item.member))
    else:
        data = read_activity_file(Path(item.path))
    return parse_activity(item.label, data)


def _read_one(item: Item, zips: _Zips) -> ItemResult:
    try:
        activity = _activity(item, zips)
        if problems := activity.problems():
            return ItemResult(item.label, reason="; ".join(problems))
        return ItemResult(item.label, activity)
    except DataError as error:
        return ItemResult(item.label, reason=error.problems[0])
    except (OSError, zipfile.BadZipFile) as error:
        return ItemResult(item.label, reason=f"cannot be read ({error})")


def read_chunk(items: list[Item]) -> list[ItemResult]:
    """Read ``items`` in order (the task a worker process runs)."""
    with ExitStack() as stack:
        zips = _Zips(stack)
        return [_read_one(item, zips) for item in items]


def _chunks(items: list[Item], workers: int) -> Iterator[list[Item]]:
    """Chunks of at most :data:`CHUNK`, small enough to give every worker several."""
    size = max(1, min(CHUNK, len(items) // (4 * workers)))
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _context() -> multiprocessing.context.BaseContext:
    """Fresh worker processes, never a fork of a process with threads (the GUI has some)."""
    return multiprocessing.get_context("forkserver" if sys.platform == "linux" else "spawn")


def default_workers() -> int:
    """One worker process per core, at most four; none in a frozen bundle.

    A PyInstaller bundle would start itself again as a worker unless its entry point calls
    ``multiprocessing.freeze_support()``; until it does, bundles read in the calling thread.
    """
    if getattr(sys, "frozen", False):
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def read_items(
    items: list[Item],
    *,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[ItemResult] | None:
    """Read every item (in ``workers`` processes when more than one); None when cancelled.

    ``progress(done, total)`` is called after each chunk, from the calling thread.
    """
    total = len(items)
    results: list[ItemResult] = []
    if workers <= 1 or total <= 1:
        for chunk in _chunks(items, 1):
            if cancelled():
                return None
            results.extend(read_chunk(chunk))
            if progress:
                progress(len(results), total)
        return results
    ordered: dict[int, list[ItemResult]] = {}
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        pending: dict[Future[list[ItemResult]], int] = {
            pool.submit(read_chunk, chunk): index
            for index, chunk in enumerate(_chunks(items, workers))
        }
        while pending:
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if cancelled():
                pool.shutdown(wait=False, cancel_futures=True)
                return None
            for future in done:
                ordered[pending.pop(future)] = future.result()
            if progress and done:
                progress(sum(len(chunk) for chunk in ordered.values()), total)
    for index in sorted(ordered):
        results.extend(ordered[index])
    return results
