"""Programmes in the main window: Today first, the pre-workout note, the morning check,
warning signs, the level label in the player, and reminders on the programme's days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from backcare_desktop.storage.programme_store import GateChoice, ProgrammeStore
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.programme_dialogs import (
    MorningCheckDialog,
    RedFlagDialog,
    WorkoutGateDialog,
)
from backcare_desktop.ui.services import Services


def _store(services: Services) -> ProgrammeStore:
    assert services.history is not None
    return ProgrammeStore(services.history.db)


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def _answer(monkeypatch: pytest.MonkeyPatch, dialog: type, **values: object) -> list[object]:
    """Make ``dialog.exec`` answer at once with ``values``; returns the dialogs shown."""
    shown: list[object] = []

    def exec_(self) -> int:  # type: ignore[no-untyped-def]
        shown.append(self)
        for name, value in values.items():
            setattr(self, name, value)
        return 1

    monkeypatch.setattr(dialog, "exec", exec_)
    return shown


def test_today_is_the_first_page_when_a_programme_is_followed(
    window: MainWindow, services: Services
) -> None:
    window.history_ready()
    assert window.stack.currentWidget() is window.picker  # nothing followed yet
    assert not window.programme.today_button.isVisible()
    _store(services).follow("back-on-track", date.today())
    window.history_ready()
    page = window.programme.page
    assert window.stack.currentWidget() is page
    assert page.session_title.text() == "Today: Pilates for the spine"
    assert window.programme.today_action.isEnabled()
    assert window.programme.today_button.isVisible()


def test_reminders_follow_the_programme_days(window: MainWindow, services: Services) -> None:
    services.settings.update(reminders=True, reminder_days=(0,))
    start = date.today()
    _store(services).follow("back-on-track", start)
    window.history_ready()
    settings = window.programme.reminder_settings(services.settings.value)
    expected = sorted({(start.weekday() + offset) % 7 for offset in (0, 2, 4)})
    assert list(settings.reminder_days) == expected
    assert window.reminders.next_due is not None
    assert window.reminders.next_due.weekday() in expected


def test_high_pain_before_shows_the_note_and_logs_the_choice(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.history_ready()
    services.settings.update(ask_pain_before=True)
    monkeypatch.setattr(window, "ask_pain_before", lambda: 9)
    shown = _answer(monkeypatch, WorkoutGateDialog, choice=GateChoice.STOP_TODAY)
    window.start_workout("core-strength")
    assert len(shown) == 1 and not window.workout_active()
    shown.clear()
    monkeypatch.setattr(
        WorkoutGateDialog, "exec", lambda self: setattr(self, "choice", GateChoice.FLARE_UP)
    )
    window.start_workout("core-strength")
    assert window.workout_active()
    assert window.controller is not None
    assert window.controller.timeline.routine.id == "post-run-back-release"
    choices = [(g.routine_id, g.pain_before, g.choice) for g in _store(services).gate_choices()]
    assert choices == [
        ("core-strength", 9, GateChoice.STOP_TODAY),
        ("core-strength", 9, GateChoice.FLARE_UP),
    ]


def test_low_pain_starts_at_once(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.history_ready()
    services.settings.update(ask_pain_before=True)
    monkeypatch.setattr(window, "ask_pain_before", lambda: 3)
    shown = _answer(monkeypatch, WorkoutGateDialog, choice=GateChoice.STOP_TODAY)
    window.start_workout("core-strength")
    assert shown == [] and window.workout_active()


def test_a_reported_warning_sign_gates_workouts_and_stops_progression(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(services).follow("back-on-track", date.today())
    window.history_ready()
    monkeypatch.setattr(RedFlagDialog, "flags", lambda self: ("night_pain",))
    _answer(monkeypatch, RedFlagDialog)
    monkeypatch.setattr(window, "show_note", lambda title, text: None)
    window.programme.open_red_flags()
    (report,) = _store(services).red_flag_reports()
    assert report.flags == ("night_pain",)
    page = window.programme.page
    assert page.start_button.isHidden() and not page.doctor_button.isHidden()
    shown = _answer(monkeypatch, WorkoutGateDialog, choice=GateChoice.START_ANYWAY)
    window.start_workout("core-strength")  # pain not asked: the open warning sign gates it
    assert len(shown) == 1 and window.workout_active()


def test_programme_session_shows_its_level_in_the_player(
    window: MainWindow, services: Services
) -> None:
    store = _store(services)
    start = date.today() - timedelta(days=14)
    store.follow("runners-maintenance", start)
    assert services.history is not None
    routine = services.library.get("glutes-and-hamstrings").routine  # type: ignore[union-attr]
    for day in (0, 2, 4):
        started = datetime.combine(start + timedelta(days=day), datetime.min.time()).astimezone()
        session = services.history.start_session(routine, started.replace(hour=18), 1)
        services.history.finish_session(session, "completed", started.replace(hour=19), 600)
        services.history.update_feedback(session, pain_after=1)
    window.history_ready()
    window.programme.page.start()
    assert window.workout_active()
    assert window.workout_view.routine_label.text().endswith("· Level 2: holds 45 s")


def test_morning_check_once_after_a_session_day(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert services.history is not None
    routine = services.library.get("core-strength").routine  # type: ignore[union-attr]
    yesterday = datetime.now().astimezone() - timedelta(days=1)
    session = services.history.start_session(routine, yesterday, 2)
    services.history.finish_session(session, "completed", yesterday, 600)
    _store(services).follow("back-on-track", date.today() - timedelta(days=1))
    shown = _answer(monkeypatch, MorningCheckDialog, pain=4)
    window.history_ready()
    assert len(shown) == 1
    assert _store(services).morning_pain() == {date.today(): 4}
    window.history_ready()
    assert len(shown) == 1  # answered today: not asked again


def test_follow_pause_resume_switch_and_stop_from_the_menu(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from backcare_desktop.ui.programme_dialogs import ProgrammeDialog

    window.history_ready()
    coordinator = window.programme
    assert coordinator.follow_action.isEnabled() and not coordinator.pause_action.isEnabled()
    monkeypatch.setattr(ProgrammeDialog, "exec", lambda self: 1)
    monkeypatch.setattr(ProgrammeDialog, "selected", lambda self: "flare-up-care")
    coordinator.choose()
    assert window.stack.currentWidget() is coordinator.page
    assert coordinator.page.title.text() == "Flare-up care, 2 weeks"
    assert coordinator.page.care_label.text().startswith("A flare-up of back pain is common")
    coordinator.toggle_pause()
    assert coordinator.page.session_title.text() == "The programme is paused."
    assert coordinator.pause_action.text() == "&Resume the programme"
    coordinator.toggle_pause()
    assert coordinator.page.session_title.text().startswith("Today: ")
    monkeypatch.setattr(ProgrammeDialog, "selected", lambda self: "back-on-track")
    coordinator.choose()  # a switch: the old enrolment ends
    assert [e.programme_id for e in _store(services).enrolments()] == [
        "flare-up-care",
        "back-on-track",
    ]
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *args: QMessageBox.StandardButton.Yes)
    )
    coordinator.stop()
    assert _store(services).current_enrolment() is None
    assert window.stack.currentWidget() is window.picker and not coordinator.followed


def test_after_a_programme_workout_today_counts_it(
    qtbot,
    window: MainWindow,
    services: Services,
    clock,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt

    _store(services).follow("flare-up-care", date.today())
    window.history_ready()
    page = window.programme.page
    assert page.progress.text() == "This week: 0 of 3 sessions done"
    page.start()
    view = window.workout_view
    while view.pages.currentIndex() == 0:  # skip through the gentle routine
        qtbot.keyClick(view, Qt.Key.Key_Right)
    view.feedback.pain.set_value(1)
    view.feedback.submit()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # leave the finish screen
    assert window.centre_widget() is page
    assert page.progress.text() == "This week: 1 of 3 sessions done"
    assert page.session_title.text() == "Done today. Next: Hatha yoga for the spine"


def test_a_painful_morning_gets_the_kind_note(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert services.history is not None
    routine = services.library.get("core-strength").routine  # type: ignore[union-attr]
    yesterday = datetime.now().astimezone() - timedelta(days=1)
    session = services.history.start_session(routine, yesterday, 2)
    services.history.finish_session(session, "completed", yesterday, 600)
    _store(services).follow("back-on-track", date.today() - timedelta(days=1))
    _answer(monkeypatch, MorningCheckDialog, pain=8)
    notes: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_note", lambda title, text: notes.append((title, text)))
    window.history_ready()
    ((title, text),) = notes
    assert title == "About your back pain"
    assert text.startswith("Your back hurts a lot this morning (8 out of 10).")
    assert "see a doctor today" in text and "Weight loss you cannot explain" in text


def test_a_doctor_check_lets_the_plan_go_on_at_once_and_says_so(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(services).follow("back-on-track", date.today())
    window.history_ready()
    monkeypatch.setattr(RedFlagDialog, "flags", lambda self: ("night_pain",))
    _answer(monkeypatch, RedFlagDialog)
    notes: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_note", lambda title, text: notes.append((title, text)))
    window.programme.open_red_flags()
    page = window.programme.page
    assert page.session_title.text() == "Progression is stopped for now."
    page.doctor_button.click()
    assert page.session_title.text() == "Today: Pilates for the spine"
    assert not page.start_button.isHidden() and page.doctor_button.isHidden()
    assert "Progression" not in page.reason_label.text()
    title, text = notes[-1]
    assert title == "Good to hear" and text.startswith("Thank you for letting us know a doctor")
    (report,) = _store(services).red_flag_reports()
    assert report.cleared_on == date.today()


@pytest.mark.parametrize(
    ("flags", "emergency"),
    [
        (("bladder_bowel",), True),
        (("saddle_numbness", "fever"), True),
        (("night_pain",), False),
        (("numbness", "weakness"), False),
    ],
)
def test_an_emergency_sign_leads_with_getting_help_now(
    window: MainWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    flags: tuple[str, ...],
    emergency: bool,
) -> None:
    _store(services).follow("back-on-track", date.today())
    window.history_ready()
    monkeypatch.setattr(RedFlagDialog, "flags", lambda self: flags)
    _answer(monkeypatch, RedFlagDialog)
    notes: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_note", lambda title, text: notes.append((title, text)))
    window.programme.open_red_flags()
    ((title, text),) = notes
    first = text.split("\n\n")[0]
    if emergency:
        assert title == "Please get help now"
        assert "call your emergency number or go to an emergency department now" in first
    else:
        assert title == "Warning signs: when to see a doctor"
        assert first.startswith("Thank you for telling us.")
    assert "see a doctor" in text
    gate = WorkoutGateDialog(None, flags, window)
    shown = [label.text() for label in gate.findChildren(QLabel)]
    assert any(t.startswith("What you ticked needs help today") for t in shown) is emergency
    default = next(b for b in gate.findChildren(QPushButton) if b.isDefault())
    assert default.objectName() == ("gate_stop_today" if emergency else "gate_flare_up")


def test_the_report_dialog_opens_where_the_last_file_dialog_ended(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The window's one folder memory: a folder used by the History's export (after the
    window was built) is where the report's save dialog opens."""
    _store(services).follow("back-on-track", date.today())
    window.history_ready()
    folder = tmp_path / "exports"
    folder.mkdir()
    window.folders.remember(folder / "history.csv")
    asked: list[str] = []

    def save(parent, caption, start, filter_text):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(folder / "report.pdf"), filter_text

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window.programme.export_report()
    assert asked == [str(folder / "back-care-report.pdf")]
    assert (folder / "report.pdf").stat().st_size > 1000
