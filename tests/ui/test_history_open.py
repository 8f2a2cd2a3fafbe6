"""The history opens from the main window, lazily, and comes back to the list."""

from __future__ import annotations

from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import routine, timed


def test_history_opens_with_charts_and_returns(qtbot, services: Services, clock) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.run_routine(routine(timed("Plank", 5), get_ready_s=0))
    clock.advance_s(6)
    window.controller.wake()
    window.workout_view.leave_finish()
    assert window.history_view is None  # nothing loaded until asked
    window.history_action.trigger()
    assert window.centre_widget() is window.history_view
    assert window.history_view.charts_ready()
    assert not window.library_actions.new_action.isEnabled()  # library keys are off in the history
    window.history_view.closed.emit()
    assert window.centre_widget() is window.picker
    assert window.library_actions.new_action.isEnabled()
