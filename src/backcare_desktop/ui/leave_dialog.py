"""The question when the window is closed during a workout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_close(parent: QWidget, can_log: bool) -> str:
    """Closing mid-workout: "log" (stop, log pain after, then quit), "quit" or "keep" (going).

    ``can_log``: the history is open, so pain after can be saved.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("LeaveDialog", "Stop the workout?"),
        QCoreApplication.translate("LeaveDialog", "Stop now? What you have done so far is saved."),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    log = box.addButton(
        QCoreApplication.translate("LeaveDialog", "Stop and log pain"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    log.setVisible(can_log)
    quit_now = box.addButton(
        QCoreApplication.translate("LeaveDialog", "Stop and quit"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("LeaveDialog", "Keep going"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(log if can_log else keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return "log" if clicked is log else "quit" if clicked is quit_now else "keep"
