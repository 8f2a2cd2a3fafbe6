"""One app per user and data folder: a second launch hands its request to the first and exits.

The first instance listens on a local socket (QLocalServer) named after the user and the data
folder; a second launch connects, sends a one-line JSON request (focus, and maybe a routine to
start) and exits. A stale socket left by a crash is removed and taken over.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500
MAX_REQUEST_BYTES = 64 * 1024


def server_name(data_dir: Path) -> str:
    """The socket name for this user and data folder."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"backcare-desktop-{getpass.getuser()}-{digest}"


def hand_over(name: str, request: Mapping[str, object]) -> bool:
    """Send ``request`` to a running instance; False when none is listening."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(json.dumps(request).encode("utf-8") + b"\n")
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches and re-emits their requests."""

    request_received = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket from a crashed instance
            self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    @property
    def listening(self) -> bool:
        """True when later launches can reach this instance."""
        return self._server.isListening()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            request = _read_request(socket)
            socket.disconnectFromServer()
            socket.deleteLater()
            if request is not None:
                self.request_received.emit(request)


def _read_request(socket: QLocalSocket) -> dict[str, object] | None:
    """The one-line JSON request a later launch sends right after connecting."""
    while not socket.canReadLine() and socket.bytesAvailable() <= MAX_REQUEST_BYTES:
        if not socket.waitForReadyRead(CONNECT_TIMEOUT_MS):
            return None
    try:
        request = json.loads(bytes(socket.readLine(MAX_REQUEST_BYTES).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return request if isinstance(request, dict) else None
