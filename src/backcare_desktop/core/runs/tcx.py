"""TCX activities (Garmin Training Center v2), parsed with ``defusedxml.ElementTree``.

Per lap: ``TotalTimeSeconds`` (timer time), ``DistanceMeters``, average and maximum heart
rate; the activity adds its laps up. Elapsed time runs from the first lap's start to the last
track point; ascent adds up the rises between track points' altitudes.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from xml.etree.ElementTree import Element

from backcare_desktop.core.runs.model import Activity, content_hash, sport_from_text
from backcare_desktop.core.runs.xmlsafe import local_name, parse_xml
from backcare_desktop.core.validation import DataError


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local_name(child.tag) == name]


def _child_text(element: Element, *path: str) -> str | None:
    current: Element | None = element
    for name in path:
        found = _children(current, name) if current is not None else []
        current = found[0] if found else None
    return current.text.strip() if current is not None and current.text else None


def _float(text: str | None, what: str) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        raise DataError([f"{what} is not a number: {text[:20]!r}"]) from None


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise DataError([f"not a time: {text[:40]!r}"]) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def read_tcx(data: bytes, source: str) -> Activity:
    """The first activity in a TCX file."""
    root = parse_xml(data)
    if local_name(root.tag) != "TrainingCenterDatabase":
        raise DataError([f"not a TCX file (the root element is <{local_name(root.tag)}>)"])
    activities = [
        a for block in _children(root, "Activities") for a in _children(block, "Activity")
    ]
    if not activities:
        raise DataError(["the TCX file holds no activity"])
    activity = activities[0]
    laps = _children(activity, "Lap")
    if not laps:
        raise DataError(["the TCX activity has no laps"])
    start = _time(laps[0].get("StartTime")) or _time(_child_text(activity, "Id"))
    if start is None:
        raise DataError(["the TCX activity has no start time"])
    moving = sum(
        _float(_child_text(lap, "TotalTimeSeconds"), "TotalTimeSeconds") or 0 for lap in laps
    )
    distance = sum(
        _float(_child_text(lap, "DistanceMeters"), "DistanceMeters") or 0 for lap in laps
    )
    weighted, weight, maxima = 0.0, 0.0, []
    for lap in laps:
        seconds = _float(_child_text(lap, "TotalTimeSeconds"), "TotalTimeSeconds") or 0
        average = _float(_child_text(lap, "AverageHeartRateBpm", "Value"), "heart rate")
        if average:
            weighted += average * seconds
            weight += seconds
        top = _float(_child_text(lap, "MaximumHeartRateBpm", "Value"), "heart rate")
        if top:
            maxima.append(top)
    times: list[datetime] = []
    altitudes: list[float] = []
    for element in activity.iter():
        if local_name(element.tag) != "Trackpoint":
            continue
        if (moment := _time(_child_text(element, "Time"))) is not None:
            times.append(moment)
        altitude = _float(_child_text(element, "AltitudeMeters"), "AltitudeMeters")
        if altitude is not None:
            altitudes.append(altitude)
    end = max(times) if times else None
    ascent = sum(max(0.0, b - a) for a, b in itertools.pairwise(altitudes))
    return Activity(
        start=start,
        sport=sport_from_text(activity.get("Sport")),
        distance_m=distance,
        moving_s=moving,
        elapsed_s=(end - start).total_seconds() if end and end > start else moving,
        ascent_m=ascent if altitudes else None,
        avg_hr=round(weighted / weight) if weight else None,
        max_hr=round(max(maxima)) if maxima else None,
        source=source,
        content_hash=content_hash(data),
    )
