"""The history charts: the data the QML charts draw, and the widget that loads them.

The charts are Qt Graphs 2D (a QML ``GraphsView``, see ``qml/HistoryCharts.qml``) in a
:class:`~backcare_desktop.ui.quick_host.QuickHost`, so the main window does not become an
OpenGL-composed window. This module and :mod:`.history_view` are the only ones that import
Qt Quick, and the main window imports them only when the history is first opened. The QML
itself loads only when there is something to chart (or the view's ``charts_ready`` asks).

:func:`warm_up` prepares the charts ahead, in idle time after start-up (see ``gui``), so the
first open of the history does not pay for what is done once per process.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QDate, QLocale, QObject, QUrl, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtQml import QQmlComponent, QQmlEngine

from backcare_desktop.core.stats import HistoryCharts, WeeklyGoal
from backcare_desktop.ui.i18n import fill
from backcare_desktop.ui.names import display_name
from backcare_desktop.ui.quick_host import QuickHost

QML_FILE = Path(__file__).resolve().parent / "qml" / "HistoryCharts.qml"
QVARIANT_MAP: type = "QVariantMap"  # type: ignore[assignment]  # a Qt type name, which Property takes
CHART_WEEKS = 12
"""Weeks in the minutes-per-week and time-per-muscle charts."""
CALENDAR_WEEKS = 16
"""Weeks in the calendar heat map."""
PAIN_SESSIONS = 30
"""The pain chart shows this many of the latest sessions with pain logged."""
FOCUS_BARS = 8
"""The time-per-muscle chart shows this many muscle groups, most worked first."""
THEME_PROBE = b"import QtGraphs\nGraphsTheme {}"
"""Making a theme runs Qt Graphs' one-off graphics probe (it opens throwaway OpenGL contexts)."""


class ChartsWarmUp:
    """Whether :func:`warm_up` has run in this process."""

    done = False


def warm_up() -> None:
    """Do ahead what the first chart widget of the process would: load Qt Quick and Qt Graphs,
    run Qt Graphs' graphics probe (about 100 ms on software OpenGL) and compile the charts'
    QML (into Qt's QML disk cache, which the widget then reads). Nothing is drawn and nothing
    is kept; calling it twice does nothing more."""
    if ChartsWarmUp.done:
        return
    ChartsWarmUp.done = True
    engine = QQmlEngine()
    probe = QQmlComponent(engine)
    probe.setData(THEME_PROBE, QUrl())
    theme = probe.create()
    if theme is not None:
        theme.deleteLater()
    QQmlComponent(engine, QUrl.fromLocalFile(str(QML_FILE)))  # compiled, not made
    engine.deleteLater()


def goal_rule(goal: WeeklyGoal) -> str:
    """Which days count towards the weekly goal and the streak, in words."""
    return fill(
        QCoreApplication.translate(
            "ChartData",
            "A day counts when its workouts add up to %1 min of exercise, or when you complete "
            "a routine planned for %1 min or more.",
        ),
        minutes_text(goal.minutes_per_session),
    )


def chart_widget(chart_data: ChartData, clear: QColor) -> QuickHost:
    """The QML charts in a widget (without a parent), drawing ``chart_data`` over ``clear`` (the
    window colour). Nothing to do there by keyboard: they take no focus."""
    quick = QuickHost(
        QML_FILE,
        {"chartData": chart_data},
        clear,
        QCoreApplication.translate("ChartData", "History charts"),
    )
    quick.adopt(chart_data)  # the charts' QML goes before their data when the view is deleted
    return quick


def nice_step(largest: float, ticks: int = 5) -> float:
    """A round axis step (1, 2 or 5 times a power of ten) giving about ``ticks`` intervals."""
    rough = max(largest, 1.0) / ticks
    power = 10 ** len(str(int(rough))) / 10 if rough >= 1 else 1.0
    for factor in (1, 2, 5, 10):
        if rough <= factor * power:
            return factor * power
    return 10 * power


def day_level(minutes: float | None, goal: WeeklyGoal, counts: bool) -> int:
    """Heat-map level of a day: 0 none, 1 not counting towards the goal, 2 counting, 3 twice
    the session goal. ``counts``: the day counts (see ``core.stats.goal_seconds``)."""
    if not minutes and not counts:
        return 0
    if not counts:
        return 1
    return 3 if goal.counts((minutes or 0) / 2) else 2


