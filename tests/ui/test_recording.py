"""A workout in the window is saved as it goes; pain is asked before and after."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backcare_desktop.core.clock import FakeClock
from backcare_desktop.ui.feedback import PainBeforeDialog
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import routine, timed


def test_moves_are_saved_as_they_finish(qtbot, services: Services, clock: FakeClock) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.run_routine(routine(timed("Plank", 10), timed("Bridge", 10), get_ready_s=0))
    store = services.history
    [session] = store.sessions()
    assert session.status == "in_progress"
    clock.advance_s(10.5)
    window.controller.wake()
    assert [(m.name, m.outcome, round(m.done_s)) for m in store.moves(session.id)] == [
        ("Plank", "completed", 10),
    ]
    qtbot.mouseClick(window.workout_view.skip_button, Qt.MouseButton.LeftButton)  # last move
    assert store.session(session.id).status == "completed"
    assert [m.outcome for m in store.moves(session.id)] == ["completed", "skipped"]


def test_feedback_after_the_workout_is_saved(qtbot, services: Services, clock: FakeClock) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.run_routine(routine(timed("Plank", 5), get_ready_s=0), pain_before=4)
    clock.advance_s(6)
    window.controller.wake()
    form = window.workout_view.feedback
    qtbot.mouseClick(form.pain.group.button(2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.effort.group.button(6), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.note, "felt loose")
    qtbot.mouseClick(window.workout_view.back_to_list, Qt.MouseButton.LeftButton)
    [session] = services.history.sessions()
    assert (session.pain_before, session.pain_after, session.effort, session.note) == (
        4,
        2,
        6,
        "felt loose",
    )
    assert window.centre_widget() is window.picker


def test_pain_before_is_one_key_to_answer_or_skip(qtbot) -> None:
    dialog = PainBeforeDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    assert dialog.pain == 3
    assert dialog.result() == PainBeforeDialog.DialogCode.Accepted
    skipped = PainBeforeDialog()
    qtbot.addWidget(skipped)
    qtbot.keyClick(skipped, Qt.Key.Key_Escape)
    assert skipped.pain is None
    assert skipped.result() == PainBeforeDialog.DialogCode.Rejected


def test_rising_pain_shows_the_kind_note_once(qtbot, services: Services, clock: FakeClock):
    window = MainWindow(services)
    qtbot.addWidget(window)
    shown: list[str] = []
    window.show_note = lambda title, text: shown.append(text)
    for pain in (2, 3, 5):
        window.run_routine(routine(timed("Plank", 5), get_ready_s=0))
        clock.advance_s(6)
        window.controller.wake()
        window.workout_view.feedback.pain.set_value(pain)
        window.workout_view.leave_finish()
    assert len(shown) == 1
    assert "doctor or a physiotherapist" in shown[0]
    window.run_routine(routine(timed("Plank", 5), get_ready_s=0))
    clock.advance_s(6)
    window.controller.wake()
    window.workout_view.feedback.pain.set_value(6)  # still rising: the same episode
    window.workout_view.leave_finish()
    assert len(shown) == 1
