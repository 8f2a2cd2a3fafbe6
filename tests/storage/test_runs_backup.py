"""Runs in the CSV export and the JSON backup; restoring merges without duplicates."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from backcare_desktop.core.runs import Known
from backcare_desktop.core.validation import Problems
from backcare_desktop.storage.runs_backup import (
    CSV_COLUMNS,
    activity_to_json,
    merge_plan,
    read_activities,
    runs_csv_text,
)
from tests.storage.test_runs_store import activity


def test_activities_survive_the_backup_round_trip() -> None:
    stored = [activity(1), activity(2, "cycling", 30000.0), replace(activity(3), avg_hr=None,
              max_hr=None, ascent_m=None)]  # fmt: skip
    text = json.dumps([activity_to_json(a) for a in stored])
    problems = Problems()
    assert read_activities(json.loads(text), problems) == stored
    assert not problems


def test_bad_activities_are_named_with_their_paths() -> None:
    good = activity_to_json(activity(1))
    bad = [
        good,
        {**good, "avg_hr": 400},
        {**good, "sport": "teleporting"},
        {**good, "start": "yesterday"},
        {**good, "track": [[52.5, 13.4]]},
        "text",
    ]
    problems = Problems()
    assert read_activities(bad, problems) == [activity(1)]
    assert problems.items == [
        "activities[1].avg_hr: must be 20..260 bpm, got 400",
        "activities[2].sport: must be one of running, cycling, walking, hiking, swimming, "
        'multisport, other; got "teleporting"',
        'activities[3].start: must be an ISO 8601 UTC time from 1990, got "yesterday"',
        "activities[4].track: unknown field",
        "activities[5]: must be an object, got text",
    ]


def test_an_older_backup_without_activities_restores_none() -> None:
    problems = Problems()
    assert read_activities(None, problems) == [] and not problems


def test_restoring_skips_what_is_there_by_hash_and_by_start_and_distance() -> None:
    here = activity(1)
    same_run_other_file = replace(here, content_hash="f" * 64, distance_m=8040.0)
    new = activity(5)
    known = [Known(here.content_hash, here.start, here.distance_m)]
    plan = merge_plan([here, same_run_other_file, new], known)
    assert plan.new == [new] and plan.duplicates == 2


def test_the_runs_csv_flags_spikes_and_defuses_formulas() -> None:
    runs = [activity(0, distance=8000.0), activity(7, distance=12000.0)]
    runs[1] = replace(runs[1], source="=HYPERLINK(evil)")
    text = runs_csv_text(runs, lambda cell: "'" + cell if cell.startswith("=") else cell)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [(r["spike"], r["longest_30d_m"]) for r in rows] == [("false", ""), ("true", "8000.0")]
    assert rows[1]["source"] == "'=HYPERLINK(evil)"
    assert rows[1]["start_utc"] == "2025-05-08T06:00:00Z"
    assert float(rows[0]["distance_m"]) == pytest.approx(8000.0)
