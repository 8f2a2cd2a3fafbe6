"""One app per user and data folder: a second launch hands its request to the first and exits.

The first instance holds a lock file (QLockFile) and listens on a local socket (QLocalServer),
both in a folder only the user can enter: ``$XDG_RUNTIME_DIR`` (per user, 0700) where there is
one, else ``<tmp>/backcare-desktop-<uid>`` made 0700 and checked. Taking the lock is what makes
a launch the instance, so launches at the same instant leave exactly one; the others wait for
it to listen and hand over. A later launch sends a one-line JSON request (focus, and maybe a
routine to start) and reads a one-line answer; a refused request is reported to that launch.

Both sides check who is at the other end (``SO_PEERCRED``; the client also checks the socket
file's owner) and talk only to their own user. The instance reads requests without ever
blocking: bytes are collected as they arrive and a request not complete by a deadline is
dropped, so a slow or silent client cannot stall the window or the cues.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import struct
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from backcare_desktop.core.routine import MAX_FILE_BYTES
from backcare_desktop.core.validation import (
    DataError,
    Fields,
    Problems,
    decode_json,
    require_object,
)

if TYPE_CHECKING:
    import socket as pysocket  # imported where a connection is checked, after start-up

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
REPLY_TIMEOUT_MS = 5000
READ_DEADLINE_MS = 3000
"""A request must arrive completely within this time after connecting, or it is dropped."""
CLAIM_TIMEOUT_S = 10.0
"""How long a launch waits for the instance holding the lock to start listening."""
MAX_REQUEST_BYTES = MAX_FILE_BYTES + 64 * 1024
"""The largest routine file, plus room for the request around it."""
MAX_REPLY_BYTES = 4096
"""The instance's answer is one short line."""


class RequestRefusedError(Exception):
    """The running instance refused the request (the message says why)."""


def _private_folder() -> Path | None:
    """A folder only this user can enter, for the socket and the lock; None when there is none."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    candidates = [(Path(runtime), False)] if runtime else []  # the session made it
    candidates.append((Path(tempfile.gettempdir()) / f"backcare-desktop-{os.getuid()}", True))
    for folder, create in candidates:
        with contextlib.suppress(OSError):
            if create:
                folder.mkdir(mode=0o700, exist_ok=True)
            info = folder.lstat()
            if (
                stat.S_ISDIR(info.st_mode)
                and info.st_uid == os.getuid()
                and info.st_mode & 0o077 == 0
            ):
                return folder
        log.warning("single instance: %s is not a private folder; not used", folder)
    return None


def server_name(data_dir: Path) -> str | None:
    """The socket path for this user and data folder (None: no private folder, run alone)."""
    folder = _private_folder()
    if folder is None:
        return None
    # Qt's SHA-256, not hashlib's: the same digest without importing hashlib before the first
    # frame (5 ms of start-up).
    digest = QCryptographicHash.hash(
        str(data_dir.resolve()).encode("utf-8"), QCryptographicHash.Algorithm.Sha256
    )
    return str(folder / f"backcare-desktop-{bytes(digest.toHex().data())[:16].decode()}")


def _peer_uid(connection: pysocket.socket) -> int | None:
    """The user id of the process at the other end (None where the system cannot tell)."""
    import socket as pysocket

    option = getattr(pysocket, "SO_PEERCRED", None)
    if option is None:
        return None
    credentials = connection.getsockopt(pysocket.SOL_SOCKET, option, struct.calcsize("3i"))
    return int(struct.unpack("3i", credentials)[1])


def _trusted_peer(socket: QLocalSocket) -> bool:
    """True when the client at the other end of ``socket`` runs as this user."""
    import socket as pysocket

    descriptor = int(socket.socketDescriptor())
    if descriptor < 0:
        return False
    with pysocket.fromfd(descriptor, pysocket.AF_UNIX, pysocket.SOCK_STREAM) as duplicate:
        uid = _peer_uid(duplicate)
    return uid is None or uid == os.getuid()


def _owned_socket_file(name: str) -> bool:
    """True when ``name`` is a socket file that belongs to this user."""
    try:
        info = os.lstat(name)
    except OSError:
        return False
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()


def encode_request(request: Mapping[str, object]) -> bytes:
    """The request as one line of compact JSON. Raises RequestRefusedError when it is too large."""
    data = json.dumps(request, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(data) >= MAX_REQUEST_BYTES:
        raise RequestRefusedError(_too_large(len(data)))
    return data + b"\n"


def _too_large(size: int) -> str:
    return (
        f"The request is too large for the running window ({size / 1e6:.1f} MB; "
        f"the limit is {MAX_REQUEST_BYTES / 1e6:.1f} MB)."
    )


def read_request(data: bytes) -> dict[str, object]:
    """The request in ``data`` (one line, without its newline), read as any untrusted JSON is.

    The toolkit's rules hold (UTF-8, no NaN, no key given twice, limited nesting) and each field
    has its type: ``routine`` an object (checked as a routine by the window), ``ask`` true or
    false; both may be left out. Fields of a newer launcher are ignored. Raises
    :class:`DataError` naming the field.
    """
    value = decode_json(data, MAX_REQUEST_BYTES, "request")
    problems = Problems()
    if require_object(value, "", problems) is not None:
        fields = Fields(value, "", problems)
        fields.obj("routine", missing=None)
        fields.boolean("ask", missing=True)
    problems.check()
    request: dict[str, object] = value  # an object whose fields were checked
    return request


def hand_over(name: str, request: Mapping[str, object]) -> bool:
    """Send ``request`` to a running instance; False when none of this user's is listening.

    Blocks for at most a few seconds (a launching process, before any window). Raises
    RequestRefusedError when the instance answers that it refused the request.
    """
    import socket as pysocket

    data = encode_request(request)
    if not _owned_socket_file(name):
        return False
    with pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM) as connection:
        connection.settimeout(CONNECT_TIMEOUT_MS / 1000)
        try:
            connection.connect(name)
        except OSError:  # a socket file left by a crash, or an instance not listening yet
            return False
        uid = _peer_uid(connection)
        if uid is not None and uid != os.getuid():
            log.warning("single instance: %s is served by another user; not used", name)
            return False
        connection.settimeout(REPLY_TIMEOUT_MS / 1000)
        sent = True
        try:
            connection.sendall(data)
        except OSError:
            sent = False
        reply = _read_reply(connection)
    if not reply:
        return sent  # sent: delivered, the instance closed without answering
    try:
        answer = decode_json(reply, MAX_REPLY_BYTES, "answer")
    except DataError:
        return True  # delivered; the answer is unreadable
    if isinstance(answer, dict) and answer.get("ok") is False:
        refusal = answer.get("error", "The running window refused the request.")
        raise RequestRefusedError(str(refusal))
    return True


def _read_reply(connection: pysocket.socket) -> bytes:
    """The instance's one-line answer (empty when there is none in time)."""
    reply = b""
    with contextlib.suppress(OSError):
        while b"\n" not in reply and len(reply) < MAX_REPLY_BYTES:
            chunk = connection.recv(4096)
            if not chunk:
                break
            reply += chunk
    return reply.split(b"\n", 1)[0]


