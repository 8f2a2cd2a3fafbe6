"""Opening the history database safely: WAL, foreign keys, migrations, and every bad case.

:func:`open_database` never loses or overwrites data it cannot understand:

* a file from a newer release (higher ``PRAGMA user_version``) is opened read-only
  (``mode=ro``) and never written to;
* a damaged, truncated or foreign file is renamed aside to
  ``<name>.corrupt-YYYYMMDD-HHMMSS`` (with its ``-wal``/``-shm``/``-journal`` files) and a
  fresh database is created;
* when the folder or file cannot be written, an existing file is opened read-only, and
  otherwise an in-memory database is used for this run;
* a file another program holds locked is opened for writing all the same when it needs no
  migration: writes fail (SQLITE_BUSY) until the lock is gone, and the recorder retries them.

Waits for locks are short (:data:`BUSY_TIMEOUT_MS`), and :meth:`OpenedDatabase.no_wait`
makes them zero, so the GUI thread never waits long for another program. The folder is made
0700 and the database files 0600: they hold health data.

Each of those cases adds a sentence to :attr:`OpenedDatabase.notices` for the user, naming
the paths involved.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from backcare_desktop.storage import db_notices
from backcare_desktop.storage.db_errors import (
    DAMAGED,
    SQLITE_CANTOPEN,
    SQLITE_READONLY,
    DatabaseDamagedError,
    describe_error,
    error_code,
    is_busy,
    is_unwritable,
)
from backcare_desktop.storage.db_files import (
    PRIVATE_FOLDER_MODE,
    create_private,
    file_uri,
    make_private,
    move_aside,
)
from backcare_desktop.storage.schema import MIGRATIONS, Migration

__all__ = [
    "BUSY_TIMEOUT_MS",
    "DatabaseDamagedError",
    "OpenedDatabase",
    "describe_error",
    "migrate",
    "open_again",
    "open_database",
    "open_read_only",
    "transaction",
]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 50
"""How long a statement waits for another connection's lock before failing (GUI thread: short)."""

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100
_USER_VERSION_OFFSET = 60


@dataclass
class OpenedDatabase:
    """An open history database and what the user should be told about it.

    ``read_only`` is True when nothing can be written (newer file, read-only folder or
    disk); writes then raise :class:`sqlite3.OperationalError`. ``in_memory`` is True when
    no file could be used at all: writes work but are lost at exit.
    """

    connection: sqlite3.Connection
    read_only: bool
    notices: tuple[str, ...]
    path: Path
    in_memory: bool = False
    file_version: int = 0
    """``PRAGMA user_version`` the file had when it was opened (before migrating)."""
    _closed: bool = field(default=False, init=False, repr=False)

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        if not self._closed:
            self._closed = True
            self.connection.close()

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """``with db.transaction() as connection:`` commits on success, rolls back on error."""
        return transaction(self.connection)

    @contextlib.contextmanager
    def no_wait(self) -> Iterator[sqlite3.Connection]:
        """Inside the block a locked database fails at once (SQLITE_BUSY) instead of waiting."""
        self.connection.execute("PRAGMA busy_timeout = 0")
        try:
            yield self.connection
        finally:
            self.connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def __enter__(self) -> OpenedDatabase:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block in one ``BEGIN IMMEDIATE`` transaction, committed when it ends.

    Any exception rolls everything back and propagates; so does a failing COMMIT (e.g. a
    full disk), after which the transaction is rolled back too. The connection must be in
    autocommit mode (``isolation_level=None``), as every connection made here is.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
        raise


def _connect(uri: str) -> sqlite3.Connection:
    """Every connection to a file is made here (tests patch it to simulate read-only disks)."""
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def _configure(connection: sqlite3.Connection) -> None:
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")


def _user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def _quick_check(connection: sqlite3.Connection) -> str | None:
    """None when ``PRAGMA quick_check`` passes, else its first complaint."""
    rows = connection.execute("PRAGMA quick_check").fetchall()
    if len(rows) == 1 and rows[0][0] == "ok":
        return None
    return str(rows[0][0]) if rows else "quick_check returned nothing"


def _read_header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(_HEADER_BYTES)


def migrate(
    connection: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS
) -> tuple[int, int]:
    """Apply every migration the database lacks, each in its own transaction.

    Returns ``(version before, version after)``. A failing step rolls back its whole
    migration (``user_version`` included) and propagates.
    """
    before = _user_version(connection)
    version = before
    for migration in migrations[before:]:
        with transaction(connection):
            for step in migration.steps:
                if isinstance(step, str):
                    connection.execute(step)
                else:
                    step(connection)
            connection.execute(f"PRAGMA user_version = {int(migration.version)}")
        version = migration.version
    return before, version


