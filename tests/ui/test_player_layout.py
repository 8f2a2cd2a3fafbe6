"""The player reads from a mat 3 m away (about 0.23 mm a pixel on a 14-inch 1366x768 screen):
sizes follow the window, nothing is cut, in English and German, light and dark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from backcare_desktop.core.engine import EngineState
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.theme import apply_theme
from tests.ui.legibility import ink_rect, language

__all__ = ["language"]  # a fixture

SECONDARY_PX = 24  # about 5.5 mm: readable from 3 m
MAIN_TEXT_PX = 28  # the move's name and its cue
# a maximised window on a 1366x768 laptop (title bar and panel taken), 1100x720, full screen
SIZES = [(1366, 700), (1100, 720), (1366, 768)]


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def player(request, qtbot, language: str, services: Services) -> Iterator[MainWindow]:
    """A window of the given size playing the Pilates routine, in ``language``, with the app's
    style sheet (the dark theme's has the same sizes)."""
    qapp = QApplication.instance()
    saved_palette, saved_sheet, saved_style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, "light")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*request.param)
    window.show()
    qtbot.waitExposed(window)
    routine = services.localized(services.library.resolve("pilates-for-the-spine"))
    window.run_routine(routine)
    settle()
    yield window
    qapp.setPalette(saved_palette)
    qapp.setStyleSheet(saved_sheet)
    qapp.setStyle(saved_style)


def settle() -> None:
    """Let the layouts place everything (font changes resize labels, then their columns)."""
    for _ in range(3):
        QApplication.processEvents()


def inside(widget: QWidget, outer: QWidget) -> bool:
    """``widget`` lies wholly within ``outer``."""
    top_left = widget.mapTo(outer, widget.rect().topLeft())
    return outer.rect().contains(QRect(top_left, widget.size()))


def assert_fits(label: QLabel, stage: QWidget) -> None:
    """The label's text is shown whole: within the label, and the label within the stage."""
    assert inside(label, stage), (label.objectName(), label.geometry(), stage.size())
    contents = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        assert needed <= label.height(), (label.objectName(), label.text(), needed, label.height())
    else:
        assert contents.contains(ink_rect(label)), (label.objectName(), label.text())


def test_text_sizes_read_across_a_room(player: MainWindow) -> None:
    view = player.workout_view
    player.workout_view.skip()  # the first move: the work stage with every part shown
    settle()
    secondary = [view.routine_label, view.round_label, view.times_label, view.muscles_label]
    for label in [*secondary, view.next_label]:
        assert label.font().pixelSize() >= SECONDARY_PX, label.objectName()
    for label in (view.move_label, view.cue_label):
        assert label.font().pixelSize() >= MAIN_TEXT_PX, label.objectName()
    countdown = view.countdown.font().pixelSize()
    assert countdown >= 4 * view.move_label.font().pixelSize()  # the countdown leads
    assert view.figure_view.height() >= 0.4 * player.height()  # and the figure
    # notices stay on one short line, smaller than the player's text but still there
    view.set_notices(["No audio output device found: cues are shown on screen only.", "x"])
    settle()
    assert view.notice_label.isVisible()
    assert view.notice_label.height() <= 2 * QFontMetrics(view.notice_label.font()).height()
    assert view.notice_label.font().pixelSize() < SECONDARY_PX


def test_nothing_is_cut_in_any_part(player: MainWindow) -> None:
    view = player.workout_view
    engine = player.controller.engine
    seen = set()
    for _ in range(14):  # get ready, moves timed and counted, rests, into the second round
        settle()
        seen.add(engine.segment.kind)
        for label in (view.kind_label, view.move_label, view.cue_label, view.muscles_label):
            if label.isVisible() and label.text():
                assert_fits(label, view.stage)
        if view.countdown.text():
            assert inside(view.countdown, view.stage)
            metrics = QFontMetrics(view.countdown.font())
            assert metrics.horizontalAdvance(view.countdown.text()) <= view.countdown.width()
        for label in (view.round_label, view.times_label):  # never shortened with "…"
            assert QFontMetrics(label.font()).horizontalAdvance(label.text()) <= label.width()
        view.skip()
    assert len(seen) >= 3  # get ready, work, rest at least


def test_the_instructions_cover_the_figure_in_large_type(qtbot, player: MainWindow) -> None:
    view = player.workout_view
    view.skip()
    settle()
    assert view.instructions_button.isVisible()
    assert "(I)" in view.instructions_button.text()  # the screen says which key shows them
    qtbot.keyClick(view, Qt.Key.Key_I)
    settle()
    overlay = view.instructions
    assert overlay.isVisible()
    assert overlay.geometry() == view.figure_view.geometry()
    text = overlay.text
    assert text.text() and text.font().pixelSize() >= SECONDARY_PX
    assert text.heightForWidth(text.width()) <= text.height()
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # Esc closes them; the workout carries on
    assert not overlay.isVisible()
    assert player.controller.engine.state is EngineState.RUNNING
