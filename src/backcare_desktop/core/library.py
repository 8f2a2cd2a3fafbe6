"""The routine library: the built-in routines plus the user's own, one JSON file each."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from backcare_desktop.core.atomic import atomic_write_text
from backcare_desktop.core.routine import (
    Routine,
    RoutineError,
    dump_routine,
    free_id,
    load_routine_file,
)
from backcare_desktop.core.validation import raising, read_regular_file

if TYPE_CHECKING:
    from backcare_desktop.core.importers import ImportResult


@dataclass(frozen=True)
class LibraryEntry:
    """A routine and where it lives. Built-in routines are read-only."""

    routine: Routine
    builtin: bool
    path: Path


class RoutineLibrary:
    """Loads, finds and changes routines. User routines are saved atomically as ``<id>.json``."""

    def __init__(self, builtin_dir: Path, user_dir: Path) -> None:
        self.builtin_dir = builtin_dir
        self.user_dir = user_dir
        self._entries: dict[str, LibraryEntry] = {}
        self.errors: list[RoutineError] = []
        """Problems with user routine files found by the last :meth:`load` (files are kept)."""

    def load(self) -> None:
        """(Re)read every routine file. Broken user files are reported in :attr:`errors`."""
        self._entries = {}
        self.errors = []
        for path in sorted(self.builtin_dir.glob("*.json")):
            routine = load_routine_file(path)  # a broken built-in is a bug: let it raise
            self._entries[routine.id] = LibraryEntry(routine, True, path)
        for path in self._user_files():
            try:
                routine = load_routine_file(path)
            except RoutineError as error:
                self.errors.append(error)
                continue
            if routine.id in self._entries:
                self.errors.append(
                    RoutineError([f"id: {routine.id} is already used; file skipped"], str(path))
                )
                continue
            self._entries[routine.id] = LibraryEntry(routine, False, path)

    def _user_files(self) -> list[Path]:
        """The user's routine files; a folder that cannot be read is reported in :attr:`errors`.

        Before, an unreadable folder looked empty and the user's routines silently vanished.
        """
        try:
            return sorted(
                entry for entry in self.user_dir.iterdir() if entry.name.endswith(".json")
            )
        except FileNotFoundError:
            return []  # nothing saved yet
        except OSError as error:
            reason = error.strerror or str(error)
            self.errors.append(
                RoutineError(
                    [
                        f"the folder of your routines cannot be read ({reason}); your own "
                        "routines are not shown until this is fixed, and nothing in it was changed"
                    ],
                    str(self.user_dir),
                )
            )
            return []

    def entries(self) -> list[LibraryEntry]:
        """Built-in routines first (in file order), then the user's."""
        return list(self._entries.values())

    def get(self, routine_id: str) -> LibraryEntry | None:
        """The routine with this id, if any."""
        return self._entries.get(routine_id)

    def resolve(self, id_or_path: str) -> Routine:
        """A routine by id, or read from a file path. Raises RoutineError naming what failed."""
        entry = self._entries.get(id_or_path)
        if entry is not None:
            return entry.routine
        path = Path(id_or_path)
        if path.suffix.lower() == ".json" or path.exists():
            return load_routine_file(path)
        known = ", ".join(self._entries) or "none"
        raise RoutineError([f"no routine with id {id_or_path!r} (known ids: {known})"])

    def unique_id(self, base: str) -> str:
        """``base`` if free, else ``base-2``, ``base-3`` and so on (see :func:`free_id`)."""
        return free_id(base, self._entries)

    def save(self, routine: Routine) -> LibraryEntry:
        """Write a user routine (new or changed). Built-in ids are refused. Raises OSError."""
        existing = self._entries.get(routine.id)
        if existing is not None and existing.builtin:
            raise PermissionError(f"{routine.title!r} is built in; duplicate it to change it")
        path = self.user_dir / f"{routine.id}.json"
        atomic_write_text(path, dump_routine(routine))
        entry = LibraryEntry(routine, False, path)
        self._entries[routine.id] = entry
        return entry

    def add_copy(self, routine: Routine, title_suffix: str = "") -> LibraryEntry:
        """Save ``routine`` as a new user routine, with a fresh id when its id is taken."""
        new_id = self.unique_id(routine.id)
        title = routine.title
        if new_id != routine.id and title_suffix:
            title = f"{title} {title_suffix}"[:80]
        return self.save(replace(routine, id=new_id, title=title))

    def duplicate(self, routine_id: str) -> LibraryEntry:
        """Copy a routine (built-in or not) into a new, editable user routine."""
        entry = self._require(routine_id)
        copy_id = self.unique_id(f"{routine_id.removesuffix('-copy')}-copy"[:64])
        title = f"{entry.routine.title} (copy)"[:80]
        return self.save(replace(entry.routine, id=copy_id, title=title))

    def delete(self, routine_id: str) -> LibraryEntry:
        """Remove a user routine's file; returns the entry so the caller can undo."""
        entry = self._require(routine_id)
        if entry.builtin:
            raise PermissionError(f"{entry.routine.title!r} is built in and cannot be deleted")
        entry.path.unlink(missing_ok=True)
        del self._entries[routine_id]
        return entry

    def import_bytes(
        self, data: bytes, filename: str = ""
    ) -> tuple[ImportResult, list[LibraryEntry]]:
        """Import every routine of a file (any known format), as copies when ids are taken.

        All or nothing: a bad routine raises RoutineError before anything is written, and a
        failed write (OSError) removes the routines this import had already saved.
        """
        from backcare_desktop.core.importers import import_routines  # only when importing

        result = import_routines(data, filename)
        saved: list[LibraryEntry] = []
        try:
            for routine in result.routines:
                saved.append(self.add_copy(routine, "(imported)"))
        except OSError:
            for entry in saved:
                self.delete(entry.routine.id)
            raise
        return result, saved

    def import_file(self, path: Path) -> tuple[ImportResult, list[LibraryEntry]]:
        """:meth:`import_bytes` for a file; errors name it. Raises RoutineError or OSError."""
        from backcare_desktop.core.importers import FOREIGN_MAX_BYTES

        with raising(RoutineError):  # a FIFO or a device is refused without waiting
            data = read_regular_file(path, FOREIGN_MAX_BYTES)
        return self.import_bytes(data, str(path))

    def _require(self, routine_id: str) -> LibraryEntry:
        entry = self._entries.get(routine_id)
        if entry is None:
            raise KeyError(routine_id)
        return entry
