"""The history's file actions run off the GUI thread: the window goes on, one action at a time,
the same messages at the end, a workout and closing the window during a restore are safe."""

from __future__ import annotations

import gc
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from backcare_desktop.core.clock import FakeClock
from backcare_desktop.storage.db import transaction
from backcare_desktop.storage.export import export_json
from backcare_desktop.storage.file_jobs import DatabaseHandle, FileJobs
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.ui.background import FULL_COLLECTIONS, BackgroundWork, Failed
from backcare_desktop.ui.history_model import Column
from backcare_desktop.ui.history_view import HistoryView
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import routine, timed
from tests.storage.test_file_jobs import in_memory
from tests.ui.test_history_view import SESSIONS, finish, make_view, open_store

pytestmark = pytest.mark.qt_log_ignore(r"QRhiGles2: Failed to create", extend=True)

GATE_S = 20
"""A gated job waits at most this long for the test (a failing test must not hang)."""


class GatedJobs(FileJobs):
    """The real jobs, each held at a gate until the test opens it.

    With ``hold_lock`` the restore waits inside a write transaction of its own connection, as
    a real restore does while it merges ten years (the workout's writes then find it locked).
    """

    def __init__(self, hold_lock: bool = False) -> None:
        self.hold_lock = hold_lock
        self.entered = threading.Event()
        self.gate = threading.Event()
        self.threads: list[threading.Thread] = []

    def _wait(self) -> None:
        self.threads.append(threading.current_thread())
        self.entered.set()
        assert self.gate.wait(GATE_S)

    def export_csv(self, handle: DatabaseHandle, path: Path) -> Any:
        self._wait()
        return super().export_csv(handle, path)

    def back_up(self, handle: DatabaseHandle, path: Path, now: Any = None) -> Any:
        self._wait()
        return super().back_up(handle, path)

    def restore(self, handle: DatabaseHandle, path: Path) -> Any:
        if not self.hold_lock:
            self._wait()
            return super().restore(handle, path)
        with handle.open(write=True) as db, transaction(db.connection):
            self._wait()
        return super().restore(handle, path)


class FailingJobs(FileJobs):
    """Every job raises ``error``."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def export_csv(self, handle: DatabaseHandle, path: Path) -> Any:
        raise self.error

    def back_up(self, handle: DatabaseHandle, path: Path, now: Any = None) -> Any:
        raise self.error

    def restore(self, handle: DatabaseHandle, path: Path) -> Any:
        raise self.error


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    """A backup of the five sessions of the history view's tests."""
    with open_store(tmp_path / "source" / "history.sqlite3") as source:
        HistoryStore(source).add_records(SESSIONS)
        export_json(HistoryStore(source), tmp_path / "backup.json")
    return tmp_path / "backup.json"


@pytest.fixture
def empty(qtbot, tmp_path: Path) -> Iterator[HistoryView]:
    """A history view over an empty history on a file."""
    with open_store(tmp_path / "history.sqlite3") as db:
        view = make_view(qtbot, HistoryStore(db))
        yield view
        if isinstance(view.files.jobs, GatedJobs):  # a failed test left it waiting
            view.files.jobs.gate.set()
        view.files.shutdown()


def test_the_window_goes_on_while_a_restore_runs(qtbot, empty: HistoryView, backup: Path) -> None:
    jobs = GatedJobs()
    empty.files.jobs = jobs
    assert empty.files.restore_from(backup)
    assert empty.files.busy
    assert "Restoring from" in empty.message_label.text()
    buttons = (empty.restore_button, empty.backup_button, empty.export_button)
    assert not any(button.isEnabled() for button in buttons)
    bar = empty.busy_bar
    assert bar.isVisible()
    assert jobs.entered.wait(GATE_S)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the GUI thread handles events meanwhile
    assert empty.files.busy and empty.model.rowCount() == 0
    assert jobs.threads[0] is not threading.main_thread()
    jobs.gate.set()
    with qtbot.waitSignal(empty.data_changed):
        summary = finish(qtbot, empty, lambda: None)
    assert summary.added == 5  # type: ignore[attr-defined]
    assert "Restore done: 5 added, 0 skipped" in empty.message_label.text()
    assert empty.model.rowCount() == 5
    assert empty.restore_button.isEnabled() and empty.backup_button.isEnabled()
    assert not bar.isVisible()


