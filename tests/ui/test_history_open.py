"""The history opens from the main window, lazily, and comes back to the list."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from backcare_desktop.core.stats import WeeklyGoal
from backcare_desktop.ui import gui, history_charts
from backcare_desktop.ui.history_charts import ChartsWarmUp
from backcare_desktop.ui.history_view import HistoryView
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import routine, timed
from tests.ui.test_history_view import SESSIONS


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
    """No warm-up before the test, and none marked done for later tests."""
    ChartsWarmUp.done = False
    yield
    ChartsWarmUp.done = False


def test_the_warm_up_runs_once_and_the_history_then_opens_without_reading(
    qtbot, services: Services, unprepared: None, monkeypatch
) -> None:
    assert services.history is not None
    services.history.add_records(SESSIONS[:2])
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    gui.warm_up_history(window)
    assert ChartsWarmUp.done
    assert "backcare_desktop.ui.history_view" in sys.modules
    assert window.history_view is None  # the view is built in a second step, after events
    qtbot.waitUntil(lambda: window.history_view is not None)
    view = window.history_view
    assert view is not None and not view.isVisible()
    assert view.size() == window.stack.size()  # laid out and painted once, off screen
    assert window.centre_widget() is window.picker
    made: list[object] = []
    monkeypatch.setattr(history_charts, "QQmlEngine", lambda: made.append(1))
    gui.warm_up_history(window)
    assert made == []  # once
    assert window.history_view is view
    reads: list[int] = []
    monkeypatch.setattr(view.model, "load", lambda: reads.append(1))
    assert window.open_history()
    assert window.centre_widget() is view and view.charts_ready()
    assert reads == []  # nothing changed since it was built: showing it reads nothing


def test_an_empty_history_is_not_prepared_until_a_session_is_stored(
    qtbot, services: Services, unprepared: None, monkeypatch
) -> None:
    """An empty history draws no charts, and preparing them loads the graphics driver (some
    90 MB on software OpenGL) for a new user's first workout: the warm-up waits for a session."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    later: list[tuple[int, Callable[[], None]]] = []
    monkeypatch.setattr(gui.QTimer, "singleShot", lambda ms, call: later.append((ms, call)))
    gui.warm_up_history(window)
    assert not ChartsWarmUp.done and window.history_view is None
    assert [ms for ms, _ in later] == [gui.HISTORY_WARM_UP_RETRY_MS]
    assert services.history is not None
    services.history.add_records(SESSIONS[:1])
    later.pop()[1]()  # the retry, after the first workout
    assert ChartsWarmUp.done


def test_the_history_is_read_again_when_anything_it_shows_changed(
    qtbot, services: Services, monkeypatch
) -> None:
    """A workout stored (here or by another program), a new weekly goal, a new day."""
    store = services.history
    assert store is not None
    window = MainWindow(services)
    qtbot.addWidget(window)
    view = window.prepare_history()
    assert view is not None
    today = [date(2025, 12, 31)]
    view.today = lambda: today[0]
    view.refresh()
    window.open_history()
    assert view.model.rowCount() == 0
    store.add_records(SESSIONS[:1])
    window.programme.show_home()
    window.open_history()
    assert view.model.rowCount() == 1  # stored here
    other = sqlite3.connect(store.path)
    with other:
        other.execute("DELETE FROM sessions")
    other.close()
    window.open_history()
    assert view.model.rowCount() == 0  # stored by another program
    services.settings.update(weekly_sessions_goal=5)
    window.open_history()
    assert view.charts is not None and view.charts.goal.sessions_per_week == 5  # a new goal
    reads: list[int] = []
    monkeypatch.setattr(view.model, "load", lambda: reads.append(1))
    window.open_history()
    assert reads == []  # nothing changed
    today[0] = date(2026, 1, 1)
    window.open_history()
    assert reads == [1]  # a new day: the weeks and the streak move on


def test_the_warm_up_waits_for_a_shown_window_and_the_workout_and_skips_an_open_history(
    qtbot, services: Services, clock, unprepared: None, monkeypatch
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    later: list[tuple[int, Callable[[], None]]] = []
    monkeypatch.setattr(gui.QTimer, "singleShot", lambda ms, call: later.append((ms, call)))
    gui.warm_up_history(window)  # hidden (in the tray): not yet
    assert not ChartsWarmUp.done
    assert [ms for ms, _ in later] == [gui.HISTORY_WARM_UP_RETRY_MS]
    later.clear()
    window.show()
    window.run_routine(routine(timed("Plank", 5), get_ready_s=0))
    gui.warm_up_history(window)
    assert not ChartsWarmUp.done  # the cues come first
    assert [ms for ms, _ in later] == [gui.HISTORY_WARM_UP_RETRY_MS]
    clock.advance_s(6)
    window.controller.wake()
    window.workout_view.leave_finish()
    window.open_history()  # opened before the retry came
    later[0][1]()
    assert not ChartsWarmUp.done
    assert window.history_view.charts_ready()


def test_building_the_history_shows_no_window_of_its_own(qtbot, services: Services) -> None:
    """A page added to a layout without a widget was shown as a top-level window (mapped on
    screen, then destroyed) while the view was built."""
    assert services.history is not None
    services.history.add_records(SESSIONS)
    shown: list[str] = []

    class Spy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            is_window = isinstance(watched, QWidget) and watched.isWindow()
            if event.type() == QEvent.Type.Show and is_window:
                shown.append(type(watched).__name__)
            return False

    spy = Spy()
    QApplication.instance().installEventFilter(spy)
    try:
        view = HistoryView(services.history, WeeklyGoal(), date.today)
    finally:
        QApplication.instance().removeEventFilter(spy)
    qtbot.addWidget(view)
    assert shown == []