def _probe_writable(connection: sqlite3.Connection) -> None:
    """Raise sqlite3.OperationalError unless the database accepts a write (rolled back)."""
    version = _user_version(connection)
    with contextlib.suppress(_RollbackError), transaction(connection):
        connection.execute(f"PRAGMA user_version = {version}")
        raise _RollbackError


class _RollbackError(Exception):
    """Raised inside a transaction only to roll it back."""


def _in_memory(
    path: Path, notices: list[str], migrations: Sequence[Migration], file_version: int = 0
) -> OpenedDatabase:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    _configure(connection)
    migrate(connection, migrations)
    return OpenedDatabase(
        connection, False, tuple(notices), path, in_memory=True, file_version=file_version
    )


def _open_newer(path: Path, version: int, supported: int, notices: list[str]) -> OpenedDatabase:
    notices.append(db_notices.newer(path, version, supported))
    connection = _connect_read_only(path)
    return OpenedDatabase(connection, True, tuple(notices), path, file_version=version)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` as a last resort where ``-shm`` cannot be made."""
    last: sqlite3.Error | None = None
    for immutable in (False, True):
        connection = _connect(file_uri(path, "ro", immutable))
        try:
            _configure(connection)
            _user_version(connection)
            connection.execute("PRAGMA query_only = ON")
            return connection
        except sqlite3.Error as error:
            connection.close()
            last = error
            # immutable only helps where the -shm file cannot be made (a read-only folder)
            if error_code(error) not in (SQLITE_CANTOPEN, SQLITE_READONLY):
                break
    assert last is not None
    raise last


def _open_unwritable(
    path: Path,
    reason: str,
    notices: list[str],
    migrations: Sequence[Migration],
) -> OpenedDatabase:
    """The file exists but cannot be written: show it read-only, or fall back to memory."""
    try:
        connection = _connect_read_only(path)
    except sqlite3.Error as error:
        notices.append(db_notices.unwritable_and_unreadable(path, reason, describe_error(error)))
        return _in_memory(path, notices, migrations)
    version = _user_version(connection)
    supported = len(migrations)
    if version > supported:
        connection.close()
        return _open_newer(path, version, supported, notices)
    notices.append(db_notices.read_only(path, reason))
    if version < supported:  # an older schema: migrate a copy in memory, never the file
        connection = _migrated_copy(connection, migrations)
    return OpenedDatabase(connection, True, tuple(notices), path, file_version=version)


def _migrated_copy(
    connection: sqlite3.Connection, migrations: Sequence[Migration]
) -> sqlite3.Connection:
    """A read-only in-memory copy of an older database, migrated; closes ``connection``."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        connection.backup(memory)
    finally:
        connection.close()
    _configure(memory)
    migrate(memory, migrations)
    memory.execute("PRAGMA query_only = ON")
    return memory


def _check_header(path: Path, supported: int) -> int | None:
    """The version in the file's header (None for an empty file).

    Raises DatabaseDamagedError for a file that is not SQLite, _NewerError for a newer one.
    Reading the version from the header first means a newer file is never opened for writing;
    it needs no lock, so it works while another program holds one.
    """
    header = _read_header(path)
    if not header:
        return None  # SQLite treats an empty file as an empty database
    if len(header) < _HEADER_BYTES or not header.startswith(SQLITE_MAGIC):
        raise DatabaseDamagedError("it does not start with the SQLite header")
    version = int.from_bytes(header[_USER_VERSION_OFFSET : _USER_VERSION_OFFSET + 4], "big")
    if version > supported:
        raise _NewerError(version)
    return version


def _inspect(connection: sqlite3.Connection, supported: int) -> int:
    """The file's version, after checking it is not newer and passes ``quick_check``."""
    try:
        version = _user_version(connection)
        if version > supported:
            raise _NewerError(version)
        problem = _quick_check(connection)
    except sqlite3.DatabaseError as error:
        if error_code(error) in DAMAGED:
            raise DatabaseDamagedError(str(error)) from error
        raise
    if problem is not None:
        raise DatabaseDamagedError(f"integrity check: {problem}")
    return version


def _inspect_read_only(path: Path, supported: int) -> bool:
    """Inspect an existing file on a read-only connection, which never writes (no checkpoint).

    Returns False when a read-only connection cannot tell (e.g. a hot rollback journal that
    only a writer may replay); the writable connection then does the checks.
    """
    try:
        connection = _connect(file_uri(path, "ro"))
    except sqlite3.Error:
        return False
    try:
        _configure(connection)
        _inspect(connection, supported)
        return True
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def _open_file(path: Path, migrations: Sequence[Migration]) -> tuple[sqlite3.Connection, int]:
    """Open, check and migrate the file for writing. Returns the connection and file version.

    Raises DatabaseDamagedError, _NewerError, or sqlite3/OS errors for the caller to sort out.
    A newer or damaged file is recognised before any writable connection is made to it.
    """
    if path.exists():
        return _open_existing(path, migrations)
    create_private(path)
    try:
        return _open_existing(path, migrations)
    except BaseException:
        with contextlib.suppress(OSError):
            if path.stat().st_size == 0:  # leave nothing behind where nothing could be made
                path.unlink()
        raise


def _open_existing(path: Path, migrations: Sequence[Migration]) -> tuple[sqlite3.Connection, int]:
    supported = len(migrations)
    header_version = _check_header(path, supported)
    inspected = _inspect_read_only(path, supported)
    connection = _connect(file_uri(path, "rw"))
    try:
        _configure(connection)
        try:
            version = _user_version(connection) if inspected else _inspect(connection, supported)
            if version > supported:  # changed since it was inspected
                raise _NewerError(version)
            _probe_writable(connection)
        except sqlite3.OperationalError as error:
            # Locked by another program: usable as it is when it needs no migration; writes
            # fail with SQLITE_BUSY until the lock is gone and are retried by the recorder.
            if not is_busy(error) or header_version != supported:
                raise
            log.warning("history: %s is locked by another program; writes wait", path)
            with contextlib.suppress(sqlite3.OperationalError):  # FULL is SQLite's default
                connection.execute("PRAGMA synchronous = FULL")
            return connection, supported
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA journal_mode = WAL")
        migrate(connection, migrations)
    except BaseException:
        connection.close()
        raise
    return connection, version


class _NewerError(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def open_database(
    path: Path,
    now: Callable[[], datetime],
    *,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> OpenedDatabase:
    """Open (creating or migrating as needed) the history database at ``path``.

    ``now`` gives the local time used to name a damaged file that is moved aside. The
    connection is in autocommit mode with WAL, ``foreign_keys=ON``, ``synchronous=FULL`` and
    a busy timeout; use :func:`transaction` for writes. Never raises for a bad, newer or
    unwritable file: see the module docstring and :attr:`OpenedDatabase.notices`.
    """
    notices: list[str] = []
    try:
        path.parent.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        make_private(path)
    except OSError as error:
        if path.exists():
            return _open_unwritable(path, describe_error(error), notices, migrations)
        notices.append(db_notices.folder_not_made(path.parent, describe_error(error)))
        return _in_memory(path, notices, migrations)
    for attempt in range(2):
        try:
            connection, version = _open_file(path, migrations)
            return OpenedDatabase(connection, False, tuple(notices), path, file_version=version)
        except _NewerError as newer:
            return _open_newer(path, newer.version, len(migrations), notices)
        except DatabaseDamagedError as damaged:
            if attempt:
                raise RuntimeError(f"a fresh database at {path} is damaged: {damaged}") from None
            try:
                kept = move_aside(path, now)
            except OSError as error:
                notices.append(
                    db_notices.damaged_and_stuck(path, str(damaged), describe_error(error))
                )
                return _in_memory(path, notices, migrations)
            notices.append(db_notices.damaged_and_kept(path, str(damaged), kept))
        except (sqlite3.Error, OSError) as error:
            if not is_unwritable(error):
                raise
            if path.exists() and path.stat().st_size > 0:
                return _open_unwritable(path, describe_error(error), notices, migrations)
            notices.append(db_notices.not_made(path, describe_error(error)))
            return _in_memory(path, notices, migrations)
    raise AssertionError("unreachable")  # pragma: no cover


def open_read_only(path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> OpenedDatabase:
    """Open an existing history database only to read it (``--export-history``).

    Nothing is ever written, moved or created: an older schema is migrated in a copy in memory,
    a newer file is opened read-only as :func:`open_database` does. Raises
    :class:`DatabaseDamagedError` for a damaged file, :class:`sqlite3.Error` or OSError when it
    cannot be read.
    """
    supported = len(migrations)
    try:
        _check_header(path, supported)
        connection = _connect_read_only(path)
        try:
            version = _inspect(connection, supported)
            if version < supported:
                connection = _migrated_copy(connection, migrations)
        except BaseException:
            connection.close()
            raise
    except _NewerError as newer:
        return _open_newer(path, newer.version, supported, [])
    return OpenedDatabase(connection, True, (), path, file_version=version)


def open_again(path: Path, *, write: bool, busy_timeout_ms: int) -> OpenedDatabase:
    """A second connection to a history file :func:`open_database` has opened, for another
    thread (a connection never leaves the thread that made it).

    Nothing is checked, migrated or moved: the first connection did that. ``write=False``
    opens it read-only. Raises :class:`sqlite3.Error` when it cannot be opened.
    """
    connection = _connect(file_uri(path, "rw")) if write else _connect_read_only(path)
    try:
        _configure(connection)
        connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if write:
            connection.execute("PRAGMA synchronous = FULL")
        version = _user_version(connection)
    except BaseException:
        connection.close()
        raise
    return OpenedDatabase(connection, not write, (), path, file_version=version)
