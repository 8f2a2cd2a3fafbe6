"""Small dialogs of the programme: the morning check, the warning-signs checklist, the
pre-workout note, and choosing a programme."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.pain_rules import RED_FLAGS
from backcare_desktop.core.programmes import Programme
from backcare_desktop.storage.programme_store import GateChoice
from backcare_desktop.ui import safety_texts as safety
from backcare_desktop.ui.feedback import PainQuestionDialog


def _wrapped(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class MorningCheckDialog(PainQuestionDialog):
    """ "How is your back this morning? 0-10": a digit answers, Esc or S skips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.build(
            self.tr("Good morning"),
            self.tr(
                "How is your back this morning?\n0 = no pain, 10 = the worst pain you can imagine."
            ),
            self.tr("Back pain this morning"),
            self.tr("Press a number key, or Esc to skip."),
            self.tr("&Skip"),
        )


class RedFlagDialog(QDialog):
    """The warning-signs checklist: open any time; ticking a sign and reporting it stops the
    programme's progression (the caller saves the report)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(safety.red_flags_title())
        self.setMinimumWidth(520)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        title = _wrapped(safety.red_flags_title(), "detailsTitle")
        layout.addWidget(title)
        layout.addWidget(_wrapped(safety.red_flags_intro()))
        for flag in RED_FLAGS:
            box = QCheckBox(safety.red_flag_label(flag))
            box.toggled.connect(self._update)
            self.boxes[flag] = box
            layout.addWidget(box)
        self.action = _wrapped(safety.red_flags_action(), "notice")
        layout.addWidget(self.action)
        self.buttons = QDialogButtonBox()
        self.report_button = self.buttons.addButton(
            self.tr("I have one of these signs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("None of these"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.report_button.setEnabled(bool(self.flags()))

    def flags(self) -> tuple[str, ...]:
        """The ticked signs, in the checklist's order."""
        return tuple(flag for flag, box in self.boxes.items() if box.isChecked())


class WorkoutGateDialog(QDialog):
    """The kind note shown instead of just starting a workout: gentle routine, start anyway,
    or stop for today. :attr:`choice` holds the answer (Esc: stop for today; Enter: the gentle
    routine, or stop for today when a ticked sign needs emergency care)."""

    def __init__(
        self, pain_before: int | None, flags: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(safety.gate_title())
        self.setMinimumWidth(520)
        self.choice = GateChoice.STOP_TODAY
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(safety.gate_text(pain_before, flags)))
        row = QHBoxLayout()
        # Enter never starts a workout when a sign needs emergency care: it stops for today.
        default = GateChoice.STOP_TODAY if safety.is_emergency(flags) else GateChoice.FLARE_UP
        for choice, text in (
            (GateChoice.FLARE_UP, self.tr("Do the &gentle routine")),
            (GateChoice.START_ANYWAY, self.tr("Start &anyway")),
            (GateChoice.STOP_TODAY, self.tr("&Stop for today")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"gate_{choice.value}")
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            row.addWidget(button)
            button.setDefault(choice is default)
        layout.addLayout(row)

    def _choose(self, choice: GateChoice) -> None:
        self.choice = choice
        self.accept()


class ProgrammeDialog(QDialog):
    """Choose a programme to follow (or switch to another)."""

    def __init__(
        self, programmes: Sequence[Programme], current: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow a programme"))
        self.setMinimumSize(560, 380)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Programmes"))
        for programme in programmes:
            item = QListWidgetItem(programme.title)
            item.setData(Qt.ItemDataRole.UserRole, programme.id)
            item.setToolTip(programme.summary)
            self.list.addItem(item)
            if programme.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.summary = _wrapped("")
        self.list.currentItemChanged.connect(self._show_summary)
        self._programmes = {programme.id: programme for programme in programmes}
        self.list.itemActivated.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Follow"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._show_summary()

    def _show_summary(self) -> None:
        programme = self._programmes.get(self.selected() or "")
        self.summary.setText(programme.summary if programme else "")

    def selected(self) -> str | None:
        """The chosen programme's id."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))
