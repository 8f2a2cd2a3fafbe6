"""Figures in motion: key poses with timings and easing, sampled at any moment of a move.

A :class:`Figure` loops through its keys: each key is held for ``hold_s`` seconds, then the body
moves to the next key (the last to the first) in ``move_s`` seconds along an easing curve. Angles
are interpolated joint by joint, so every frame stays inside the joint limits of its keys, and
the limbs keep their lengths because points only ever come from forward kinematics.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from backcare_desktop.core.figures.skeleton import (
    JOINTS,
    Placement,
    Points,
    Pose,
    clamp_pose,
    effective_rotation,
    forward_kinematics,
    mirror_points,
    place_rotation,
)

EASINGS: Final[dict[str, Callable[[float], float]]] = {
    "linear": lambda t: t,
    "in": lambda t: t * t,
    "out": lambda t: 1 - (1 - t) * (1 - t),
    "in-out": lambda t: 0.5 - 0.5 * math.cos(math.pi * t),
}
PROP_KINDS: Final = ("mat", "wall", "chair", "barre", "pole")
BREATH_S: Final = 5.0
"""One slow breath of a held pose, in seconds."""
BREATH_DEGREES: Final = 2.0


@dataclass(frozen=True)
class Prop:
    """Something the figure uses: a mat, a wall, a chair, a barre or a pole, at ``x``."""

    kind: str
    x: float = 0.0


@dataclass(frozen=True)
class Key:
    """One key pose: held ``hold_s`` seconds, then ``move_s`` seconds to the next, eased."""

    pose: Pose
    hold_s: float = 0.0
    move_s: float = 1.0
    ease: str = "in-out"


@dataclass(frozen=True)
class Frame:
    """What to draw at one moment: the points, and whether the figure faces left."""

    points: Points
    mirrored: bool = False


@dataclass(frozen=True)
class Figure:
    """An animated figure: key poses, props and the camera it is seen from."""

    id: str
    keys: tuple[Key, ...]
    camera: str = "side"
    props: tuple[Prop, ...] = ()
    rotations: tuple[float, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.keys:
            raise ValueError("a figure needs at least one key pose")
        solved: list[float] = []
        for key in self.keys:
            rotation = effective_rotation(key.pose, self.camera)
            solved.append(place_rotation(solved[-1], rotation) if solved else rotation)
        object.__setattr__(self, "rotations", tuple(solved))

    @property
    def is_hold(self) -> bool:
        """True for a held shape (one key): it breathes instead of moving."""
        return len(self.keys) == 1

    @property
    def cycle_s(self) -> float:
        """Seconds of one loop through the keys at the figure's natural tempo."""
        if self.is_hold:
            return BREATH_S
        return sum(key.hold_s + key.move_s for key in self.keys)

    def key_points(self, index: int, mirrored: bool = False) -> Frame:
        """The still frame of key ``index``."""
        points = forward_kinematics(self.keys[index].pose, self.camera, self.rotations[index])
        return _frame(points, mirrored)

    def pose_at(self, seconds: float, *, tween: bool = True) -> tuple[Pose, float]:
        """The pose and pelvis direction ``seconds`` into the loop (any number of loops).

        Without ``tween`` the figure jumps from key to key (for reduced motion).
        """
        if self.is_hold:
            return self._breathing(seconds, tween)
        index, moving = self.key_at(seconds)
        key = self.keys[index]
        if moving is None or not tween:
            return key.pose, self.rotations[index]
        amount = EASINGS[key.ease](moving / key.move_s)
        return self._between(index, (index + 1) % len(self.keys), amount)

    def key_at(self, seconds: float) -> tuple[int, float | None]:
        """The key ``seconds`` into the loop, and the seconds since it began moving on (None
        while it is held). Without tweening the figure only changes when the key does."""
        t = seconds % self.cycle_s
        for index, key in enumerate(self.keys):
            if t < key.hold_s:
                return index, None
            t -= key.hold_s
            if t < key.move_s:
                return index, t
            t -= key.move_s
        return 0, None

    def frame_at(self, seconds: float, *, mirrored: bool = False, tween: bool = True) -> Frame:
        """The frame to draw ``seconds`` into the loop."""
        pose, rotation = self.pose_at(seconds, tween=tween)
        return _frame(forward_kinematics(pose, self.camera, rotation), mirrored)

    def _between(self, first: int, second: int, amount: float) -> tuple[Pose, float]:
        a, b = self.keys[first].pose, self.keys[second].pose
        angles = {
            joint: a.angle(joint) + (b.angle(joint) - a.angle(joint)) * amount
            for joint in JOINTS
            if joint in a.angles or joint in b.angles
        }
        ra = self.rotations[first]
        rb = place_rotation(ra, self.rotations[second])
        place = Placement(
            rotation=ra + (rb - ra) * amount,
            x=a.place.x + (b.place.x - a.place.x) * amount,
            lift=a.place.lift + (b.place.lift - a.place.lift) * amount,
        )
        pose = Pose(angles, place)
        rotation = place.rotation
        if a.place.contacts and a.place.contacts == b.place.contacts:
            rotation = place_rotation(
                place.rotation,
                effective_rotation(
                    Pose(angles, _with_contacts(place, a.place.contacts)), self.camera
                ),
            )
        return pose, rotation

    def _breathing(self, seconds: float, tween: bool) -> tuple[Pose, float]:
        pose = self.keys[0].pose
        if not tween:
            return pose, self.rotations[0]
        breath = BREATH_DEGREES * math.sin(2 * math.pi * seconds / BREATH_S)
        angles = dict(pose.angles)
        for joint in ("spine_mid", "spine_upper"):
            angles[joint] = angles.get(joint, 0.0) - breath / 2
        breathed = clamp_pose(Pose(angles, pose.place), self.camera)
        return breathed, self.rotations[0]


def _with_contacts(place: Placement, contacts: tuple[str, ...]) -> Placement:
    return Placement(place.rotation, place.x, place.lift, contacts)


def _frame(points: Points, mirrored: bool) -> Frame:
    return Frame(mirror_points(points) if mirrored else points, mirrored)


def rep_seconds(figure: Figure, elapsed_s: float, rep_interval_s: float) -> float:
    """Figure time for a rep move: one loop of the figure per ``rep_interval_s`` seconds."""
    return elapsed_s * figure.cycle_s / rep_interval_s
