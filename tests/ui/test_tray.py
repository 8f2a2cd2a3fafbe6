"""Reminders fire on the chosen days and time while the app runs; the tray follows workouts."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from backcare_desktop.settings import Settings
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.tray import Reminders
from tests.core.factories import routine, timed

MONDAY_5PM = datetime(2026, 11, 23, 17, 0)


def test_reminder_fires_at_the_chosen_time(qtbot) -> None:
    reminders = Reminders()
    settings = replace(Settings(), reminders=True, reminder_days=(0,), reminder_time="18:00")
    reminders.configure(settings, now=MONDAY_5PM)
    assert reminders.next_due == datetime(2026, 11, 23, 18, 0)
    with qtbot.assertNotEmitted(reminders.due):
        reminders.check(datetime(2026, 11, 23, 17, 59))
    with qtbot.waitSignal(reminders.due, timeout=100):
        reminders.check(datetime(2026, 11, 23, 18, 0, 5))
    assert reminders.next_due == datetime(2026, 11, 30, 18, 0)
    with qtbot.assertNotEmitted(reminders.due):  # the laptop slept through it: no late nagging
        reminders.check(datetime(2026, 11, 30, 21, 0))


def test_reminders_are_off_by_default(qtbot) -> None:
    reminders = Reminders()
    reminders.configure(Settings(), now=MONDAY_5PM)
    assert reminders.next_due is None


def test_tray_tooltip_follows_the_workout(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.run_routine(routine(timed("Plank", 30), get_ready_s=5))
    assert window.tray.icon.toolTip() == "Get ready · 0:35 left"
    window.controller.stop()
    assert not window.tray.icon.isVisible()


def test_a_reminder_without_tray_or_notifications_is_said_in_the_window(
    qtbot, services: Services, monkeypatch
) -> None:
    from backcare_desktop.ui import screensaver

    sent: list[tuple[str, str]] = []
    monkeypatch.setattr(screensaver, "notify_desktop", lambda *note: sent.append(note) or False)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.tray.available = False
    window.reminders.due.emit()
    expected = (
        "Time for your back routine",
        "Ten minutes now keeps your back happy on the next run.",
    )
    assert sent == [expected]
    assert window.status.message() == ". ".join(expected)


def test_a_reminder_goes_to_the_desktop_when_it_takes_notifications(
    qtbot, services: Services, monkeypatch
) -> None:
    from backcare_desktop.ui import screensaver

    monkeypatch.setattr(screensaver, "notify_desktop", lambda *note: True)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.tray.available = False
    window.reminders.due.emit()
    assert window.status.message() == ""
