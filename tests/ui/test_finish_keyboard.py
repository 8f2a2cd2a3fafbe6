"""The finish page by keyboard: number keys and arrows answer, Enter saves and leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backcare_desktop.core.clock import FakeClock
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import routine, timed
from tests.ui.test_player import advance


@pytest.fixture
def finished(qtbot, services: Services, clock: FakeClock) -> MainWindow:
    """A window showing the finish page of a ten-second workout."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.run_routine(routine(timed("Plank", 10), get_ready_s=0))
    advance(window, clock, 10)
    assert window.workout_view.pages.currentIndex() == 1
    return window


def last_session(services: Services):
    assert services.history is not None
    return services.history.sessions()[-1]


def test_keys_answer_pain_and_effort_and_enter_saves(qtbot, finished: MainWindow) -> None:
    view = finished.workout_view
    form = view.feedback
    assert form.pain.hasFocus()  # the first question has the keyboard
    qtbot.keyClick(form.pain, Qt.Key.Key_3)
    assert form.pain.value() == 3
    qtbot.keyClick(form.pain, Qt.Key.Key_Right)
    qtbot.keyClick(form.pain, Qt.Key.Key_Right)
    qtbot.keyClick(form.pain, Qt.Key.Key_Left)
    assert form.pain.value() == 4
    qtbot.keyClick(form.pain, Qt.Key.Key_Tab)
    assert form.effort.hasFocus()
    qtbot.keyClick(form.effort, Qt.Key.Key_0)  # 0 is 10 on a 1-10 row
    assert form.effort.value() == 10
    qtbot.keyClick(form.effort, Qt.Key.Key_Return)
    assert finished.centre_widget() is finished.picker
    session = last_session(finished.services)
    assert (session.pain_after, session.effort) == (4, 10)


def test_an_answer_changed_after_saving_is_not_lost(qtbot, finished: MainWindow) -> None:
    form = finished.workout_view.feedback
    qtbot.keyClick(form.pain, Qt.Key.Key_2)
    form.submit()
    qtbot.keyClick(form.pain, Qt.Key.Key_5)
    qtbot.keyClick(form.pain, Qt.Key.Key_Return)
    assert last_session(finished.services).pain_after == 5


def test_arrows_start_from_the_ends_and_delete_clears(qtbot, finished: MainWindow) -> None:
    pain = finished.workout_view.feedback.pain
    qtbot.keyClick(pain, Qt.Key.Key_Right)
    assert pain.value() == 0
    qtbot.keyClick(pain, Qt.Key.Key_End)
    assert pain.value() == 10
    qtbot.keyClick(pain, Qt.Key.Key_Delete)
    assert pain.value() is None
    qtbot.keyClick(pain, Qt.Key.Key_Left)
    assert pain.value() == 10
