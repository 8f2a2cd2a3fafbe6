"""Lock detection and keeping the screen awake, against a fake desktop on a private D-Bus."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from backcare_desktop.ui.screensaver import PORTAL_IDLE_AND_SUSPEND, ScreenAwake
from tests.support import fake_desktop_bus

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[QDBusConnection]:
    """A private bus with the fake desktop on it (used as both session and system bus)."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = daemon.stdout.readline().strip() if daemon.stdout else ""
    fake = subprocess.Popen(
        [sys.executable, fake_desktop_bus.__file__, address],
        stdout=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": ":".join(sys.path), "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert fake.stdout is not None and fake.stdout.readline().strip() == "ready"
        connection = QDBusConnection.connectToBus(address, f"test-{tmp_path.name}")
        assert connection.isConnected()
        yield connection
    finally:
        for process in (fake, daemon):
            process.kill()
            process.communicate()
        QDBusConnection.disconnectFromBus(f"test-{tmp_path.name}")


def control(bus: QDBusConnection) -> QDBusInterface:
    return QDBusInterface("org.freedesktop.login1", "/test", "org.backcare.FakeDesktop", bus)


@pytest.mark.parametrize("signal", ["lock", "locked-hint", "gnome-active"])
def test_a_locked_session_is_noticed(qtbot, bus: QDBusConnection, signal: str) -> None:
    awake = ScreenAwake(session_bus=bus, system_bus=bus, flatpak=False)
    qtbot.waitUntil(lambda: awake.logind_session == fake_desktop_bus.SESSION_PATH)
    with qtbot.waitSignal(awake.session_inactive, timeout=5000):
        control(bus).call("Emit", signal)


@pytest.mark.parametrize("signal", ["unlock", "unlocked-hint"])
def test_an_unlocked_session_pauses_nothing(qtbot, bus: QDBusConnection, signal: str) -> None:
    awake = ScreenAwake(session_bus=bus, system_bus=bus, flatpak=False)
    qtbot.waitUntil(lambda: awake.logind_session is not None)
    with qtbot.assertNotEmitted(awake.session_inactive, wait=300):
        control(bus).call("Emit", signal)


def test_inside_flatpak_the_inhibit_portal_keeps_the_screen_awake(qtbot, bus) -> None:
    awake = ScreenAwake(session_bus=bus, system_bus=bus, flatpak=True)
    qtbot.waitUntil(lambda: awake.logind_session is not None)
    awake.inhibit()
    assert awake.inhibited
    awake.inhibit()  # idempotent: one request
    awake.release()
    assert not awake.inhibited
    calls = json.loads(control(bus).call("Calls").arguments()[0])
    assert calls == [
        ["GetSession", "auto"],
        ["Inhibit", "", PORTAL_IDLE_AND_SUSPEND, {"reason": "A workout is running"}],
        ["Close"],
    ]
