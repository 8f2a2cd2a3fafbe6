"""Synthetic 1-second tracks and the same activity written as FIT, GPX and TCX.

The expected totals (distance along the points, ascent, heart rate) are computed here from the
points with plain formulas, independently of the importer under test.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from datetime import datetime

from tests.support.fit_writer import Point, activity_fit

EARTH_RADIUS_M = 6_371_000.0


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


@dataclass(frozen=True)
class Track:
    """A generated activity with its independently computed totals."""

    start: datetime
    sport: str
    points: tuple[Point, ...]
    distance_m: float
    elapsed_s: int
    moving_s: int
    ascent_m: float
    avg_hr: int | None
    max_hr: int | None


def make_track(
    start: datetime,
    sport: str,
    seconds: int,
    speed_m_s: float,
    *,
    pause_s: int = 0,
    hr: bool = True,
    lat0: float = 52.52,
    lon0: float = 13.40,
    hill_m: float = 20.0,
) -> Track:
    """A loop-free out-and-away track, one point a second; ``pause_s`` standing still midway.

    Altitude rises and falls ``hill_m`` twice (so the ascent is about ``2 * hill_m``).
    """
    points: list[Point] = []
    lat, lon = lat0, lon0
    distance = 0.0
    heading = 0.7
    pause_from = seconds // 2
    moving = 0
    for second in range(seconds + 1):
        paused = pause_from <= second < pause_from + pause_s
        if second and not paused:
            step = speed_m_s
            heading += 0.002
            nlat = lat + (step * math.cos(heading)) / 111_195.0
            nlon = lon + (step * math.sin(heading)) / (111_195.0 * math.cos(math.radians(lat)))
            distance += haversine_m(lat, lon, nlat, nlon)
            lat, lon = nlat, nlon
            moving += 1
        altitude = 40 + hill_m * (1 - math.cos(4 * math.pi * second / seconds)) / 2
        heart = 120 + (second * 40) // seconds if hr else None
        points.append(Point(second, lat, lon, round(altitude, 1), distance, heart))
    ascent = sum(max(0.0, b.altitude_m - a.altitude_m) for a, b in itertools.pairwise(points))
    rates = [p.heart_rate for p in points if p.heart_rate is not None]
    return Track(
        start=start,
        sport=sport,
        points=tuple(points),
        distance_m=distance,
        elapsed_s=seconds,
        moving_s=moving,
        ascent_m=ascent,
        avg_hr=round(sum(rates) / len(rates)) if rates else None,
        max_hr=max(rates) if rates else None,
    )


def track_fit(track: Track, **options: object) -> bytes:
    """The track as a FIT activity file with a session holding its totals."""
    return activity_fit(
        track.start,
        track.sport,
        track.points,
        moving_s=track.moving_s,
        ascent_m=round(track.ascent_m),
        avg_hr=track.avg_hr,
        max_hr=track.max_hr,
        **options,  # type: ignore[arg-type]
    )


def _iso(track: Track, offset_s: int) -> str:
    moment = track.start.timestamp() + offset_s
    return datetime.fromtimestamp(moment, track.start.tzinfo).strftime("%Y-%m-%dT%H:%M:%SZ")


GPX_TYPES = {"running": "running", "cycling": "cycling", "walking": "walking"}


def track_gpx(track: Track, name: str = "Morning Run") -> bytes:
    """The track as GPX 1.1 with Garmin TrackPointExtension v1 heart rate, as Strava writes it."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gpx creator="StravaGPX" version="1.1" xmlns="http://www.topografix.com/GPX/1/1"'
        ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">',
        f" <metadata><time>{_iso(track, 0)}</time></metadata>",
        f" <trk><name>{name}</name><type>{GPX_TYPES[track.sport]}</type><trkseg>",
    ]
    for point in track.points:
        extension = (
            "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>"
            f"{point.heart_rate}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>"
            if point.heart_rate is not None
            else ""
        )
        lines.append(
            f'  <trkpt lat="{point.lat:.7f}" lon="{point.lon:.7f}"><ele>{point.altitude_m}</ele>'
            f"<time>{_iso(track, point.offset_s)}</time>{extension}</trkpt>"
        )
    lines.append(" </trkseg></trk>\n</gpx>\n")
    return "\n".join(lines).encode()


TCX_SPORTS = {"running": "Running", "cycling": "Biking", "walking": "Other"}


def track_tcx(track: Track) -> bytes:
    """The track as a Garmin TCX v2 activity with one lap holding the totals."""
    rates = track.avg_hr is not None
    hr_lines = (
        f"<AverageHeartRateBpm><Value>{track.avg_hr}</Value></AverageHeartRateBpm>"
        f"<MaximumHeartRateBpm><Value>{track.max_hr}</Value></MaximumHeartRateBpm>"
        if rates
        else ""
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/'
        'TrainingCenterDatabase/v2">',
        f' <Activities><Activity Sport="{TCX_SPORTS[track.sport]}"><Id>{_iso(track, 0)}</Id>',
        f'  <Lap StartTime="{_iso(track, 0)}"><TotalTimeSeconds>{track.moving_s}'
        f"</TotalTimeSeconds><DistanceMeters>{track.distance_m:.1f}</DistanceMeters>"
        f"{hr_lines}<Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod><Track>",
    ]
    for point in track.points:
        heart = (
            f"<HeartRateBpm><Value>{point.heart_rate}</Value></HeartRateBpm>"
            if point.heart_rate is not None
            else ""
        )
        lines.append(
            f"   <Trackpoint><Time>{_iso(track, point.offset_s)}</Time><Position>"
            f"<LatitudeDegrees>{point.lat:.7f}</LatitudeDegrees><LongitudeDegrees>"
            f"{point.lon:.7f}</LongitudeDegrees></Position><AltitudeMeters>{point.altitude_m}"
            f"</AltitudeMeters><DistanceMeters>{point.distance_m:.1f}</DistanceMeters>"
            f"{heart}</Trackpoint>"
        )
    lines.append("  </Track></Lap></Activity></Activities>\n</TrainingCenterDatabase>\n")
    return "\n".join(lines).encode()
