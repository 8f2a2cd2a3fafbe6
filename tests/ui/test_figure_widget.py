"""The figure widget and sheets: clock-driven animation, the workout screen, reference images."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from backcare_desktop import app
from backcare_desktop.core.clock import FakeClock
from backcare_desktop.core.figures.fileformat import load_figure_library
from backcare_desktop.core.routine_draft import new_routine_data
from backcare_desktop.resources import figures_dir
from backcare_desktop.ui.figure_painter import FigureColours, FigurePainter
from backcare_desktop.ui.figure_widget import FRAMES_PER_SECOND, FigureWidget, Motion
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.player_style import KIND_STYLES, PAUSED_STYLE
from backcare_desktop.ui.routine_editor import RoutineEditor
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.theme import palette_for
from backcare_desktop.ui.workout_view import muscle_colour
from tests.core.factories import counted, routine, timed

FIGURES = load_figure_library(figures_dir())
REFERENCE_DIR = Path(__file__).parent / "figure_reference"
# (figure, key, mirrored, dark): a side view, a front view, a top view and a mirrored one.
REFERENCES = [
    ("shoulder-bridge", 2, False, False),
    ("warrior-two", 0, False, True),
    ("supine-twist", 0, False, False),
    ("bird-dog", 1, True, True),
]


def _grab(widget: FigureWidget) -> QImage:
    return widget.grab().toImage()


@pytest.fixture
def widget(qtbot, clock: FakeClock) -> FigureWidget:
    widget = FigureWidget(clock)
    qtbot.addWidget(widget)
    widget.resize(240, 180)
    widget.show()
    return widget


def test_the_frame_follows_the_clock_and_freezes_when_paused(
    widget: FigureWidget, clock: FakeClock
):
    widget.show_figure(FIGURES.get("cat-cow"), ("back",), description="Move with your breath.")
    assert widget.accessibleDescription() == "Move with your breath."
    start = _grab(widget)
    clock.advance_s(1.5)
    assert widget.figure_seconds() == pytest.approx(1.5)
    moved = _grab(widget)
    assert moved != start
    widget.set_paused(True)
    clock.advance_s(10)
    assert widget.figure_seconds() == pytest.approx(1.5)
    assert _grab(widget) == moved
    widget.set_paused(False)
    clock.advance_s(0.5)
    assert widget.figure_seconds() == pytest.approx(2.0)


def test_it_wakes_a_few_times_a_second_only_while_moving(widget: FigureWidget):
    assert widget._timer.timerType() is Qt.TimerType.PreciseTimer
    assert widget._timer.interval() == 1000 // FRAMES_PER_SECOND <= 200
    widget.show_figure(FIGURES.get("plank"), motion=Motion.LOOP)
    assert widget._timer.isActive()
    widget.show_figure(FIGURES.get("plank"), motion=Motion.STILL)
    assert not widget._timer.isActive()
    widget.show_figure(FIGURES.get("plank"))
    widget.set_paused(True)
    assert not widget._timer.isActive()
    widget.hide()
    widget.set_paused(False)
    assert not widget._timer.isActive()


def test_rep_moves_play_one_loop_per_rep(widget: FigureWidget, clock: FakeClock):
    swan = FIGURES.get("swan-dive")
    assert swan is not None
    widget.show_figure(swan, motion=Motion.REPS, rep_interval_s=3.0)
    clock.advance_s(1.5)
    assert widget.figure_seconds() == pytest.approx(swan.cycle_s / 2)


def test_reduce_motion_shows_key_poses_only(widget: FigureWidget, clock: FakeClock):
    bridge = FIGURES.get("shoulder-bridge")
    assert bridge is not None
    widget.set_reduce_motion(True)
    widget.show_figure(bridge)
    first = _grab(widget)
    clock.advance_s(bridge.keys[0].hold_s + bridge.keys[0].move_s * 0.6)  # mid-tween
    assert _grab(widget) == first


def test_a_move_without_a_figure_shows_a_still_placeholder(widget: FigureWidget):
    widget.show_figure(None, ("core",))
    assert widget.motion is Motion.STILL and not widget._timer.isActive()
    image = _grab(widget)
    assert len({image.pixel(x, image.height() // 2) for x in range(image.width())}) > 1


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _with_figure(move, figure: str):
    return replace(move, figure=figure)


def test_the_workout_screen_shows_the_figure_large(window: MainWindow, clock: FakeClock):
    window.run_routine(
        routine(
            _with_figure(timed("Bird dog", 20, rest_s=5, sides="left_right"), "bird-dog"),
            replace(counted("Swan dive", 8), figure="swan-dive", cue="Grow long."),
            timed("Mystery", 10),
            get_ready_s=5,
        )
    )
    view = window.workout_view
    figure = view.figure_view
    assert figure.height() >= 0.4 * window.height()
    assert (figure.figure.id, figure.motion, figure.mirrored) == ("bird-dog", Motion.STILL, False)
    for seconds, expected in (
        (5.1, ("bird-dog", Motion.LOOP, False)),  # left side
        (20, ("bird-dog", Motion.STILL, True)),  # switch sides: the right side, still
        (5, ("bird-dog", Motion.LOOP, True)),  # right side, mirrored
        (20, ("swan-dive", Motion.STILL, False)),  # rest: the next move, still
        (5, ("swan-dive", Motion.REPS, False)),
    ):
        clock.advance_s(seconds)
        window.controller.wake()
        assert (figure.figure.id, figure.motion, figure.mirrored) == expected, (
            view.move_label.text()
        )
    assert figure.accessibleDescription() == "Grow long."
    window.workout_view.done()
    window.controller.wake()
    assert figure.figure is None  # a move without a figure: the placeholder


def test_the_i_key_shows_the_instructions(qtbot, window: MainWindow):
    window.run_routine(routine(timed("Plank", 20)))
    view = window.workout_view
    assert not view.instructions.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert view.instructions.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert not view.instructions.isVisible()


def _render(
    figure_id: str, key: int, mirrored: bool, dark: bool, colours: FigureColours | None = None
) -> QImage:
    figure = FIGURES.get(figure_id)
    assert figure is not None
    palette = palette_for(dark)
    image = QImage(160, 120, QImage.Format.Format_RGB32)
    image.fill(palette.color(palette.ColorRole.Window))
    painter = QPainter(image)
    colours = colours or FigureColours.from_palette(palette)
    FigurePainter(figure, ("glutes", "core"), colours).paint(
        painter, QRectF(0, 0, 160, 120), figure.key_points(key, mirrored)
    )
    painter.end()
    return image


def _differing_pixels(image: QImage, reference: QImage) -> int:
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            a, b = image.pixelColor(x, y), reference.pixelColor(x, y)
            if (
                max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
                > 16
            ):
                count += 1
    return count


@pytest.mark.parametrize(("figure_id", "key", "mirrored", "dark"), REFERENCES)
def test_key_frames_match_the_reference_images(qapp, figure_id, key, mirrored, dark) -> None:
    name = f"{figure_id}-{key}{'-mirrored' if mirrored else ''}-{'dark' if dark else 'light'}.png"
    image = _render(figure_id, key, mirrored, dark)
    path = REFERENCE_DIR / name
    if os.environ.get("UPDATE_FIGURE_REFERENCES"):
        image.save(str(path))
    reference = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert reference.size() == image.size()
    # Antialiasing may differ by a pixel along an edge; a changed pose or colour changes far more.
    assert _differing_pixels(image, reference) <= image.width() * image.height() // 200


def test_a_moved_limb_or_a_changed_colour_fails_the_reference_comparison(qapp) -> None:
    reference = _render("bird-dog", 0, False, False)
    moved = _render("bird-dog", 1, False, False)
    assert _differing_pixels(moved, reference) > moved.width() * moved.height() // 200
    colours = FigureColours.from_palette(palette_for(False))
    raised = _render("bird-dog", 1, False, False)  # the far arm and leg lifted, in view
    paler = _render("bird-dog", 1, False, False, replace(colours, far=colours.prop))
    assert _differing_pixels(paler, raised) > paler.width() * paler.height() // 200


def test_render_figures_writes_every_sheet(tmp_path: Path) -> None:
    out = tmp_path / "sheets"
    code = app.main(
        ["--data-dir", str(tmp_path / "data"), "--render-figures", str(out), "--size", "48x40"]
    )
    assert code == 0
    names = {path.name for path in out.iterdir()}
    assert len(names) == 2 * len(FIGURES.figures) + 2
    assert {"figures-light.png", "figures-dark.png", "plank-light.png", "plank-dark.png"} <= names
    sheet = QImage(str(out / "plank-light.png"))
    assert sheet.width() == 8 * 48


def test_render_figures_refuses_a_bad_size(tmp_path: Path, capsys) -> None:
    assert app.main(["--render-figures", str(tmp_path), "--size", "9x9"]) == 2
    assert "WxH" in capsys.readouterr().err


def test_the_reduce_motion_setting_reaches_the_figure(window: MainWindow, services: Services):
    assert not window.workout_view.figure_view.reduce_motion
    window.apply_settings(replace(services.settings.value, reduce_motion=True))
    assert window.workout_view.figure_view.reduce_motion
    assert services.settings.value.reduce_motion


def test_the_editor_chooses_a_figure_by_name_and_picture(qtbot) -> None:
    data = new_routine_data()
    data["moves"].append(dict(data["moves"][0], name="Odd", figure="no-such-figure"))
    editor = RoutineEditor(data, set(), True)
    editor.confirm_discard = lambda: True
    qtbot.addWidget(editor)
    combo = editor.figure_combo
    assert combo.count() == len(FIGURES.figures) + 1
    assert combo.currentData() == "" and editor.figure_preview.figure is None
    index = combo.findData("plank")
    assert combo.itemText(index) == "Plank" and not combo.itemIcon(index).isNull()
    combo.setCurrentIndex(index)
    assert editor.draft.moves[0]["figure"] == "plank"
    assert editor.figure_preview.figure == FIGURES.get("plank")
    combo.setCurrentIndex(0)
    assert "figure" not in editor.draft.moves[0]
    editor.move_list.setCurrentRow(1)  # an unknown figure is kept, named as missing
    assert combo.currentData() == "no-such-figure"
    assert combo.currentText() == "no-such-figure (missing)"


def test_details_and_finish_page_show_small_figures(window: MainWindow, clock: FakeClock):
    picker = window.picker
    picker.select("pilates-for-the-spine")
    first = picker.moves.topLevelItem(0)
    assert first.text(0) == "Shoulder bridge" and not first.icon(0).isNull()
    window.run_routine(routine(_with_figure(timed("Plank", 5), "plank"), get_ready_s=0))
    clock.advance_s(5.1)
    window.controller.wake()
    item = window.workout_view.finish.finish_list.item(0)
    assert "Plank" in item.text() and not item.icon().isNull()


def test_muscles_stand_out_from_every_stage_colour() -> None:
    for style in (*KIND_STYLES.values(), PAUSED_STYLE):
        assert muscle_colour(style.background).lower() != style.background.lower()


def test_reduced_motion_holds_need_no_wakes(widget: FigureWidget, clock: FakeClock):
    widget.set_reduce_motion(True)
    widget.show_figure(FIGURES.get("plank"))
    assert not widget._timer.isActive()
    widget.show_figure(FIGURES.get("cat-cow"))
    assert widget._timer.isActive()


def test_pictures_show_the_key_held_longest() -> None:
    from backcare_desktop.ui.figure_thumbnails import showcase_key

    shown = {name: showcase_key(FIGURES.figures[name]) for name in FIGURES.figures}
    assert shown["plank"] == 0
    assert shown["plank-to-cobra"] == 3  # the cobra, not the plank or knees-chest-chin before it
    assert shown["shoulder-bridge"] == 2  # the top of the bridge
    assert shown["cat-cow"] == 1
