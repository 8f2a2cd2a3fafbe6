"""The "Running and your back" panel: import runs, the chart, spike notes and the runs table.

Imports run off the GUI thread (:class:`~backcare_desktop.ui.runs_import.RunImporter`) with a
progress bar and Cancel; files, folders and zips can be dropped on the panel. No GPS track is
kept, and the panel says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.durations import format_duration
from backcare_desktop.core.runs import (
    Activity,
    FollowUpNote,
    ImportSummary,
    SpikeCheck,
    check_spikes,
    follow_up_notes,
)
from backcare_desktop.core.runs.spikes import POST_RUN_ROUTINE
from backcare_desktop.core.runs.weekly import pain_samples, running_weeks
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.storage.programme_store import ProgrammeStore
from backcare_desktop.storage.runs_store import ActivityStore
from backcare_desktop.ui.file_dialogs import FolderMemory
from backcare_desktop.ui.i18n import fill
from backcare_desktop.ui.quick_host import QuickHost
from backcare_desktop.ui.runs_chart import RUN_WEEKS, RunsChartData
from backcare_desktop.ui.runs_import import RunImporter

QML_FILE = Path(__file__).resolve().parent / "qml" / "RunsChart.qml"
SOURCE_TEXT = "Frandsen et al., Br J Sports Med 2025"
NOTE_DAYS = 14
"""The follow-up note shows while the higher pain was logged at most this many days ago."""


class RunsTableModel(QAbstractTableModel):
    """Every activity, newest first, with its spike flag and explanation (tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Activity, SpikeCheck | None]] = []
        self._headers = [
            self.tr("Date"), self.tr("Sport"), self.tr("Distance"), self.tr("Moving"),
            self.tr("Elapsed"), self.tr("Ascent"), self.tr("Heart rate"), self.tr("Spike"),
            self.tr("Source"),
        ]  # fmt: skip

    def set_rows(self, rows: list[tuple[Activity, SpikeCheck | None]]) -> None:
        """Show ``rows`` (activity, its spike check for runs)."""
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda row: row[0].start, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of activities."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Text per column; the spike's explanation as its tooltip."""
        activity, check = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(activity, check, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 7 and check and check.is_spike:
            return spike_text(check)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4, 5, 6):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, activity: Activity, check: SpikeCheck | None, column: int) -> str:
        if column == 0:
            return day_text(activity.start, with_weekday=True)
        if column == 1:
            return sport_name(activity.sport)
        if column == 2:
            return f"{_km(activity.distance_m, 2)} km"
        if column in (3, 4):
            return format_duration(activity.moving_s if column == 3 else activity.elapsed_s)
        if column == 5:
            return "" if activity.ascent_m is None else f"{activity.ascent_m:.0f} m"
        if column == 6:
            return f"{activity.avg_hr} / {activity.max_hr}" if activity.avg_hr else ""
        if column == 7:
            if check and check.is_spike:
                return fill(self.tr("+%1% on 30-day longest"), check.percent_longer)
            return ""
        return activity.source


def day_text(moment: datetime, with_weekday: bool = False) -> str:
    """The local day of ``moment`` in the interface language (with the time after a weekday)."""
    local = moment.astimezone()
    day = QDate(local.year, local.month, local.day)
    if with_weekday:
        form = QCoreApplication.translate("RunsView", "ddd d MMM yyyy")
        return f"{QLocale().toString(day, form)}, {local:%H:%M}"
    return QLocale().toString(day, QCoreApplication.translate("RunsView", "d MMM yyyy"))


def _km(metres: float, decimals: int) -> str:
    """Kilometres with the interface language's decimal sign (German: ``11,8``)."""
    return QLocale().toString(metres / 1000, "f", decimals)


def sport_name(sport: str) -> str:
    """The translated name of a sport."""
    names = {
        "running": QCoreApplication.translate("RunsView", "Run"),
        "cycling": QCoreApplication.translate("RunsView", "Ride"),
        "walking": QCoreApplication.translate("RunsView", "Walk"),
        "hiking": QCoreApplication.translate("RunsView", "Hike"),
        "swimming": QCoreApplication.translate("RunsView", "Swim"),
        "multisport": QCoreApplication.translate("RunsView", "Multisport"),
    }
    return names.get(sport, QCoreApplication.translate("RunsView", "Other"))


