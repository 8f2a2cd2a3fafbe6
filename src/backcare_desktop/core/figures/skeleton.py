"""The body model: named joints, fixed limb proportions, joint limits and forward kinematics.

Everything is two-dimensional and measured in body heights (a standing figure is 1.0 tall), with
``y`` pointing up and the floor at ``y = 0``. A direction is an angle in degrees: 0 points up and
90 points the way the figure faces (``+x``); angles grow clockwise on the page.

The joint angles of a :class:`Pose` are relative to the parent segment (the pelvis is the root;
the spine rolls through three segments). All angles are 0 when the figure stands tall with the
arms hanging. For the ``side`` camera they bend in the body's sagittal plane (flexion positive);
for the ``front`` and ``top`` cameras in its frontal plane (abduction positive, the right side
mirroring the left). :data:`LIMITS` holds the range of every joint for every camera.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

CAMERAS: Final = ("side", "front", "top")
"""``side``: seen from the figure's right; ``front``: seen from the front; ``top``: from above."""

SIDES: Final = ("left", "right")
LIMB_JOINTS: Final = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle", "toes")
SPINE_JOINTS: Final = ("spine_lower", "spine_mid", "spine_upper", "neck")
JOINTS: Final = SPINE_JOINTS + tuple(f"{side}_{joint}" for side in SIDES for joint in LIMB_JOINTS)
"""Every joint a pose may bend, in a fixed order."""

# Ranges in degrees. Side view: flexion positive; wrist positive bends the hand forward; ankle
# positive points the foot (plantar flexion); toes positive lift the toes.
_SIDE_LIMITS: Final = {
    "spine_lower": (-35.0, 45.0),
    "spine_mid": (-30.0, 40.0),
    "spine_upper": (-30.0, 40.0),
    "neck": (-45.0, 60.0),
    "shoulder": (-90.0, 180.0),
    "elbow": (0.0, 150.0),
    "wrist": (-80.0, 90.0),
    "hip": (-40.0, 150.0),
    "knee": (0.0, 160.0),
    "ankle": (-25.0, 60.0),
    "toes": (-10.0, 70.0),
}
# Front and top views: the spine and neck bend sideways (towards the figure's left positive),
# shoulders and hips abduct; an arm across or under the body (shoulder down to -90) and a bent
# knee or elbow are seen in projection.
_FRONT_LIMITS: Final = {
    "spine_lower": (-30.0, 30.0),
    "spine_mid": (-30.0, 30.0),
    "spine_upper": (-30.0, 30.0),
    "neck": (-40.0, 40.0),
    "shoulder": (-90.0, 180.0),
    "elbow": (0.0, 150.0),
    "wrist": (-80.0, 80.0),
    "hip": (-30.0, 80.0),
    "knee": (0.0, 150.0),
    "ankle": (-30.0, 30.0),
    "toes": (-10.0, 70.0),
}
_TOP_LIMITS: Final = {**_FRONT_LIMITS, "hip": (-90.0, 90.0), "knee": (-150.0, 150.0)}


