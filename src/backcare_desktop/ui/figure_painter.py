"""Paints a figure frame with QPainter: rounded limbs, a floor line, props, tinted muscles.

All colours come from a :class:`FigureColours` built from the palette, so the figure reads in
light and dark themes alike. Geometry comes from the core model (``core.figures``); this module
only turns points into shapes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from backcare_desktop.core.figures.motion import Figure, Frame, Prop
from backcare_desktop.core.figures.skeleton import HEAD_RADIUS, radius

Bounds = tuple[float, float, float, float]
"""left, bottom, right, top in body heights."""

MARGIN = 0.06
CHAIR_SEAT = 0.26
CHAIR_HALF = 0.12
CHAIR_BACK = 0.52
BARRE_HEIGHT = 0.58
PROP_HEIGHT = 1.05
TOP_MAT_HALF_WIDTH = 0.18
"""Half a yoga mat's width (61 cm for a 1.7 m body) in body heights, seen from above."""
TOP_MAT_MARGIN = 0.05
_ARM_POINTS = ("shoulder", "elbow", "wrist", "hand")


@dataclass(frozen=True)
class FigureColours:
    """The colours of one drawing: body near and far, muscles, props, floor and mat."""

    near: QColor
    far: QColor
    muscle: QColor
    muscle_far: QColor
    prop: QColor
    floor: QColor
    mat: QColor
    window: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> FigureColours:
        """Colours blended from the palette's text, window, mid and highlight roles."""
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        accent = palette.color(QPalette.ColorRole.Highlight)
        mid = palette.color(QPalette.ColorRole.Mid)
        return cls(
            near=_blend(text, window, 0.18),
            far=_blend(text, window, 0.4),
            muscle=accent,
            muscle_far=_blend(accent, window, 0.35),
            prop=_blend(text, window, 0.6),
            floor=_blend(mid, text, 0.2),
            mat=_blend(accent, window, 0.72),
            window=window,
        )


