"""Voice, rate and reps-move settings: stored, edited in the dialog, tried and used."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from backcare_desktop.core.clock import FakeClock
from backcare_desktop.core.engine import EngineState
from backcare_desktop.core.timeline import CueKind
from backcare_desktop.settings import Settings, settings_from_dict, settings_to_dict
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.settings_dialog import SettingsDialog
from tests.core.factories import counted, routine, timed


def test_the_voice_settings_are_stored_and_checked() -> None:
    chosen = Settings(voice_name="German+Anika", speech_rate=-0.3, auto_advance_reps=True)
    assert settings_from_dict(settings_to_dict(chosen)) == (chosen, [])
    settings, problems = settings_from_dict(
        {"voice_name": 5, "speech_rate": 2, "auto_advance_reps": "yes"}
    )
    assert (settings.voice_name, settings.speech_rate, settings.auto_advance_reps) == ("", 0, False)
    assert [problem.split(":")[0] for problem in problems] == [
        "voice_name",
        "speech_rate",
        "auto_advance_reps",
    ]


def test_the_dialog_chooses_voice_rate_and_reps_moves(qtbot) -> None:
    said: list[tuple[str, float, float]] = []
    dialog = SettingsDialog(
        Settings(voice_name="German+Max", volume=0.5),
        voice_available=True,
        voices=("German", "German+Anika"),
        preview_voice=lambda *args: said.append(args),
    )
    qtbot.addWidget(dialog)
    names = [dialog.voice_choice.itemText(i) for i in range(dialog.voice_choice.count())]
    assert names == ["Default voice for the language", "German", "German+Anika", "German+Max"]
    assert dialog.voice_choice.currentData() == "German+Max"  # kept though not offered now
    assert dialog.voice_note.isHidden() and dialog.voice_test.isEnabled()
    dialog.voice_choice.setCurrentIndex(2)
    dialog.rate.setValue(5)
    assert dialog.rate_value.text() == "+50 %"
    qtbot.mouseClick(dialog.voice_test, Qt.MouseButton.LeftButton)
    assert said == [("German+Anika", 0.5, 0.5)]
    dialog.auto_advance.setChecked(True)
    result = dialog.result_settings()
    assert (result.voice_name, result.speech_rate, result.auto_advance_reps) == (
        "German+Anika",
        0.5,
        True,
    )


def test_without_a_voice_the_dialog_says_how_to_get_one(qtbot) -> None:
    dialog = SettingsDialog(Settings(), voice_available=False, voice_starting=True)
    qtbot.addWidget(dialog)
    assert dialog.voice_note.text() == "Starting the speech service…"
    assert not dialog.voice_test.isEnabled()
    dialog.show()
    dialog.set_voices((), available=False, starting=False)
    assert "tones are used instead" in dialog.voice_note.text()
    assert "espeak-ng" in dialog.voice_note.text()
    note = dialog.voice_note  # the longer note, come while open, is not cut off
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()), timeout=1000)
    dialog.set_voices(("English",), available=True, starting=False)
    assert dialog.voice_note.isHidden()
    assert dialog.voice_choice.findData("English") == 1


def test_test_sound_plays_tones_and_test_voice_speaks(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    player = services.player
    services.preview_sounds = lambda style, volume: None  # no rendering: tones are recorded
    window._preview_sound("bright", 0.7)
    assert [(cue.kind, cue.say) for cue in player.played] == [(CueKind.WORK_START, "")]
    window._preview_voice("German", -0.5, 0.6)
    [(text, voice, rate, volume)] = player.spoken
    assert text == "Swan dive, 8 reps. Next: Plank, 40 seconds"
    assert (voice, rate, volume) == ("German", -0.5, 0.6)
    services.apply_voice()  # the dialog closed: back to what is saved
    assert (player.voice_name, player.rate, player.volume) == ("", 0.0, 0.8)


def replace_get_ready(run):
    """``run`` without a get-ready time."""
    return replace(run, get_ready_s=0)


def advance(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance_s(seconds)
    window.controller.wake()


@pytest.mark.parametrize("by_routine", [False, True])
def test_a_reps_move_moves_on_by_itself_when_set(
    qtbot, services: Services, clock: FakeClock, by_routine: bool
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    if by_routine:
        run = routine(counted("Swan dive", 8), timed("Plank", 30), auto_advance_reps=True)
    else:
        services.settings.update(auto_advance_reps=True)
        run = routine(counted("Swan dive", 8), timed("Plank", 30))
    window.run_routine(replace_get_ready(run))
    view = window.workout_view
    assert view.countdown.text() == "24"  # 8 reps at 3 s
    assert view.cue_label.text() == "8 reps"
    assert view.done_button.isVisible() and view.segment_progress.isVisible()
    advance(window, clock, 21)
    assert services.player.played[-1].say == "Last rep"
    advance(window, clock, 3)
    assert view.move_label.text() == "Plank" and not view.done_button.isVisible()
    assert window.controller.engine.state is EngineState.RUNNING


def test_reps_moves_wait_for_done_by_default(qtbot, services: Services, clock) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.run_routine(replace_get_ready(routine(counted("Swan dive", 8), timed("Plank", 30))))
    advance(window, clock, 60)
    assert window.workout_view.move_label.text() == "Swan dive"
    assert window.workout_view.countdown.text() == "8 reps"


def test_the_weekly_goal_offers_at_most_every_day_of_the_week(qtbot) -> None:
    """Workouts count by day: 8 or more made opening the history fail."""
    dialog = SettingsDialog(Settings(weekly_sessions_goal=12), voice_available=False)
    qtbot.addWidget(dialog)
    assert dialog.sessions_goal.maximum() == 7
    assert dialog.result_settings().weekly_sessions_goal == 7