def spike_text(check: SpikeCheck) -> str:
    """The one calm line explaining a flagged run, with the source."""
    assert check.longest_before_m is not None
    return fill(
        QCoreApplication.translate(
            "RunsView",
            "This %1 km run on %5 was %2% longer than your longest run of the previous 30 days "
            "(%3 km). In a large study, runners who stepped up this much in one run had more "
            "overuse injuries; building up in smaller steps helps (%4).",
        ),
        _km(check.distance_m, 1),
        check.percent_longer,
        _km(check.longest_before_m, 1),
        SOURCE_TEXT,
        day_text(check.start),
    )


def note_text(note: FollowUpNote) -> str:
    """The gentle note after a flagged run when pain went up."""
    return fill(
        QCoreApplication.translate(
            "RunsView",
            "Your back pain went from %1 to %2 after your longer run. An easier week and the "
            "post-run back release routine may help it settle.",
        ),
        note.pain_before,
        note.pain_after,
    )


def summary_text(summary: ImportSummary) -> str:
    """The import summary in one short paragraph; unreadable files one per line."""
    text = fill(
        QCoreApplication.translate(
            "RunsView",
            "Runs added: %1. Other activities (not counted as running): %2. "
            "Already here, skipped: %3. Could not be read: %4.",
        ),
        summary.runs_added,
        summary.others_added,
        summary.duplicates,
        len(summary.unreadable),
    )
    lines = [f"{item.label}: {item.reason}" for item in summary.unreadable[:8]]
    if len(summary.unreadable) > 8:
        more = QCoreApplication.translate("RunsView", "… and %1 more")
        lines.append(fill(more, len(summary.unreadable) - 8))
    return "\n".join([text, *lines])