def test_sessions_cannot_be_changed_while_a_file_action_runs(
    qtbot, empty: HistoryView, backup: Path
) -> None:
    """A restore holds the write lock: edits, Delete and Undo wait for it to end instead of
    failing with "busy with another write"."""
    assert empty.files.restore_from(backup)  # the real jobs
    finish(qtbot, empty, lambda: None)
    empty.table.selectRow(0)
    assert empty.delete_selected() == 1  # an Undo waits in the bar
    empty.table.selectRow(0)
    cell = empty.model.index(0, Column.NOTE)
    assert empty.model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    jobs = GatedJobs()
    empty.files.jobs = jobs
    assert empty.files.restore_from(backup)
    assert not empty.model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert not empty.undo_button.isEnabled() and not empty.delete_button.isEnabled()
    assert empty.delete_selected() == 0 and empty.undo_delete() == 0  # the keys too
    assert empty.model.rowCount() == 4
    jobs.gate.set()
    finish(qtbot, empty, lambda: None)
    assert empty.model.flags(empty.model.index(0, Column.NOTE)) & Qt.ItemFlag.ItemIsEditable
    assert empty.undo_button.isEnabled()
    assert empty.model.rowCount() == 5  # the backup brought the deleted session back


def test_a_second_action_is_refused_while_one_runs(
    qtbot, empty: HistoryView, backup: Path, tmp_path: Path
) -> None:
    jobs = GatedJobs()
    empty.files.jobs = jobs
    assert empty.files.restore_from(backup)
    assert not empty.files.restore_from(backup)
    assert not empty.files.back_up_to(tmp_path / "again.json")
    assert not empty.files.export_csv_to(tmp_path / "again.csv")
    jobs.gate.set()
    summary = finish(qtbot, empty, lambda: None)
    assert summary.added == 5  # type: ignore[attr-defined]  # restored once
    assert len(jobs.threads) == 1
    assert not (tmp_path / "again.json").exists()
    assert finish(qtbot, empty, lambda: empty.files.back_up_to(tmp_path / "again.json"))


@pytest.mark.parametrize(
    ("action", "error", "message"),
    [
        ("restore", sqlite3.OperationalError("database is locked"), "Nothing was restored: "),
        ("back_up", OSError(28, "No space left on device"), "Could not back up to "),
        ("export", PermissionError(13, "Permission denied"), "Could not export to "),
    ],
)
def test_errors_on_the_worker_are_told_on_the_gui_thread(
    qtbot, empty: HistoryView, backup: Path, action: str, error: Exception, message: str
) -> None:
    empty.files.jobs = FailingJobs(error)
    warned: list[tuple[str, bool]] = []
    empty.files.warned.connect(
        lambda text: warned.append((text, threading.current_thread() is threading.main_thread()))
    )
    start = {
        "restore": lambda: empty.files.restore_from(backup),
        "back_up": lambda: empty.files.back_up_to(backup.with_name("out.json")),
        "export": lambda: empty.files.export_csv_to(backup.with_name("out.csv")),
    }[action]
    assert finish(qtbot, empty, start) is None
    [(text, on_gui_thread)] = warned
    assert text.startswith(message) and on_gui_thread
    assert text.endswith(
        {
            "restore": "database is locked.",  # made by hand: no SQLite error code
            "back_up": "the disk is full.",
            "export": "the file or its folder is read-only.",
        }[action]
    )
    assert empty.message_label.text() == text


def test_a_bug_on_the_worker_reaches_the_crash_reporter(
    qtbot, empty: HistoryView, backup: Path
) -> None:
    empty.files.jobs = FailingJobs(ValueError("a bug"))
    with qtbot.capture_exceptions() as exceptions:
        assert empty.files.restore_from(backup)
        qtbot.waitUntil(lambda: not empty.files.busy)
    assert [str(error) for _, error, _ in exceptions] == ["a bug"]


def test_a_restore_into_a_history_in_memory_is_merged_here(
    qtbot, backup: Path, tmp_path: Path
) -> None:
    memory = in_memory(tmp_path / "memory.sqlite3")
    try:
        view = make_view(qtbot, HistoryStore(memory))
        summary = finish(qtbot, view, lambda: view.files.restore_from(backup))
        assert summary.added == 5  # type: ignore[attr-defined]
        assert HistoryStore(memory).count()[0] == 5
    finally:
        memory.close()


def test_shutdown_lets_the_restore_end_and_leaves_no_thread(
    qtbot, empty: HistoryView, backup: Path
) -> None:
    jobs = GatedJobs()
    empty.files.jobs = jobs
    outcomes: list[object] = []
    empty.files.finished.connect(outcomes.append)
    assert empty.files.restore_from(backup)
    assert jobs.entered.wait(GATE_S)
    jobs.gate.set()
    empty.files.shutdown()  # at exit: the transaction ends whole, the thread with it
    assert not jobs.threads[0].is_alive()
    assert not empty.files.busy
    qtbot.wait(20)  # the outcome, queued for the event loop, is dropped
    assert outcomes == []
    assert empty.store.count()[0] == 5


