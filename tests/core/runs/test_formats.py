"""Each format read from files written by our FIT writer and by hand from the specs."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backcare_desktop.core.runs import Known, prepare_import
from backcare_desktop.core.runs.model import Activity
from backcare_desktop.core.runs.reader import parse_activity
from tests.support.tracks import Track, make_track, track_fit, track_gpx, track_tcx

START = datetime(2025, 4, 6, 7, 15, tzinfo=UTC)
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def track() -> Track:
    """A 45-minute run at 3 m/s with a one-minute stop and two 20 m hills."""
    return make_track(START, "running", 2700, 3.0, pause_s=60)


def assert_matches(activity: Activity, track: Track, *, moving_tolerance_s: float = 5) -> None:
    assert activity.start == track.start
    assert activity.sport == "running"
    assert activity.distance_m == pytest.approx(track.distance_m, rel=0.01)
    assert activity.elapsed_s == pytest.approx(track.elapsed_s, abs=1)
    assert activity.moving_s == pytest.approx(track.moving_s, abs=moving_tolerance_s)
    assert activity.ascent_m == pytest.approx(track.ascent_m, rel=0.05)
    assert activity.avg_hr == track.avg_hr
    assert activity.max_hr == track.max_hr


def test_the_generated_track_has_the_totals_we_expect(track: Track) -> None:
    # independent arithmetic: 2640 moving seconds at 3 m/s, two 20 m climbs, HR 120..160
    assert track.distance_m == pytest.approx(2640 * 3.0, rel=0.001)
    assert track.ascent_m == pytest.approx(40, abs=0.5)
    assert (track.avg_hr, track.max_hr) == (140, 160)


@pytest.mark.parametrize(
    ("name", "writer"), [("run.fit", track_fit), ("run.gpx", track_gpx), ("run.tcx", track_tcx)]
)
def test_each_format_gives_the_recorded_totals(track: Track, name: str, writer) -> None:
    data = writer(track)
    activity = parse_activity(name, data)
    assert_matches(activity, track)
    assert activity.source == name
    assert len(activity.content_hash) == 64


def test_gzip_forms_read_like_the_plain_files_with_the_same_hash(tmp_path: Path, track) -> None:
    plain = tmp_path / "plain"
    packed = tmp_path / "packed"
    plain.mkdir()
    packed.mkdir()
    for name, writer in (("a.fit", track_fit), ("b.gpx", track_gpx), ("c.tcx", track_tcx)):
        data = writer(track)
        (plain / name).write_bytes(data)
        (packed / f"{name}.gz").write_bytes(gzip.compress(data))
    first = prepare_import([plain], [])
    assert first is not None
    # the three formats hold one and the same run: later ones are duplicates by start+distance
    assert len(first.new) == 1 and first.duplicates == 2
    known = [Known(a.content_hash, a.start, a.distance_m) for a in first.new]
    again = prepare_import([packed], known)
    assert again is not None
    assert again.new == [] and again.duplicates == 3


def test_a_walk_and_a_ride_are_not_runs() -> None:
    ride = make_track(START, "cycling", 1200, 7.0, hr=False)
    walk = make_track(START, "walking", 600, 1.4)
    ride_activity = parse_activity("ride.fit", track_fit(ride))
    walk_activity = parse_activity("walk.gpx", track_gpx(walk, "Evening Walk"))
    assert (ride_activity.sport, ride_activity.is_run) == ("cycling", False)
    assert (ride_activity.avg_hr, ride_activity.max_hr) == (None, None)
    assert (walk_activity.sport, walk_activity.is_run) == ("walking", False)
    assert walk_activity.distance_m == pytest.approx(walk.distance_m, rel=0.01)


def test_hand_written_gpx_with_track_point_extension_heart_rate() -> None:
    activity = parse_activity("opentracks.gpx", (FIXTURES / "opentracks.gpx").read_bytes())
    # four points 100 m apart due north (0.000899322 degrees of latitude each), 30 s apart
    assert activity.start == datetime(2024, 9, 1, 5, 0, tzinfo=UTC)
    assert activity.sport == "running"
    assert activity.distance_m == pytest.approx(300, rel=0.01)
    assert activity.elapsed_s == 90
    assert (activity.avg_hr, activity.max_hr) == (135, 150)
    # gpxpy smooths elevation (0.3, 0.4, 0.3 of each point and its neighbours):
    # 400, 403, 406, 404 -> 400, 403.0, 404.5, 404 -> climbs 3.0 + 1.5
    assert activity.ascent_m == pytest.approx(4.5)


def test_hand_written_tcx_adds_up_its_laps() -> None:
    activity = parse_activity("garmin.tcx", (FIXTURES / "garmin.tcx").read_bytes())
    assert activity.start == datetime(2024, 9, 2, 17, 0, tzinfo=UTC)
    assert activity.sport == "running"
    assert activity.distance_m == pytest.approx(2000.0)
    assert activity.moving_s == pytest.approx(600.0)
    assert activity.elapsed_s == pytest.approx(620.0)
    # lap averages 140 and 150 over 300 s each; maximum the larger lap maximum
    assert (activity.avg_hr, activity.max_hr) == (145, 163)
    assert activity.ascent_m == pytest.approx(4.0)


def test_fit_without_a_session_falls_back_to_its_records(track: Track) -> None:
    activity = parse_activity("cut.fit", track_fit(track, with_session=False))
    assert activity.start == track.start
    assert activity.distance_m == pytest.approx(track.distance_m, rel=0.01)
    assert activity.elapsed_s == track.elapsed_s
    assert activity.max_hr == track.max_hr


def test_fit_times_count_from_the_fit_epoch_and_relative_ones_are_not_dates() -> None:
    from backcare_desktop.core.runs.fit import _moment
    from tests.support.fit_writer import fit_time

    assert _moment(fit_time(START)) == START
    assert _moment(0x0FFFFFFF) is None  # seconds since power-on, not a date
    assert _moment(None) is None
