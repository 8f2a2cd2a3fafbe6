"""The figure model: joint limits, tweens, constant limb lengths, mirroring, the file format."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from backcare_desktop.core.figures.fileformat import (
    MAX_KEYS,
    FigureError,
    figure_from_dict,
    load_figure_file,
    load_figure_library,
    parse_figure_bytes,
)
from backcare_desktop.core.figures.motion import rep_seconds
from backcare_desktop.core.figures.skeleton import (
    CAMERAS,
    JOINTS,
    LIMITS,
    SEGMENTS,
    Placement,
    Pose,
    forward_kinematics,
    mirror_name,
    mirror_points,
    radius,
    segment_length,
)
from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.resources import figures_dir, routines_dir

LIBRARY = load_figure_library(figures_dir())
FIGURES = sorted(LIBRARY.figures.values(), key=lambda figure: figure.id)


def _figure(keys: list[dict[str, Any]], camera: str = "side") -> dict[str, Any]:
    return {"format": 1, "id": "test", "camera": camera, "keys": keys}


def _problems(data: Any) -> tuple[str, ...]:
    with pytest.raises(FigureError) as caught:
        figure_from_dict(data)
    return caught.value.problems


def _samples(figure: Any, count: int = 97) -> list[float]:
    return [figure.cycle_s * index / count for index in range(count + 1)]


def test_the_issue_example_message() -> None:
    keys: list[dict[str, Any]] = [{}, {}, {"angles": {"left_knee": 200}}]
    assert _problems(_figure(keys)) == (
        "keys[2].angles.left_knee: must be 0..160 degrees, got 200",
    )


@pytest.mark.parametrize("camera", CAMERAS)
@pytest.mark.parametrize("joint", JOINTS)
def test_every_joint_limit_is_enforced(camera: str, joint: str) -> None:
    low, high = LIMITS[camera][joint]
    for bad in (low - 1, high + 0.5):
        problems = _problems(_figure([{"angles": {joint: bad}}], camera))
        assert len(problems) == 1
        assert problems[0].startswith(f"keys[0].angles.{joint}: must be ")
        assert problems[0].endswith(
            f"degrees, got {bad!r}" if isinstance(bad, float) else f"got {bad}"
        )
    for good in (low, high):
        figure = figure_from_dict(_figure([{"angles": {joint: good}}], camera))
        assert figure.keys[0].pose.angle(joint) == good


def test_keys_inherit_the_previous_pose() -> None:
    figure = figure_from_dict(
        _figure(
            [
                {"angles": {"left_knee": 90}, "place": {"rotation": -90}},
                {"angles": {"left_hip": 45}},
            ]
        )
    )
    second = figure.keys[1].pose
    assert second.angle("left_knee") == 90
    assert second.angle("left_hip") == 45
    assert second.place.rotation == -90


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], "the top level must be a JSON object, got a list"),
        (_figure([{"angles": []}]), "keys[0].angles: must be an object, got a list"),
        (_figure([{"angles": {"left_kne": 10}}]), "keys[0].angles.left_kne: unknown joint"),
        (_figure([{"angles": {"neck": "10"}}]), 'keys[0].angles.neck: must be a number, got "10"'),
        (_figure([{"angles": {"neck": True}}]), "keys[0].angles.neck: must be a number, got true"),
        (_figure([{"hold_s": -1}]), "keys[0].hold_s: must be 0..30 seconds, got -1"),
        (_figure([{}, {"move_s": 0}]), "keys[1].move_s: must be 0.05..30 seconds, got 0"),
        (
            _figure([{"ease": "bounce"}]),
            'keys[0].ease: must be one of linear, in, out, in-out; got "bounce"',
        ),
        (
            _figure([{"place": {"contacts": ["nose", "left_toe"]}}]),
            'keys[0].place.contacts[0]: unknown point "nose"',
        ),
        (_figure([{"place": {"lift": 5}}]), "keys[0].place.lift: must be 0..1 body heights, got 5"),
        (
            _figure([{}] * (MAX_KEYS + 1)),
            f"keys: must hold at most {MAX_KEYS} items, got {MAX_KEYS + 1}",
        ),
        (_figure([]), "keys: must not be empty"),
        (
            {**_figure([{}]), "camera": "drone"},
            'camera: must be one of side, front, top; got "drone"',
        ),
        (
            {**_figure([{}]), "format": 2},
            "format: figure format 2 was made by a newer version of backcare-desktop; "
            "update the app to open it (this release reads figure format 1)",
        ),
        ({**_figure([{}]), "colour": "red"}, "colour: unknown field"),
        (
            {**_figure([{}]), "id": "bridge_2"},
            'id: must be lowercase letters, digits and dashes, got "bridge_2"',
        ),
        (
            {**_figure([{}]), "props": [{"kind": "trampoline"}]},
            'props[0].kind: must be one of mat, wall, chair, barre, pole; got "trampoline"',
        ),
    ],
)
def test_hostile_figures_are_refused_with_the_field_path(data: Any, expected: str) -> None:
    assert expected in _problems(data)


def test_deep_nesting_huge_files_and_folders_are_refused(tmp_path: Path) -> None:
    deep = b'{"format": 1, "id": "x", "keys": [' + b"[" * 40 + b"]" * 40 + b"]}"
    with pytest.raises(FigureError, match="nested more than 6 levels"):
        parse_figure_bytes(deep)
    with pytest.raises(FigureError, match="the figure file is 70 KB; it must be at most 64 KB"):
        parse_figure_bytes(b" " * 70_000)
    with pytest.raises(FigureError, match="not a regular"):
        load_figure_file(tmp_path)
    named = tmp_path / "other.json"
    named.write_text(json.dumps(_figure([{}])))
    with pytest.raises(FigureError, match='id: must match the file name "other"'):
        load_figure_file(named)


def test_a_bad_file_in_the_library_is_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "test.json").write_text(json.dumps(_figure([{}])))
    (tmp_path / "broken.json").write_text("{")
    library = load_figure_library(tmp_path)
    assert list(library.figures) == ["test"]
    assert len(library.errors) == 1 and "broken.json" in str(library.errors[0])
    assert library.get("missing") is None and library.get("") is None


def test_every_figure_file_loads_and_there_are_43() -> None:
    assert LIBRARY.errors == ()
    assert len(FIGURES) == 43


def test_every_builtin_move_names_a_figure_that_exists(tmp_path: Path) -> None:
    library = RoutineLibrary(routines_dir(), tmp_path)
    library.load()
    named: dict[str, str] = {}
    for entry in library.entries():
        for move in entry.routine.moves:
            assert move.figure in LIBRARY.figures, f"{entry.routine.id}: {move.name}"
            assert named.setdefault(move.name, move.figure) == move.figure, (
                "shared moves share a figure"
            )
    assert len(named) == 43
    assert set(named.values()) == set(LIBRARY.figures)


@pytest.mark.parametrize("figure", FIGURES, ids=lambda figure: figure.id)
def test_interpolation_stays_inside_the_limits(figure: Any) -> None:
    limits = LIMITS[figure.camera]
    for seconds in _samples(figure):
        for tween in (True, False):
            pose, _ = figure.pose_at(seconds, tween=tween)
            for joint, value in pose.angles.items():
                low, high = limits[joint]
                assert low - 1e-9 <= value <= high + 1e-9, (figure.id, seconds, joint, value)


@pytest.mark.parametrize("figure", FIGURES, ids=lambda figure: figure.id)
def test_limb_lengths_stay_constant_through_the_whole_animation(figure: Any) -> None:
    for seconds in _samples(figure):
        for mirrored in (False, True):
            points = figure.frame_at(seconds, mirrored=mirrored).points
            for start, end, length in SEGMENTS:
                (ax, ay), (bx, by) = points[start], points[end]
                expected = segment_length(start, end, length, figure.camera)
                assert math.hypot(bx - ax, by - ay) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("figure", FIGURES, ids=lambda figure: figure.id)
def test_figures_rest_on_the_floor(figure: Any) -> None:
    for index in range(len(figure.keys)):
        lowest = min(y for y in (point[1] for point in figure.key_points(index).points.values()))
        assert 0 <= lowest < 0.08


@pytest.mark.parametrize("figure", FIGURES, ids=lambda figure: figure.id)
def test_mirroring_is_exact(figure: Any) -> None:
    for seconds in _samples(figure, 13):
        plain = figure.frame_at(seconds).points
        mirrored = figure.frame_at(seconds, mirrored=True).points
        assert mirrored == mirror_points(plain)
        assert mirror_points(mirrored) == plain
        for name, (x, y) in plain.items():
            assert mirrored[mirror_name(name)] == (-x, y)


def test_front_view_mirror_equals_the_swapped_pose() -> None:
    angles = {"left_hip": 40, "left_knee": 30, "right_shoulder": 120, "spine_lower": 10, "neck": -5}
    swapped = {
        mirror_name(joint): (-value if joint.startswith(("spine", "neck")) else value)
        for joint, value in angles.items()
    }
    plain = forward_kinematics(Pose(angles, Placement(rotation=15)), "front")
    other = forward_kinematics(Pose(swapped, Placement(rotation=-15)), "front")
    for name, (x, y) in mirror_points(plain).items():
        assert other[name] == pytest.approx((x, y), abs=1e-12)


def test_contacts_put_both_points_on_the_floor() -> None:
    plank = LIBRARY.figures["plank"]
    points = plank.key_points(0).points
    hand = points["right_wrist"][1] - radius("right_wrist")
    toe = points["right_ball"][1] - radius("right_ball")
    assert hand == pytest.approx(toe, abs=1e-9)
    assert hand == pytest.approx(0.0, abs=0.01)


def test_holds_breathe_and_reps_play_one_loop_per_interval() -> None:
    plank = LIBRARY.figures["plank"]
    assert plank.is_hold
    assert plank.frame_at(0.0).points != plank.frame_at(1.2).points
    assert plank.frame_at(1.2, tween=False).points == plank.frame_at(0.0).points
    swan = LIBRARY.figures["swan-dive"]
    assert rep_seconds(swan, 3.0, 3.0) == pytest.approx(swan.cycle_s)
    assert rep_seconds(swan, 1.5, 3.0) == pytest.approx(swan.cycle_s / 2)


def test_without_tweening_only_key_poses_are_shown() -> None:
    bridge = LIBRARY.figures["shoulder-bridge"]
    keys = [bridge.key_points(index).points for index in range(len(bridge.keys))]
    for seconds in _samples(bridge):
        assert bridge.frame_at(seconds, tween=False).points in keys


def test_a_move_names_its_figure_and_old_files_still_load() -> None:
    from backcare_desktop.core.routine import RoutineError, routine_from_dict, routine_to_dict

    move = {"name": "Plank", "work_s": 30, "muscles": ["core"]}
    data = {"format": 1, "id": "r", "title": "R", "focus": ["core"], "moves": [move]}
    assert routine_from_dict(data).moves[0].figure == ""
    assert "figure" not in routine_to_dict(routine_from_dict(data))["moves"][0]
    data["moves"] = [dict(move, figure="plank")]
    routine = routine_from_dict(data)
    assert routine.moves[0].figure == "plank"
    assert routine_to_dict(routine)["moves"][0]["figure"] == "plank"
    data["moves"] = [dict(move, figure="Plank!")]
    with pytest.raises(RoutineError) as caught:
        routine_from_dict(data)
    assert caught.value.problems[0].startswith("moves[0].figure: must be a figure id")
