"""The player driven on a fake clock: keys, buttons, states and what is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backcare_desktop.core.clock import FakeClock
from backcare_desktop.core.engine import EngineState
from backcare_desktop.core.timeline import CueKind
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import counted, routine, timed


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def advance(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance_s(seconds)
    window.controller.wake()


def short_routine():
    return routine(
        timed("Plank", 40, rest_s=10),
        counted("Swan dive", 8, rest_s=5),
        timed("Side plank", 20, sides="left_right"),
        get_ready_s=5,
        switch_s=5,
    )


def test_shows_countdown_kind_move_and_next(window: MainWindow, clock: FakeClock) -> None:
    window.run_routine(short_routine())
    view = window.workout_view
    assert view.kind_label.text() == "GET READY"
    assert view.countdown.text() == "5"
    assert view.move_label.text() == "Next: Plank"
    advance(window, clock, 5.2)
    assert view.kind_label.text() == "WORK"
    assert view.countdown.text() == "40"
    assert view.move_label.text() == "Plank"
    assert view.cue_label.text() == "Plank cue"
    assert view.muscles_label.text() == "Works: Core"
    assert view.next_label.text() == "Next: Swan dive, 8 reps"
    assert view.stage.property("kind") == "work"
    advance(window, clock, 20)
    assert view.countdown.text() == "20"
    assert 495 <= view.segment_progress.value() <= 505
    assert view.round_label.text() == "Round 1 of 1"
    assert view.times_label.text() == "0:25 done · 1:44 left"


def test_countdown_is_big(window: MainWindow) -> None:
    window.run_routine(short_routine())
    view = window.workout_view
    assert view.countdown.font().pixelSize() >= window.height() / 4


def test_keys_pause_skip_back_and_done(qtbot, window: MainWindow, clock: FakeClock) -> None:
    window.run_routine(short_routine())
    view = window.workout_view
    engine = window.controller.engine
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert engine.state is EngineState.PAUSED
    assert view.kind_label.text() == "PAUSED"
    assert view.pause_button.text() == "Resume"
    advance(window, clock, 30)
    assert view.countdown.text() == "5"  # paused time does not count
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert engine.state is EngineState.RUNNING
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.move_label.text() == "Plank"
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.kind_label.text() == "REST"
    qtbot.keyClick(view, Qt.Key.Key_Left)  # within 2 s: back to the plank
    assert view.move_label.text() == "Plank"
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.move_label.text() == "Swan dive"
    assert view.done_button.isVisible()
    assert view.countdown.text() == "8 reps"
    advance(window, clock, 60)
    assert view.move_label.text() == "Swan dive"  # reps wait for Done
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.kind_label.text() == "REST"
    assert not view.done_button.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.move_label.text() == "Swan dive"
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.kind_label.text() == "REST"


def test_buttons_do_what_keys_do(qtbot, window: MainWindow) -> None:
    window.run_routine(short_routine())
    view = window.workout_view
    engine = window.controller.engine
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    assert engine.state is EngineState.PAUSED
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    assert view.move_label.text() == "Plank"
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.kind_label.text() == "GET READY"
    qtbot.mouseClick(view.mute_button, Qt.MouseButton.LeftButton)
    assert window.services.settings.value.muted is True
    assert window.services.player.muted is True
    assert view.mute_button.text() == "Unmute"


def test_two_sided_move_shows_the_side(window: MainWindow, clock: FakeClock) -> None:
    window.run_routine(routine(timed("Side plank", 20, sides="left_right"), get_ready_s=0))
    view = window.workout_view
    assert view.move_label.text() == "Side plank – left side"
    advance(window, clock, 20.1)
    assert view.kind_label.text() == "SWITCH SIDES"
    assert view.move_label.text() == "Switch to the right side"
    advance(window, clock, 5)
    assert view.move_label.text() == "Side plank – right side"


def test_cues_are_played_and_captioned(window: MainWindow, clock: FakeClock) -> None:
    window.run_routine(routine(timed("Plank", 40), get_ready_s=3))
    player = window.services.player
    assert [c.kind for c in player.played] == [CueKind.GET_READY]
    for _second in range(3):
        advance(window, clock, 1)
    assert [c.kind for c in player.played][-3:] == [CueKind.TICK, CueKind.TICK, CueKind.WORK_START]
    advance(window, clock, 20)
    assert player.played[-1].kind is CueKind.HALFWAY
    assert window.workout_view.caption.text() == "Halfway"


def test_stale_cues_are_not_sounded_after_a_stall(window: MainWindow, clock: FakeClock) -> None:
    window.run_routine(routine(timed("Plank", 40), timed("Bridge", 30), get_ready_s=3))
    player = window.services.player
    player.played.clear()
    advance(window, clock, 100)  # e.g. the laptop was suspended without a pause
    assert [c.kind for c in player.played] == [CueKind.FINISHED]


def test_finish_screen_and_back_to_the_list(qtbot, window: MainWindow, clock: FakeClock) -> None:
    window.run_routine(routine(timed("Plank", 10), timed("Bridge", 10), get_ready_s=0))
    view = window.workout_view
    qtbot.keyClick(view, Qt.Key.Key_Right)
    advance(window, clock, 10)
    assert view.pages.currentIndex() == 1
    assert view.finish_title.text() == "Workout complete"
    assert view.finish_stats.text() == "0:10 of exercise · moves done: 1 of 2"
    assert [view.finish_list.item(i).text() for i in range(view.finish_list.count())] == [
        "–  Plank (skipped)",
        "✓  Bridge",
    ]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.centre_widget() is window.picker


def test_escape_stops_at_once_early_and_asks_later(qtbot, window: MainWindow, clock: FakeClock):
    window.run_routine(routine(timed("Plank", 60), get_ready_s=0))
    view = window.workout_view
    asked: list[bool] = []
    view.confirm_stop = lambda: asked.append(True) or False
    advance(window, clock, 31)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert asked == [True]
    assert window.controller.engine.state is EngineState.RUNNING  # said no: carries on
    view.confirm_stop = lambda: True
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.controller.engine.state is EngineState.STOPPED
    assert view.finish_title.text() == "Workout stopped"

    window.run_routine(routine(timed("Plank", 60), get_ready_s=0))
    view.confirm_stop = lambda: pytest.fail("must not ask in the first 30 s")
    advance(window, clock, 10)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.controller.engine.state is EngineState.STOPPED


def test_controller_wakes_for_the_next_second_or_cue(window: MainWindow, clock: FakeClock):
    controller = window.run_routine(routine(timed("Plank", 40), get_ready_s=0)).controller
    now = clock.now_ns()
    assert controller.next_wake_ns() == now + 1_000_000_000  # the display changes in 1 s
    clock.advance(400_000_000)
    assert controller.next_wake_ns() == now + 1_000_000_000
    clock.advance(19_000_000_000)
    assert controller.next_wake_ns() == now + 20_000_000_000  # halfway cue


def test_locking_or_suspending_pauses_the_workout(window: MainWindow) -> None:
    window.run_routine(routine(timed("Plank", 60), get_ready_s=0))
    window.screen_awake._on_prepare_for_sleep(True)  # logind: the machine is about to sleep
    assert window.controller.engine.state is EngineState.PAUSED
    window.controller.toggle_pause()
    window.screen_awake._on_screensaver_active(True)  # the session locked
    assert window.controller.engine.state is EngineState.PAUSED
    window.controller.toggle_pause()
    window.screen_awake._on_prepare_for_sleep(False)  # waking up does not pause or resume
    assert window.controller.engine.state is EngineState.RUNNING


def test_a_stopped_workout_counts_work_only(window: MainWindow, clock: FakeClock) -> None:
    moves = [timed(f"Move {i}", 30, rest_s=10) for i in range(12)]
    window.run_routine(routine(*moves, get_ready_s=10))
    view = window.workout_view
    view.confirm_stop = lambda: True
    advance(window, clock, 21)  # 10 s get ready, 11 s into the first move
    view.request_stop()
    assert view.finish_title.text() == "Workout stopped"
    assert view.finish_stats.text() == "0:11 of exercise · moves done: 0 of 12"
    [session] = window.services.history.sessions()
    assert session.active_s == pytest.approx(11)  # the history counts the same
