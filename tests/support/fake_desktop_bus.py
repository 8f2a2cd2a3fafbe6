"""A fake logind, Inhibit portal and screen savers on a private D-Bus, for ScreenAwake tests.

Run as ``python fake_desktop_bus.py <bus address>``; prints ``ready`` once it serves. The
test drives it through ``org.backcare.FakeDesktop`` at ``/test``: ``Emit(what)`` sends a
signal the way the real service does, ``Calls()`` returns the calls received (JSON).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath

SESSION_PATH = "/org/freedesktop/login1/session/_31"
REQUEST_PATH = "/org/freedesktop/portal/desktop/request/1_1/t1"
CALLS: list[list[object]] = []
EXPORT = QDBusConnection.RegisterOption.ExportAllSlots


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class Manager(QObject):
    @Slot(str, result=QDBusObjectPath)
    def GetSession(self, session_id: str) -> QDBusObjectPath:
        CALLS.append(["GetSession", session_id])
        return QDBusObjectPath(SESSION_PATH)


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Inhibit"})
class Inhibit(QObject):
    @Slot(str, "uint", "QVariantMap", result=QDBusObjectPath)
    def Inhibit(self, window: str, flags: int, options: dict) -> QDBusObjectPath:
        CALLS.append(["Inhibit", window, flags, options])
        return QDBusObjectPath(REQUEST_PATH)


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Request"})
class Request(QObject):
    @Slot()
    def Close(self) -> None:
        CALLS.append(["Close"])


@ClassInfo({"D-Bus Interface": "org.backcare.FakeDesktop"})
class Control(QObject):
    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self.bus = bus

    @Slot(str)
    def Emit(self, what: str) -> None:
        path, interface, name, arguments = SIGNALS[what]
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(arguments)
        self.bus.send(message)

    @Slot(result=str)
    def Calls(self) -> str:
        return json.dumps(CALLS)


SIGNALS = {
    "lock": (SESSION_PATH, "org.freedesktop.login1.Session", "Lock", []),
    "unlock": (SESSION_PATH, "org.freedesktop.login1.Session", "Unlock", []),
    "locked-hint": (
        SESSION_PATH,
        "org.freedesktop.DBus.Properties",
        "PropertiesChanged",
        ["org.freedesktop.login1.Session", {"LockedHint": True}, ["IdleSinceHint"]],
    ),
    "unlocked-hint": (
        SESSION_PATH,
        "org.freedesktop.DBus.Properties",
        "PropertiesChanged",
        ["org.freedesktop.login1.Session", {"LockedHint": False}, ["IdleSinceHint"]],
    ),
    "gnome-active": ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", [True]),
}


def main() -> None:
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-desktop")
    objects = {
        "/org/freedesktop/login1": Manager(),
        "/org/freedesktop/portal/desktop": Inhibit(),
        REQUEST_PATH: Request(),
        "/test": Control(bus),
    }
    for path, thing in objects.items():
        bus.registerObject(path, thing, EXPORT)
    for name in ("org.freedesktop.login1", "org.freedesktop.portal.Desktop"):
        bus.registerService(name)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
