"""GPX tracks (Strava, OpenTracks, Runkeeper), read with ``gpxpy`` after a ``defusedxml`` check.

The bytes are first parsed with :func:`~backcare_desktop.core.runs.xmlsafe.parse_xml` (no
DTD, no entities), so gpxpy only ever sees XML without entities to expand. Heart rate comes
from Garmin's TrackPointExtension (``gpxtpx:hr``) where present.
"""

from __future__ import annotations

from datetime import UTC, datetime

import gpxpy
import gpxpy.gpx

from backcare_desktop.core.runs.model import Activity, content_hash, sport_from_text
from backcare_desktop.core.runs.xmlsafe import check_xml, local_name
from backcare_desktop.core.validation import DataError, decode_text


def _heart_rate(point: gpxpy.gpx.GPXTrackPoint) -> int | None:
    for extension in point.extensions:
        for element in extension.iter():
            if local_name(element.tag) in ("hr", "heartrate") and element.text:
                try:
                    rate = int(float(element.text))
                except ValueError:
                    return None
                return rate if 0 < rate < 260 else None
    return None


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def read_gpx(data: bytes, source: str) -> Activity:
    """The activity in a GPX file (all its tracks together)."""
    check_xml(data)
    try:
        document = gpxpy.parse(decode_text(data, "GPX file"))
    except gpxpy.gpx.GPXException as error:
        raise DataError([f"not a readable GPX file ({error})"]) from None
    bounds = document.get_time_bounds()
    if bounds.start_time is None or bounds.end_time is None:
        raise DataError(["the GPX file has no timed track points"])
    moving = document.get_moving_data()
    climb = document.get_uphill_downhill()
    rates = [
        rate
        for track in document.tracks
        for segment in track.segments
        for point in segment.points
        if (rate := _heart_rate(point)) is not None
    ]
    kind = next((track.type for track in document.tracks if track.type), None)
    name = next((track.name for track in document.tracks if track.name), None)
    has_elevation = any(
        point.elevation is not None
        for track in document.tracks
        for segment in track.segments
        for point in segment.points[:1]
    )
    return Activity(
        start=_utc(bounds.start_time),
        sport=sport_from_text(kind or name),
        distance_m=document.length_2d(),
        moving_s=float(moving.moving_time) if moving else 0.0,
        elapsed_s=(bounds.end_time - bounds.start_time).total_seconds(),
        ascent_m=float(climb.uphill) if has_elevation else None,
        avg_hr=round(sum(rates) / len(rates)) if rates else None,
        max_hr=max(rates) if rates else None,
        source=source,
        content_hash=content_hash(data),
    )
