"""The question when the window is closed during a workout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("LeaveDialog", text)


def ask_to_close(parent: QWidget, can_log: bool) -> str:
    """Closing mid-workout: "log" (stop, log pain after, then quit), "quit" or "keep" (going).

    ``can_log``: the history is open, so pain after can be saved.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _tr("Stop the workout?"),
        _tr("Stop now? What you have done so far is saved."),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    log = box.addButton(_tr("Stop and log pain"), QMessageBox.ButtonRole.AcceptRole)
    log.setVisible(can_log)
    quit_now = box.addButton(_tr("Stop and quit"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(log if can_log else keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return "log" if clicked is log else "quit" if clicked is quit_now else "keep"
