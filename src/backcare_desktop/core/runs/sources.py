"""Reading activity bytes safely: size limits, gzip with a decompressed-size limit, zip members.

Every failure is a :class:`DataError` with one plain reason for the summary.
"""

from __future__ import annotations

import gzip
import io
import zipfile
import zlib
from pathlib import Path
from typing import Final

from backcare_desktop.core.validation import DataError, read_regular_file, size_text

MAX_FILE_BYTES: Final = 64_000_000
"""An activity file (or its gzip form) on disk; a day-long 1-second GPX is about 20 MB."""
MAX_DECOMPRESSED_BYTES: Final = 128_000_000
"""What one activity file may expand to."""
MAX_CSV_BYTES: Final = 64_000_000
"""``activities.csv``: about 2 KB a row, so tens of thousands of activities."""
MAX_ZIP_MEMBER_RATIO: Final = 200
"""A member expanding more than this many times (and past 1 MB) is refused as a zip bomb."""
MAX_ZIP_TOTAL_BYTES: Final = 20_000_000_000
"""What all members of one export may expand to together."""

ACTIVITY_SUFFIXES: Final = (".fit", ".gpx", ".tcx")


def activity_kind(name: str) -> str | None:
    """``fit``, ``gpx`` or ``tcx`` for an activity file name (gzip forms too), else None."""
    lowered = name.lower().removesuffix(".gz")
    for suffix in ACTIVITY_SUFFIXES:
        if lowered.endswith(suffix):
            return suffix[1:]
    return None


def gunzip(data: bytes, limit: int = MAX_DECOMPRESSED_BYTES) -> bytes:
    """The decompressed bytes of a gzip file, refusing more than ``limit`` bytes of output."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(limit + 1)
    except gzip.BadGzipFile:
        raise DataError(["not a gzip file"]) from None
    except EOFError:
        raise DataError(["the gzip file is truncated"]) from None
    except zlib.error as error:
        raise DataError([f"the gzip file is damaged ({error})"]) from None
    if len(out) > limit:
        raise DataError([f"expands to more than {size_text(limit)}; refused"])
    return out


def maybe_gunzip(name: str, data: bytes) -> bytes:
    """``data`` decompressed when ``name`` ends in ``.gz``."""
    return gunzip(data) if name.lower().endswith(".gz") else data


def read_activity_file(path: Path) -> bytes:
    """The (decompressed) bytes of one activity file on disk."""
    try:
        return maybe_gunzip(path.name, read_regular_file(path, MAX_FILE_BYTES, "activity file"))
    except DataError as error:
        raise DataError(error.problems) from None


def check_zip(archive: zipfile.ZipFile) -> None:
    """Refuse an archive whose members together expand beyond :data:`MAX_ZIP_TOTAL_BYTES`."""
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_ZIP_TOTAL_BYTES:
        raise DataError(
            [
                f"the archive expands to {size_text(total)}; at most "
                f"{size_text(MAX_ZIP_TOTAL_BYTES)} is read"
            ]
        )


def read_zip_member(archive: zipfile.ZipFile, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """One member's bytes, refusing members that are too large or expand suspiciously."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise DataError(["listed in activities.csv but missing from the export"]) from None
    if info.file_size > 1_000_000 and info.file_size > MAX_ZIP_MEMBER_RATIO * max(
        info.compress_size, 1
    ):
        raise DataError(
            [
                f"expands {info.file_size // max(info.compress_size, 1)} times "
                f"({size_text(info.compress_size)} to {size_text(info.file_size)}): "
                "refused as a zip bomb"
            ]
        )
    if info.file_size > limit:
        raise DataError([f"expands to {size_text(info.file_size)}; at most {size_text(limit)}"])
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        raise DataError([f"cannot be read from the archive ({error})"]) from None
    if len(data) > limit:
        raise DataError([f"expands to more than {size_text(limit)}; refused"])
    return data
