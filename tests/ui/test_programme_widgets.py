"""The Today page, the morning check, the warning-signs checklist and the pre-workout note."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from backcare_desktop.core.enrolment import Enrolment, LoggedSession, plan_status
from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.core.pain_rules import RED_FLAGS
from backcare_desktop.core.programmes import load_programmes
from backcare_desktop.resources import programmes_dir, routines_dir
from backcare_desktop.storage.programme_store import GateChoice
from backcare_desktop.ui import safety_texts as safety
from backcare_desktop.ui.programme_dialogs import (
    MorningCheckDialog,
    ProgrammeDialog,
    RedFlagDialog,
    WorkoutGateDialog,
)
from backcare_desktop.ui.today_page import TodayPage, TodayView

START = date(2026, 3, 2)


def _view(sessions: list[LoggedSession], today: date, flags=()) -> TodayView:  # type: ignore[no-untyped-def]
    library = RoutineLibrary(routines_dir(), Path("/nonexistent"))
    library.load()
    programme = next(p for p in load_programmes(programmes_dir()) if p.id == "back-on-track")
    status = plan_status(
        programme, Enrolment(programme.id, START), sessions, {}, list(flags), today
    )
    routine = library.get(status.today.routine_id).routine if status.today else None  # type: ignore[union-attr]
    flare = library.get(programme.flare_up_routine).routine  # type: ignore[union-attr]
    return TodayView(status, routine, flare)


def green_weeks(weeks: int) -> list[LoggedSession]:
    """``weeks`` comfortable, complete weeks from the start: three sessions each at pain 2."""
    return [
        LoggedSession(START + timedelta(days=7 * week + 2 * n), 2, 2)
        for week in range(weeks)
        for n in range(3)
    ]


GREEN_WEEKS = green_weeks(2)


def test_today_page_shows_session_level_minutes_and_starts_with_enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = TodayPage()
    qtbot.addWidget(page)
    page.show_view(_view(GREEN_WEEKS, START + timedelta(days=14)))
    assert page.title.text() == "Back on track, 8 weeks"
    assert page.week_label.text() == "Week 3 (programme week 3 of 8), sessions up to level 2"
    assert page.session_title.text() == "Today: Pilates for the spine"
    assert page.session_meta.text() == "Level 2: holds 50 s, 10 reps · about 11 min"
    assert page.progress.text() == "This week: 0 of 3 sessions done"
    assert page.light_label.text() == "Green: on track"
    assert page.reason_label.text().startswith("Last week was comfortable and complete")
    with qtbot.waitSignal(page.start_requested) as started:
        qtbot.keyClick(page, Qt.Key.Key_Return)
    assert started.args == ["pilates-for-the-spine", 2]


GREEN_FOUR_WEEKS = green_weeks(4)
"""The user reaches level 3, and week 5 plans some sessions lower."""


def test_today_page_does_not_promise_a_level_todays_session_runs_below(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = TodayPage()
    qtbot.addWidget(page)
    view = _view(GREEN_FOUR_WEEKS, START + timedelta(days=28))
    assert (view.status.level, view.status.today.level) == (3, 2)  # type: ignore[union-attr]
    page.show_view(view)
    assert page.week_label.text() == "Week 5 (programme week 5 of 8), sessions up to level 3"
    assert page.session_meta.text().startswith("Level 2: ")  # what today's session runs at
    assert "lower" in page.week_label.toolTip()


def test_today_page_speaks_german_with_each_value_in_its_place(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    page = TodayPage()
    qtbot.addWidget(page)
    page.show_view(_view(GREEN_FOUR_WEEKS, START + timedelta(days=28)))
    assert page.week_label.text() == "Woche 5 (Programmwoche 5 von 8), Einheiten bis Stufe 3"
    assert page.session_meta.text().startswith("Stufe 2: ")
    assert page.reason_label.text() == (
        "Die letzte Woche war angenehm und vollständig: weiter mit Woche 5, und die Übungen"
        " steigen auf Stufe 3."
    )


def test_today_page_on_red_offers_the_flare_up_routine(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = TodayPage()
    qtbot.addWidget(page)
    page.show()
    red = [*GREEN_WEEKS, LoggedSession(START + timedelta(days=14), 3, 7)]
    page.show_view(_view(red, START + timedelta(days=15)))
    assert page.light_label.text() == "Red: easing off"
    assert page.flare_button.isVisible() and page.care_label.isVisible()
    assert page.care_label.text() == safety.flare_up_note()
    assert page.session_meta.text().startswith("Level 1: as written")
    assert page.flare_button.objectName() == "primary" and page.start_button.objectName() == ""
    with qtbot.waitSignal(page.flare_up_requested):  # on red, Enter starts the gentle routine
        qtbot.keyClick(page, Qt.Key.Key_Return)
    with qtbot.waitSignal(page.start_requested) as planned:  # the plan stays one click away
        page.start_button.click()
    assert planned.args == ["core-strength", 1]


def test_today_page_after_a_warning_sign_does_not_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = TodayPage()
    qtbot.addWidget(page)
    page.show()
    day = START + timedelta(days=3)
    page.show_view(_view([], day, flags=[(day, None)]))
    assert not page.start_button.isVisible() and page.doctor_button.isVisible()
    assert "see a doctor" in page.care_label.text()
    with qtbot.assertNotEmitted(page.start_requested):
        qtbot.keyClick(page, Qt.Key.Key_Enter)


@pytest.mark.parametrize(("key", "pain", "accepted"), [("7", 7, True), ("0", 0, True)])
def test_morning_check_answers_with_one_key(qtbot, key: str, pain: int, accepted: bool) -> None:  # type: ignore[no-untyped-def]
    dialog = MorningCheckDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog, key)
    assert dialog.pain == pain and dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_S])
def test_morning_check_is_skippable(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    dialog = MorningCheckDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, key)
    assert dialog.pain is None and dialog.result() == dialog.DialogCode.Rejected


def test_red_flag_checklist_lists_every_sign_and_reports_ticks(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RedFlagDialog()
    qtbot.addWidget(dialog)
    assert tuple(dialog.boxes) == RED_FLAGS == tuple(safety.RED_FLAG_LABELS)
    assert not dialog.report_button.isEnabled()
    dialog.boxes["fever"].setChecked(True)
    dialog.boxes["numbness"].setChecked(True)
    assert dialog.report_button.isEnabled()
    assert dialog.flags() == ("numbness", "fever")
    assert "emergency department" in dialog.action.text()
    assert "see a doctor today" in dialog.action.text()
    assert "cannot tell what causes your pain" in dialog.action.text()  # never a diagnosis


@pytest.mark.parametrize(
    "choice", [GateChoice.FLARE_UP, GateChoice.START_ANYWAY, GateChoice.STOP_TODAY]
)
def test_gate_offers_three_choices(qtbot, choice: GateChoice) -> None:  # type: ignore[no-untyped-def]
    dialog = WorkoutGateDialog(9, ())
    qtbot.addWidget(dialog)
    (note,) = dialog.findChildren(QLabel)
    assert note.text().startswith("Your back hurts a lot right now (9 out of 10).")
    assert safety.red_flag_label("night_pain") in note.text()
    dialog.findChild(QPushButton, f"gate_{choice.value}").click()
    assert dialog.choice is choice and dialog.result() == dialog.DialogCode.Accepted


def test_gate_after_a_ticked_sign_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = WorkoutGateDialog(3, ("fever",))
    qtbot.addWidget(dialog)
    (note,) = dialog.findChildren(QLabel)
    assert note.text().startswith("You ticked a warning sign.")
    assert dialog.choice is GateChoice.STOP_TODAY  # Esc or closing: stop for today


def test_programme_dialog_selects(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ProgrammeDialog(load_programmes(programmes_dir()), "runners-maintenance")
    qtbot.addWidget(dialog)
    assert dialog.selected() == "runners-maintenance"
    assert "glutes, core, hips and hamstrings" in dialog.summary.text()


def test_today_page_says_a_meaningful_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from backcare_desktop.core.pain_rules import meaningful_change

    page = TodayPage()
    qtbot.addWidget(page)
    view = _view(GREEN_WEEKS, START + timedelta(days=14))
    page.show_view(view)
    assert page.change_label.isHidden()
    page.show_view(replace(view, change=meaningful_change([5, 5], [2, 2])))
    assert not page.change_label.isHidden()
    assert page.change_label.text() == (
        "Your back pain has dropped from 5 to 2: that is a real change."
    )
