"""Desktop manners: a tray icon while a workout runs, and optional workout reminders.

The tray icon exists only where the desktop has a system tray. Reminders fire only while the app
runs (there is no background service), as a tray message or, without a tray, a desktop
notification over D-Bus, and otherwise as a message in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from backcare_desktop.core.reminders import next_reminder, parse_clock_time
from backcare_desktop.settings import Settings

LATE_LIMIT = timedelta(hours=1)
"""A reminder missed by more than this (the laptop slept) is skipped, not shown late."""
MAX_REMINDER_SLEEP_MS = 10 * 60 * 1000
"""Check again at least this often, so a suspend or a clock change cannot skip a reminder."""


class WorkoutTray(QObject):
    """A tray icon with pause/resume and the time left, shown while a workout runs."""

    toggle_pause_requested = Signal()
    show_requested = Signal()

    def __init__(self, app_icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(app_icon, self)
        menu = QMenu()
        self.pause_action = QAction(self.tr("Pause"), menu)
        self.pause_action.triggered.connect(self.toggle_pause_requested.emit)
        show_action = QAction(self.tr("Show Backcare"), menu)
        show_action.triggered.connect(self.show_requested.emit)
        menu.addAction(self.pause_action)
        menu.addAction(show_action)
        self._menu = menu
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(lambda _reason: self.show_requested.emit())

    def show_workout(self, running: bool) -> None:
        """Show the icon during a workout (running or paused); hide it otherwise."""
        self.pause_action.setText(self.tr("Pause") if running else self.tr("Resume"))
        if self.available:
            self.icon.show()

    def hide(self) -> None:
        """Hide the icon (the workout ended)."""
        self.icon.hide()

    def set_status(self, text: str) -> None:
        """The tooltip: what is on and the time left."""
        self.icon.setToolTip(text)

    def remind(self, window: QWidget, say: Callable[[str], object]) -> None:
        """Time for the back routine: a tray message, else a desktop notification, else
        ``say`` in ``window``; the window asks for attention too."""
        from backcare_desktop.ui.screensaver import notify_desktop

        title = self.tr("Time for your back routine")
        text = self.tr("Ten minutes now keeps your back happy on the next run.")
        if self.available:
            self.icon.show()
            self.icon.showMessage(title, text, self.icon.icon(), 15_000)
        elif not notify_desktop(title, text):
            say(f"{title}. {text}")
        QApplication.alert(window)


class Reminders(QObject):
    """Fires ``due`` on the chosen weekdays at the chosen time, while the app runs."""

    due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._wake)
        self._next: datetime | None = None
        self._settings: Settings | None = None

    @property
    def next_due(self) -> datetime | None:
        """When the next reminder fires (None when reminders are off)."""
        return self._next

    def configure(self, settings: Settings, now: datetime | None = None) -> None:
        """Follow the reminder settings."""
        self._settings = settings
        self._schedule(now or datetime.now())

    def _schedule(self, now: datetime) -> None:
        settings = self._settings
        self._next = None
        self._timer.stop()
        if settings is None or not settings.reminders:
            return
        self._next = next_reminder(
            now, settings.reminder_days, parse_clock_time(settings.reminder_time)
        )
        if self._next is not None:
            wait_ms = int((self._next - now).total_seconds() * 1000)
            self._timer.start(max(0, min(wait_ms, MAX_REMINDER_SLEEP_MS)))

    def check(self, now: datetime) -> None:
        """Fire when the reminder time has come (not hours late), then schedule the next one."""
        if self._next is not None and self._next <= now < self._next + LATE_LIMIT:
            self.due.emit()
        self._schedule(now)

    def _wake(self) -> None:
        self.check(datetime.now())
