"""How the player looks: the colours of each part of a workout and fonts scaled to the window.

Colour is never the only sign: the player writes each part's name too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy

from backcare_desktop.core.clock import NS_PER_S
from backcare_desktop.core.durations import format_duration
from backcare_desktop.core.timeline import SegmentKind


@dataclass(frozen=True)
class KindStyle:
    """The colours of a segment kind (its name is written too: colour is never the only sign)."""

    background: str
    foreground: str


KIND_STYLES = {
    SegmentKind.GET_READY: KindStyle("#f0b44c", "#1f2328"),
    SegmentKind.WORK: KindStyle("#237a50", "#ffffff"),
    SegmentKind.REST: KindStyle("#2c63b8", "#ffffff"),
    SegmentKind.SWITCH: KindStyle("#7442b8", "#ffffff"),
    SegmentKind.ROUND_REST: KindStyle("#24529a", "#ffffff"),
}
PAUSED_STYLE = KindStyle("#4b5563", "#ffffff")


def countdown_text(remaining_ns: int) -> str:
    """Seconds rounded up; ``m:ss`` from a minute on. ``45``, ``1:30``."""
    seconds = -(-remaining_ns // NS_PER_S)
    return format_duration(seconds) if seconds >= 60 else str(seconds)


def centred_label(name: str, wrap: bool = False) -> QLabel:
    """A centred label named ``name`` (for style sheets and tests), word-wrapped if ``wrap``."""
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(wrap)
    return label


def stage_style_sheet(style: KindStyle, flash: bool) -> str:
    """The stage in ``style``'s colours; a bright edge while a cue ``flash``-es."""
    edge = style.foreground if flash else style.background
    return (
        f"QFrame#stage {{ background: {style.background}; border-radius: 18px;"
        f" border: 6px solid {edge}; }}"
        f"QFrame#stage QLabel {{ color: {style.foreground}; background: transparent;"
        " border: none; }"
    )


class ElidedLabel(QLabel):
    """A one-line label that never widens the window: a long text ends in "…" and the whole
    text is its tooltip."""

    def __init__(self, name: str, alignment: Qt.AlignmentFlag) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        """As tall as the text; narrow unless its size policy keeps the whole text."""
        hint = super().minimumSizeHint()
        if self.sizePolicy().horizontalPolicy() is QSizePolicy.Policy.Ignored:
            return QSize(0, hint.height())
        return hint

    def paintEvent(self, event: QPaintEvent) -> None:
        """The text, cut with "…" where the label is too narrow."""
        if not self.text():
            return
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.setToolTip(self.text() if text != self.text() else "")
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), text)


ACCENTED_CAPITALS = "ÄÖÜÅÉÈÊÇ"
"""Capitals with marks above and below: a label sized for these clips no language's words."""


def unclipped_height(font: QFont, text: str) -> int:
    """The height a centred one-line label in ``font`` needs so no glyph of ``text`` (or of an
    accented capital) is cut: the line height, grown by what the ink overhangs it, twice."""
    metrics = QFontMetrics(font)
    ink = metrics.boundingRect(ACCENTED_CAPITALS + text)
    overhang = max(0, -ink.top() - metrics.ascent(), ink.bottom() - metrics.descent())
    return metrics.height() + 2 * overhang + 2


def countdown_font(base: QFont, height: int, reps: bool) -> QFont:
    """About a third of ``height``; smaller for a rep count above the Done button."""
    big = QFont(base)
    big.setPixelSize(max(40, int(height * (0.14 if reps else 0.30))))
    big.setWeight(QFont.Weight.Bold)
    big.setFeature(QFont.Tag("tnum"), 1)  # tabular digits: the countdown does not jiggle
    return big


def fitted(font: QFont, text: str, width: int) -> QFont:
    """``font``, made smaller when ``text`` would be wider than ``width`` pixels in it (a rep
    count in words, "8 Wiederholungen", beside the figure)."""
    advance = QFontMetrics(font).horizontalAdvance(text)
    if width <= 0 or advance <= width:
        return font
    smaller = QFont(font)
    smaller.setPixelSize(max(12, font.pixelSize() * width // advance))
    return smaller


def _font(
    base: QFont, height: int, share: float, least: int, weight: QFont.Weight | None = None
) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(least, int(height * share)))
    if weight is not None:
        font.setWeight(weight)
    return font


SECONDARY_SHARE = 0.038
"""Secondary text (the header, what works, what comes next) per pixel of view height: 26 px
in a 1366x768 window, readable from a mat 3 m away (about 6 mm high on a 14-inch screen)."""


@dataclass(frozen=True)
class PlayerFonts:
    """The player's text sizes for a view ``height`` pixels high (readable across a room).

    The countdown (:func:`countdown_font`) and the figure lead; the move's name and its cue
    come next; secondary text is never below ``SECONDARY_SHARE``; notices are small.
    """

    move: QFont
    kind: QFont
    cue: QFont
    done: QFont
    secondary: QFont
    header: QFont
    next: QFont
    notice: QFont

    @classmethod
    def scaled(cls, base: QFont, height: int) -> PlayerFonts:
        """Fonts derived from ``base`` for a view of ``height`` pixels."""
        kind = _font(base, height, 0.04, 18, QFont.Weight.Bold)
        kind.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        cue = _font(base, height, 0.045, 18)
        cue.setItalic(True)
        return cls(
            move=_font(base, height, 0.06, 22, QFont.Weight.DemiBold),
            kind=kind,
            cue=cue,
            done=_font(base, height, 0.05, 22, QFont.Weight.Bold),
            secondary=_font(base, height, SECONDARY_SHARE, 16),
            header=_font(base, height, SECONDARY_SHARE, 16, QFont.Weight.DemiBold),
            next=_font(base, height, 0.042, 18, QFont.Weight.DemiBold),
            notice=_font(base, height, 0.021, 12),
        )