def test_what_waits_for_the_action_runs_once_when_it_ends(
    qtbot, empty: HistoryView, backup: Path
) -> None:
    calls: list[str] = []
    empty.files.when_idle(lambda: calls.append("now"))
    assert calls == ["now"]  # nothing runs: at once
    jobs = GatedJobs()
    empty.files.jobs = jobs

    def later() -> None:
        calls.append(f"later, busy {empty.files.busy}")

    assert empty.files.restore_from(backup)
    empty.files.when_idle(later)
    empty.files.when_idle(later)
    assert calls == ["now"]
    jobs.gate.set()
    finish(qtbot, empty, lambda: None)
    assert calls == ["now", "later, busy False"]


# -- the window ----------------------------------------------------------------------------


def restoring_window(qtbot, services: Services, backup: Path) -> tuple[MainWindow, GatedJobs]:
    """A main window whose history is restoring ``backup``, held at the gate with the
    database's write lock taken."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.open_history()
    jobs = GatedJobs(hold_lock=True)
    window.history_view.files.jobs = jobs
    assert window.history_view.files.restore_from(backup)
    assert jobs.entered.wait(GATE_S)  # the restore holds the write lock now
    return window, jobs


def test_a_workout_during_a_restore_is_saved_once_the_restore_is_done(
    qtbot, services: Services, clock: FakeClock, backup: Path
) -> None:
    window, jobs = restoring_window(qtbot, services, backup)
    session = window.run_routine(routine(timed("Plank", 5), get_ready_s=0))
    clock.advance_s(6)
    window.controller.wake()  # the workout ends: its writes wait in the queue, none lost
    assert session.recorder is not None and session.recorder.pending >= 2
    assert services.history.count() == (0, 0)
    jobs.gate.set()
    summary = finish(qtbot, window.history_view, lambda: None)
    assert summary.added == 5  # type: ignore[attr-defined]
    window.workout_view.leave_finish()  # closing the workout retries its writes
    assert session.recorder.pending == 0
    sessions = services.history.sessions()
    assert len(sessions) == 6
    workout = services.history.session(session.recorder.session_id)
    assert (workout.status, len(services.history.moves(workout.id))) == ("completed", 1)


def test_closing_the_window_during_a_restore_waits_for_it(
    qtbot, services: Services, backup: Path
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.open_history()
    jobs = GatedJobs()
    window.history_view.files.jobs = jobs
    assert window.history_view.files.restore_from(backup)
    assert not window.close()  # refused for now, and said why
    assert not window.close()  # asked again: still closes once, when it is done
    assert window.isVisible()
    assert "closes once" in window.status.message()
    jobs.gate.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=GATE_S * 1000)
    assert services.history.count()[0] == 5  # the whole restore, then the window closed


# -- the worker ----------------------------------------------------------------------------


def test_background_work_hands_its_outcome_to_the_gui_thread(qtbot) -> None:
    work = BackgroundWork("test-work")
    busy: list[bool] = []
    work.busy_changed.connect(busy.append)
    outcomes: list[tuple[object, bool]] = []

    def done(outcome: object) -> None:
        outcomes.append((outcome, threading.current_thread() is threading.main_thread()))

    assert work.start(lambda: threading.current_thread().name, done)
    assert not work.start(lambda: "second", done)
    qtbot.waitUntil(lambda: bool(outcomes))
    assert outcomes == [("test-work", True)]
    assert busy == [True, False] and not work.busy
    error = KeyError("x")

    def fail() -> None:
        raise error

    assert work.start(fail, done)
    qtbot.waitUntil(lambda: len(outcomes) == 2)
    assert outcomes[1] == (Failed(error), True)


def test_full_collections_are_held_off_while_any_work_runs() -> None:
    before = gc.get_threshold()
    inside: list[int] = []
    entered, leave = threading.Event(), threading.Event()

    def other() -> None:
        with FULL_COLLECTIONS.held_off():
            entered.set()
            assert leave.wait(GATE_S)

    thread = threading.Thread(target=other)
    thread.start()
    assert entered.wait(GATE_S)
    with FULL_COLLECTIONS.held_off():
        inside.append(gc.get_threshold()[2])
    inside.append(gc.get_threshold()[2])  # the other thread's block still runs
    leave.set()
    thread.join()
    assert inside == [FULL_COLLECTIONS.NEVER, FULL_COLLECTIONS.NEVER]
    assert gc.get_threshold() == before


def test_quitting_during_a_restore_and_a_workout_keeps_both(
    qtbot, services: Services, clock: FakeClock, backup: Path
) -> None:
    """SIGTERM closes the window (refused while the restore runs), then quits anyway."""
    window, jobs = restoring_window(qtbot, services, backup)
    session = window.run_routine(routine(timed("Plank", 5), get_ready_s=0))
    clock.advance_s(2)
    window.controller.wake()
    assert session.recorder is not None and session.recorder.pending == 1  # its start
    jobs.gate.set()
    window._quitting()  # what the application's aboutToQuit calls
    assert not window.history_view.files.busy and window.session is None
    assert session.recorder.pending == 0
    workout = services.history.session(session.recorder.session_id)
    assert workout.status == "stopped"
    assert services.history.count()[0] == 6
