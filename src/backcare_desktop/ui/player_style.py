"""How the player looks: the colours of each part of a workout and fonts scaled to the window.

Colour is never the only sign: the player writes each part's name too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

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


@dataclass(frozen=True)
class PlayerFonts:
    """The player's text sizes for a view ``height`` pixels high (readable across a room)."""

    move: QFont
    kind: QFont
    cue: QFont
    done: QFont

    @classmethod
    def scaled(cls, base: QFont, height: int) -> PlayerFonts:
        """Fonts derived from ``base`` for a view of ``height`` pixels."""
        move = QFont(base)
        move.setPixelSize(max(20, int(height * 0.055)))
        move.setWeight(QFont.Weight.DemiBold)
        kind = QFont(base)
        kind.setPixelSize(max(16, int(height * 0.035)))
        kind.setWeight(QFont.Weight.Bold)
        kind.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        cue = QFont(base)
        cue.setPixelSize(max(15, int(height * 0.03)))
        cue.setItalic(True)
        done = QFont(base)
        done.setPixelSize(max(22, int(height * 0.05)))
        done.setWeight(QFont.Weight.Bold)
        return cls(move, kind, cue, done)
