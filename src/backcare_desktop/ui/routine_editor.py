"""The routine editor: every field of our format, validated as the user types.

The dialog shows a :class:`~backcare_desktop.core.routine_draft.RoutineDraft` (the routine's
JSON form and the edits that keep it consistent) and validates it with the same code that
loads routine files, so its messages are the loader's messages.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.figures.fileformat import FigureLibrary, load_figure_library
from backcare_desktop.core.routine import (
    FOCUS_TAGS,
    LEVELS,
    MUSCLES,
    Routine,
    RoutineError,
    new_routine_id,
)
from backcare_desktop.core.routine_draft import (
    FIRST_MOVE_NAME,
    NEW_MOVE_NAME,
    NEW_ROUTINE_TITLE,
    RoutineDraft,
    new_routine_data,
)
from backcare_desktop.resources import figures_dir
from backcare_desktop.ui.editor_messages import friendly_problem
from backcare_desktop.ui.figure_chooser import FigureChooser
from backcare_desktop.ui.i18n import fill
from backcare_desktop.ui.icons import icon
from backcare_desktop.ui.move_list import MoveList
from backcare_desktop.ui.names import display_name
from backcare_desktop.ui.routine_list import duration_text


def _draft_text(text: str) -> str:
    """A name a new routine or move starts with, in the interface language."""
    return QCoreApplication.translate("RoutineDraft", text)


def new_routine_in_language() -> dict[str, Any]:
    """A fresh routine to edit, with its title and first move in the interface language."""
    return new_routine_data(_draft_text(NEW_ROUTINE_TITLE), _draft_text(FIRST_MOVE_NAME))


class RoutineEditor(QDialog):
    """Create or change a user routine. ``saved_routine`` holds the result after Save."""

    def __init__(
        self,
        data: dict[str, Any],
        taken_ids: set[str],
        is_new: bool,
        parent: QWidget | None = None,
        figures: FigureLibrary | None = None,
        figure_names: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.figures = figures if figures is not None else load_figure_library(figures_dir())
        self._figure_names = figure_names or {}
        """Figure ids to names in the interface language (see ``figure_names``)."""
        self.setWindowTitle(self.tr("New routine") if is_new else self.tr("Edit routine"))
        self.draft = RoutineDraft(data)
        self._taken_ids = taken_ids
        self._is_new = is_new
        self.saved_routine: Routine | None = None
        self.confirm_discard = self._ask_discard
        self._loading = False

        layout = QVBoxLayout(self)
        layout.addWidget(self._routine_group())
        splitter = QSplitter()
        splitter.addWidget(self._moves_panel())
        splitter.addWidget(self._move_form())
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.total_label = QLabel()
        self.total_label.setObjectName("editorTotal")
        self.problems_label = QLabel()
        self.problems_label.setObjectName("editorProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b3261e;")
        self.problems_label.setAccessibleName(self.tr("Problems to fix before saving"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.total_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self._load_routine_fields()
        self._reload_moves(0)
        self.resize(980, 720)

    # -- building ----------------------------------------------------------------------------

    def _spin(self, low: int, high: int, suffix: str, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        spin.valueChanged.connect(self._changed)
        return spin

    def _routine_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Routine"))
        grid = QGridLayout(group)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.textEdited.connect(self._changed)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setFixedHeight(54)
        self.summary_edit.textChanged.connect(self._changed)
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(self.tr("Level"))
        for level in LEVELS:
            self.level_combo.addItem(display_name(level), level)
        self.level_combo.currentIndexChanged.connect(self._changed)
        self.get_ready_spin = self._spin(0, 9999, " s", self.tr("Get-ready seconds"))
        self.rounds_spin = self._spin(0, 999, "", self.tr("Rounds"))
        self.round_rest_spin = self._spin(0, 9999, " s", self.tr("Rest between rounds, seconds"))
        self.switch_spin = self._spin(0, 9999, " s", self.tr("Seconds to switch sides"))
        self.reps_combo = QComboBox()  # the routine's auto_advance_reps: unset, false, true
        self.reps_combo.setAccessibleName(self.tr("Reps moves"))
        self.reps_combo.addItem(self.tr("As in Settings"), None)
        self.reps_combo.addItem(self.tr("Wait for Done"), False)
        self.reps_combo.addItem(self.tr("Move on by themselves"), True)
        self.reps_combo.currentIndexChanged.connect(self._changed)
        self.focus_boxes = {}
        focus_row = QHBoxLayout()
        for tag in FOCUS_TAGS:
            box = QCheckBox(display_name(tag))
            box.setAccessibleName(fill(self.tr("Focus: %1"), tag))
            box.toggled.connect(self._changed)
            self.focus_boxes[tag] = box
            focus_row.addWidget(box)
        focus_row.addStretch(1)
        title_label = QLabel(self.tr("&Title"))
        title_label.setBuddy(self.title_edit)
        grid.addWidget(title_label, 0, 0)
        grid.addWidget(self.title_edit, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Summary")), 1, 0)
        grid.addWidget(self.summary_edit, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Focus")), 2, 0)
        grid.addLayout(focus_row, 2, 1, 1, 3)
        pairs = [
            (self.tr("Level"), self.level_combo),
            (self.tr("Get ready"), self.get_ready_spin),
            (self.tr("Rounds"), self.rounds_spin),
            (self.tr("Round rest"), self.round_rest_spin),
            (self.tr("Switch sides"), self.switch_spin),
        ]
        row = QHBoxLayout()
        for label, widget in pairs:
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        grid.addLayout(row, 3, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Reps moves")), 4, 0)
        grid.addWidget(self.reps_combo, 4, 1)
        return group

    def _moves_panel(self) -> QWidget:
        panel = QWidget()
        self.move_list = MoveList()
        self.move_list.currentRowChanged.connect(self._show_move)
        self.move_list.reordered.connect(self._on_reordered)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Add"))
        self.add_button.clicked.connect(self.add_move)
        self.duplicate_button = QPushButton(icon("duplicate"), self.tr("D&uplicate"))
        self.duplicate_button.clicked.connect(self.duplicate_move)
        self.remove_button = QPushButton(icon("delete"), self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_move)
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", "") + self.tr(" move"))
            buttons.addWidget(button)
        self.move_list.step_requested.connect(self.move_current)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Moves (drag or Alt+Up/Down to reorder)")))
        layout.addWidget(self.move_list, 1)
        layout.addLayout(buttons)
        return panel

    def _move_form(self) -> QGroupBox:
        group = QGroupBox(self.tr("Move"))
        form = QFormLayout(group)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Move name"))
        self.name_edit.textEdited.connect(self._move_changed)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Timed or counted"))
        self.kind_combo.addItem(self.tr("Timed (countdown)"), "timed")
        self.kind_combo.addItem(self.tr("Reps (press Done)"), "reps")
        self.kind_combo.currentIndexChanged.connect(self._move_changed)
        self.amount_spin = QSpinBox()
        self.amount_spin.setRange(0, 99999)
        self.amount_spin.setAccessibleName(self.tr("Work seconds or rep count"))
        self.amount_spin.valueChanged.connect(self._move_changed)
        self.rest_spin = QSpinBox()
        self.rest_spin.setRange(0, 99999)
        self.rest_spin.setSuffix(" s")
        self.rest_spin.setAccessibleName(self.tr("Rest after the move, seconds"))
        self.rest_spin.valueChanged.connect(self._move_changed)
        self.no_rest_label = QLabel(
            self.tr(
                "None: the workout ends (or the rest between rounds begins) after the last move"
            )
        )
        self.no_rest_label.setObjectName("detailsMeta")
        self.no_rest_label.setWordWrap(True)
        rest_row = QHBoxLayout()
        rest_row.setContentsMargins(0, 0, 0, 0)
        rest_row.addWidget(self.rest_spin)
        rest_row.addWidget(self.no_rest_label, 1)
        self.sides_combo = QComboBox()
        self.sides_combo.setAccessibleName(self.tr("Sides"))
        self.sides_combo.addItem(self.tr("Both sides together"), "both")
        self.sides_combo.addItem(self.tr("Left, then right"), "left_right")
        self.sides_combo.currentIndexChanged.connect(self._move_changed)
        self.instructions_edit = QPlainTextEdit()
        self.instructions_edit.setAccessibleName(self.tr("Instructions"))
        self.instructions_edit.textChanged.connect(self._move_changed)
        self.cue_edit = QLineEdit()
        self.cue_edit.setAccessibleName(self.tr("Spoken form cue"))
        self.cue_edit.textEdited.connect(self._move_changed)
        self.muscle_boxes = {}
        muscles = QGridLayout()
        for index, muscle in enumerate(MUSCLES):
            box = QCheckBox(display_name(muscle))
            box.setAccessibleName(fill(self.tr("Works: %1"), muscle))
            box.toggled.connect(self._move_changed)
            self.muscle_boxes[muscle] = box
            muscles.addWidget(box, index // 5, index % 5)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Type"), self.kind_combo)
        form.addRow(self.tr("&Work"), self.amount_spin)
        form.addRow(self.tr("R&est after"), rest_row)
        _set_buddy(form, rest_row, self.rest_spin)
        form.addRow(self.tr("&Sides"), self.sides_combo)
        form.addRow(self.tr("&Instructions"), self.instructions_edit)
        form.addRow(self.tr("Form &cue"), self.cue_edit)
        form.addRow(self.tr("Muscles"), muscles)
        figure_row = self._figure_row()
        form.addRow(self.tr("&Figure"), figure_row)
        _set_buddy(form, figure_row, self.figure_combo)
        self.move_form = group
        return group

    def _figure_row(self) -> FigureChooser:
        """The figure chooser; its combo box and preview are also the editor's attributes."""
        self.figure_chooser = FigureChooser(self.figures, self._figure_names, self.palette())
        self.figure_combo = self.figure_chooser.combo
        self.figure_preview = self.figure_chooser.preview
        self.figure_combo.currentIndexChanged.connect(self._figure_changed)
        return self.figure_chooser

    def _figure_changed(self) -> None:
        self._update_preview()
        self._move_changed()

    def _update_preview(self) -> None:
        row = self.move_list.currentRow()
        move = self.draft.moves[row] if self.draft.has_row(row) else {}
        self.figure_chooser.show_move(move)

    # -- data <-> widgets --------------------------------------------------------------------

    def _load_routine_fields(self) -> None:
        self._loading = True
        data = self.draft.data
        self.title_edit.setText(data.get("title", ""))
        self.summary_edit.setPlainText(data.get("summary", ""))
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(data.get("level"))))
        self.get_ready_spin.setValue(data.get("get_ready_s", 10))
        self.rounds_spin.setValue(data.get("rounds", 1))
        self.round_rest_spin.setValue(data.get("round_rest_s", 30))
        self.switch_spin.setValue(data.get("switch_s", 5))
        self.reps_combo.setCurrentIndex(
            max(0, self.reps_combo.findData(data.get("auto_advance_reps")))
        )
        for tag, box in self.focus_boxes.items():
            box.setChecked(tag in data.get("focus", ()))
        self._loading = False

    def _reload_moves(self, select: int) -> None:
        blocker = QSignalBlocker(self.move_list)
        self.move_list.clear()
        for move in self.draft.moves:
            self.move_list.addItem(QListWidgetItem(self._move_text(move)))
        del blocker
        self.move_list.setCurrentRow(min(select, len(self.draft.moves) - 1))
        self._show_move(self.move_list.currentRow())
        self._validate()

    def _move_text(self, move: dict[str, Any]) -> str:
        if "work_s" in move:
            amount = f"{move['work_s']} s"
        else:
            amount = fill(self.tr("%1 reps"), str(move.get("reps", 0)))
        sides = " ×2" if move.get("sides") == "left_right" else ""
        name = move.get("name") or self.tr("(no name)")  # lupdate cannot see into f-strings
        return f"{name}  ·  {amount}{sides}"

    def _show_move(self, row: int) -> None:
        valid = self.draft.has_row(row)
        self.move_form.setEnabled(valid)
        self.remove_button.setEnabled(valid and len(self.draft.moves) > 1)
        self.duplicate_button.setEnabled(valid)
        if not valid:
            return
        move = self.draft.moves[row]
        self._loading = True
        self.name_edit.setText(move.get("name", ""))
        timed = "reps" not in move
        self.kind_combo.setCurrentIndex(0 if timed else 1)
        self.amount_spin.setSuffix(" s" if timed else self.tr(" reps"))
        self.amount_spin.setValue(move.get("work_s", 0) if timed else move.get("reps", 0))
        self.rest_spin.setValue(move.get("rest_s", 0))
        rest_played = self.draft.rest_is_played(row)  # show what will happen
        self.rest_spin.setVisible(rest_played)
        self.no_rest_label.setVisible(not rest_played)
        self.sides_combo.setCurrentIndex(max(0, self.sides_combo.findData(move.get("sides"))))
        self.instructions_edit.setPlainText(move.get("instructions", ""))
        self.cue_edit.setText(move.get("cue", ""))
        for muscle, box in self.muscle_boxes.items():
            box.setChecked(muscle in move.get("muscles", ()))
        self.figure_chooser.select(move.get("figure", ""))
        self._loading = False
        self._update_preview()

    def _changed(self) -> None:
        if self._loading:
            return
        self.draft.set_fields(
            title=self.title_edit.text(),
            summary=self.summary_edit.toPlainText(),
            level=self.level_combo.currentData(),
            get_ready_s=self.get_ready_spin.value(),
            rounds=self.rounds_spin.value(),
            round_rest_s=self.round_rest_spin.value(),
            switch_s=self.switch_spin.value(),
            auto_advance_reps=self.reps_combo.currentData(),
            focus=[tag for tag, box in self.focus_boxes.items() if box.isChecked()],
        )
        self._validate()

    def _move_changed(self) -> None:
        row = self.move_list.currentRow()
        if self._loading or not self.draft.has_row(row):
            return
        switched = self.draft.update_move(
            row,
            timed=self.kind_combo.currentData() == "timed",
            amount=self.amount_spin.value(),
            name=self.name_edit.text(),
            rest_s=self.rest_spin.value(),
            sides=self.sides_combo.currentData(),
            instructions=self.instructions_edit.toPlainText(),
            cue=self.cue_edit.text(),
            muscles=[name for name, box in self.muscle_boxes.items() if box.isChecked()],
            figure=self.figure_chooser.figure_id(),
        )
        if not self.draft.moves[row]["figure"]:
            del self.draft.moves[row]["figure"]  # no figure: the field stays out of the file
        self.move_list.item(row).setText(self._move_text(self.draft.moves[row]))
        if switched:
            self._show_move(row)
        self._validate()

    # -- move list operations ----------------------------------------------------------------

    def add_move(self) -> None:
        """Add a new move after the current one."""
        row = self.move_list.currentRow() + 1
        self._reload_moves(self.draft.add_move(row, _draft_text(NEW_MOVE_NAME)))
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def duplicate_move(self) -> None:
        """Copy the current move right after it."""
        row = self.draft.duplicate_move(self.move_list.currentRow())
        if row >= 0:
            self._reload_moves(row)

    def remove_move(self) -> None:
        """Remove the current move (a routine keeps at least one)."""
        row = self.move_list.currentRow()
        if self.draft.remove_move(row):
            self._reload_moves(min(row, len(self.draft.moves) - 1))

    def move_current(self, step: int) -> None:
        """Move the current move up (-1) or down (+1)."""
        row = self.move_list.currentRow()
        if self.draft.reorder(row, row + step):
            self._reload_moves(row + step)

    def _on_reordered(self, source: int, target: int) -> None:
        """The list was reordered by dragging: the draft follows."""
        self.draft.reorder(source, target)
        self._show_move(self.move_list.currentRow())  # the last move may have changed
        self._validate()

    # -- validation and saving ---------------------------------------------------------------

    def routine_data(self) -> dict[str, Any]:
        """The edited routine as our JSON format, with its id chosen for saving."""
        data = copy.deepcopy(self.draft.data)
        if self._is_new:
            data["id"] = new_routine_id(str(data.get("title", "")), self._taken_ids)
        return data

    def problems(self) -> tuple[str, ...]:
        """What the loader would say about the routine as it stands."""
        return self.draft.problems(self.routine_data())

    def _validate(self) -> None:
        raw = self.problems()
        self.save_button.setEnabled(not raw)
        names = [str(move.get("name", "")) for move in self.draft.data.get("moves", [])]
        problems = [friendly_problem(problem, names) for problem in raw]
        self.problems_label.setText(
            "\n".join(problems[:6])
            + (fill(self.tr("\n…and %1 more"), len(problems) - 6) if len(problems) > 6 else "")
        )
        if problems:
            self.total_label.setText(self.tr("Total: not known until the problems are fixed"))
        else:
            routine = self.draft.routine(self.routine_data())
            self.total_label.setText(fill(self.tr("Total: %1"), duration_text(routine)))

    @property
    def modified(self) -> bool:
        """True when there are changes not saved yet."""
        return self.draft.modified and self.saved_routine is None

    def save(self) -> None:
        """Accept the dialog with the edited routine (only when it is valid)."""
        try:
            self.saved_routine = self.draft.routine(self.routine_data())
        except RoutineError:
            return
        self.accept()

    def done(self, result: int) -> None:
        """Closing by Cancel, Esc or the window's close button asks before losing changes."""
        if result == QDialog.DialogCode.Rejected and self.modified and not self.confirm_discard():
            return
        super().done(result)

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("This routine has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


def _set_buddy(form: QFormLayout, field: QWidget | QLayout, buddy: QWidget) -> None:
    """Let the label of ``field``'s row (with its & key) focus ``buddy``."""
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        label.setBuddy(buddy)
