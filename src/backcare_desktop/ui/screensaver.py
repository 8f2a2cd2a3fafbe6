"""Keeps the screen awake while a workout runs, reports when the session locks or sleeps, and
sends desktop notifications.

Linux: org.freedesktop.ScreenSaver.Inhibit on the session bus (QtDBus); the lock and sleep
signals come from org.freedesktop.ScreenSaver.ActiveChanged and logind's PrepareForSleep.
Windows: SetThreadExecutionState. Elsewhere (macOS, no session bus): a documented no-op, because
there is nothing we can inhibit without platform code the app does not ship.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

APP_REASON = "A workout is running"


class ScreenAwake(QObject):
    """Inhibit the screensaver on demand; emit ``session_inactive`` on lock or suspend."""

    session_inactive = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cookie: int | None = None
        self._windows_active = False
        self._session_bus: QDBusConnection | None = None
        self._watch_session()

    @property
    def inhibited(self) -> bool:
        """True while the screen is kept awake."""
        return self._cookie is not None or self._windows_active

    def _watch_session(self) -> None:
        if not sys.platform.startswith("linux"):
            return
        from PySide6.QtDBus import QDBusConnection

        session = QDBusConnection.sessionBus()
        if session.isConnected():
            self._session_bus = session
            # PySide6's stubs type the slot as bytes, but only str works (checked on 6.11.3).
            session.connect(  # type: ignore[call-overload]
                "",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                self,
                "_on_screensaver_active(bool)",
            )
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect(  # type: ignore[call-overload]  # the slot is a str, as above
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                "_on_prepare_for_sleep(bool)",
            )

    @Slot(bool)
    def _on_screensaver_active(self, active: bool) -> None:
        if active:
            self.session_inactive.emit()

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.session_inactive.emit()

    def inhibit(self) -> None:
        """Keep the screen on (idempotent)."""
        if self.inhibited:
            return
        if sys.platform == "win32":
            self._windows_active = _set_windows_state(awake=True)
        elif self._session_bus is not None:
            from PySide6.QtDBus import QDBusInterface

            screensaver = QDBusInterface(
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                self._session_bus,
            )
            if screensaver.isValid():
                reply = screensaver.call("Inhibit", "backcare-desktop", APP_REASON)
                arguments = reply.arguments()
                if arguments:
                    self._cookie = int(arguments[0])

    def release(self) -> None:
        """Let the screen sleep again (idempotent)."""
        if self._windows_active:
            _set_windows_state(awake=False)
            self._windows_active = False
        if self._cookie is not None and self._session_bus is not None:
            from PySide6.QtDBus import QDBusInterface

            screensaver = QDBusInterface(
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                self._session_bus,
            )
            screensaver.call("UnInhibit", self._cookie)
        self._cookie = None


def _set_windows_state(awake: bool) -> bool:
    import ctypes

    es_continuous, es_display_required, es_system_required = 0x80000000, 0x00000002, 0x00000001
    flags = es_continuous | (es_display_required | es_system_required if awake else 0)
    return bool(ctypes.windll.kernel32.SetThreadExecutionState(flags))  # type: ignore[attr-defined]


def notify_desktop(title: str, text: str) -> bool:
    """A desktop notification over org.freedesktop.Notifications; False where there is none."""
    if not sys.platform.startswith("linux"):
        return False
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    session = QDBusConnection.sessionBus()
    if not session.isConnected():
        return False
    notifications = QDBusInterface(
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        "org.freedesktop.Notifications",
        session,
    )
    if not notifications.isValid():
        return False
    # Notify takes 8 arguments; the stubs list overloads for at most 4 after the method name.
    reply = notifications.call(  # type: ignore[call-overload]
        "Notify", "Backcare", 0, "backcare-desktop", title, text, [], {}, 15_000
    )
    return bool(reply.arguments())