def _blend(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` of the way towards ``other``."""
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * amount,
        colour.greenF() + (other.greenF() - colour.greenF()) * amount,
        colour.blueF() + (other.blueF() - colour.blueF()) * amount,
    )


# Muscles as strokes over segments: (from, to, start fraction, end fraction, side) where side is
# +1 for the front of the segment, -1 for its back, 0 for the whole width.
MUSCLE_STROKES: Mapping[str, tuple[tuple[str, str, float, float, int], ...]] = {
    "glutes": (("hip", "knee", -0.05, 0.3, -1),),
    "hamstrings": (("hip", "knee", 0.3, 0.9, -1),),
    "quads": (("hip", "knee", 0.15, 0.9, 1),),
    "hips": (("hip", "knee", -0.05, 0.3, 1),),
    "calves": (("knee", "ankle", 0.1, 0.6, -1),),
    "shoulders": (("shoulder", "elbow", 0.0, 0.45, 0),),
    "arms": (("shoulder", "elbow", 0.35, 1.0, 0), ("elbow", "wrist", 0.0, 0.9, 0)),
    "core": (("pelvis", "chest", 0.15, 0.95, 1),),
    "back": (("pelvis", "neck", 0.05, 0.85, -1),),
}
_TORSO = ("pelvis", "waist", "chest", "neck")
_LIMB_CHAINS = (
    ("hip", "knee", "ankle"),
    ("ankle", "heel"),
    ("ankle", "ball", "toe"),
    ("heel", "ball"),
    ("shoulder", "elbow", "wrist", "hand"),
)


BOUNDS_SAMPLES = 24
"""Frames per loop, besides the key poses, that the fitted box must hold."""


def figure_bounds(figure: Figure) -> Bounds:
    """The box holding the whole motion (key poses and frames between), the props and the
    floor, with a margin; for the figure facing right."""
    frames = [figure.key_points(index) for index in range(len(figure.keys))]
    if not figure.is_hold:
        frames += [
            figure.frame_at(figure.cycle_s * step / BOUNDS_SAMPLES)
            for step in range(BOUNDS_SAMPLES)
        ]
    xs: list[float] = []
    ys: list[float] = [0.0]
    for frame in frames:
        for name, (x, y) in frame.points.items():
            xs += (x - radius(name), x + radius(name))
            ys += (y - radius(name), y + radius(name))
    for prop in figure.props:
        if prop.kind == "mat":
            continue
        half = CHAIR_HALF if prop.kind == "chair" else 0.03
        xs += (prop.x - half, prop.x + half)
        ys.append({"chair": CHAIR_BACK, "barre": BARRE_HEIGHT + 0.03}.get(prop.kind, PROP_HEIGHT))
    return min(xs) - MARGIN, min(ys) - MARGIN / 2, max(xs) + MARGIN, max(ys) + MARGIN


@dataclass(frozen=True)
class _Canvas:
    """One paint call: the painter, the mapping to pixels and the frame being drawn."""

    painter: QPainter
    scale: float
    cx: float
    floor_y: float
    frame: Frame

    def at(self, x: float, y: float) -> QPointF:
        """Model coordinates (body heights, y up) to pixels."""
        return QPointF(self.cx + x * self.scale, self.floor_y - y * self.scale)

    def point(self, name: str) -> QPointF:
        """The pixel position of a named body point."""
        return self.at(*self.frame.points[name])

    def capsule(self, a: QPointF, b: QPointF, ra: float, rb: float, colour: QColor) -> None:
        """A rounded, tapered limb from ``a`` to ``b`` with radii in body heights."""
        ra, rb = ra * self.scale, rb * self.scale
        painter = self.painter
        painter.setBrush(colour)
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy)
        if length > 1e-6:
            nx, ny = -dy / length, dx / length
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(a.x() + nx * ra, a.y() + ny * ra),
                        QPointF(b.x() + nx * rb, b.y() + ny * rb),
                        QPointF(b.x() - nx * rb, b.y() - ny * rb),
                        QPointF(a.x() - nx * ra, a.y() - ny * ra),
                    ]
                )
            )
        painter.drawEllipse(a, ra, ra)
        painter.drawEllipse(b, rb, rb)

    def polygon(self, names: tuple[str, ...], colour: QColor) -> None:
        """A filled polygon through named body points (the sole of a foot)."""
        self.painter.setBrush(colour)
        self.painter.drawPolygon(QPolygonF([self.point(name) for name in names]))

    def segment(self, a: str, b: str, colour: QColor) -> None:
        """The body segment between two named points."""
        self.capsule(self.point(a), self.point(b), radius(a), radius(b), colour)


class FigurePainter:
    """Draws frames of one figure into a rectangle, scaled to fit its whole motion."""

    def __init__(self, figure: Figure, muscles: Iterable[str], colours: FigureColours) -> None:
        self.figure = figure
        self.muscles = tuple(muscles)
        self.colours = colours
        self.bounds = figure_bounds(figure)

    def paint(self, painter: QPainter, rect: QRectF, frame: Frame) -> None:
        """Paint ``frame`` centred in ``rect``, standing on a floor line near its bottom."""
        left, bottom, right, top = self.bounds
        if frame.mirrored:
            left, right = -right, -left
        scale = min(rect.width() / (right - left), rect.height() / (top - bottom))
        canvas = _Canvas(
            painter,
            scale,
            rect.center().x() - (left + right) / 2 * scale,
            rect.center().y() + (top + bottom) / 2 * scale,
            frame,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        self._ground(canvas, left, right)
        for prop in self.figure.props:
            self._prop(canvas, prop)
        near, far = ("left", "right") if frame.mirrored else ("right", "left")
        colours = self.colours
        if self.figure.camera == "side":
            self._limbs(canvas, far, colours.far, colours.muscle_far, ("leg", "arm"))
            self._torso(canvas)
            self._limbs(canvas, near, colours.near, colours.muscle, ("leg", "arm"))
        else:
            for side in (far, near):
                self._limbs(canvas, side, colours.near, colours.muscle, ("leg",))
            self._torso(canvas)
            for side in (far, near):
                self._limbs(canvas, side, colours.near, colours.muscle, ("arm",))
        painter.restore()

    # -- pieces -----------------------------------------------------------------------------------

    def _ground(self, canvas: _Canvas, left: float, right: float) -> None:
        has_mat = any(prop.kind == "mat" for prop in self.figure.props)
        xs = [x for x, _ in canvas.frame.points.values()]
        lo, hi = min(xs) - MARGIN / 2, max(xs) + MARGIN / 2
        if self.figure.camera == "top":
            if has_mat:
                self._mat_from_above(canvas)
            return
        if has_mat:
            rect = QRectF(canvas.at(lo, 0.016), canvas.at(hi, 0.0)).normalized()
            self._rounded(canvas, rect, 0.008, self.colours.mat)
        pen = QPen(self.colours.floor, max(1.0, 0.008 * canvas.scale))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        canvas.painter.setPen(pen)
        canvas.painter.drawLine(canvas.at(left, 0.0), canvas.at(right, 0.0))
        canvas.painter.setPen(Qt.PenStyle.NoPen)

    def _mat_from_above(self, canvas: _Canvas) -> None:
        """A mat seen from above: a filled strip along the pelvis, as wide as a yoga mat
        (the arms reach out past its edges), so the figure reads as lying on it."""
        points = canvas.frame.points
        (px, py), (nx, ny) = points["pelvis"], points["waist"]
        length = math.hypot(nx - px, ny - py) or 1.0
        ux, uy = (nx - px) / length, (ny - py) / length
        along = [
            (x - px) * ux + (y - py) * uy
            for name, (x, y) in points.items()
            if not name.endswith(_ARM_POINTS)
        ]
        start, end = min(along) - TOP_MAT_MARGIN, max(along) + TOP_MAT_MARGIN
        painter = canvas.painter
        painter.save()
        painter.translate(canvas.at(px, py))
        painter.rotate(-math.degrees(math.atan2(uy, ux)))
        scale = canvas.scale
        rect = QRectF(start * scale, -TOP_MAT_HALF_WIDTH * scale, (end - start) * scale, 0)
        rect.setHeight(2 * TOP_MAT_HALF_WIDTH * scale)
        self._rounded(canvas, rect, 0.02, self.colours.mat)
        painter.restore()

    @staticmethod
    def _rounded(canvas: _Canvas, rect: QRectF, corner: float, colour: QColor) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, corner * canvas.scale, corner * canvas.scale)
        canvas.painter.fillPath(path, colour)

    def _prop(self, canvas: _Canvas, prop: Prop) -> None:
        if prop.kind == "mat":
            return
        sign = -1.0 if canvas.frame.mirrored else 1.0
        x = prop.x * sign
        colour = self.colours.prop
        bar = 0.016
        if prop.kind == "wall":
            canvas.capsule(canvas.at(x, 0.0), canvas.at(x, PROP_HEIGHT), 0.012, 0.012, colour)
        elif prop.kind == "pole":
            canvas.capsule(canvas.at(x, 0.0), canvas.at(x, PROP_HEIGHT), 0.014, 0.014, colour)
        elif prop.kind == "barre":
            canvas.capsule(canvas.at(x, 0.0), canvas.at(x, BARRE_HEIGHT), bar / 2, bar / 2, colour)
            canvas.capsule(
                canvas.at(x, BARRE_HEIGHT), canvas.at(x, BARRE_HEIGHT), 0.024, 0.024, colour
            )
        elif prop.kind == "chair":
            away = sign * (1.0 if prop.x >= 0 else -1.0)
            front, back = x - CHAIR_HALF * away, x + CHAIR_HALF * away
            for a, b in (
                ((front, 0.0), (front, CHAIR_SEAT)),
                ((front, CHAIR_SEAT), (back, CHAIR_SEAT)),
                ((back, 0.0), (back, CHAIR_BACK)),
            ):
                canvas.capsule(canvas.at(*a), canvas.at(*b), bar / 2, bar / 2, colour)

    def _limbs(
        self, canvas: _Canvas, side: str, colour: QColor, muscle: QColor, parts: tuple[str, ...]
    ) -> None:
        for chain in _LIMB_CHAINS:
            part = "arm" if chain[0] == "shoulder" else "leg"
            if part not in parts:
                continue
            for start, end in pairwise(chain):
                canvas.segment(f"{side}_{start}", f"{side}_{end}", colour)
            if part == "leg" and chain[0] == "ankle":
                canvas.polygon((f"{side}_ankle", f"{side}_heel", f"{side}_ball"), colour)
        for name in self.muscles:
            for start, end, t0, t1, front in MUSCLE_STROKES.get(name, ()):
                part = "arm" if start in ("shoulder", "elbow") else "leg"
                if start != "pelvis" and part in parts:
                    self._muscle(canvas, f"{side}_{start}", f"{side}_{end}", t0, t1, front, muscle)

    def _muscle(
        self, canvas: _Canvas, a: str, b: str, t0: float, t1: float, front: int, colour: QColor
    ) -> None:
        """A tinted band over part of segment ``a``-``b``, on its front or back."""
        (ax, ay), (bx, by) = canvas.frame.points[a], canvas.frame.points[b]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy) or 1.0
        # For a limb pointing down, (-dy, dx) is the way a right-facing figure faces.
        nx, ny = -dy / length, dx / length
        if canvas.frame.mirrored:
            nx, ny = -nx, -ny
        if a in _TORSO:
            nx, ny = -nx, -ny
        if self.figure.camera != "side":
            front = 0
        ra, rb = radius(a), radius(b)
        r0, r1 = ra + (rb - ra) * max(t0, 0.0), ra + (rb - ra) * t1
        p0 = (ax + dx * t0 + nx * front * r0 * 0.45, ay + dy * t0 + ny * front * r0 * 0.45)
        p1 = (ax + dx * t1 + nx * front * r1 * 0.45, ay + dy * t1 + ny * front * r1 * 0.45)
        width = 0.55 if front else 0.7
        canvas.capsule(canvas.at(*p0), canvas.at(*p1), r0 * width, r1 * width, colour)

    def _torso(self, canvas: _Canvas) -> None:
        colour = self.colours.near
        for start, end in pairwise(_TORSO):
            canvas.segment(start, end, colour)
        if self.figure.camera != "side":
            for side in ("left", "right"):
                canvas.segment("neck", f"{side}_shoulder", colour)
                canvas.segment("pelvis", f"{side}_hip", colour)
        for name in self.muscles:
            for start, end, t0, t1, front in MUSCLE_STROKES.get(name, ()):
                if start == "pelvis":
                    self._muscle(canvas, start, end, t0, t1, front, self.colours.muscle)
        canvas.capsule(
            canvas.point("neck"), canvas.point("head"), radius("neck"), radius("neck"), colour
        )
        canvas.capsule(canvas.point("head"), canvas.point("head"), HEAD_RADIUS, HEAD_RADIUS, colour)
