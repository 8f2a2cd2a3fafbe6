"""The "Running and your back" panel: import off the GUI thread, Cancel, drop, chart, table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from backcare_desktop.core.stats import WeeklyGoal
from backcare_desktop.storage.db import OpenedDatabase, open_database
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.ui.history_view import HistoryView
from backcare_desktop.ui.runs_view import RunsPanel
from tests.core.runs.strava_export import export_activities, write_export_zip
from tests.storage.helpers import fixed_now
from tests.support.tracks import make_track, track_gpx

pytestmark = pytest.mark.qt_log_ignore(r"QRhiGles2: Failed to create", extend=True)
TODAY = date(2025, 3, 19)
NOW = datetime(2025, 3, 19, 12, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[OpenedDatabase]:
    opened = open_database(tmp_path / "history.sqlite3", fixed_now)
    yield opened
    opened.close()


@pytest.fixture
def panel(qtbot, db: OpenedDatabase) -> RunsPanel:
    widget = RunsPanel(HistoryStore(db), lambda: TODAY, lambda: NOW, workers=1)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_export_zip(tmp_path / "export.zip", export_activities())


def test_an_import_runs_in_the_background_and_shows_runs_spikes_and_the_chart(
    qtbot, panel: RunsPanel, export: Path
) -> None:
    assert "no location history is stored" in panel.findChild(object, "runsPrivacy").text()
    with qtbot.waitSignal(panel.importer.finished, timeout=30_000) as finished:
        assert panel.import_paths([export])
        assert panel.importer.busy and not panel.import_button.isEnabled()
        assert not panel.progress_box.isHidden()
    summary = finished.args[0]
    assert (summary.runs_added, summary.others_added) == (5, 2)
    assert panel.summary_label.text().startswith("Runs added: 5. Other activities")
    assert panel.progress_box.isHidden() and panel.import_button.isEnabled()
    assert panel.model.rowCount() == 7
    newest = [panel.model.index(0, column).data() for column in range(9)]
    assert newest[1] == "Run" and newest[2] == "12.00 km"
    assert newest[7] == "+51% on 30-day longest"
    tooltip = panel.model.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert "Frandsen et al., Br J Sports Med 2025" in tooltip
    assert "longest run of the previous 30 days (8.0 km)" in panel.spike_label.text()
    weeks = panel.chart_data.weeks
    assert len(weeks["labels"]) == 16
    # the week of 17 March: the 12 km spike; the week of 3 March: 7.2 + 7.8 km, the ride apart
    assert weeks["km"][-1] == pytest.approx(12.0, abs=0.1)
    assert weeks["spikes"][-1] == 1 and sum(weeks["spikes"]) == 1
    assert weeks["km"][-3] == pytest.approx(15.0, abs=0.1)
    assert panel.quick.rootObject() is not None


def test_cancel_leaves_nothing_imported(qtbot, panel: RunsPanel, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(60):
        track = make_track(datetime(2025, 1, 1, tzinfo=UTC).replace(day=1 + number % 28,
                           hour=number % 24), "running", 900, 3.0)  # fmt: skip
        (folder / f"{number}.gpx").write_bytes(track_gpx(track))
    with qtbot.waitSignal(panel.importer.cancelled, timeout=30_000):
        panel.import_paths([folder])
        panel.cancel_button.click()
    assert panel.store.count() == 0
    assert panel.summary_label.text() == "Import cancelled: nothing was added."
    assert panel.model.rowCount() == 0


def test_dropping_a_zip_imports_it(qtbot, panel: RunsPanel, export: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(panel.importer.finished, timeout=30_000):
        panel.dropEvent(event)
    assert panel.store.count() == 7


def test_files_dropped_on_the_chart_are_imported(qtbot, panel: RunsPanel, export: Path) -> None:
    """The chart draws in a window of its own (QuickHost), which hands drops to the panel."""
    panel.show()
    scene = panel.quick.quickWindow()
    qtbot.waitUntil(scene.isExposed)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export))])
    action, button = Qt.DropAction.CopyAction, Qt.MouseButton.NoButton
    modifiers = Qt.KeyboardModifier.NoModifier
    try:  # Qt 6.12 takes a QPointF and deprecates the QPoint form, the only one before it
        enter = QDragEnterEvent(QPointF(40, 40), action, mime, button, modifiers)
    except TypeError:
        enter = QDragEnterEvent(QPoint(40, 40), action, mime, button, modifiers)
    QApplication.sendEvent(scene, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(40, 40), action, mime, button, modifiers)
    with qtbot.waitSignal(panel.importer.finished, timeout=30_000):
        QApplication.sendEvent(scene, drop)
    assert drop.isAccepted()
    assert panel.store.count() == 7


def test_a_bad_file_is_listed_with_its_reason(qtbot, panel: RunsPanel, tmp_path: Path) -> None:
    bad = tmp_path / "broken.fit"
    bad.write_bytes(b"\x0e\x20" + b"\0" * 30)
    with qtbot.waitSignal(panel.importer.finished, timeout=30_000):
        panel.import_paths([bad])
    assert "Could not be read: 1." in panel.summary_label.text()
    assert "broken.fit: " in panel.summary_label.text()


def test_the_history_has_a_running_tab_built_when_first_shown(qtbot, db) -> None:
    view = HistoryView(HistoryStore(db), WeeklyGoal(), lambda: TODAY)
    qtbot.addWidget(view)
    assert view.runs_panel is None
    view.tabs.setCurrentIndex(1)
    assert isinstance(view.runs_panel, RunsPanel)
    assert view.tabs.tabText(1) == "Running and your back"


def test_pain_up_after_a_spike_offers_the_post_run_back_release(
    qtbot, panel: RunsPanel, export: Path
) -> None:
    from tests.ui.test_history_view import record

    panel.history.add_records(
        [
            record(date(2025, 3, 15), 600, pain_before=2, pain_after=2),
            record(date(2025, 3, 18), 600, pain_before=5, pain_after=4),
        ]
    )
    with qtbot.waitSignal(panel.importer.finished, timeout=30_000):
        panel.import_paths([export])
    assert panel.note_label.text().startswith("Your back pain went from 2 to 5")
    assert not panel.release_button.isHidden()
    with qtbot.waitSignal(panel.routine_requested) as requested:
        panel.release_button.click()
    assert requested.args == ["post-run-back-release"]
    weeks = panel.chart_data.weeks
    assert weeks["before"][-1] == 5 and weeks["after"][-1] == 4
    assert weeks["minutes"][-1] == 10 and weeks["minutes"][-2] == 10


def test_old_runs_are_charted_up_to_the_last_one(qtbot, db, export: Path) -> None:
    later = RunsPanel(HistoryStore(db), lambda: date(2026, 1, 7), lambda: NOW, workers=1)
    qtbot.addWidget(later)
    with qtbot.waitSignal(later.importer.finished, timeout=30_000):
        later.import_paths([export])
    weeks = later.chart_data.weeks
    # the last run (17 March 2025) is more than 16 weeks back: the chart ends with its week
    assert weeks["km"][-1] == pytest.approx(12.0, abs=0.1) and weeks["spikes"][-1] == 1


def test_restoring_a_backup_with_runs_shows_them(qtbot, db, tmp_path: Path) -> None:
    from backcare_desktop.storage.export import export_json
    from backcare_desktop.storage.runs_store import ActivityStore
    from tests.storage.test_runs_store import activity
    from tests.ui.test_history_view import finish

    source = open_database(tmp_path / "source" / "history.sqlite3", fixed_now)
    ActivityStore(source.connection).add([activity(1), activity(2)], NOW)
    export_json(HistoryStore(source), tmp_path / "backup.json")
    source.close()
    view = HistoryView(HistoryStore(db), WeeklyGoal(), lambda: TODAY)
    qtbot.addWidget(view)
    panel = view.show_runs()
    assert panel.model.rowCount() == 0
    summary = finish(qtbot, view, lambda: view.files.restore_from(tmp_path / "backup.json"))
    assert (summary.added, summary.activities_added) == (0, 2)  # type: ignore[attr-defined]
    assert panel.model.rowCount() == 2
    assert "Runs and other activities: 2 added, 0 already here." in view.message_label.text()


def test_an_old_follow_up_note_is_not_shown(qtbot, db, export: Path) -> None:
    from tests.ui.test_history_view import record

    later = RunsPanel(HistoryStore(db), lambda: date(2025, 4, 30), lambda: NOW, workers=1)
    qtbot.addWidget(later)
    later.history.add_records(
        [
            record(date(2025, 3, 15), 600, pain_before=2, pain_after=2),
            record(date(2025, 3, 18), 600, pain_before=5, pain_after=4),
        ]
    )
    with qtbot.waitSignal(later.importer.finished, timeout=30_000):
        later.import_paths([export])
    assert later.note_label.isHidden() and later.release_button.isHidden()
    assert "run on 17 Mar 2025 was 51% longer" in later.spike_label.text()


def test_waiting_at_exit_stops_the_reading_and_stores_nothing(
    qtbot, panel: RunsPanel, export: Path
) -> None:
    assert panel.import_paths([export])
    panel.importer.wait()
    assert not panel.importer.busy
    assert panel.store.count() == 0


def test_the_chart_shows_the_morning_checks_the_programme_keeps(panel, db) -> None:  # type: ignore[no-untyped-def]
    """One reader of the morning checks (the programme store's) feeds the running chart."""
    from backcare_desktop.storage.programme_store import ProgrammeStore

    programmes = ProgrammeStore(db)
    programmes.record_morning_check(date(2025, 3, 17), 3, NOW)
    programmes.record_morning_check(date(2025, 3, 18), None, NOW)  # skipped: left out
    programmes.record_morning_check(date(2025, 3, 19), 5, NOW)
    panel.refresh()
    assert panel.chart_data.weeks["morning"][-1] == 4  # the week's average
    assert panel.chart_data.weeks["morning"][-2] == -1  # none logged that week
