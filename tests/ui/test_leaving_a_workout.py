"""Leaving a workout: the close button asks as Esc does; Esc leaves full screen first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backcare_desktop.core.clock import FakeClock
from backcare_desktop.core.engine import EngineState
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import routine, timed


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def run_for(window: MainWindow, clock: FakeClock, seconds: float):
    session = window.run_routine(routine(timed("Plank", 120), get_ready_s=0))
    clock.advance_s(seconds)
    session.controller.wake()
    return session


def test_closing_mid_workout_asks_and_keep_going_keeps_it(window, clock) -> None:
    session = run_for(window, clock, 40)
    asked: list[bool] = []
    window.confirm_close = lambda can_log: asked.append(can_log) or "keep"
    window.close()
    assert asked == [True]
    assert window.isVisible()
    assert session.engine.state is EngineState.RUNNING  # carries on after the question


def test_closing_can_log_pain_first_then_quits(qtbot, window, clock, services) -> None:
    run_for(window, clock, 40)
    window.confirm_close = lambda can_log: "log"
    window.close()
    assert window.isVisible()
    view = window.workout_view
    assert view.pages.currentIndex() == 1 and view.finish_title.text() == "Workout stopped"
    view.feedback.pain.set_value(2)
    qtbot.mouseClick(view.back_to_list, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    [row] = services.history.sessions()
    assert (row.status, row.pain_after) == ("stopped", 2)


def test_closing_can_quit_at_once(window, clock, services) -> None:
    run_for(window, clock, 40)
    window.confirm_close = lambda can_log: "quit"
    window.close()
    assert not window.isVisible()
    [row] = services.history.sessions()
    assert row.status == "stopped"


def test_closing_in_the_first_30_seconds_does_not_ask(window, clock, services) -> None:
    run_for(window, clock, 10)
    window.confirm_close = lambda can_log: pytest.fail("must not ask in the first 30 s")
    window.close()
    assert not window.isVisible()
    assert services.history.sessions()[0].status == "stopped"


def test_escape_leaves_full_screen_first_then_stops(qtbot, window, clock) -> None:
    session = run_for(window, clock, 40)
    view = window.workout_view
    window.toggle_fullscreen()
    assert window.isFullScreen()
    view.confirm_stop = lambda: pytest.fail("the first Esc only leaves full screen")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    assert session.engine.state is EngineState.RUNNING
    asked: list[bool] = []
    view.confirm_stop = lambda: asked.append(True) or True
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert asked == [True]  # the usual confirmation after 30 s
    assert session.engine.state is EngineState.STOPPED


def test_leaving_the_player_leaves_full_screen(qtbot, window, clock) -> None:
    session = run_for(window, clock, 5)
    window.toggle_fullscreen()
    session.stop()
    assert window.isFullScreen()  # the finish page may stay in full screen
    qtbot.keyClick(window.workout_view, Qt.Key.Key_Return)
    assert window.centre_widget() is window.picker
    assert not window.isFullScreen()
