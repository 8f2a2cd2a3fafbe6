"""A Strava-style export (zip and unpacked folder): repeated columns, sports, duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from backcare_desktop.core.runs import Known, check_spikes, prepare_import
from backcare_desktop.core.runs.strava import parse_activities_csv
from tests.core.runs.strava_export import (
    export_activities,
    write_export_folder,
    write_export_zip,
)
from tests.support.tracks import track_fit

ACTIVITIES = export_activities()


def known_of(plan) -> list[Known]:
    return [Known(a.content_hash, a.start, a.distance_m) for a in plan.new]


def test_the_csv_distance_in_km_and_then_in_metres() -> None:
    from tests.core.runs.strava_export import activities_csv

    rows = parse_activities_csv(activities_csv(ACTIVITIES))
    assert [row.sport for row in rows] == [
        "running", "running", "cycling", "running", "walking", "running", "running",
    ]  # fmt: skip
    for row, activity in zip(rows, ACTIVITIES, strict=True):
        # the metres column is used: exact to the decimetre, not rounded to 10 m like the km
        assert row.distance_m == pytest.approx(activity.track.distance_m, abs=0.06)
        assert row.start == activity.track.start
        assert row.elapsed_s == activity.track.elapsed_s
        assert row.moving_s == activity.track.moving_s
        assert row.filename == activity.filename


def test_only_the_km_column_is_read_as_kilometres() -> None:
    data = b"Activity ID,Activity Date,Activity Type,Elapsed Time,Distance\n" + (
        b'7,"Jan 5, 2020, 7:45:00 PM",Run,1800,5.25\n'
    )
    [row] = parse_activities_csv(data)
    assert row.distance_m == pytest.approx(5250)
    assert (row.start.hour, row.start.minute) == (19, 45)


@pytest.mark.parametrize("form", ["zip", "folder"])
def test_an_export_imports_runs_others_and_totals(tmp_path: Path, form: str) -> None:
    path = (
        write_export_zip(tmp_path / "export.zip", ACTIVITIES)
        if form == "zip"
        else write_export_folder(tmp_path / "export", ACTIVITIES)
    )
    plan = prepare_import([path], [])
    assert plan is not None
    summary = plan.summary()
    assert (summary.runs_added, summary.others_added, summary.duplicates) == (5, 2, 0)
    assert summary.unreadable == ()
    runs = [a for a in plan.new if a.is_run]
    expected_km = sum(a.track.distance_m for a in ACTIVITIES if a.track.sport == "running")
    assert sum(a.distance_m for a in runs) == pytest.approx(expected_km, rel=0.01)
    assert [a.source for a in plan.new][:2] == ["1000.fit.gz", "1001.gpx"]
    spikes = check_spikes([(a.start, a.distance_m) for a in runs])
    flagged = [check for check in spikes if check.is_spike]
    assert len(flagged) == 1
    assert flagged[0].distance_m == pytest.approx(12000, rel=0.01)
    assert flagged[0].longest_before_m == pytest.approx(7950, rel=0.01)


def test_reimporting_and_an_overlapping_file_add_nothing(tmp_path: Path) -> None:
    archive = write_export_zip(tmp_path / "export.zip", ACTIVITIES)
    first = prepare_import([archive], [])
    assert first is not None
    again = prepare_import([archive], known_of(first))
    assert again is not None
    assert (len(again.new), again.duplicates) == (0, 7)
    # the watch's own file of the first run: same bytes (gunzipped) -> same content hash
    loose = tmp_path / "watch.fit"
    loose.write_bytes(track_fit(ACTIVITIES[0].track))
    overlap = prepare_import([loose], known_of(first))
    assert overlap is not None and (len(overlap.new), overlap.duplicates) == (0, 1)


def test_a_missing_activity_file_is_named(tmp_path: Path) -> None:
    folder = write_export_folder(tmp_path / "export", ACTIVITIES)
    (folder / ACTIVITIES[1].filename).unlink()
    plan = prepare_import([folder], [])
    assert plan is not None
    assert [(u.label, u.reason) for u in plan.unreadable] == [
        ("1001.gpx", "listed in activities.csv but missing from the export")
    ]
    assert len(plan.new) == 6


def test_worker_processes_read_the_same_as_one_process(tmp_path: Path) -> None:
    folder = write_export_folder(tmp_path / "export", ACTIVITIES)
    seen: list[tuple[int, int]] = []
    alone = prepare_import([folder], [])
    pooled = prepare_import([folder], [], workers=2, progress=lambda *done: seen.append(done))
    assert alone is not None and pooled is not None
    assert pooled.new == alone.new
    assert seen[-1] == (7, 7)


def test_a_cancelled_read_returns_nothing(tmp_path: Path) -> None:
    folder = write_export_folder(tmp_path / "export", ACTIVITIES)
    assert prepare_import([folder], [], workers=2, cancelled=lambda: True) is None
    assert prepare_import([folder], [], workers=1, cancelled=lambda: True) is None
