"""An uncaught exception shows the crash dialog, lands in the log, and leaves the history intact.

These tests turn off pytest-qt's own exception capture: the app's hooks are what is tested.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from backcare_desktop.core.clock import FakeClock
from backcare_desktop.diagnostics import start_logging
from backcare_desktop.ui.crash import CrashReporter
from backcare_desktop.ui.crash_dialog import CrashDialog
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import routine, timed

pytestmark = [
    pytest.mark.qt_no_exception_capture,
    # the offscreen platform cannot raise a window that is already shown (the second error)
    pytest.mark.qt_log_ignore("This plugin does not support raise", extend=True),
]


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def reporter(qtbot, tmp_path: Path) -> Iterator[CrashReporter]:
    logs = start_logging(tmp_path / "logs" / "backcare-desktop.log")
    reporter = CrashReporter(logs.log_file)
    reporter.install()
    try:
        yield reporter
    finally:
        reporter.uninstall()
        logs.stop()
        if reporter.dialog is not None:
            reporter.dialog.close()


def fail_in_slot() -> None:
    raise RuntimeError("the slot broke")


def dialog_shown(reporter: CrashReporter) -> bool:
    return reporter.dialog is not None and reporter.dialog.isVisible()


def test_an_exception_in_a_slot_shows_the_dialog_and_logs_the_traceback(
    qtbot, reporter: CrashReporter
) -> None:
    emitter = Emitter()
    emitter.fired.connect(fail_in_slot)
    emitter.fired.emit()
    qtbot.waitUntil(lambda: dialog_shown(reporter))
    dialog = reporter.dialog
    assert "RuntimeError: the slot broke" in dialog.summary.text()
    report = dialog.report.toPlainText()
    assert "Traceback (most recent call last)" in report
    assert "in fail_in_slot" in report
    assert "Thread: MainThread" in report
    assert reporter.log_file is not None
    logged = reporter.log_file.read_text(encoding="utf-8")
    assert "CRITICAL backcare_desktop.ui.crash [MainThread] uncaught exception" in logged
    assert 'raise RuntimeError("the slot broke")' in logged
    dialog.copy_report()
    assert QApplication.clipboard().text() == report


def test_a_worker_thread_s_exception_shows_in_the_same_dialog(
    qtbot, reporter: CrashReporter
) -> None:
    def work() -> None:
        raise ValueError("the worker broke")

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: dialog_shown(reporter))
    first = reporter.dialog
    assert "ValueError: the worker broke" in first.summary.text()
    assert "Thread: worker" in first.report.toPlainText()
    emitter = Emitter()
    emitter.fired.connect(fail_in_slot)
    emitter.fired.emit()
    qtbot.waitUntil(lambda: first.count == 2)
    assert reporter.dialog is first
    assert "2 errors" in first.summary.text() and "the slot broke" in first.summary.text()
    assert "worker broke" in reporter.log_file.read_text(encoding="utf-8")


def test_a_dialog_that_breaks_is_logged_once_not_looped(
    qtbot, reporter: CrashReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("the dialog broke")

    monkeypatch.setattr(CrashReporter, "_show_dialog", broken)
    for _ in range(2):
        emitter = Emitter()
        emitter.fired.connect(fail_in_slot)
        emitter.fired.emit()
    qtbot.waitUntil(lambda: reporter.dialog_failed)
    QApplication.processEvents()  # the second error's queued call, posted with the first
    logged = reporter.log_file.read_text(encoding="utf-8")
    assert logged.count("the crash dialog could not be shown") == 1
    assert logged.count("uncaught exception") == 2


def test_the_history_written_before_the_error_stays(
    qtbot, reporter: CrashReporter, services: Services, clock: FakeClock
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.run_routine(
        routine(timed("Plank", 10), timed("Bridge", 10), timed("Cat", 10), get_ready_s=0)
    )
    window.controller.segment_started.connect(lambda _event: fail_in_slot())
    clock.advance_s(10.5)
    window.controller.wake()  # Plank ends, Bridge starts: the slot raises
    qtbot.waitUntil(lambda: dialog_shown(reporter))
    with sqlite3.connect(services.paths.history_db) as database:
        moves = database.execute("SELECT name, outcome FROM session_moves").fetchall()
    database.close()
    assert moves == [("Plank", "completed")]
    clock.advance_s(10)
    window.controller.wake()  # the workout goes on after the error
    assert [(m.name, m.outcome) for m in services.history.moves(1)] == [
        ("Plank", "completed"),
        ("Bridge", "completed"),
    ]


def test_an_error_message_that_looks_like_a_placeholder_is_shown_as_it_is(qtbot) -> None:
    dialog = CrashDialog(None)
    qtbot.addWidget(dialog)
    dialog.add("ValueError: 100%2 done", "first")
    dialog.add("KeyError: '%1'", "second")
    assert dialog.summary.text() == (
        "The app ran into 2 errors it did not expect. The last: KeyError: '%1'"
    )
