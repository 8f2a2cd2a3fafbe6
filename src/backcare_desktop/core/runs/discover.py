"""What an import was given, turned into items to read: files, folders, zips, Strava exports.

Items are small picklable values, so worker processes can read them in parallel.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from backcare_desktop.core.runs.sources import (
    MAX_CSV_BYTES,
    activity_kind,
    check_zip,
    read_zip_member,
)
from backcare_desktop.core.runs.strava import CSV_NAME, StravaRow, parse_activities_csv
from backcare_desktop.core.validation import DataError, read_regular_file

UNKNOWN_FILE = (
    "not an activity file (FIT, GPX or TCX, their .gz forms, or a Strava export .zip or folder)"
)


@dataclass(frozen=True)
class FileItem:
    """An activity file on disk, or a member of a zip (``member`` set)."""

    path: str
    member: str = ""

    @property
    def label(self) -> str:
        """The name shown in the summary and kept as the activity's source."""
        return PurePosixPath(self.member).name if self.member else Path(self.path).name


@dataclass(frozen=True)
class StravaItem:
    """One row of a Strava export, in a folder or a zip (``in_zip``) at ``root``."""

    root: str
    in_zip: bool
    prefix: str
    row: StravaRow

    @property
    def label(self) -> str:
        """The activity file's name, or the CSV line for an activity without one."""
        return PurePosixPath(self.row.filename).name if self.row.filename else self.row.label


@dataclass(frozen=True)
class Unreadable:
    """A path that gave nothing to read, and why."""

    label: str
    reason: str


Item = FileItem | StravaItem


def discover(paths: list[Path]) -> tuple[list[Item], list[Unreadable]]:
    """The items to read under ``paths`` (files, folders, zips), and the paths that failed."""
    items: list[Item] = []
    failed: list[Unreadable] = []
    for path in paths:
        try:
            if not path.exists():
                failed.append(Unreadable(path.name, "no such file or folder"))
            elif path.is_dir():
                _folder(path, items, failed)
            elif path.name.lower().endswith(".zip"):
                _zip(path, items)
            elif activity_kind(path.name):
                items.append(FileItem(str(path)))
            else:
                failed.append(Unreadable(path.name, UNKNOWN_FILE))
        except DataError as error:
            failed.append(Unreadable(path.name, error.problems[0]))
        except OSError as error:
            failed.append(Unreadable(path.name, f"cannot be read ({error.strerror or error})"))
    return items, failed


def _folder(folder: Path, items: list[Item], failed: list[Unreadable]) -> None:
    csv_path = folder / CSV_NAME
    if csv_path.is_file():
        rows = parse_activities_csv(read_regular_file(csv_path, MAX_CSV_BYTES, CSV_NAME))
        items.extend(StravaItem(str(folder), False, "", row) for row in rows)
        return
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if path.name.lower().endswith(".zip"):
            try:
                _zip(path, items)
            except DataError as error:
                failed.append(Unreadable(path.name, error.problems[0]))
        elif activity_kind(path.name):
            items.append(FileItem(str(path)))


def _zip(path: Path, items: list[Item]) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip(archive)
            names = archive.namelist()
            csv_names = sorted(
                (name for name in names if PurePosixPath(name).name == CSV_NAME),
                key=lambda name: name.count("/"),
            )
            if csv_names:
                prefix = csv_names[0][: -len(CSV_NAME)]
                rows = parse_activities_csv(read_zip_member(archive, csv_names[0], MAX_CSV_BYTES))
                items.extend(StravaItem(str(path), True, prefix, row) for row in rows)
                return
            members = [name for name in names if activity_kind(name) and not name.endswith("/")]
    except zipfile.BadZipFile:
        raise DataError(["not a readable zip archive"]) from None
    if not members:
        raise DataError(["the zip holds no activity files and no activities.csv"])
    items.extend(FileItem(str(path), name) for name in members)
