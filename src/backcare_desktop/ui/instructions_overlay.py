"""The move's long instructions in large type over the figure (the I key shows and hides them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

OVERLAY_STYLE = (
    "QFrame#instructionsOverlay { background: rgba(18, 20, 23, 0.92); border-radius: 14px; }"
    "QFrame#instructionsOverlay QLabel { color: #ffffff; background: transparent; }"
)
MIN_TEXT_PX = 18


class InstructionsOverlay(QFrame):
    """Covers ``target`` (a sibling: the figure) with the instructions, read from across a room.

    The text is as large as ``text_px`` allows and shrinks (to 18 px) only to fit the figure.
    """

    def __init__(self, target: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("instructionsOverlay")
        self.setStyleSheet(OVERLAY_STYLE)
        self.target = target
        self.text_px = 28
        self.text = QLabel()
        self.text.setObjectName("instructionsText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.hint = QLabel(self.tr("Press I or Esc to close"))
        self.hint.setObjectName("instructionsHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        self.margins = QMargins(28, 20, 28, 16)
        layout.setContentsMargins(self.margins)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hint)
        self.hide()
        target.installEventFilter(self)

    def set_text(self, text: str) -> None:
        """The instructions of the move shown."""
        self.text.setText(text)
        self._fit()

    def set_text_px(self, pixels: int) -> None:
        """The preferred text size (the player's secondary size or larger)."""
        self.text_px = pixels
        hint = QFont(self.font())
        hint.setPixelSize(max(14, pixels * 2 // 3))
        self.hint.setFont(hint)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the figure's place and size."""
        if watched is self.target and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.setGeometry(self.target.geometry())
            self._fit()
        return False

    def toggle(self) -> None:
        """Show or hide the overlay."""
        if self.isVisible():
            self.hide()
            return
        self.setGeometry(self.target.geometry())
        self._fit()
        self.show()
        self.raise_()

    def _fit(self) -> None:
        """The largest size up to ``text_px`` at which the whole text fits the overlay."""
        margins = self.margins
        room = QRect(
            0,
            0,
            max(1, self.target.width() - margins.left() - margins.right()),
            max(1, self.target.height() - margins.top() - margins.bottom() - 2 * self.text_px),
        )
        font = QFont(self.font())
        pixels = self.text_px
        while True:
            font.setPixelSize(pixels)
            flags = int(Qt.TextFlag.TextWordWrap)
            needed = QFontMetrics(font).boundingRect(room, flags, self.text.text())
            if pixels <= MIN_TEXT_PX or needed.height() <= room.height():
                break
            pixels -= 1
        self.text.setFont(font)
