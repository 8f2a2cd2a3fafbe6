"""The figure file format (``docs/figure-format.md``): reading and validating figure files.

Every problem names its field path, e.g. ``keys[2].angles.left_knee: must be 0..160 degrees,
got 200``. Reading never raises anything but :class:`FigureError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from backcare_desktop.core.figures.motion import EASINGS, PROP_KINDS, Figure, Key, Prop
from backcare_desktop.core.figures.skeleton import (
    CAMERAS,
    JOINTS,
    LIMITS,
    Placement,
    Pose,
    forward_kinematics,
)
from backcare_desktop.core.validation import (
    DataError,
    DocumentKind,
    Fields,
    Problems,
    check_text,
    decode_json,
    index_path,
    key_path,
    raising,
    read_document,
    read_regular_file,
    require_object,
    shown,
)

FORMAT_VERSION: Final = 1
FIGURE_DOCUMENT: Final = DocumentKind("figure", (FORMAT_VERSION,))
"""A figure file: ``"format"`` holds the version."""
MAX_FILE_BYTES: Final = 64_000
MAX_KEYS: Final = 24
MAX_PROPS: Final = 6
MAX_DEPTH: Final = 6
MAX_CYCLE_S: Final = 60.0
POINTS: Final = tuple(sorted(forward_kinematics(Pose())))
"""Every named point of the body (``head``, ``neck``, ``left_knee``, ``right_toe``...)."""


class FigureError(DataError):
    """A figure file could not be read; ``problems`` lists every reason, each ``path: rule``."""


def _whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _read_angles(
    fields: Fields, key: str, camera: str, previous: Mapping[str, float]
) -> dict[str, float]:
    angles = dict(previous)
    raw = fields.obj(key, missing={})
    if raw is None:
        return angles
    reader = Fields(raw, fields.at(key), fields.problems)
    limits = LIMITS[camera]
    for joint in JOINTS:
        if reader.has(joint):
            low, high = limits[joint]
            value = reader.number(joint, _whole(low), _whole(high), "degrees")
            if value is not None:
                angles[joint] = float(value)
    for name in reader.unknown():
        fields.problems.add(reader.at(name), "unknown joint")
    return angles


def _read_place(fields: Fields, previous: Placement) -> Placement:
    raw = fields.obj("place", missing={})
    if raw is None:
        return previous
    reader = Fields(raw, fields.at("place"), fields.problems)
    rotation = reader.number("rotation", -360, 360, "degrees", missing=previous.rotation)
    x = reader.number("x", -2, 2, "body heights", missing=previous.x)
    lift = reader.number("lift", 0, 1, "body heights", missing=previous.lift)
    contacts = previous.contacts
    items = reader.items("contacts", 2, missing=None)
    if items is not None:
        names = [
            check_text(item, index_path(reader.at("contacts"), index), 40, reader.problems)
            for index, item in enumerate(items)
        ]
        if len(items) not in (0, 2):
            reader.problems.add(reader.at("contacts"), "must name two points, or none")
        for index, name in enumerate(names):
            if name is not None and name not in POINTS:
                reader.problems.add(
                    index_path(reader.at("contacts"), index), f"unknown point {shown(name)}"
                )
        contacts = tuple(name for name in names if name)
    reader.refuse_unknown()
    return Placement(
        rotation=previous.rotation if rotation is None else float(rotation),
        x=previous.x if x is None else float(x),
        lift=previous.lift if lift is None else float(lift),
        contacts=contacts,
    )


def _read_key(
    raw: Any, path: str, camera: str, previous: Pose, single: bool, problems: Problems
) -> Key | None:
    data = require_object(raw, path, problems)
    if data is None:
        return None
    fields = Fields(data, path, problems)
    angles = _read_angles(fields, "angles", camera, previous.angles)
    place = _read_place(fields, previous.place)
    hold_s = fields.number("hold_s", 0, 30, "seconds", missing=0.0)
    move_s = fields.number("move_s", 0 if single else 0.05, 30, "seconds", missing=1.0)
    ease = fields.choice("ease", tuple(EASINGS), missing="in-out")
    fields.refuse_unknown()
    if hold_s is None or move_s is None or ease is None:
        return None
    return Key(Pose(angles, place), float(hold_s), float(move_s), ease)


def _read_props(fields: Fields, problems: Problems) -> tuple[Prop, ...]:
    items = fields.items("props", MAX_PROPS, missing=[])
    props: list[Prop] = []
    for index, raw in enumerate(items or ()):
        path = index_path(fields.at("props"), index)
        data = require_object(raw, path, problems)
        if data is None:
            continue
        reader = Fields(data, path, problems)
        kind = reader.choice("kind", PROP_KINDS)
        x = reader.number("x", -2, 2, "body heights", missing=0.0)
        reader.refuse_unknown()
        if kind is not None and x is not None:
            props.append(Prop(kind, float(x)))
    return tuple(props)


def figure_from_dict(data: Any) -> Figure:
    """Validate a decoded JSON value and build a :class:`Figure`; raises :class:`FigureError`."""
    problems = Problems(error=FigureError)
    fields = read_document(data, FIGURE_DOCUMENT, problems)
    figure_id = fields.identifier("id")
    camera = fields.choice("camera", CAMERAS, missing="side") or "side"
    props = _read_props(fields, problems)
    raw_keys = fields.items("keys", MAX_KEYS, empty=False)
    keys: list[Key] = []
    previous = Pose()
    for index, raw in enumerate(raw_keys or ()):
        key = _read_key(
            raw, index_path("keys", index), camera, previous, len(raw_keys) == 1, problems
        )
        if key is not None:
            keys.append(key)
            previous = key.pose
    fields.refuse_unknown()
    if keys and len(keys) > 1:
        cycle = sum(key.hold_s + key.move_s for key in keys)
        if cycle > MAX_CYCLE_S:
            problems.add(
                "keys", f"one loop must take at most {MAX_CYCLE_S:.0f} seconds, got {cycle:.1f}"
            )
    problems.check()
    return Figure(id=figure_id, keys=tuple(keys), camera=camera, props=props)


def parse_figure_bytes(data: bytes, source: str = "") -> Figure:
    """Read a figure from the bytes of a JSON file; errors name ``source``."""
    with raising(FigureError, source):
        return figure_from_dict(decode_json(data, MAX_FILE_BYTES, "figure file", MAX_DEPTH))


def load_figure_file(path: Path) -> Figure:
    """Read and validate one figure file (``<id>.json``); raises :class:`FigureError` only."""
    with raising(FigureError):
        data = read_regular_file(path, MAX_FILE_BYTES, "figure file")
    figure = parse_figure_bytes(data, str(path))
    if figure.id != path.stem:
        raise FigureError(
            [f"id: must match the file name {shown(path.stem)}, got {shown(figure.id)}"], str(path)
        )
    return figure


@dataclass(frozen=True)
class FigureLibrary:
    """The figures found in a folder, by id, and the files that could not be read."""

    figures: Mapping[str, Figure]
    errors: tuple[FigureError, ...] = ()

    def get(self, figure_id: str | None) -> Figure | None:
        """The figure named ``figure_id``, or None (the caller shows a placeholder)."""
        return self.figures.get(figure_id) if figure_id else None


def load_figure_library(folder: Path) -> FigureLibrary:
    """Every ``*.json`` figure in ``folder``; a bad file is reported, never fatal."""
    figures: dict[str, Figure] = {}
    errors: list[FigureError] = []
    try:
        paths = sorted(folder.glob("*.json"))
    except OSError:
        paths = []
    for path in paths:
        try:
            figure = load_figure_file(path)
        except FigureError as error:
            errors.append(error)
        else:
            figures[figure.id] = figure
    return FigureLibrary(figures, tuple(errors))


__all__ = ["FigureError", "FigureLibrary", "figure_from_dict", "key_path", "load_figure_file"]
