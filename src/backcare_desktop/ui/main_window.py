"""The main window: the routine picker, and the player while a workout runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from backcare_desktop.core.clock import NS_PER_S
from backcare_desktop.core.durations import format_duration
from backcare_desktop.core.routine import Routine, RoutineError, routine_from_dict
from backcare_desktop.settings import Settings
from backcare_desktop.ui import window_settings
from backcare_desktop.ui.figure_thumbnails import figure_names
from backcare_desktop.ui.file_dialogs import FolderMemory
from backcare_desktop.ui.help_menu import HelpMenu
from backcare_desktop.ui.i18n import fill, localized
from backcare_desktop.ui.icons import app_icon
from backcare_desktop.ui.library_actions import LibraryActions
from backcare_desktop.ui.library_watcher import LibraryWatcher
from backcare_desktop.ui.programme_coordinator import ProgrammeCoordinator
from backcare_desktop.ui.routine_list import RoutinePicker
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.status_area import StatusArea
from backcare_desktop.ui.tray import Reminders, WorkoutTray
from backcare_desktop.ui.window_menus import build_menus, chain_tab_order

if TYPE_CHECKING:
    # Imported when first used: the first frame shows the routine list and the menus only.
    from backcare_desktop.storage.programme_peek import FollowedProgramme
    from backcare_desktop.ui.controller import WorkoutController
    from backcare_desktop.ui.history_view import HistoryView
    from backcare_desktop.ui.screensaver import ScreenAwake
    from backcare_desktop.ui.workout_session import WorkoutSession
    from backcare_desktop.ui.workout_view import WorkoutView


class MainWindow(QMainWindow):
    """Pick a routine, run it, come back: arranges the pages around one workout at a time.

    The workout itself is a :class:`WorkoutSession` (:attr:`session`, None between workouts).
    """

    session_created = Signal(object)  # WorkoutSession, before it starts

    def __init__(
        self,
        services: Services,
        pictures_later: bool = False,
        followed: FollowedProgramme | None = None,
    ) -> None:
        """``pictures_later``: the routines' move pictures wait for :meth:`load_deferred`
        (the app's start-up: they are not needed for the first frame). ``followed``: the
        programme the database said is followed before the history is open; the first page is
        then the Today page, filled in by :meth:`history_ready`."""
        super().__init__()
        self.services = services
        self.session: WorkoutSession | None = None
        self.setWindowTitle(self.tr("Backcare"))
        self.setWindowIcon(app_icon())

        self.picker = RoutinePicker(pictures_later=pictures_later)
        self.picker.start_requested.connect(self.start_workout)
        self.picker.selection_changed.connect(self._remember_selection)
        self.picker.banner_dismissed.connect(
            lambda: self.services.settings.update(medical_note_shown=True)
        )
        self._workout_view: WorkoutView | None = None
        self._screen_awake: ScreenAwake | None = None
        self.confirm_close: Callable[[bool], str] = self._ask_to_close
        self._close_after_player = False
        self.history_view: HistoryView | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.picker)
        self.setCentralWidget(self.stack)

        self.folders = FolderMemory(services.settings)
        self.library_actions = LibraryActions(
            services.library,
            lambda: services.library.get(self.picker.current_id()),
            self,
            self.folders,
            lambda: figure_names(services.localized_entries()),
        )
        self.library_actions.changed.connect(self.reload_routines)
        self.library_watcher = LibraryWatcher(services.library.user_dir, self)
        self.library_watcher.changed.connect(lambda: self.reload_routines(self.picker.current_id()))
        self.library_actions.message.connect(self._show_message)
        self.picker.selection_changed.connect(lambda _id: self.library_actions.update_enabled())
        self.setAcceptDrops(True)
        self.tray = WorkoutTray(app_icon(), self)
        self.tray.toggle_pause_requested.connect(lambda: self.workout_view.toggle_pause())
        self.tray.show_requested.connect(lambda: self.handle_request({}))
        self.reminders = Reminders(self)
        self.reminders.due.connect(
            lambda: self.tray.remind(self, lambda text: self._show_message(text, False))
        )
        self.reminders.configure(services.settings.value)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._follow_system_scheme)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting)
        self.toolbar, self.settings_action, self.history_action = build_menus(
            self,
            self.library_actions,
            self.picker,
            self.open_settings,
            self.open_history,
            self.toggle_fullscreen,
        )
        self.programme = ProgrammeCoordinator(self, services)
        self.help_menu = HelpMenu(self, services.paths)
        chain_tab_order(self.toolbar, self.picker)  # after the programme's toolbar button joined
        self.status = StatusArea()
        self.status.undo_requested.connect(self.library_actions.undo_delete)
        self.statusBar().addWidget(self.status, 1)
        self.reload_routines(select=services.settings.value.last_routine)
        self._restore_geometry()
        self._show_notices()
        if followed is None or not self.programme.show_placeholder(followed):
            self.picker.list.setFocus()

    def load_deferred(self) -> None:
        """Right after the first frame: what it did not need (the move pictures)."""
        self.picker.draw_pictures()

    @property
    def workout_view(self) -> WorkoutView:
        """The player page, built the first time it is needed."""
        if self._workout_view is None:
            from backcare_desktop.ui.workout_view import WorkoutView

            view = WorkoutView(figures=self.picker.figures)
            view.closed.connect(self._leave_player)
            view.mute_toggled.connect(self._set_muted)
            view.fullscreen_toggled.connect(self.toggle_fullscreen)
            view.feedback.submitted.connect(self._save_feedback)
            settings = self.services.settings.value
            view.set_muted(settings.muted)
            view.figure_view.set_reduce_motion(settings.reduce_motion)
            view.set_fullscreen(self.isFullScreen())
            view.set_notices(self.services.player_notices())
            self.stack.addWidget(view)
            self._workout_view = view
        return self._workout_view

    @property
    def screen_awake(self) -> ScreenAwake:
        """Keeps the screen on during a workout and reports a locked session; made when first
        needed."""
        if self._screen_awake is None:
            from backcare_desktop.ui.screensaver import ScreenAwake

            self._screen_awake = ScreenAwake(self)
            self._screen_awake.session_inactive.connect(self._pause_for_lock)
        return self._screen_awake

    def handle_request(self, request: dict[str, object]) -> None:
        """Another launch asked for this window (and maybe to start a routine)."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
        data = request.get("routine")
        if data is None:
            return
        try:
            routine = routine_from_dict(data)
        except RoutineError as error:
            self._show_message(str(error), False)
            return
        if self.workout_active():
            self._show_message(self.tr("A workout is already running."), False)
            return
        self.start_routine(routine, request.get("ask") is not False)

    def workout_active(self) -> bool:
        """True while a workout runs or is paused."""
        return self.session is not None and self.session.active

    @property
    def controller(self) -> WorkoutController | None:
        """The current workout's controller (None between workouts)."""
        return self.session.controller if self.session is not None else None

    def history_ready(self) -> None:
        """The history is open: show its notices, and the medical note once ever."""
        from backcare_desktop.ui.safety_texts import medical_note

        self._show_notices()
        if not self.services.settings.value.medical_note_shown:
            self.picker.show_banner(medical_note())
        self.programme.history_ready()

    def open_history(self) -> bool:
        """Show the history (Ctrl+H), built the first time unless :meth:`prepare_history` has
        built it, and read again only if something changed since it was last shown."""
        if self.services.history is None or self._in_player():
            return False
        view = self.prepare_history()
        assert view is not None  # there is a history store
        view.show_current(self.services.settings.value.weekly_goal)
        self.stack.setCurrentWidget(view)
        self.library_actions.set_active(False)
        self.toolbar.hide()
        view.setFocus()
        return view.charts_ready()

    def prepare_history(self) -> HistoryView | None:
        """Build the history view, hidden, if it is not yet (its charts load lazily, so this
        imports Qt Quick): :func:`~backcare_desktop.ui.gui.warm_up_history` does it in idle
        time, so that opening the history then only shows it. None without a history."""
        store = self.services.history
        if store is None:
            return None
        if self.history_view is None:
            from backcare_desktop.ui.history_view import HistoryView

            view = HistoryView(
                store, self.services.settings.value.weekly_goal, date.today, self, self.folders
            )
            view.closed.connect(lambda: self.programme.show_home())
            view.routine_requested.connect(
                lambda ref: self.start_routine(self.services.library.resolve(ref))
            )
            self.stack.addWidget(view)
            self.history_view = view
        return self.history_view

    def audio_ready(self) -> None:
        """The cue player is loaded: show what it could not do (now, and as voice loads)."""
        changed = getattr(self.services.player, "changed", None)  # the voice loads later
        if changed is not None:
            changed.connect(self._refresh_notices)
        self._refresh_notices()

    def _refresh_notices(self) -> None:
        """The player's and the history's problems, in the player and the status bar."""
        problem = self.session.problem if self.session is not None else None
        problems = [localized(problem)] if problem else []
        if self._workout_view is not None:
            self._workout_view.set_notices([*self.services.player_notices(), *problems])
        self._show_notices()

    def open_settings(self) -> None:
        """Show the settings dialog and apply what changed."""
        window_settings.open_settings(self)

    def apply_settings(self, new: Settings) -> None:
        """Save new settings and bring the sound, voice and colours in line."""
        window_settings.apply_settings(self, new)

    def _follow_system_scheme(self) -> None:
        window_settings.follow_system_scheme(self)

    def _preview_sound(self, style: str, volume: float) -> None:
        window_settings.preview_sound(self, style, volume)

    def _preview_voice(self, voice: str, rate: float, volume: float) -> None:
        window_settings.preview_voice(self, voice, rate, volume)

    def _restore_geometry(self) -> None:
        saved = self.services.settings.value.window_geometry
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(1100, 720)

    def _show_notices(self) -> None:
        self.status.set_notices(self.services.notices())

    # -- routines ----------------------------------------------------------------------------

    def reload_routines(self, select: str = "") -> None:
        """Re-read the library and show it."""
        library = self.services.library
        library.load()
        self.picker.set_entries(self.services.localized_entries(), select)
        self.library_actions.update_enabled()
        self._show_notices()

    def _show_message(self, text: str, undo: bool) -> None:
        self.status.show_message(text, undo)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept routine files dragged onto the window."""
        if self.stack.currentWidget() is self.picker and any(
            url.isLocalFile() for url in event.mimeData().urls()
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the dropped files."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.library_actions.import_path(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def _remember_selection(self, routine_id: str) -> None:
        if routine_id and routine_id != self.services.settings.value.last_routine:
            self.services.settings.update(last_routine=routine_id)

    def show_picker(self) -> None:
        """Back to the routine list (after a workout)."""
        self.stack.setCurrentWidget(self.picker)
        self.status.show()
        self.menuBar().setEnabled(True)
        self.library_actions.set_active(True)
        self.toolbar.show()
        self.picker.list.setFocus()

    # -- the workout -------------------------------------------------------------------------

    def start_workout(self, routine_id: str) -> None:
        """Run a routine from the library, asking about pain first when the user wants that."""
        entry = self.services.library.get(routine_id)
        if entry is None:
            return
        self.start_routine(self.services.localized(entry.routine))

    def start_routine(self, routine: Routine, ask: bool = True) -> None:
        """Start ``routine``, first asking how the back feels when the settings say so and
        ``ask`` (False for ``--no-ask``). Every way of starting a workout comes through here."""
        pain_before = None
        if (
            ask
            and self.services.settings.value.ask_pain_before
            and self.services.history is not None
        ):
            pain_before = self.ask_pain_before()
        chosen = self.programme.check_before_start(routine, pain_before)
        if chosen is not None:
            self.run_routine(chosen, pain_before)

    def ask_pain_before(self) -> int | None:
        """The pain rating before a workout, or None when skipped (one key)."""
        from backcare_desktop.ui.feedback import PainBeforeDialog

        dialog = PainBeforeDialog(self)
        dialog.exec()
        return dialog.pain

    def run_routine(self, routine: Routine, pain_before: int | None = None) -> WorkoutSession:
        """Show the player and start a :class:`WorkoutSession` of ``routine``.

        A workout still running is stopped and closed first. :attr:`session_created` is emitted
        before the session starts.
        """
        from backcare_desktop.ui.workout_session import WorkoutSession

        self.end_workout()
        session = WorkoutSession(routine, self.services, pain_before, self)
        self.session = session
        session.refreshed.connect(self._update_tray)
        session.state_changed.connect(self._on_state)
        session.notices_changed.connect(self._refresh_notices)
        session.note_requested.connect(self.show_note)
        self.services.settings.update(last_routine=routine.id)
        self.workout_view.begin(session.controller)
        self.stack.setCurrentWidget(self.workout_view)
        self.workout_view.setFocus()
        self.status.hide()  # the player shows its own notices
        self.menuBar().setEnabled(False)
        self.library_actions.set_active(False)
        self.toolbar.hide()
        self.session_created.emit(session)
        session.start()
        self._refresh_notices()
        return session

    def _leave_player(self) -> None:
        """The user left the finish page: back to Today or the list, out of full screen."""
        if self.isFullScreen():
            self.toggle_fullscreen()
        self.end_workout()  # writes flushed before the Today page reads them
        self.programme.show_home()
        if self._close_after_player:
            self.close()

    def end_workout(self) -> None:
        """Close the current workout (stopping it if it runs) and let it go."""
        session, self.session = self.session, None
        if session is None:
            return
        self.workout_view.end()
        session.close()

    def _save_feedback(self, pain_after: int | None, effort: int | None, note: str) -> None:
        if self.session is not None:
            self.session.save_feedback(pain_after, effort, note)

    def show_note(self, title: str, text: str) -> None:
        """A kind, non-blocking note."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("kindNote")
        box.open()

    def _on_state(self, state: str) -> None:
        from backcare_desktop.core.engine import EngineState

        if state == EngineState.RUNNING.value:
            self.screen_awake.inhibit()
        else:
            self.screen_awake.release()
        if state in (EngineState.RUNNING.value, EngineState.PAUSED.value):
            self.tray.show_workout(running=state == EngineState.RUNNING.value)
        else:
            self.tray.hide()
        if state in (EngineState.FINISHED.value, EngineState.STOPPED.value):
            self.menuBar().setEnabled(True)

    def _update_tray(self) -> None:
        if self.session is None or not self.session.active:
            return
        engine = self.session.engine
        self.tray.set_status(
            fill(
                self.tr("%1 · %2 left"),
                engine.segment.title,
                format_duration(engine.total_remaining_ns() / NS_PER_S),
            )
        )

    def _pause_for_lock(self) -> None:
        if self.session is not None:
            self.session.pause()

    def _set_muted(self, muted: bool) -> None:
        self.services.set_muted(muted)

    def toggle_fullscreen(self) -> None:
        """F11."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        if self._workout_view is not None:  # else it is told when it is built
            self._workout_view.set_fullscreen(self.isFullScreen())

    # -- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running workout (asking as Esc does, and offering to log pain after first),
        and remember the geometry."""
        if self.workout_active():
            answers: list[str] = []

            def ask() -> bool:
                answers.append(self.confirm_close(self.services.history is not None))
                return answers[-1] != "keep"

            if not self.workout_view.stop_with(ask) or answers == ["log"]:
                self._close_after_player = answers == ["log"]  # after the finish page
                event.ignore()
                return
        if self.history_view is not None and self.history_view.files.busy:
            self.history_view.files.when_idle(self.close)  # the file and the history complete
            self._show_message(
                self.tr("The window closes once the history's export, backup or restore is done."),
                False,
            )
            event.ignore()
            return
        self.end_workout()
        self.library_watcher.close()
        if self._screen_awake is not None:
            self._screen_awake.release()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.services.settings.update(window_geometry=geometry)
        super().closeEvent(event)

    def _quitting(self) -> None:
        """Quitting with the window open (SIGTERM while a file action runs): let the action
        end, then close the workout as closing the window does (its writes waited for it)."""
        if self.history_view is not None:
            self.history_view.files.shutdown()
        self.end_workout()

    def _ask_to_close(self, can_log: bool) -> str:
        from backcare_desktop.ui.leave_dialog import ask_to_close

        return ask_to_close(self, can_log)

    def centre_widget(self) -> QWidget | None:
        """The page shown now (for tests)."""
        return self.stack.currentWidget()

    def _in_player(self) -> bool:
        """True while the player page is shown."""
        return self._workout_view is not None and self.stack.currentWidget() is self._workout_view
