"""The "Report for your physio" PDF, drawn with Qt's own PDF writer (QPdfWriter + QPainter).

Content comes from :func:`backcare_desktop.core.report.build_report`; this module lays it out
on A4 or Letter paper: the programme and adherence per week, the routines done, a pain chart
(before, after, morning; told apart by line style and marker as well as colour, so a black and
white print reads), the flare-ups and the notes. Long sections continue on new pages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from backcare_desktop.core.pain_rules import Light
from backcare_desktop.core.report import FlareUp, PainPoint, ReportData
from backcare_desktop.core.text import QT_TRANSLATE_NOOP
from backcare_desktop.ui.i18n import fill

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
DPI = 300
MARGIN_MM = 18


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhysioReport", text)


def _day(day: date | None) -> str:
    return day.isoformat() if day else "-"


class _Page:
    """A cursor over the pages of a QPdfWriter: text, tables and a chart, breaking pages."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.painter = painter
        self.mm = DPI / 25.4
        rect = writer.pageLayout().paintRectPixels(DPI)
        self.width = rect.width()
        self.height = rect.height()
        self.y = 0.0
        self.page = 1
        self._footer()

    def font(self, size: float, bold: bool = False) -> None:
        font = QFont("Sans Serif")
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)

    def _footer(self) -> None:
        self.font(8)
        self.painter.setPen(QColor("#555555"))
        text = fill(QCoreApplication.translate("PhysioReport", "Page %1"), str(self.page))
        bottom = QRectF(0, self.height - 6 * self.mm, self.width, 6 * self.mm)
        self.painter.drawText(bottom, int(Qt.AlignmentFlag.AlignRight), text)
        self.painter.setPen(QColor("black"))

    def new_page(self) -> None:
        self.writer.newPage()
        self.page += 1
        self.y = 0.0
        self._footer()

    def room(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the cursor."""
        if self.y + height > self.height - 10 * self.mm:
            self.new_page()

    def text(self, text: str, size: float = 10, bold: bool = False, gap_mm: float = 2) -> None:
        self.font(size, bold)
        flags = int(Qt.TextFlag.TextWordWrap)
        bound = self.painter.boundingRect(QRectF(0, 0, self.width, 10**6), flags, text)
        self.room(bound.height())
        self.painter.drawText(QRectF(0, self.y, self.width, bound.height()), flags, text)
        self.y += bound.height() + gap_mm * self.mm

    def heading(self, text: str) -> None:
        self.room(30 * self.mm)  # keep a heading with some of what follows
        self.y += 3 * self.mm
        self.text(text, 13, bold=True, gap_mm=1.5)

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        """Rows of cells that wrap within their column; a row never splits over pages."""
        columns = [sum(widths[:index]) * self.width for index in range(len(widths))]
        pad = 1.2 * self.mm
        flags = int(Qt.TextFlag.TextWordWrap)

        def draw(cells: Sequence[str], bold: bool) -> None:
            self.font(9.5, bold)
            rects = [
                self.painter.boundingRect(
                    QRectF(0, 0, width * self.width - 2 * self.mm, 10**6), flags, cell
                )
                for width, cell in zip(widths, cells, strict=True)
            ]
            height = max(rect.height() for rect in rects) + 2 * pad
            self.room(height)
            for x, width, cell in zip(columns, widths, cells, strict=True):
                cell_rect = QRectF(x, self.y + pad, width * self.width - 2 * self.mm, height)
                self.painter.drawText(cell_rect, flags, cell)
            self.y += height

        draw(header, True)
        self.painter.drawLine(QPointF(0, self.y), QPointF(self.width, self.y))
        for row in rows:
            draw(row, False)
        self.y += 2 * self.mm


_SERIES: tuple[tuple[str, str, Qt.PenStyle, Callable[[PainPoint], int | None]], ...] = (
    (
        QT_TRANSLATE_NOOP("PhysioReport", "Before"),
        "#1f5fa8",
        Qt.PenStyle.SolidLine,
        lambda point: point.before,
    ),
    (
        QT_TRANSLATE_NOOP("PhysioReport", "After"),
        "#b3401b",
        Qt.PenStyle.DashLine,
        lambda point: point.after,
    ),
    (
        QT_TRANSLATE_NOOP("PhysioReport", "Morning"),
        "#2e7d32",
        Qt.PenStyle.DotLine,
        lambda point: point.morning,
    ),
)


def _chart(page: _Page, points: Sequence[PainPoint], first: date, last: date) -> None:
    """Pain 0-10 over time: one line per series, with markers, axes and a legend."""
    mm = page.mm
    height = 70 * mm
    page.room(height + 14 * mm)
    painter = page.painter
    left, top = 12 * mm, page.y + 2 * mm
    width = page.width - left - 2 * mm
    span = max(1, (last - first).days)

    def x_of(day: date) -> float:
        return left + width * (day - first).days / span

    def y_of(value: float) -> float:
        return top + height * (1 - value / 10)

    page.font(8)
    painter.setPen(QPen(QColor("#bbbbbb"), 0.2 * mm))
    for value in (0, 2, 4, 6, 8, 10):
        painter.drawLine(QPointF(left, y_of(value)), QPointF(left + width, y_of(value)))
        painter.setPen(QColor("black"))
        painter.drawText(
            QRectF(0, y_of(value) - 3 * mm, left - 2 * mm, 6 * mm),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(value),
        )
        painter.setPen(QPen(QColor("#bbbbbb"), 0.2 * mm))
    painter.setPen(QColor("black"))
    for day, align in ((first, Qt.AlignmentFlag.AlignLeft), (last, Qt.AlignmentFlag.AlignRight)):
        painter.drawText(
            QRectF(left, top + height + 1 * mm, width, 5 * mm), int(align), day.isoformat()
        )
    legend_x = left
    for index, (name, colour, style, value_of) in enumerate(_SERIES):
        pen = QPen(QColor(colour), 0.6 * mm, style)
        painter.setPen(pen)
        path = QPainterPath()
        started = False
        for point in points:
            pain = value_of(point)
            if pain is None:
                continue
            spot = QPointF(x_of(point.day), y_of(pain))
            if started:
                path.lineTo(spot)
            else:
                path.moveTo(spot)
            started = True
            _marker(painter, spot, index, colour, mm)
        painter.setPen(pen)
        painter.drawPath(path)
        legend_y = top + height + 8 * mm
        painter.drawLine(QPointF(legend_x, legend_y), QPointF(legend_x + 10 * mm, legend_y))
        _marker(painter, QPointF(legend_x + 5 * mm, legend_y), index, colour, mm)
        painter.setPen(QColor("black"))
        label = _tr(name)
        painter.drawText(QPointF(legend_x + 12 * mm, legend_y + 1.2 * mm), label)
        legend_x += 16 * mm + painter.fontMetrics().horizontalAdvance(label)
    page.y = top + height + 14 * mm


def _marker(painter: QPainter, spot: QPointF, kind: int, colour: str, mm: float) -> None:
    painter.save()
    painter.setPen(QPen(QColor(colour), 0.3 * mm))
    painter.setBrush(QColor(colour))
    size = 1.1 * mm
    if kind == 0:
        painter.drawEllipse(spot, size, size)
    elif kind == 1:
        painter.drawRect(QRectF(spot.x() - size, spot.y() - size, 2 * size, 2 * size))
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(spot, size, size)
    painter.restore()


_LIGHTS = {
    Light.GREEN: QT_TRANSLATE_NOOP("PhysioReport", "green"),
    Light.AMBER: QT_TRANSLATE_NOOP("PhysioReport", "amber"),
    Light.RED: QT_TRANSLATE_NOOP("PhysioReport", "red"),
}
_FLARE_KINDS = {
    "red_week": QT_TRANSLATE_NOOP("PhysioReport", "Red week"),
    "red_flag": QT_TRANSLATE_NOOP("PhysioReport", "Warning signs reported"),
    "gate": QT_TRANSLATE_NOOP("PhysioReport", "High pain before a workout"),
}


def write_report(data: ReportData, path: Path, paper: str = "A4", disclaimer: str = "") -> int:
    """Write the report to ``path`` on ``paper`` (``A4`` or ``Letter``); return the page count."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(QCoreApplication.translate("PhysioReport", "Report for your physio"))
    writer.setCreator("backcare-desktop")
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    layout = QPageLayout(
        QPageSize(PAGE_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    painter = QPainter(writer)
    try:
        page = _Page(writer, painter)
        _write_sections(page, data, disclaimer)
        return page.page
    finally:
        painter.end()


def _flare_detail(flare_up: FlareUp) -> str:
    """The flare-up's details; for warning signs, whether and when a doctor checked."""
    if flare_up.kind != "red_flag":
        return flare_up.detail
    if flare_up.cleared_on is None:
        return fill(
            QCoreApplication.translate("PhysioReport", "%1. Not yet checked by a doctor."),
            flare_up.detail,
        )
    return fill(
        QCoreApplication.translate("PhysioReport", "%1. Checked by a doctor: cleared on %2."),
        flare_up.detail,
        _day(flare_up.cleared_on),
    )


def _write_sections(page: _Page, data: ReportData, disclaimer: str) -> None:
    page.text(QCoreApplication.translate("PhysioReport", "Report for your physio"), 18, bold=True)
    if data.first and data.last:
        page.text(
            fill(
                QCoreApplication.translate("PhysioReport", "What was logged from %1 to %2."),
                _day(data.first),
                _day(data.last),
            )
        )
    else:
        page.text(QCoreApplication.translate("PhysioReport", "Nothing has been logged yet."))
    if disclaimer:
        page.text(disclaimer, 9)
    page.heading(QCoreApplication.translate("PhysioReport", "Programme"))
    if data.programme_title:
        page.text(
            fill(
                QCoreApplication.translate("PhysioReport", "%1, started on %2; current level %3."),
                data.programme_title,
                _day(data.started_on),
                str(data.level),
            )
        )
        page.heading(
            QCoreApplication.translate(
                "PhysioReport", "Adherence: sessions planned and done per week"
            )
        )
        page.table(
            [
                QCoreApplication.translate("PhysioReport", "Week"),
                QCoreApplication.translate("PhysioReport", "Planned"),
                QCoreApplication.translate("PhysioReport", "Done"),
                QCoreApplication.translate("PhysioReport", "Light"),
            ],
            [
                [
                    str(w.number),
                    str(w.planned),
                    str(w.done),
                    _tr(_LIGHTS[w.light]) if w.light else "-",
                ]
                for w in data.weeks
            ],
            [0.2, 0.2, 0.2, 0.4],
        )
    else:
        page.text(QCoreApplication.translate("PhysioReport", "No programme is followed."))
    page.heading(QCoreApplication.translate("PhysioReport", "Pain over time (0-10)"))
    if data.pain and data.first and data.last:
        _chart(page, data.pain, data.first, data.last)
    else:
        page.text(QCoreApplication.translate("PhysioReport", "No pain was logged."))
    page.heading(QCoreApplication.translate("PhysioReport", "Flare-ups"))
    if data.flare_ups:
        page.table(
            [
                QCoreApplication.translate("PhysioReport", "Day"),
                QCoreApplication.translate("PhysioReport", "What happened"),
                QCoreApplication.translate("PhysioReport", "Details"),
            ],
            [[_day(f.day), _tr(_FLARE_KINDS[f.kind]), _flare_detail(f)] for f in data.flare_ups],
            [0.18, 0.3, 0.52],
        )
    else:
        page.text(QCoreApplication.translate("PhysioReport", "None logged."))
    page.heading(QCoreApplication.translate("PhysioReport", "Routines done"))
    page.table(
        [
            QCoreApplication.translate("PhysioReport", "Routine"),
            QCoreApplication.translate("PhysioReport", "Sessions"),
        ],
        [[title, str(count)] for title, count in data.routines] or [["-", "0"]],
        [0.7, 0.3],
    )
    page.heading(QCoreApplication.translate("PhysioReport", "Notes"))
    for day, note in data.notes or (
        (None, QCoreApplication.translate("PhysioReport", "No notes were written.")),
    ):
        page.text(f"{_day(day)}: {note}" if day else note, 10, gap_mm=1.5)
