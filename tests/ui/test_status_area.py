"""The status bar: every notice shown, Undo beside its message, a new message its full time."""

from __future__ import annotations

from PySide6.QtCore import QRect

from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.status_area import StatusArea


def test_every_active_notice_is_shown(qtbot, services: Services) -> None:
    services.startup_notices.append("No audio output device found.")
    services.history_notices.append("The history cannot be written.")
    window = MainWindow(services)
    qtbot.addWidget(window)
    shown = window.status.notices()
    assert "No audio output device found." in shown
    assert "The history cannot be written." in shown


def geometry_in(widget, area: StatusArea) -> QRect:
    return QRect(widget.mapTo(area, widget.rect().topLeft()), widget.size())


def test_undo_sits_beside_the_message(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    window.status.show_message("Deleted “My routine”.", undo=True)
    qtbot.wait(1)
    area = window.status
    text = geometry_in(area.message_label, area)
    button = geometry_in(area.undo_button, area)
    assert area.undo_button.isVisible()
    assert area.message_label.fontMetrics().horizontalAdvance(area.message()) <= text.width()
    assert not text.intersects(button)


def test_a_new_message_gets_its_full_time(qtbot) -> None:
    area = StatusArea()
    qtbot.addWidget(area)
    area.show()
    area._timer.setInterval(300)
    area.show_message("first", undo=True)
    qtbot.wait(200)
    area.show_message("second", undo=True)
    qtbot.wait(200)  # the first message's time is over, the second's is not
    assert area.message() == "second" and area.undo_button.isVisible()
    qtbot.waitUntil(lambda: area.message() == "", timeout=2000)
    assert not area.undo_button.isVisible()
