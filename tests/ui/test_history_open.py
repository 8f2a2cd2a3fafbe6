"""The history opens from the main window, lazily, and comes back to the list."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from backcare_desktop.ui import gui
from backcare_desktop.ui.history_charts import PreparedCharts
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


@pytest.fixture
def unprepared() -> Iterator[None]:
    """No charts prepared before the test, and none left for later tests (the engine stays,
    owned by the application)."""
    PreparedCharts.engine = PreparedCharts.component = None
    yield
    PreparedCharts.engine = PreparedCharts.component = None


def test_the_warm_up_prepares_the_charts_the_history_then_uses(
    qtbot, services: Services, unprepared: None
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    gui.warm_up_history(window)
    engine = PreparedCharts.engine
    assert engine is not None
    assert PreparedCharts.component is not None and PreparedCharts.component.isReady()
    assert window.history_view is None  # prepared, not built
    gui.warm_up_history(window)
    assert PreparedCharts.engine is engine  # once
    assert window.open_history()
    assert window.history_view.quick.engine() is engine
    assert window.history_view.charts_ready()


def test_the_warm_up_waits_for_a_shown_window_and_the_workout_and_skips_an_open_history(
    qtbot, services: Services, clock, unprepared: None, monkeypatch
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    later: list[tuple[int, Callable[[], None]]] = []
    monkeypatch.setattr(gui.QTimer, "singleShot", lambda ms, call: later.append((ms, call)))
    gui.warm_up_history(window)  # hidden (in the tray): not yet
    assert PreparedCharts.engine is None
    assert [ms for ms, _ in later] == [gui.HISTORY_WARM_UP_RETRY_MS]
    later.clear()
    window.show()
    window.run_routine(routine(timed("Plank", 5), get_ready_s=0))
    gui.warm_up_history(window)
    assert PreparedCharts.engine is None  # the cues come first
    assert [ms for ms, _ in later] == [gui.HISTORY_WARM_UP_RETRY_MS]
    clock.advance_s(6)
    window.controller.wake()
    window.workout_view.leave_finish()
    window.open_history()  # opened before the retry came
    later[0][1]()
    assert PreparedCharts.engine is None
    assert window.history_view.charts_ready()