def chart_colours(palette: QPalette) -> dict[str, str]:
    """Strong, readable chart colours for the light or dark palette (Qt Graphs' are pale)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    accent = palette.color(QPalette.ColorRole.Highlight)
    card = palette.color(QPalette.ColorRole.Base)
    heat = [_mix(card, accent, share) for share in (0.45, 0.72, 1.0)]
    return {
        "window": palette.color(QPalette.ColorRole.Window).name(),
        "card": card.name(),
        "border": palette.color(QPalette.ColorRole.Mid).name(),
        "text": palette.color(QPalette.ColorRole.Text).name(),
        "muted": palette.color(QPalette.ColorRole.PlaceholderText).name(),
        "grid": "#3a4047" if dark else "#dde0da",
        "axis": "#8a9097" if dark else "#6b7178",
        "accent": accent.name(),
        "goal": "#f0b44c" if dark else "#b8600f",
        "before": "#ff8f70" if dark else "#c2410c",
        "after": "#7fb2f0" if dark else "#1d5fa8",
        "focus": "#6fa8e8" if dark else "#2c63b8",
        "empty": "#343a40" if dark else "#e6e8e3",
        "heat1": heat[0].name(),
        "heat2": heat[1].name(),
        "heat3": heat[2].name(),
        "today": "#ffffff" if dark else "#1f2328",
        "dark": "true" if dark else "",
    }


def _mix(base: QColor, colour: QColor, share: float) -> QColor:
    return QColor(
        round(base.red() + (colour.red() - base.red()) * share),
        round(base.green() + (colour.green() - base.green()) * share),
        round(base.blue() + (colour.blue() - base.blue()) * share),
    )


def qdate(day: date) -> QDate:
    """``day`` as a QDate (for QLocale's date formats)."""
    return QDate(day.year, day.month, day.day)


class ChartData(QObject):
    """What the QML charts draw, as plain maps of lists (see ``qml/HistoryCharts.qml``).

    ``weeks``: labels, minutes, goal, max, step. ``calendar``: levels (column by column,
    Monday first, -1 for days to come), months, weekdays, today, streak texts, legend.
    ``pain``: before and after as [ms since epoch, value] pairs, from and to. ``focus``:
    names, minutes, max, step. ``colours`` and ``texts`` for the rest.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self._values: dict[str, dict[str, Any]] = {
            "weeks": {"labels": [], "minutes": [], "goal": 0.0, "max": 10.0, "step": 2.0},
            "calendar": {"levels": [], "months": [], "weekdays": [], "today": -1},
            "pain": {"before": [], "after": [], "from": 0.0, "to": 0.0},
            "focus": {"names": [], "minutes": [], "max": 10.0, "step": 2.0},
            "colours": {},
            "texts": {},
        }

    def _get_weeks(self) -> dict[str, Any]:
        return self._values["weeks"]

    def _get_calendar(self) -> dict[str, Any]:
        return self._values["calendar"]

    def _get_pain(self) -> dict[str, Any]:
        return self._values["pain"]

    def _get_focus(self) -> dict[str, Any]:
        return self._values["focus"]

    def _get_colours(self) -> dict[str, Any]:
        return self._values["colours"]

    def _get_texts(self) -> dict[str, Any]:
        return self._values["texts"]

    weeks = Property(QVARIANT_MAP, _get_weeks, notify=changed)
    calendar = Property(QVARIANT_MAP, _get_calendar, notify=changed)
    pain = Property(QVARIANT_MAP, _get_pain, notify=changed)
    focus = Property(QVARIANT_MAP, _get_focus, notify=changed)
    colours = Property(QVARIANT_MAP, _get_colours, notify=changed)
    texts = Property(QVARIANT_MAP, _get_texts, notify=changed)

    def update(self, charts: HistoryCharts, today: date, palette: QPalette) -> None:
        """Take new figures (and colours), then tell the charts once."""
        self._values = {
            "weeks": self._weeks(charts),
            "calendar": self._calendar(charts, today),
            "pain": _pain(charts),
            "focus": _focus(charts),
            "colours": chart_colours(palette),
            "texts": self._texts(charts.goal),
        }
        self.changed.emit()

    def set_colours(self, palette: QPalette) -> None:
        """Follow a new palette (light or dark)."""
        self._values["colours"] = chart_colours(palette)
        self.changed.emit()

    def _weeks(self, charts: HistoryCharts) -> dict[str, Any]:
        minutes = [round(week.minutes, 1) for week in charts.weeks]
        goal = charts.goal.minutes_per_week
        step = nice_step(max([goal, *minutes]) * 1.08)
        return {
            "labels": [self._locale.toString(qdate(week.start), "d MMM") for week in charts.weeks],
            "minutes": minutes,
            "goal": goal,
            "max": step * -(-max([goal, *minutes]) * 1.08 // step),
            "step": step,
        }

    def _calendar(self, charts: HistoryCharts, today: date) -> dict[str, Any]:
        first = today - timedelta(days=today.weekday(), weeks=CALENDAR_WEEKS - 1)
        days = [first + timedelta(days=offset) for offset in range(CALENDAR_WEEKS * 7)]
        levels = [
            -1
            if day > today
            else day_level(charts.days.get(day), charts.goal, day in charts.goal_days)
            for day in days
        ]
        months, last_label = [], -3
        for column in range(CALENDAR_WEEKS):
            monday = days[column * 7]
            starts = column == 0 or monday.month != days[column * 7 - 7].month
            if starts and column - last_label >= 3:
                months.append(self._locale.monthName(monday.month, QLocale.FormatType.ShortFormat))
                last_label = column
            else:
                months.append("")
        streaks = charts.streaks
        goal = charts.goal
        return {
            "levels": levels,
            "months": months,
            "weekdays": [
                self._locale.dayName(number, QLocale.FormatType.ShortFormat) if number % 2 else ""
                for number in range(1, 8)
            ],
            "today": (today - first).days,
            "current": streaks.current_weeks,
            "longest": streaks.longest_weeks,
            "streakText": fill(self.tr("Streak now (weeks): %1"), streaks.current_weeks),
            "longestText": fill(self.tr("Longest (weeks): %1"), streaks.longest_weeks),
            "goalText": fill(
                self.tr("Weekly goal: %1 × %2 min"),
                goal.sessions_per_week,
                minutes_text(goal.minutes_per_session),
            ),
            "legend": [
                self.tr("no workout"),
                fill(self.tr("under %1 min"), minutes_text(goal.minutes_per_session)),
                fill(self.tr("%1 min+"), minutes_text(goal.minutes_per_session)),
                fill(self.tr("%1 min+"), minutes_text(2 * goal.minutes_per_session)),
            ],
        }

    def _texts(self, goal: WeeklyGoal) -> dict[str, str]:
        return {
            "weeksTitle": self.tr("Minutes per week"),
            "goalLegend": fill(self.tr("goal %1 min"), minutes_text(goal.minutes_per_week)),
            "minutesAxis": self.tr("minutes"),
            "weekAxis": self.tr("week starting"),
            "calendarTitle": fill(self.tr("Last %1 weeks"), CALENDAR_WEEKS),
            "painTitle": fill(self.tr("Pain before and after (latest %1 logged)"), PAIN_SESSIONS),
            "painAxis": self.tr("pain 0-10"),
            "before": self.tr("before"),
            "after": self.tr("after"),
            "noPain": self.tr("No pain logged yet. Rate it after a workout to see the trend."),
            "focusTitle": fill(self.tr("Time per muscle group, last %1 weeks"), CHART_WEEKS),
            "noFocus": fill(self.tr("No workouts in the last %1 weeks."), CHART_WEEKS),
            "chartsName": self.tr("History charts"),
        }


def minutes_text(minutes: float) -> str:
    """Minutes without a needless ``.0`` (``10``, ``7.5``)."""
    return f"{minutes:g}"


def done_minutes_text(minutes: float) -> str:
    """Minutes done as the charts label them: one decimal under 10 (``0.5``), whole from 10 on.

    The chart's week bars carry tenths, so "0 / 30 min" beside a 0.5-minute bar never shows.
    """
    decimals = 1 if 0 < minutes < 9.95 else 0
    return QLocale().toString(float(minutes), "f", decimals)


def _pain(charts: HistoryCharts) -> dict[str, Any]:
    points = charts.pain[-PAIN_SESSIONS:]
    stamps = [point.started.timestamp() * 1000 for point in points]
    before = [[at, p.before] for at, p in zip(stamps, points, strict=True) if p.before is not None]
    after = [[at, p.after] for at, p in zip(stamps, points, strict=True) if p.after is not None]
    margin = 12 * 3600 * 1000
    return {
        "before": before,
        "after": after,
        "from": (stamps[0] - margin) if stamps else 0.0,
        "to": (stamps[-1] + margin) if stamps else 0.0,
    }


def _focus(charts: HistoryCharts) -> dict[str, Any]:
    shown = list(charts.focus.items())[:FOCUS_BARS]
    minutes = [round(seconds / 60, 1) for _, seconds in shown]
    step = nice_step(max(minutes, default=0.0) * 1.05)
    return {
        "names": [display_name(name) for name, _ in shown],
        "minutes": minutes,
        "max": step * -(-max(minutes, default=0.0) * 1.05 // step) or step,
        "step": step,
    }
