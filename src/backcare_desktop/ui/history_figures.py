"""The history's summary figures: minutes this week, the week streaks and the session count."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from backcare_desktop.core.stats import HistoryCharts
from backcare_desktop.ui.history_charts import done_minutes_text, minutes_text
from backcare_desktop.ui.i18n import fill


def _set_figure(label: QLabel, text: str) -> None:
    """Show a summary figure; screen readers hear its caption with it."""
    label.setText(text)
    label.setAccessibleName(f"{label.property('caption')}: {text}")


class HistoryFigures(QWidget):
    """Four big figures over small captions, for the history's header."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.week_figure = self._figure(self.tr("this week"))
        self.streak_figure = self._figure(self.tr("week streak"))
        self.longest_figure = self._figure(self.tr("longest streak"))
        self.total_figure = self._figure(self.tr("sessions"))

    def _figure(self, caption_text: str) -> QLabel:
        """A big figure over a small caption; returns the figure's label."""
        value = QLabel()
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.Bold)
        value.setFont(font)
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        value.setProperty("caption", caption_text)
        caption = QLabel(caption_text)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        box = QVBoxLayout()
        box.setSpacing(0)
        box.addWidget(value)
        box.addWidget(caption)
        self._row.addSpacing(18)
        self._row.addLayout(box)
        return value

    def show_charts(self, charts: HistoryCharts, total: int, rule: str) -> None:
        """Show ``charts``' figures and ``total`` sessions; ``rule`` says how streaks count."""
        this_week = charts.weeks[-1]
        _set_figure(
            self.week_figure,
            fill(
                self.tr("%1 / %2 min"),
                done_minutes_text(this_week.minutes),
                minutes_text(charts.goal.minutes_per_week),
            ),
        )
        self.week_figure.setToolTip(
            fill(
                self.tr("%1 of %2 days done this week"),
                charts.streaks.this_week_goal_days,
                charts.goal.sessions_per_week,
            )
        )
        _set_figure(self.streak_figure, str(charts.streaks.current_weeks))
        _set_figure(self.longest_figure, str(charts.streaks.longest_weeks))
        for figure in (self.week_figure, self.streak_figure, self.longest_figure):
            figure.setAccessibleDescription(rule)
        for figure in (self.streak_figure, self.longest_figure):
            figure.setToolTip(rule)
        _set_figure(self.total_figure, QLocale().toString(total))
