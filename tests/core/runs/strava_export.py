"""A small Strava-style bulk export: activities.csv (repeated columns) plus activities/."""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.support.tracks import Track, make_track, track_fit, track_gpx

HEADER = [
    "Activity ID", "Activity Date", "Activity Name", "Activity Type", "Activity Description",
    "Elapsed Time", "Distance", "Max Heart Rate", "Relative Effort", "Commute",
    "Activity Private Note", "Activity Gear", "Filename", "Athlete Weight", "Bike Weight",
    "Elapsed Time", "Moving Time", "Distance", "Max Speed", "Average Speed", "Elevation Gain",
    "Elevation Loss", "Max Heart Rate", "Average Heart Rate", "Calories",
]  # fmt: skip

START = datetime(2025, 3, 3, 6, 30, tzinfo=UTC)


@dataclass(frozen=True)
class ExportActivity:
    """One activity of the export with its track and how its file is stored."""

    activity_id: int
    name: str
    kind: str
    track: Track
    filename: str


def strava_date(moment: datetime) -> str:
    """Strava's ``Activity Date`` text: ``Mar 3, 2025, 6:30:00 AM`` (UTC)."""
    hour = moment.hour % 12 or 12
    half = "AM" if moment.hour < 12 else "PM"
    return f"{moment:%b} {moment.day}, {moment.year}, {hour}:{moment:%M:%S} {half}"


def export_activities() -> list[ExportActivity]:
    """Four runs building up, a ride, a walk, then a spike run (12 km after 8 km at most)."""
    plan = [
        (0, "Run", "running", 2400, 3.0),  # 7.2 km
        (3, "Run", "running", 2600, 3.0),  # 7.8 km
        (5, "Ride", "cycling", 3600, 7.0),  # 25 km: never running distance
        (7, "Run", "running", 2650, 3.0),  # 7.95 km (longest run before the spike)
        (9, "Walk", "walking", 1800, 1.4),
        (12, "Run", "running", 2000, 3.0),
        (14, "Run", "running", 4000, 3.0),  # 12 km: a spike (+51%)
    ]
    result = []
    for number, (day, kind, sport, seconds, speed) in enumerate(plan):
        track = make_track(
            START + timedelta(days=day), sport, seconds, speed, hr=sport != "cycling"
        )
        suffix = "fit.gz" if number % 2 == 0 else "gpx"
        result.append(ExportActivity(1000 + number, f"{kind} {number}", kind, track,
                                     f"activities/{1000 + number}.{suffix}"))  # fmt: skip
    return result


def _file_bytes(activity: ExportActivity) -> bytes:
    if activity.filename.endswith(".fit.gz"):
        return gzip.compress(track_fit(activity.track), mtime=0)
    return track_gpx(activity.track, activity.name)


def activities_csv(activities: list[ExportActivity]) -> bytes:
    """The CSV with Strava's repeated columns: first Distance in km, the second in metres."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for activity in activities:
        track = activity.track
        row = dict.fromkeys(range(len(HEADER)), "")
        row[0] = str(activity.activity_id)
        row[1] = strava_date(track.start)
        row[2] = activity.name
        row[3] = activity.kind
        row[5] = str(track.elapsed_s)
        row[6] = f"{track.distance_m / 1000:.2f}"
        row[7] = f"{track.max_hr or ''}"
        row[12] = activity.filename
        row[15] = f"{track.elapsed_s:.1f}"
        row[16] = f"{track.moving_s:.1f}"
        row[17] = f"{track.distance_m:.1f}"
        row[20] = f"{track.ascent_m:.1f}"
        row[22] = f"{track.max_hr or ''}"
        row[23] = f"{track.avg_hr or ''}"
        writer.writerow([row[index] for index in range(len(HEADER))])
    return out.getvalue().encode()


def write_export_folder(root: Path, activities: list[ExportActivity]) -> Path:
    """The unpacked export under ``root``."""
    (root / "activities").mkdir(parents=True)
    (root / "activities.csv").write_bytes(activities_csv(activities))
    for activity in activities:
        (root / activity.filename).write_bytes(_file_bytes(activity))
    return root


def write_export_zip(path: Path, activities: list[ExportActivity]) -> Path:
    """The export as Strava sends it: one zip."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("activities.csv", activities_csv(activities))
        for activity in activities:
            archive.writestr(activity.filename, _file_bytes(activity))
    return path
