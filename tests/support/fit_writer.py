"""A minimal FIT file writer for fixtures, written from the FIT protocol document.

No installed package writes FIT files (``fitdecode`` only reads), so tests and benchmarks build
them here: a 14-byte header with its CRC, definition and data messages (little endian), and the
file CRC. The CRC is the FIT SDK's nibble-table CRC-16, implemented here independently of the
reader under test.

Only the messages our importer reads are provided: ``file_id`` (0), ``session`` (18),
``record`` (20) and ``activity`` (34), with the fields the profile defines for them.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)
"""FIT ``date_time`` values count seconds from here."""

_CRC_TABLE = (
    0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
)  # fmt: skip

# Base types: (number, struct code)
ENUM = (0x00, "B")
UINT8 = (0x02, "B")
UINT16 = (0x84, "H")
SINT32 = (0x85, "i")
UINT32 = (0x86, "I")

FILE_ACTIVITY = 4
FILE_SETTINGS = 2
SPORTS = {"running": 1, "cycling": 2, "walking": 11, "swimming": 5, "hiking": 17}

# (field number, base type) of the fields written, per global message
_FIELDS: dict[str, tuple[int, dict[str, tuple[int, tuple[int, str]]]]] = {
    "file_id": (0, {"type": (0, ENUM), "manufacturer": (1, UINT16), "time_created": (4, UINT32)}),
    "record": (
        20,
        {
            "timestamp": (253, UINT32),
            "position_lat": (0, SINT32),
            "position_long": (1, SINT32),
            "altitude": (2, UINT16),
            "heart_rate": (3, UINT8),
            "distance": (5, UINT32),
        },
    ),
    "session": (
        18,
        {
            "timestamp": (253, UINT32),
            "start_time": (2, UINT32),
            "sport": (5, ENUM),
            "total_elapsed_time": (7, UINT32),
            "total_timer_time": (8, UINT32),
            "total_distance": (9, UINT32),
            "avg_heart_rate": (16, UINT8),
            "max_heart_rate": (17, UINT8),
            "total_ascent": (22, UINT16),
            "total_moving_time": (59, UINT32),
        },
    ),
    "activity": (34, {"timestamp": (253, UINT32), "num_sessions": (1, UINT16)}),
}


def fit_crc(data: bytes, crc: int = 0) -> int:
    """The FIT CRC-16 of ``data`` (nibble table, as in the FIT SDK's ``FitCRC_Get16``)."""
    for byte in data:
        tmp = _CRC_TABLE[crc & 0xF]
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ _CRC_TABLE[byte & 0xF]
        tmp = _CRC_TABLE[crc & 0xF]
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ _CRC_TABLE[(byte >> 4) & 0xF]
    return crc


def fit_time(moment: datetime) -> int:
    """A FIT ``date_time`` value."""
    return int((moment - FIT_EPOCH).total_seconds())


def semicircles(degrees: float) -> int:
    """Degrees as FIT semicircles."""
    return round(degrees * (2**31 / 180))


@dataclass
class FitWriter:
    """Collects messages; :meth:`to_bytes` returns the whole file."""

    body: bytearray = field(default_factory=bytearray)
    _defined: dict[int, tuple[str, tuple[str, ...]]] = field(default_factory=dict)

    def message(self, name: str, local: int = 0, **values: int) -> None:
        """Write one data message (and its definition first when the layout changed)."""
        global_number, known = _FIELDS[name]
        names = tuple(values)
        if self._defined.get(local) != (name, names):
            self.body.append(0x40 | local)
            self.body += struct.pack("<BBHB", 0, 0, global_number, len(names))
            for key in names:
                number, (base, code) = known[key]
                self.body += struct.pack("<BBB", number, struct.calcsize(code), base)
            self._defined[local] = (name, names)
        self.body.append(local)
        self.body += struct.pack("<" + "".join(known[key][1][1] for key in names), *values.values())

    def to_bytes(self, protocol: int = 0x20, profile: int = 2132) -> bytes:
        """Header (with CRC), the messages and the file CRC."""
        header = struct.pack("<BBHI4s", 14, protocol, profile, len(self.body), b".FIT")
        header += struct.pack("<H", fit_crc(header))
        data = header + bytes(self.body)
        return data + struct.pack("<H", fit_crc(data))


@dataclass(frozen=True)
class Point:
    """One track point: seconds from the start, position, altitude (m), cumulative distance."""

    offset_s: int
    lat: float
    lon: float
    altitude_m: float
    distance_m: float
    heart_rate: int | None = None


def activity_fit(
    start: datetime,
    sport: str,
    points: Sequence[Point],
    *,
    moving_s: float,
    ascent_m: int,
    avg_hr: int | None,
    max_hr: int | None,
    file_type: int = FILE_ACTIVITY,
    with_session: bool = True,
) -> bytes:
    """An activity file: file_id, one record per point, a session with totals, the activity."""
    writer = FitWriter()
    begin = fit_time(start)
    writer.message("file_id", type=file_type, manufacturer=1, time_created=begin)
    for point in points:
        values = {
            "timestamp": begin + point.offset_s,
            "position_lat": semicircles(point.lat),
            "position_long": semicircles(point.lon),
            "altitude": round((point.altitude_m + 500) * 5),
            "distance": round(point.distance_m * 100),
        }
        if point.heart_rate is not None:
            values["heart_rate"] = point.heart_rate
        writer.message("record", local=1, **values)
    end = begin + (points[-1].offset_s if points else 0)
    if with_session:
        totals = {
            "timestamp": end,
            "start_time": begin,
            "sport": SPORTS[sport],
            "total_elapsed_time": (end - begin) * 1000,
            "total_timer_time": round(moving_s * 1000),
            "total_distance": round((points[-1].distance_m if points else 0) * 100),
            "total_ascent": ascent_m,
            "total_moving_time": round(moving_s * 1000),
        }
        if avg_hr is not None and max_hr is not None:
            totals["avg_heart_rate"] = avg_hr
            totals["max_heart_rate"] = max_hr
        writer.message("session", local=2, **totals)
        writer.message("activity", local=3, timestamp=end, num_sessions=1)
    return writer.to_bytes()
