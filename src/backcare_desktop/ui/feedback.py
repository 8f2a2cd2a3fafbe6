"""Asking how the back feels: before a workout (skippable with one key) and after it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_ROW_KEYS = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Backspace,
    }
)


class RatingRow(QWidget):
    """A row of numbered, checkable buttons (e.g. pain 0-10); nothing checked means no answer.

    The row is one keyboard stop: a number key picks that number (0 means 10 on a 1-10 row),
    Left/Down and Right/Up move the answer, Home and End pick the ends, Delete clears it.
    """

    changed = Signal()

    def __init__(self, low: int, high: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(4)
        for value in range(low, high + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setProperty("rating", True)  # the style sheet marks the answer in the accent
            button.setFixedWidth(40)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFocusProxy(self)  # a click gives the row the keyboard
            button.setAccessibleName(f"{name} {value}")
            self.group.addButton(button, value)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)

    def _clicked(self, value: int) -> None:
        for button in self.group.buttons():
            if self.group.id(button) != value:
                button.setChecked(False)
        self.changed.emit()

    def value(self) -> int | None:
        """The checked number, or None."""
        checked = self.group.checkedButton()
        return None if checked is None else self.group.id(checked)

    def set_value(self, value: int | None) -> None:
        """Check ``value`` (None: nothing)."""
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)

    def _choose(self, value: int | None) -> None:
        if value != self.value():
            self.set_value(value)
            self.changed.emit()

    def event(self, event: QEvent) -> bool:
        """The row's own keys win over the player's shortcuts (Left, Right, digits...)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and (event.key() in _ROW_KEYS or (len(event.text()) == 1 and event.text().isdigit()))
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits, arrows, Home/End and Delete answer; other keys go to the parent."""
        key, text, current = event.key(), event.text(), self.value()
        if len(text) == 1 and text.isdigit():
            digit = int(text)
            digit = self.high if digit == 0 and self.low > 0 else digit
            if self.low <= digit <= self.high:
                self._choose(digit)
                return
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: 1,
        }.get(Qt.Key(key))
        if step is not None:
            start = (self.low - 1 if step > 0 else self.high + 1) if current is None else current
            self._choose(min(self.high, max(self.low, start + step)))
        elif key == Qt.Key.Key_Home:
            self._choose(self.low)
        elif key == Qt.Key.Key_End:
            self._choose(self.high)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose(None)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A focus frame round the row while it has the keyboard."""
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Repaint to show the focus frame."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Repaint to hide the focus frame."""
        super().focusOutEvent(event)
        self.update()


class PainQuestionDialog(QDialog):
    """One pain question, 0-10: a digit answers, Esc or S skips; nothing else is asked.

    Subclasses give the texts (translated in their own context) to :meth:`build`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pain: int | None = None

    def build(self, title: str, question: str, rating_name: str, hint: str, skip: str) -> None:
        """Lay out the question, the 0-10 row, the key hint and the Skip button."""
        self.setWindowTitle(title)
        label = QLabel(question)
        label.setWordWrap(True)
        self.rating = RatingRow(0, 10, rating_name)
        self.rating.changed.connect(self._answered)
        hint_label = QLabel(hint)
        hint_label.setObjectName("detailsMeta")
        hint_label.setWordWrap(True)
        skip_button = QPushButton(skip)
        skip_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(hint_label, 1)
        buttons.addWidget(skip_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.rating)
        layout.addLayout(buttons)

    def _answered(self) -> None:
        self.pain = self.rating.value()
        if self.pain is not None:
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits answer 0-9; S skips (as Esc does)."""
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self.rating.set_value(int(text))
            self._answered()
        elif event.key() == Qt.Key.Key_S:
            self.reject()
        else:
            super().keyPressEvent(event)


class PainBeforeDialog(PainQuestionDialog):
    """ "How does your back feel?" before a workout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.build(
            self.tr("Before you start"),
            self.tr(
                "How does your back feel right now?\n"
                "0 = no pain, 10 = the worst pain you can imagine."
            ),
            self.tr("Back pain"),
            self.tr("Press a number key, or Esc to skip."),
            self.tr("&Skip"),
        )


class AfterWorkoutForm(QWidget):
    """Pain after, effort and a note, on the finish screen. The session is saved already."""

    submitted = Signal(object, object, str)  # pain_after, effort, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pain = RatingRow(0, 10, self.tr("Back pain after"))
        self.effort = RatingRow(1, 10, self.tr("Effort"))
        self.note = QLineEdit(placeholderText=self.tr("A note for later (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(1000)
        self.save_button = QPushButton(self.tr("Save how it went"))
        self.save_button.clicked.connect(self.submit)
        self.saved_label = QLabel()
        for row in (self.pain, self.effort):
            row.changed.connect(self.saved_label.clear)
        self.note.textEdited.connect(self.saved_label.clear)
        form = QFormLayout(self)
        form.addRow(self.tr("Back pain now (0–10)"), self.pain)
        form.addRow(self.tr("Effort (1–10)"), self.effort)
        form.addRow(self.tr("Note"), self.note)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)
        form.addRow("", save_row)

    def reset(self) -> None:
        """Clear the answers for a new workout."""
        self.pain.set_value(None)
        self.effort.set_value(None)
        self.note.clear()
        self.saved_label.clear()

    def has_answers(self) -> bool:
        """True when the user gave any answer."""
        return (self.pain.value(), self.effort.value(), self.note.text().strip()) != (
            None,
            None,
            "",
        )

    def submit(self) -> None:
        """Send the answers (once per change)."""
        self.submitted.emit(self.pain.value(), self.effort.value(), self.note.text().strip())
        self.saved_label.setText(self.tr("Saved."))
