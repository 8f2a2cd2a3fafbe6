"""The "Running and your back" chart's data: weeks of running km, back-care minutes and pain.

:class:`RunsChartData` is what ``qml/RunsChart.qml`` draws (plain maps of lists, like the
history charts' ``ChartData``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Property, QDate, QLocale, QObject, Signal
from PySide6.QtGui import QPalette

from backcare_desktop.core.runs.weekly import RunWeek
from backcare_desktop.ui.history_charts import QVARIANT_MAP, chart_colours, nice_step

RUN_WEEKS = 16
"""Weeks the chart shows, up to this one."""


def runs_colours(palette: QPalette) -> dict[str, str]:
    """The history charts' colours plus the spike marks' and the back-care line's."""
    colours = chart_colours(palette)
    dark = bool(colours["dark"])
    colours["spike"] = "#f0b44c" if dark else "#b8600f"
    colours["minutes"] = "#7fd1a8" if dark else "#1f7a4d"
    colours["morning"] = "#c9a0f0" if dark else "#7b3fb5"
    return colours


def _axis(
    values: Sequence[float], floor: float, room: float = 1.15, ticks: int = 5
) -> tuple[float, float]:
    """(max, step) of a value axis with room above the largest value (for labels, marks)."""
    largest = max([floor, *values]) * room
    step = nice_step(largest, ticks)
    return step * -(-largest // step), step


class RunsChartData(QObject):
    """``weeks``: labels, km, spikes, minutes, pain before, after and in the morning (-1 where
    none), axis maxima."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, dict[str, Any]] = {
            "weeks": {
                "labels": [],
                "km": [],
                "spikes": [],
                "minutes": [],
                "before": [],
                "after": [],
                "morning": [],
                "kmMax": 10.0,
                "kmStep": 2.0,
                "minutesMax": 10.0,
                "minutesStep": 2.0,
            },
            "colours": {},
            "texts": {},
        }

    def _get_weeks(self) -> dict[str, Any]:
        return self._values["weeks"]

    def _get_colours(self) -> dict[str, Any]:
        return self._values["colours"]

    def _get_texts(self) -> dict[str, Any]:
        return self._values["texts"]

    weeks = Property(QVARIANT_MAP, _get_weeks, notify=changed)
    colours = Property(QVARIANT_MAP, _get_colours, notify=changed)
    texts = Property(QVARIANT_MAP, _get_texts, notify=changed)

    def update(self, weeks: Sequence[RunWeek], palette: QPalette) -> None:
        """Take new weeks (and colours), then tell the chart once."""
        locale = QLocale()
        km = [week.run_km for week in weeks]
        minutes = [week.backcare_minutes for week in weeks]
        km_max, km_step = _axis(km, 5.0, room=1.45)  # bar labels and spike marks above
        minutes_max, minutes_step = _axis(minutes, 10.0, ticks=2)  # a short row
        self._values = {
            "weeks": {
                "labels": [
                    locale.toString(QDate(w.start.year, w.start.month, w.start.day), "d MMM")
                    for w in weeks
                ],
                "km": [round(value, 1) for value in km],
                "spikes": [week.spikes for week in weeks],
                "minutes": minutes,
                "before": [-1 if w.pain_before is None else w.pain_before for w in weeks],
                "after": [-1 if w.pain_after is None else w.pain_after for w in weeks],
                "morning": [-1 if w.morning_pain is None else w.morning_pain for w in weeks],
                "kmMax": km_max,
                "kmStep": km_step,
                "minutesMax": minutes_max,
                "minutesStep": minutes_step,
            },
            "colours": runs_colours(palette),
            "texts": self._texts(),
        }
        self.changed.emit()

    def set_colours(self, palette: QPalette) -> None:
        """Follow a new palette (light or dark)."""
        self._values["colours"] = runs_colours(palette)
        self.changed.emit()

    def _texts(self) -> dict[str, str]:
        return {
            "title": self.tr("Running and your back"),
            "kmLegend": self.tr("running km"),
            "spikeLegend": self.tr("longer-run spike"),
            "minutesLegend": self.tr("back-care minutes"),
            "beforeLegend": self.tr("pain before"),
            "afterLegend": self.tr("pain after"),
            "morningLegend": self.tr("morning pain"),
            "kmAxis": self.tr("km"),
            "minutesAxis": self.tr("min"),
            "painAxis": self.tr("pain"),
            "weekAxis": self.tr("week starting"),
        }
