"""Programmes in the window: the Today page, the Programme menu, the morning check, the
pre-workout note, the physio report and the calendar export.

The main window keeps arranging pages; it hands this object its stack, menu bar and the
``run_routine`` / ``ask_pain_before`` steps, and asks it :meth:`check_before_start` before any
workout begins and :meth:`reminder_settings` for the reminder days.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from backcare_desktop.core.reminders import parse_clock_time
from backcare_desktop.core.routine import Routine
from backcare_desktop.settings import Settings
from backcare_desktop.ui.i18n import fill
from backcare_desktop.ui.icons import icon

if TYPE_CHECKING:
    from backcare_desktop.core.enrolment import PlanStatus
    from backcare_desktop.core.programmes import Programme
    from backcare_desktop.storage.programme_peek import FollowedProgramme
    from backcare_desktop.storage.programme_store import GateChoice, ProgrammeStore
    from backcare_desktop.ui.main_window import MainWindow
    from backcare_desktop.ui.services import Services
    from backcare_desktop.ui.today_page import TodayPage

# The plan, its dialogs and the Today page are imported when first used (the history is open
# by then), not with the window: the first frame shows the routine list and the menus only, or,
# when the database said a programme is followed, the Today page as a placeholder that the plan
# fills in once the history is open (:meth:`ProgrammeCoordinator.show_placeholder`).

CALENDAR_WEEKS = 4


def _now() -> datetime:
    return datetime.now().astimezone()


class ProgrammeCoordinator(QObject):
    """Everything programme-related the window shows; see the module docstring."""

    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.store: ProgrammeStore | None = None
        self.folders = window.folders  # one memory: opens where the History's export was
        self.status: PlanStatus | None = None
        self.expected: FollowedProgramme | None = None
        """What the database said before the history was open (until the plan is read)."""
        self.menu = self._build_menu(window.menuBar().addMenu(self.tr("&Programme")))
        self.today_button = QAction(icon("play"), self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Today's session of your programme (Ctrl+T)"))
        self.today_button.triggered.connect(self.show_today)
        window.toolbar.insertAction(window.history_action, self.today_button)
        self._update_actions()

    @cached_property
    def programmes(self) -> list[Programme]:
        """The built-in programmes in the app's language, read when first needed."""
        from backcare_desktop.core.programmes import builtin_programmes
        from backcare_desktop.resources import programmes_dir

        language = self.services.language
        return [
            programme.localized(language)
            for programme in builtin_programmes(programmes_dir(), self.services.library)
        ]

    @cached_property
    def page(self) -> TodayPage:
        """The Today page, built when first needed (a programme is followed)."""
        from backcare_desktop.ui.today_page import TodayPage

        page = TodayPage()
        self.window.stack.addWidget(page)
        page.start_requested.connect(self.start_session)
        page.flare_up_requested.connect(self.start_flare_up)
        page.routines_requested.connect(self.window.show_picker)
        page.red_flags_requested.connect(self.open_red_flags)
        page.resume_requested.connect(self.toggle_pause)
        page.doctor_checked.connect(self.clear_red_flags)
        return page

    # -- menu ------------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot, shortcut: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menu(self, menu: QMenu) -> QMenu:
        self.today_action = self._action(menu, self.tr("&Today"), self.show_today, "Ctrl+T")
        self.follow_action = self._action(menu, self.tr("&Follow a programme…"), self.choose)
        self.pause_action = self._action(menu, self.tr("&Pause the programme"), self.toggle_pause)
        self.stop_action = self._action(menu, self.tr("&Stop following"), self.stop)
        menu.addSeparator()
        self._action(menu, self.tr("&Warning signs…"), self.open_red_flags)
        menu.addSeparator()
        self.report_action = self._action(
            menu, self.tr("&Report for your physio (PDF)…"), self.export_report
        )
        self.calendar_action = self._action(
            menu, self.tr("Export the &coming sessions (.ics)…"), self.export_calendar
        )
        return menu

    def _update_actions(self) -> None:
        enrolment = self.store.current_enrolment() if self.store else None
        has_store = self.store is not None and not self.store.db.read_only
        self.follow_action.setEnabled(has_store)
        for action in (self.today_action, self.stop_action, self.calendar_action):
            action.setEnabled(has_store and enrolment is not None)
        self.pause_action.setEnabled(has_store and enrolment is not None)
        self.today_button.setVisible(
            enrolment is not None if self.store is not None else self.expected is not None
        )
        paused = enrolment is not None and enrolment.paused
        self.pause_action.setText(
            self.tr("&Resume the programme") if paused else self.tr("&Pause the programme")
        )
        self.report_action.setEnabled(self.services.history is not None)

    # -- state -----------------------------------------------------------------------------

    @property
    def followed(self) -> bool:
        """True when a programme is followed (active or paused)."""
        return self.status is not None

    def show_placeholder(self, expected: FollowedProgramme) -> bool:
        """Before the history is open: show the Today page as a placeholder (the programme's
        title, the buttons disabled) when ``expected``, as the database said, is a programme we
        know. The plan fills it in (:meth:`history_ready`). True when it is shown."""
        from backcare_desktop.core.programmes import find_programme

        programme = find_programme(self.programmes, expected.programme_id)
        if programme is None or self.store is not None:
            return False
        self.expected = expected
        self.page.show_placeholder(programme.title, expected.paused)
        self.window.stack.setCurrentWidget(self.page)
        self.page.setFocus()
        self._update_actions()
        return True

    def history_ready(self) -> None:
        """The history is open: read the plan, show Today first, ask the morning question.

        The database has the last word: when it follows no programme after all, a placeholder
        shown at start-up gives way to the routine list."""
        from backcare_desktop.storage.programme_store import ProgrammeStore

        history = self.services.history
        placeholder, self.expected = self.expected, None
        if history is None:
            self._update_actions()
            if placeholder is not None:
                self.window.show_picker()
            return
        self.store = ProgrammeStore(history.db)
        self.refresh()
        if self.followed and not self.window.workout_active():
            self.show_today()
        elif placeholder is not None and self.window.stack.currentWidget() is self.page:
            self.window.show_picker()
        self.ask_morning_check()

    def refresh(self) -> None:
        """Replay the plan from the history and redraw the Today page."""
        from backcare_desktop.core.enrolment import pain_change
        from backcare_desktop.storage.programme_store import current_plan, logged_sessions
        from backcare_desktop.ui.today_page import TodayView

        history = self.services.history
        self.status = None
        if self.store is not None and history is not None:
            summaries = history.summaries()
            today = date.today()
            self.status = current_plan(self.store, summaries, self.programmes, today)
            enrolment = self.store.current_enrolment()
            if self.status is not None and enrolment is not None:
                change = pain_change(
                    enrolment, logged_sessions(summaries), self.store.morning_pain(), today
                )
                self.page.show_view(
                    TodayView(self.status, self._today_routine(), self._flare_up(), change)
                )
        self._update_actions()
        self.window.reminders.configure(self.reminder_settings(self.services.settings.value))

    def _routine(self, routine_id: str) -> Routine | None:
        entry = self.services.library.get(routine_id)
        return self.services.localized(entry.routine) if entry is not None else None

    def _today_routine(self) -> Routine | None:
        planned = self.status.today if self.status else None
        return self._routine(planned.routine_id) if planned else None

    def _flare_up(self) -> Routine | None:
        from backcare_desktop.core.programmes import find_programme

        source = (
            self.status.programme
            if self.status
            else find_programme(self.programmes, "flare-up-care")
        )
        return self._routine(source.flare_up_routine) if source else None

    def reminder_settings(self, settings: Settings) -> Settings:
        """``settings`` with the reminder days of the followed programme, when one is."""
        from backcare_desktop.core.enrolment import planned_weekdays

        enrolment = self.store.current_enrolment() if self.store else None
        if self.status is None or enrolment is None or self.status.paused:
            return settings
        days = planned_weekdays(enrolment, self.status.programme.sessions_per_week)
        return replace(settings, reminder_days=days)

    # -- pages and workouts ----------------------------------------------------------------

    def show_today(self) -> None:
        """Show the Today page (when a programme is followed)."""
        if not self.followed or self.window.workout_active():
            return
        self.refresh()
        self.window.show_picker()  # restores the toolbar and menus after a workout
        self.window.stack.setCurrentWidget(self.page)
        self.page.setFocus()

    def show_home(self) -> None:
        """After a workout: Today when a programme is followed, else the routine list."""
        if self.followed:
            self.show_today()
        else:
            self.window.show_picker()

    def start_session(self, routine_id: str, level: int) -> None:
        """Start a planned session at ``level`` the way every workout starts (pain question,
        pre-workout note), and show the level in the player."""
        from backcare_desktop.core.levels import scale_routine
        from backcare_desktop.ui.programme_texts import level_text

        routine = self._routine(routine_id)
        if routine is None:
            return
        scaled = scale_routine(routine, level)
        self.window.start_routine(scaled)
        session = self.window.session
        if session is not None and session.routine is scaled:
            self.window.workout_view.set_level_label(level_text(routine, level))

    def start_flare_up(self) -> None:
        """Start the gentle flare-up routine (no pain gate: it is the gentle choice)."""
        routine = self._flare_up()
        if routine is not None:
            pain_before = self.window.ask_pain_before() if self._ask_pain() else None
            self.window.run_routine(routine, pain_before)

    def _ask_pain(self) -> bool:
        return self.services.settings.value.ask_pain_before and self.services.history is not None

    def check_before_start(self, routine: Routine, pain_before: int | None) -> Routine | None:
        """The routine to run, the flare-up routine, or None (stop for today): a pain before of
        7/10 or more, or an open warning sign, shows the kind note first and logs the choice."""
        from backcare_desktop.core.pain_rules import needs_gate
        from backcare_desktop.storage.programme_store import GateChoice
        from backcare_desktop.ui.programme_dialogs import WorkoutGateDialog

        flags = self._open_flags()
        if not needs_gate(pain_before, flags):
            return routine
        dialog = WorkoutGateDialog(pain_before, flags, self.window)
        dialog.exec()
        if self.store is not None and not self.store.db.read_only:
            self.store.record_gate_choice(routine.id, pain_before, flags, dialog.choice, _now())
        if dialog.choice is GateChoice.FLARE_UP:
            return self._flare_up()
        return routine if dialog.choice is GateChoice.START_ANYWAY else None

    def _open_flags(self) -> tuple[str, ...]:
        if self.store is None:
            return ()
        flags = {f for r in self.store.red_flag_reports() if r.cleared_on is None for f in r.flags}
        return tuple(sorted(flags))

    # -- programme changes -----------------------------------------------------------------

    def choose(self) -> None:
        """Follow a programme, or switch to another."""
        from backcare_desktop.ui.programme_dialogs import ProgrammeDialog

        if self.store is None:
            return
        current = self.store.current_enrolment()
        dialog = ProgrammeDialog(
            self.programmes, current.programme_id if current else None, self.window
        )
        if dialog.exec() and dialog.selected():
            self.store.follow(dialog.selected() or "", date.today())
            self.refresh()
            self.show_today()

    def toggle_pause(self) -> None:
        """Pause the followed programme, or resume it."""
        enrolment = self.store.current_enrolment() if self.store else None
        if self.store is None or enrolment is None:
            return
        paused = enrolment.paused
        today = date.today()
        self.store.save_enrolment(enrolment.resume(today) if paused else enrolment.pause(today))
        self.refresh()
        self.show_today()

    def stop(self) -> None:
        """Stop following the programme (the history stays); back to the routine list."""
        from PySide6.QtWidgets import QMessageBox

        enrolment = self.store.current_enrolment() if self.store else None
        if self.store is None or enrolment is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Stop following"),
            fill(
                self.tr("Stop following %1? Your history stays."),
                self.status.programme.title if self.status else "",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.save_enrolment(enrolment.stop(date.today()))
            self.refresh()
            self.window.show_picker()

    def open_red_flags(self) -> None:
        """The warning-signs checklist; reporting a sign stops progression."""
        from backcare_desktop.ui import safety_texts as safety
        from backcare_desktop.ui.programme_dialogs import RedFlagDialog

        dialog = RedFlagDialog(self.window)
        if dialog.exec() and dialog.flags():
            if self.store is not None and not self.store.db.read_only:
                self.store.report_red_flags(dialog.flags(), _now())
            self.window.show_note(*safety.red_flags_reported_note(dialog.flags()))
            self.refresh()

    def clear_red_flags(self) -> None:
        """A doctor has checked the back: progression goes on from today; say so kindly."""
        from backcare_desktop.ui import safety_texts as safety

        if self.store is None or self.store.db.read_only:
            return
        self.store.clear_red_flags(date.today())
        self.refresh()
        self.window.show_note(*safety.red_flags_cleared_note())

    def ask_morning_check(self) -> None:
        """The morning question, the first time the app opens on a day after a session."""
        from backcare_desktop.core.enrolment import morning_check_due
        from backcare_desktop.core.pain_rules import GATE_PAIN
        from backcare_desktop.ui import safety_texts as safety
        from backcare_desktop.ui.programme_dialogs import MorningCheckDialog

        history = self.services.history
        if self.store is None or history is None or self.store.db.read_only:
            return
        if not (self.followed or self.services.settings.value.ask_pain_before):
            return
        days = [session.day for session in history.summaries() if session.status != "in_progress"]
        answered = [check.day for check in self.store.morning_checks()]
        today = date.today()
        if not morning_check_due(today, days, answered):
            return
        dialog = MorningCheckDialog(self.window)
        dialog.exec()
        self.store.record_morning_check(today, dialog.pain, _now())
        self.refresh()
        if dialog.pain is not None and dialog.pain >= GATE_PAIN:
            self.window.show_note(*safety.morning_high_note(dialog.pain))

    # -- files -----------------------------------------------------------------------------

    def _save_path(self, caption: str, name: str, filter_text: str) -> Path | None:
        return self.folders.save_file(self.window, caption, name, filter_text)

    def export_report(self) -> None:
        """Write the report for a physiotherapist as a PDF (A4, or Letter where that is usual)."""
        from backcare_desktop.storage.report_inputs import physio_report_data
        from backcare_desktop.ui import safety_texts as safety
        from backcare_desktop.ui.physio_report import write_report

        history = self.services.history
        if history is None or self.store is None:
            return
        path = self._save_path(
            self.tr("Report for your physio"), "back-care-report.pdf", self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        data = physio_report_data(
            history,
            self.store,
            self.programmes,
            date.today(),
            lambda flags: ", ".join(safety.red_flag_label(flag) for flag in flags),
            self._gate_words,
        )
        imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        pages = write_report(data, path, "Letter" if imperial else "A4", safety.report_disclaimer())
        self.window.status.show_message(
            fill(self.tr("Saved the report (%1 pages) to %2"), pages, path)
        )

    def _gate_words(self, pain: int | None, choice: GateChoice) -> str:
        from backcare_desktop.storage.programme_store import GateChoice

        chose = {
            GateChoice.FLARE_UP: self.tr("chose the gentle routine"),
            GateChoice.START_ANYWAY: self.tr("started anyway"),
            GateChoice.STOP_TODAY: self.tr("stopped for the day"),
        }[choice]
        if pain is None:
            return chose
        return fill(self.tr("Pain %1/10 before; %2"), str(pain), chose)

    def export_calendar(self) -> None:
        """Write the coming weeks' planned sessions as an iCalendar file."""
        from backcare_desktop.core.levels import scale_routine
        from backcare_desktop.core.programme_calendar import calendar_bytes, upcoming_sessions

        enrolment = self.store.current_enrolment() if self.store else None
        if self.status is None or enrolment is None:
            return
        path = self._save_path(
            self.tr("Export the coming sessions"),
            "back-care-sessions.ics",
            self.tr("Calendar (*.ics)"),
        )
        if path is None:
            return
        sessions = upcoming_sessions(self.status, enrolment, date.today(), CALENDAR_WEEKS)

        def title(session) -> str:  # type: ignore[no-untyped-def]
            routine = self._routine(session.routine_id)
            name = routine.title if routine else session.routine_id
            return fill(self.tr("Back care: %1 (level %2)"), name, str(session.level))

        def minutes(session) -> int:  # type: ignore[no-untyped-def]
            routine = self._routine(session.routine_id)
            return (
                round(scale_routine(routine, session.level).estimated_total_s() / 60)
                if routine
                else 10
            )

        at = self._reminder_time()
        data = calendar_bytes(
            sessions,
            at,
            minutes,
            title,
            enrolment.uuid,
            _now(),
            self.tr(
                "Planned by your programme in backcare-desktop. The plan follows your pain, "
                "so later sessions may change."
            ),
        )
        try:
            path.write_bytes(data)
        except OSError as error:
            self.window.show_note(self.tr("Export the coming sessions"), str(error))
            return
        self.window.status.show_message(
            fill(self.tr("Saved %1 sessions to %2"), len(sessions), path)
        )

    def _reminder_time(self) -> time:
        try:
            return parse_clock_time(self.services.settings.value.reminder_time)
        except ValueError:
            return time(18, 0)
