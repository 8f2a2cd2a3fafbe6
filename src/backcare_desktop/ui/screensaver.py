"""Keeps the screen awake while a workout runs, reports when the session locks or sleeps, and
sends desktop notifications.

Linux: org.freedesktop.ScreenSaver.Inhibit on the session bus (QtDBus), or inside a Flatpak
sandbox the Inhibit portal (org.freedesktop.portal.Inhibit), which is what a sandbox may use.
The session counts as locked on any of: logind's session ``Lock`` signal or its ``LockedHint``
turning true (every systemd desktop), org.gnome.ScreenSaver or org.freedesktop.ScreenSaver
``ActiveChanged(true)`` (GNOME Shell sends only the former), and logind's PrepareForSleep.
Windows: SetThreadExecutionState. Elsewhere (macOS, no session bus): a documented no-op, because
there is nothing we can inhibit without platform code the app does not ship.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

APP_REASON = "A workout is running"
LOGIND = "org.freedesktop.login1"
PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_IDLE_AND_SUSPEND = 8 | 4
"""Inhibit portal flags: keep the session from going idle (screen saver) and suspending."""
SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


def in_flatpak() -> bool:
    """True inside a Flatpak sandbox (which has ``/.flatpak-info``)."""
    return Path("/.flatpak-info").exists()


class ScreenAwake(QObject):
    """Inhibit the screensaver on demand; emit ``session_inactive`` on lock or suspend."""

    session_inactive = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: Any = None,
        system_bus: Any = None,
        flatpak: bool | None = None,
    ) -> None:
        """Watch the user's session; the buses default to the real ones (tests pass others)."""
        super().__init__(parent)
        self._cookie: int | None = None
        self._portal_request: str | None = None
        self._windows_active = False
        self._session_bus: QDBusConnection | None = None
        self._flatpak = in_flatpak() if flatpak is None else flatpak
        self._session_watcher: Any = None
        self.logind_session: str | None = None
        """The object path of this login session in logind, once found."""
        self._watch_session(session_bus, system_bus)

    @property
    def inhibited(self) -> bool:
        """True while the screen is kept awake."""
        return self._cookie is not None or self._portal_request is not None or self._windows_active

    def _watch_session(self, session: Any, system: Any) -> None:
        if not sys.platform.startswith("linux"):
            return
        from PySide6.QtDBus import QDBusConnection

        session = session or QDBusConnection.sessionBus()
        if session.isConnected():
            self._session_bus = session
            for path, interface in SCREENSAVERS:
                session.connect(
                    "", path, interface, "ActiveChanged", self, SLOT("_on_screensaver_active(bool)")
                )
        system = system or QDBusConnection.systemBus()
        if system.isConnected():
            system.connect(
                LOGIND,
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("_on_prepare_for_sleep(bool)"),
            )
            self._watch_logind_session(system)

    def _watch_logind_session(self, system: Any) -> None:
        """Follow this session's Lock signal and LockedHint property in logind.

        The session's object path is asked for without waiting (start-up must not wait for
        logind); the signals are connected when the answer comes.
        """
        from PySide6.QtDBus import QDBusInterface, QDBusPendingCallWatcher

        manager = QDBusInterface(
            LOGIND, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", system
        )
        if not manager.isValid():
            return
        self._session_watcher = QDBusPendingCallWatcher(
            manager.asyncCallWithArgumentList("GetSession", ["auto"])
        )
        self._session_watcher.finished.connect(lambda watcher: self._on_session(system, watcher))

    def _on_session(self, system: Any, watcher: Any) -> None:
        arguments = watcher.reply().arguments() if not watcher.isError() else []
        if not arguments or not hasattr(arguments[0], "path"):
            return
        path = self.logind_session = arguments[0].path()
        system.connect(
            LOGIND, path, "org.freedesktop.login1.Session", "Lock", self, SLOT("_on_lock()")
        )
        system.connect(
            LOGIND,
            path,
            "org.freedesktop.DBus.Properties",
            "PropertiesChanged",
            self,
            SLOT("_on_session_properties(QString,QVariantMap,QStringList)"),
        )

    @Slot()
    def _on_lock(self) -> None:
        self.session_inactive.emit()

    @Slot(str, "QVariantMap", "QStringList")
    def _on_session_properties(
        self, _interface: str, changed: dict[str, object], _invalid: list[str]
    ) -> None:
        if changed.get("LockedHint") is True:
            self.session_inactive.emit()

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
        elif self._session_bus is not None and self._flatpak:
            self._portal_request = self._portal_inhibit()
        elif self._session_bus is not None:
            screensaver = self._interface(
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
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
            self._interface(
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
            ).call("UnInhibit", self._cookie)
        if self._portal_request is not None:
            self._interface(PORTAL, self._portal_request, "org.freedesktop.portal.Request").call(
                "Close"
            )
        self._cookie = self._portal_request = None

    def _interface(self, service: str, path: str, interface: str) -> Any:
        from PySide6.QtDBus import QDBusInterface

        assert self._session_bus is not None  # callers check
        return QDBusInterface(service, path, interface, self._session_bus)

    def _portal_inhibit(self) -> str | None:
        """Ask the Inhibit portal; the request object it returns ends the inhibition on Close.

        The call goes through the introspected interface's meta-object, which sends ``flags``
        as the ``u`` the portal requires (a plain call would send a Python int as ``i``).
        """
        portal = self._interface(PORTAL, PORTAL_PATH, "org.freedesktop.portal.Inhibit")
        if not portal.isValid():
            return None
        try:
            handle = QMetaObject.invokeMethod(
                portal,
                "Inhibit",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("QDBusObjectPath"),
                Q_ARG(str, ""),
                Q_ARG("uint", PORTAL_IDLE_AND_SUSPEND),
                Q_ARG("QVariantMap", {"reason": APP_REASON}),
            )
        except (RuntimeError, TypeError):  # the portal does not offer Inhibit
            return None
        path = handle.path() if hasattr(handle, "path") else ""
        return path or None


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
