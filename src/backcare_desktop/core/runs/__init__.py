"""Runs and other activities imported from watches and Strava; spikes in running distance.

One module per format (:mod:`.fit`, :mod:`.gpx`, :mod:`.tcx`, :mod:`.strava`), safe reading
(:mod:`.sources`, :mod:`.xmlsafe`), what to read (:mod:`.discover`), reading in worker
processes (:mod:`.reader`), duplicates and the summary (:mod:`.planner`) and the spike rule
(:mod:`.spikes`). Only this package imports ``fitdecode``, ``gpxpy`` and ``defusedxml``.
No GPS track is kept: no location history is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from backcare_desktop.core.runs.discover import discover
from backcare_desktop.core.runs.model import RUNNING, SPORTS, Activity
from backcare_desktop.core.runs.planner import ImportPlan, ImportSummary, Known, plan_import
from backcare_desktop.core.runs.reader import default_workers, read_items
from backcare_desktop.core.runs.spikes import (
    SOURCE,
    FollowUpNote,
    PainSample,
    SpikeCheck,
    check_spikes,
    follow_up_notes,
)


def prepare_import(
    paths: Iterable[Path],
    known: Iterable[Known],
    *,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportPlan | None:
    """Discover, read and deduplicate everything under ``paths``; None when cancelled."""
    items, failed = discover(list(paths))
    results = read_items(items, workers=workers, progress=progress, cancelled=cancelled)
    if results is None:
        return None
    return plan_import(results, known, failed)


__all__ = [
    "RUNNING",
    "SOURCE",
    "SPORTS",
    "Activity",
    "FollowUpNote",
    "ImportPlan",
    "ImportSummary",
    "Known",
    "PainSample",
    "SpikeCheck",
    "check_spikes",
    "default_workers",
    "follow_up_notes",
    "prepare_import",
]