def claim_instance(
    name: str | None, request: Mapping[str, object], parent: QObject | None = None
) -> InstanceServer | None:
    """Become the instance (an :class:`InstanceServer`), or hand ``request`` over (None).

    The lock decides: whoever holds it is the instance; the others hand over once it listens.
    Raises RequestRefusedError when the running instance refuses the request. Without a private
    folder, or when the instance holding the lock never listens, this launch runs alone.
    """
    if name is None:
        return InstanceServer(None, parent)
    lock = QLockFile(f"{name}.lock")
    lock.setStaleLockTime(0)  # only a lock whose process is gone is stale
    deadline = time.monotonic() + CLAIM_TIMEOUT_S
    while time.monotonic() < deadline:
        if lock.tryLock(50):
            return InstanceServer(name, parent, lock)
        if hand_over(name, request):
            return None
    log.warning("single instance: the instance holding %s.lock does not answer", name)
    return InstanceServer(None, parent)


class _Pending:
    """A connection whose request is still arriving."""

    def __init__(self, socket: QLocalSocket) -> None:
        self.socket = socket
        self.data = bytearray()
        self.timer = QTimer(socket)
        self.timer.setSingleShot(True)


class InstanceServer(QObject):
    """Listens for later launches and re-emits their requests (holding the instance lock)."""

    request_received = Signal(dict)

    def __init__(
        self, name: str | None, parent: QObject | None = None, lock: QLockFile | None = None
    ) -> None:
        """Listen on ``name`` (None: do not listen). A socket file left there is removed:
        callers hold the lock, so it can only be a stale one from a crashed instance."""
        super().__init__(parent)
        self._lock = lock
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        if name is not None and not self._server.listen(name):
            QLocalServer.removeServer(name)
            self._server.listen(name)

    @property
    def listening(self) -> bool:
        """True when later launches can reach this instance."""
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening, remove the socket file and release the lock (safe to call twice)."""
        self._server.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if not _trusted_peer(socket):
                log.warning("single instance: a request from another user was dropped")
                socket.abort()
                socket.deleteLater()
                continue
            pending = _Pending(socket)
            socket.readyRead.connect(lambda pending=pending: self._read(pending))
            socket.disconnected.connect(socket.deleteLater)
            pending.timer.timeout.connect(lambda pending=pending: self._expire(pending))
            pending.timer.start(READ_DEADLINE_MS)
            self._read(pending)

    def _read(self, pending: _Pending) -> None:
        """Take what has arrived (never waits); act once the line is complete."""
        socket = pending.socket
        room = MAX_REQUEST_BYTES + 1 - len(pending.data)
        pending.data += bytes(socket.read(max(room, 1)).data())
        end = pending.data.find(b"\n")
        if end < 0 and len(pending.data) <= MAX_REQUEST_BYTES:
            return
        pending.timer.stop()
        socket.readyRead.disconnect()
        if end < 0:
            self._answer(socket, _too_large(len(pending.data)))
            return
        try:
            request = read_request(bytes(pending.data[:end]))
        except DataError as error:
            self._answer(socket, f"The request to the running window is not valid ({error}).")
            return
        self._answer(socket, None)
        self.request_received.emit(request)

    def _expire(self, pending: _Pending) -> None:
        log.warning("single instance: a request did not arrive in time; dropped")
        pending.socket.abort()

    @staticmethod
    def _answer(socket: QLocalSocket, error: str | None) -> None:
        if error is not None:
            log.warning("single instance: request refused: %s", error)
        answer = {"ok": True} if error is None else {"ok": False, "error": error}
        socket.write(json.dumps(answer).encode("utf-8") + b"\n")
        socket.disconnectFromServer()  # after the answer is written
