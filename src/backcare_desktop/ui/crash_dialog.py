"""The dialog :class:`~backcare_desktop.ui.crash.CrashReporter` shows for an exception nothing
caught; imported only when that happens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.ui.i18n import fill


class CrashDialog(QDialog):
    """What went wrong, where the log is, and a report to copy. Later errors are added to it."""

    def __init__(self, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.log_file = log_file
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        safe = QLabel(
            self.tr(
                "Your workout history is saved move by move, so everything recorded until now is "
                "safe. You can keep going; if something looks wrong, restart the app."
            )
        )
        safe.setWordWrap(True)
        where = QLabel(
            fill(self.tr("The details are in the log: %1"), log_file)
            if log_file is not None
            else self.tr("No log file could be written: the details are only below.")
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        if log_file is not None:
            open_button = QPushButton(self.tr("Open &log folder"))
            open_button.clicked.connect(self.open_log_folder)
            buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.summary, safe, where, self.report, buttons):
            layout.addWidget(widget)
        self.count = 0

    def add(self, summary: str, report: str) -> None:
        """Show one more error (the first, or one that followed while the dialog was open)."""
        self.count += 1
        if self.count == 1:
            self.summary.setText(
                fill(self.tr("The app ran into an error it did not expect: %1"), summary)
            )
        else:
            self.summary.setText(
                fill(
                    self.tr("The app ran into %1 errors it did not expect. The last: %2"),
                    self.count,
                    summary,
                )
            )
            self.report.appendPlainText("\n" + "-" * 40 + "\n")
        self.report.appendPlainText(report)

    def copy_report(self) -> None:
        """Put the whole report on the clipboard."""
        QGuiApplication.clipboard().setText(self.report.toPlainText())

    def open_log_folder(self) -> None:
        """Open the log's folder in the file manager."""
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))