def _expand(limits: Mapping[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    result = {name: limits[name] for name in SPINE_JOINTS}
    for side in SIDES:
        for joint in LIMB_JOINTS:
            result[f"{side}_{joint}"] = limits[joint]
    return result


LIMITS: Final = {
    "side": _expand(_SIDE_LIMITS),
    "front": _expand(_FRONT_LIMITS),
    "top": _expand(_TOP_LIMITS),
}
"""``LIMITS[camera][joint] = (lowest, highest)`` in degrees."""

# Segment lengths in body heights (rounded anthropometric proportions).
SPINE_SEGMENT: Final = 0.095
NECK: Final = 0.05
HEAD_RADIUS: Final = 0.06
UPPER_ARM: Final = 0.18
FOREARM: Final = 0.15
HAND: Final = 0.07
THIGH: Final = 0.245
SHIN: Final = 0.245
FOOT_BACK: Final = 0.03
FOOT_FRONT: Final = 0.11
FOOT_DROP: Final = 0.045
TOES: Final = 0.045
SHOULDER_HALF_WIDTH: Final = 0.11
HIP_HALF_WIDTH: Final = 0.06
FRONT_FOOT_SCALE: Final = 0.4
"""Feet point at the viewer in the front view: drawn this much shorter, turned out."""


def segment_length(start: str, end: str, length: float, camera: str) -> float:
    """The drawn length of a segment: toes point at the viewer in the front and top views."""
    return length * FRONT_FOOT_SCALE if camera != "side" and end.endswith("toe") else length


SEGMENTS: Final = (
    ("pelvis", "waist", SPINE_SEGMENT),
    ("waist", "chest", SPINE_SEGMENT),
    ("chest", "neck", SPINE_SEGMENT),
    ("neck", "head", NECK + HEAD_RADIUS),
    *(
        (f"{side}_{a}", f"{side}_{b}", length)
        for side in SIDES
        for a, b, length in (
            ("shoulder", "elbow", UPPER_ARM),
            ("elbow", "wrist", FOREARM),
            ("wrist", "hand", HAND),
            ("hip", "knee", THIGH),
            ("knee", "ankle", SHIN),
            ("ball", "toe", TOES),
        )
    ),
)
"""Rigid segments as (from point, to point, length): their lengths never change."""

RADII: Final = {
    "head": HEAD_RADIUS,
    "pelvis": 0.056,
    "waist": 0.05,
    "chest": 0.058,
    "neck": 0.026,
    "shoulder": 0.032,
    "elbow": 0.022,
    "wrist": 0.017,
    "hand": 0.015,
    "hip": 0.042,
    "knee": 0.027,
    "ankle": 0.019,
    "heel": 0.015,
    "ball": 0.012,
    "toe": 0.01,
}
"""Half the drawn thickness at each point: the figure rests on its outline, not its centre line."""


def radius(point: str) -> float:
    """The drawn half-thickness at ``point`` (``left_knee`` and ``right_knee`` alike)."""
    return RADII[point.split("_", 1)[1] if point.startswith(SIDES) else point]


@dataclass(frozen=True)
class Placement:
    """Where the body is: the pelvis's direction, a sideways shift and a lift off the floor.

    ``rotation`` is the direction of the pelvis-to-waist segment (0 upright, 90 face down when the
    figure faces right, -90 on the back). ``contacts`` names two points that rest on the floor
    together: the rotation is then solved so they do (e.g. hands and toes in a plank).
    """

    rotation: float = 0.0
    x: float = 0.0
    lift: float = 0.0
    contacts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pose:
    """Joint angles in degrees (absent joints are 0) and the body's placement."""

    angles: Mapping[str, float] = field(default_factory=dict, hash=False)
    place: Placement = field(default_factory=Placement)

    def angle(self, joint: str) -> float:
        """The angle of ``joint`` (0 when not given)."""
        return self.angles.get(joint, 0.0)


def clamp_pose(pose: Pose, camera: str) -> Pose:
    """``pose`` with every angle inside the camera's joint limits."""
    limits = LIMITS[camera]
    return Pose(
        {
            name: min(max(value, limits[name][0]), limits[name][1])
            for name, value in pose.angles.items()
        },
        pose.place,
    )


def limit_problems(pose: Pose, camera: str) -> list[tuple[str, float, tuple[float, float]]]:
    """Every (joint, angle, limits) of ``pose`` outside the camera's limits."""
    limits = LIMITS[camera]
    return [
        (name, value, limits[name])
        for name, value in pose.angles.items()
        if not limits[name][0] <= value <= limits[name][1]
    ]


Points = dict[str, tuple[float, float]]


def _direction(angle: float) -> tuple[float, float]:
    radians = math.radians(angle)
    return math.sin(radians), math.cos(radians)


def _step(point: tuple[float, float], angle: float, length: float) -> tuple[float, float]:
    dx, dy = _direction(angle)
    return point[0] + dx * length, point[1] + dy * length


def _body_points(pose: Pose, camera: str, rotation: float) -> Points:
    """Points of the body with the pelvis at (0, 0), before grounding."""
    front = camera != "side"
    points: Points = {"pelvis": (0.0, 0.0)}
    spine = rotation
    for joint, (start, end) in zip(
        SPINE_JOINTS[:3], (("pelvis", "waist"), ("waist", "chest"), ("chest", "neck")), strict=True
    ):
        spine += pose.angle(joint)
        points[end] = _step(points[start], spine, SPINE_SEGMENT)
    head_angle = spine + pose.angle("neck")
    points["head"] = _step(points["neck"], head_angle, NECK + HEAD_RADIUS)
    for side in SIDES:
        sign = -1.0 if front and side == "right" else 1.0

        def angle_of(joint: str, sign: float = sign, side: str = side) -> float:
            return sign * pose.angle(f"{side}_{joint}")

        if front:
            points[f"{side}_shoulder"] = _step(
                points["neck"], spine + sign * 90, SHOULDER_HALF_WIDTH
            )
            points[f"{side}_hip"] = _step(points["pelvis"], rotation + sign * 90, HIP_HALF_WIDTH)
        else:
            points[f"{side}_shoulder"] = points["neck"]
            points[f"{side}_hip"] = points["pelvis"]
        arm = spine + 180 - angle_of("shoulder")
        forearm = arm - angle_of("elbow")
        hand = forearm - angle_of("wrist")
        points[f"{side}_elbow"] = _step(points[f"{side}_shoulder"], arm, UPPER_ARM)
        points[f"{side}_wrist"] = _step(points[f"{side}_elbow"], forearm, FOREARM)
        points[f"{side}_hand"] = _step(points[f"{side}_wrist"], hand, HAND)
        thigh = rotation + 180 - angle_of("hip")
        shin = thigh + angle_of("knee")
        points[f"{side}_knee"] = _step(points[f"{side}_hip"], thigh, THIGH)
        ankle = _step(points[f"{side}_knee"], shin, SHIN)
        points[f"{side}_ankle"] = ankle
        foot = shin - sign * 90 + angle_of("ankle")
        scale = FRONT_FOOT_SCALE if front else 1.0
        fx, fy = _direction(foot)
        dx, dy = _direction(foot + sign * 90)
        fx, fy = fx * scale, fy * scale
        points[f"{side}_heel"] = (
            ankle[0] - fx * FOOT_BACK + dx * FOOT_DROP,
            ankle[1] - fy * FOOT_BACK + dy * FOOT_DROP,
        )
        ball = (
            ankle[0] + fx * FOOT_FRONT + dx * FOOT_DROP,
            ankle[1] + fy * FOOT_FRONT + dy * FOOT_DROP,
        )
        points[f"{side}_ball"] = ball
        points[f"{side}_toe"] = _step(ball, foot - angle_of("toes"), TOES * scale)
    return points


def _solved_rotation(pose: Pose, camera: str) -> float:
    """The pelvis direction that puts both ``contacts`` at the same height (nearest the given)."""
    place = pose.place
    if len(place.contacts) != 2:
        return place.rotation
    points = _body_points(pose, camera, 0.0)
    first, second = place.contacts
    (x1, y1), (x2, y2) = points[first], points[second]
    distance = math.hypot(x2 - x1, y2 - y1)
    if distance < 1e-9:
        return place.rotation
    # Turned by r, the vector between them points along + r; its height must equal the
    # difference of the radii so that both outlines touch the same floor.
    along = math.degrees(math.atan2(x2 - x1, y2 - y1))
    rise = max(-1.0, min(1.0, (radius(second) - radius(first)) / distance))
    base = math.degrees(math.acos(rise))

    def score(rotation: float) -> tuple[float, float]:
        # Prefer the turn that leaves the contacts lowest, then the one nearest the given.
        turned = _body_points(pose, camera, rotation)
        lowest = min(y - radius(name) for name, (_, y) in turned.items())
        contact = turned[first][1] - radius(first)
        return round(contact - lowest, 3), abs(_wrap(rotation - place.rotation))

    return min((base - along, -base - along), key=score)


def _wrap(angle: float) -> float:
    return (angle + 180.0) % 360.0 - 180.0


def effective_rotation(pose: Pose, camera: str) -> float:
    """The pelvis direction actually drawn: the given one, or the one its contacts ask for."""
    rotation = _solved_rotation(pose, camera)
    return place_rotation(pose.place.rotation, rotation)


def place_rotation(given: float, solved: float) -> float:
    """``solved`` moved by whole turns to lie nearest ``given`` (so tweens take the short way)."""
    return given + _wrap(solved - given)


def forward_kinematics(pose: Pose, camera: str = "side", rotation: float | None = None) -> Points:
    """The 2D position of every named point of ``pose``, resting on the floor.

    The lowest outline point touches ``y = 0`` (raised by ``place.lift``) and the pelvis sits at
    ``place.x``. ``rotation`` overrides the pelvis direction (used while tweening).
    """
    angle = effective_rotation(pose, camera) if rotation is None else rotation
    points = _body_points(pose, camera, angle)
    floor = min(y - radius(name) for name, (_, y) in points.items())
    dy = pose.place.lift - floor
    dx = pose.place.x
    return {name: (x + dx, y + dy) for name, (x, y) in points.items()}


def mirror_name(name: str) -> str:
    """``left_knee`` <-> ``right_knee``; other names unchanged."""
    if name.startswith("left_"):
        return "right_" + name[5:]
    if name.startswith("right_"):
        return "left_" + name[6:]
    return name


def mirror_points(points: Mapping[str, tuple[float, float]]) -> Points:
    """The points reflected about ``x = 0`` with left and right swapped: the other side's figure."""
    return {mirror_name(name): (-x, y) for name, (x, y) in points.items()}