class RunsPanel(QWidget):
    """Import button, privacy line, the chart, spike notes, the runs table; drop to import.

    :attr:`routine_requested` carries the id of the routine the follow-up note offers.
    """

    routine_requested = Signal(str)

    def __init__(
        self,
        history: HistoryStore,
        today: Callable[[], date],
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        workers: int | None = None,
        folders: FolderMemory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runsPanel")
        self.folders = folders or FolderMemory()
        self.history = history
        self.today = today
        self.store = ActivityStore(history.connection)
        self.importer = RunImporter(self.store, now, workers, self)
        self.importer.progressed.connect(self._progress)
        self.importer.finished.connect(self._finished)
        self.importer.cancelled.connect(self._cancelled)
        self.importer.failed.connect(self._failed)
        self.choose_paths: Callable[[], list[Path]] = self._choose
        self.chart_data = RunsChartData(self)
        self.setAcceptDrops(not history.read_only)

        layout = QVBoxLayout(self)
        layout.addLayout(self._top())
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.importer.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.hide()
        layout.addWidget(self.progress_box)
        self.summary_label = self._label("runsSummary")
        self.spike_label = self._label("runsSpike")
        self.note_label = self._label("runsNote")
        self.release_button = QPushButton(self.tr("Start the post-run back release"))
        self.release_button.clicked.connect(lambda: self.routine_requested.emit(POST_RUN_ROUTINE))
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label, 1)
        note_row.addWidget(self.release_button)
        for label in (self.summary_label, self.spike_label):
            layout.addWidget(label)
        layout.addLayout(note_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.model = RunsTableModel(self)
        self.table = self._table()
        splitter.addWidget(self.table)
        layout.addWidget(splitter, 1)
        self.refresh()
        # the chart loads with its first data, so it never draws empty colours or texts
        self.quick = QuickHost(
            QML_FILE,
            {"runsData": self.chart_data},
            self.palette().color(QPalette.ColorRole.Window),
            self.tr("Running and your back chart"),
        )
        self.quick.setMinimumHeight(300)
        self.quick.adopt(self.chart_data)
        splitter.insertWidget(0, self.quick)
        splitter.setSizes([420, 200])

    def _top(self) -> QHBoxLayout:
        self.import_button = QPushButton(self.tr("Import runs…"))
        self.import_button.setToolTip(
            self.tr(
                "FIT, GPX or TCX files (or .gz), folders, zips or a Strava export; "
                "you can also drop them here"
            )
        )
        self.import_button.clicked.connect(self.choose_and_import)
        self.import_button.setEnabled(not self.history.read_only)
        self.folder_button = QPushButton(self.tr("Import a folder…"))
        self.folder_button.setToolTip(self.tr("A folder of activity files or an unpacked export"))
        self.folder_button.clicked.connect(self.choose_folder_and_import)
        self.folder_button.setEnabled(not self.history.read_only)
        privacy = QLabel(
            self.tr(
                "Only each activity's summary is kept (date, sport, distance, times, ascent, "
                "heart rate): no GPS track, no location history is stored."
            )
        )
        privacy.setObjectName("runsPrivacy")
        privacy.setWordWrap(True)
        privacy.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top = QHBoxLayout()
        top.addWidget(privacy, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.folder_button)
        return top

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Runs and other activities"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((170, 70, 85, 80, 80, 65, 85, 170)):
            table.setColumnWidth(column, width)
        return table

    # -- public ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the activities and the back-care sessions again and redraw."""
        activities = self.store.activities()
        checks = check_spikes([(a.start, a.distance_m) for a in activities if a.is_run])
        by_start = {check.start: check for check in checks}
        self.model.set_rows([(a, by_start.get(a.start) if a.is_run else None) for a in activities])
        sessions = self.history.summaries()
        morning = ProgrammeStore(self.history.db).morning_pain()
        end = self._chart_end(activities)
        weeks = running_weeks(activities, sessions, checks, end, RUN_WEEKS, morning=morning)
        self.chart_data.update(weeks, self.palette())
        spikes = [check for check in checks if check.is_spike]
        self._show(self.spike_label, spike_text(spikes[-1]) if spikes else "")
        notes = [
            note
            for note in follow_up_notes(spikes, pain_samples(sessions, morning))
            if (self.today() - note.pain_after_at.astimezone().date()).days <= NOTE_DAYS
        ]
        self._show(self.note_label, note_text(notes[-1]) if notes else "")
        self.release_button.setVisible(bool(notes))

    def _chart_end(self, activities: list[Activity]) -> date:
        """Today, or the last activity's day when none falls in the chart's weeks (old data)."""
        today = self.today()
        if not activities:
            return today
        last = max(activity.start for activity in activities).astimezone().date()
        return today if (today - last).days < RUN_WEEKS * 7 else last

    def import_paths(self, paths: list[Path]) -> bool:
        """Start importing ``paths`` in the background; False when one is already running."""
        if not paths or self.history.read_only or not self.importer.start(paths):
            return False
        self.progress.setRange(0, 0)
        self.progress_box.show()
        self.import_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self._show(self.summary_label, fill(self.tr("Reading %1 …"), _names(paths)))
        return True

    def choose_and_import(self) -> None:
        """Ask for files (zips included) and import them."""
        self.import_paths(self.choose_paths())

    def choose_folder_and_import(self) -> None:
        """Ask for a folder and import everything in it."""
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder of runs"), str(self.folders.folder())
        )
        if name:
            self.folders.remember(Path(name) / "x")  # remember() keeps a file's folder
            self.import_paths([Path(name)])

    # -- drag and drop --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files, folders and zips."""
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import what was dropped."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if self.import_paths(paths):
            event.acceptProposedAction()

    def changeEvent(self, event: Any) -> None:
        """Follow light and dark palettes."""
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.chart_data.set_colours(self.palette())
            self.quick.set_clear_colour(self.palette().color(QPalette.ColorRole.Window))

    # -- internals ------------------------------------------------------------------------------

    def _choose(self) -> list[Path]:
        return self.folders.open_files(
            self,
            self.tr("Import runs"),
            self.tr("Activities (*.fit *.gpx *.tcx *.gz *.zip);;All files (*)"),
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m files"))

    def _done(self) -> None:
        self.progress_box.hide()
        self.import_button.setEnabled(not self.history.read_only)
        self.folder_button.setEnabled(not self.history.read_only)

    def _finished(self, summary: ImportSummary) -> None:
        self._done()
        self._show(self.summary_label, summary_text(summary))
        self.refresh()

    def _cancelled(self) -> None:
        self._done()
        self._show(self.summary_label, self.tr("Import cancelled: nothing was added."))

    def _failed(self, message: str) -> None:
        self._done()
        self._show(self.summary_label, fill(self.tr("Nothing imported: %1"), message))

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))


def _names(paths: list[Path]) -> str:
    shown = ", ".join(path.name for path in paths[:3])
    return shown + (f" (+{len(paths) - 3})" if len(paths) > 3 else "")
