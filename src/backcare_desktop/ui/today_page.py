"""The Today page: the first page when a programme is followed.

It shows today's session (routine, level, minutes) with one key to start it (Enter), the week's
planned vs done sessions, the traffic light with its reason in plain words, and what to do on a
red light or after a warning sign. It only shows a :class:`TodayView` and emits what the user
asked for; the main window does the rest.

At start-up, before the history is open, it can show a placeholder of the same layout
(:meth:`TodayPage.show_placeholder`): the programme's title and a disabled Start, filled in when
the plan has been read. So that the placeholder costs little, the plan's modules are imported
when a view is first shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.ui.i18n import fill

if TYPE_CHECKING:
    from backcare_desktop.core.enrolment import PlanStatus
    from backcare_desktop.core.pain_rules import Reason
    from backcare_desktop.core.routine import Routine


@dataclass(frozen=True)
class TodayView:
    """What the page shows: the plan, today's routine (localized), and a change worth saying."""

    status: PlanStatus
    routine: Routine | None
    flare_up: Routine | None
    change: Reason | None = None


def _label(name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class TodayPage(QWidget):
    """Today's session, the week, the light and why; Enter starts the session."""

    start_requested = Signal(str, int)  # routine id, level
    flare_up_requested = Signal()
    routines_requested = Signal()
    red_flags_requested = Signal()
    resume_requested = Signal()
    doctor_checked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.view: TodayView | None = None
        self.title = _label("detailsTitle")
        self.week_label = _label("detailsMeta")
        self.week_label.setToolTip(
            self.tr(
                "Each session runs at the level the plan gives it, or at your level if that is "
                "lower."
            )
        )
        self.session_title = _label("nextLabel")
        self.session_meta = _label()
        self.start_button = QPushButton(self.tr("&Start (Enter)"))
        self.start_button.setMinimumHeight(40)
        self.start_button.clicked.connect(self._start_planned)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Sessions done this week"))
        self.light_dot = QLabel()
        self.light_dot.setFixedSize(18, 18)
        self.light_label = _label("todayLight", wrap=False)
        self.reason_label = _label()
        self.change_label = _label("todayChange")
        self.care_label = _label("notice")
        self.flare_button = QPushButton(self.tr("Do the &gentle flare-up routine (Enter)"))
        self.flare_button.setMinimumHeight(40)
        self.flare_button.clicked.connect(self.flare_up_requested)
        self.resume_button = QPushButton(self.tr("&Resume the programme"))
        self.resume_button.clicked.connect(self.resume_requested)
        self.doctor_button = QPushButton(self.tr("A doctor has checked my back"))
        self.doctor_button.clicked.connect(self.doctor_checked)
        routines = QPushButton(self.tr("All &routines"))
        routines.clicked.connect(self.routines_requested)
        flags = QPushButton(self.tr("&Warning signs…"))
        flags.clicked.connect(self.red_flags_requested)
        self._build(routines, flags)

    def _build(self, routines: QPushButton, flags: QPushButton) -> None:
        card = QFrame()
        card.setObjectName("banner")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.session_title)
        card_layout.addWidget(self.session_meta)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addWidget(self.flare_button)
        start_row.addWidget(self.resume_button)
        start_row.addWidget(self.doctor_button)
        start_row.addStretch(1)
        card_layout.addLayout(start_row)
        light_row = QHBoxLayout()
        light_row.addWidget(self.light_dot)
        light_row.addWidget(self.light_label, 1)
        links = QHBoxLayout()
        links.addWidget(routines)
        links.addWidget(flags)
        links.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.week_label)
        layout.addWidget(card)
        layout.addWidget(self.progress)
        layout.addLayout(light_row)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.change_label)
        layout.addWidget(self.care_label)
        layout.addStretch(1)
        layout.addLayout(links)

    def show_placeholder(self, title: str, paused: bool) -> None:
        """Before the plan is read: the layout of :meth:`show_view` with the programme's
        ``title``, and its buttons shown but disabled (Resume when ``paused``, else Start)."""
        self.title.setText(title)
        self.session_title.setText(self.tr("Reading today's session…"))
        self.start_button.setVisible(not paused)
        self.resume_button.setVisible(paused)
        self.flare_button.hide()
        self.doctor_button.hide()
        self._set_primary(self.start_button, self.flare_button)
        self._set_buttons_enabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")
        self._set_light_colour("")
        self.change_label.hide()
        self.care_label.hide()

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in (self.start_button, self.flare_button, self.resume_button):
            button.setEnabled(enabled)
        self.doctor_button.setEnabled(enabled)

    def _set_light_colour(self, colour: str) -> None:
        self.light_dot.setStyleSheet(f"background: {colour or '#9e9e9e'}; border-radius: 9px;")

    @staticmethod
    def _set_primary(enter: QPushButton, other: QPushButton) -> None:
        """Style ``enter`` as the button Enter presses (and ``other`` as a plain one)."""
        enter.setObjectName("primary")
        other.setObjectName("")
        for button in (enter, other):
            button.style().unpolish(button)
            button.style().polish(button)

    def show_view(self, view: TodayView) -> None:
        """Show ``view`` (call again whenever the plan may have changed)."""
        from backcare_desktop.ui.programme_texts import LIGHT_COLOURS, light_name, reasons_text

        self.view = view
        self._set_buttons_enabled(True)
        status = view.status
        programme = status.programme
        self.title.setText(programme.title)
        of = (
            fill(
                self.tr("programme week %1 of %2"), str(status.plan_week + 1), str(programme.weeks)
            )
            if programme.weeks
            else fill(self.tr("programme week %1"), str(status.plan_week + 1))
        )
        # A session runs at its planned level or the user's, the lower: the user's level is the
        # most any session runs at, and today's may be lower (the card says which).
        week = self.tr("Week %1 (%2), sessions up to level %3")
        self.week_label.setText(fill(week, status.week_index + 1, of, status.level))
        self._show_session(view)
        self.progress.setRange(0, status.planned)
        self.progress.setValue(min(status.done, status.planned))
        self.progress.setFormat(
            fill(
                self.tr("This week: %1 of %2 sessions done"), str(status.done), str(status.planned)
            )
        )
        self._set_light_colour(LIGHT_COLOURS.get(status.light, "") if status.light else "")
        self.light_label.setText(light_name(status.light))
        self.reason_label.setText(reasons_text(status.reasons))
        self.change_label.setText(reasons_text((view.change,)) if view.change else "")
        self.change_label.setVisible(view.change is not None)
        self._show_care(status)

    def _show_session(self, view: TodayView) -> None:
        from backcare_desktop.core.levels import scale_routine
        from backcare_desktop.ui import safety_texts as safety
        from backcare_desktop.ui.programme_texts import level_text

        status = view.status
        planned = status.today
        can_start = planned is not None and view.routine is not None and not status.paused
        self.start_button.setVisible(can_start)
        self.resume_button.setVisible(status.paused)
        self.doctor_button.setVisible(status.stopped_by_red_flag)
        gentle = view.flare_up is not None and status.offer_flare_up
        self.flare_button.setVisible(gentle)
        # On a red light the gentle routine is what Enter starts; the plan stays one click away.
        enter, other = (
            (self.flare_button, self.start_button)
            if gentle
            else (self.start_button, self.flare_button)
        )
        self.start_button.setText(self.tr("&Start (Enter)") if not gentle else self.tr("&Start"))
        self._set_primary(enter, other)
        if status.paused:
            self.session_title.setText(self.tr("The programme is paused."))
            self.session_meta.setText(self.tr("Resume it when you are ready; nothing is lost."))
        elif status.stopped_by_red_flag:
            self.session_title.setText(self.tr("Progression is stopped for now."))
            self.session_meta.setText(safety.red_flag_reported())
        elif status.finished:
            self.session_title.setText(self.tr("Programme finished. Well done!"))
            self.session_meta.setText(self.tr("Choose another programme, or keep any routine."))
        elif planned is None or view.routine is None:
            self.session_title.setText(self.tr("This week's sessions are done."))
            self.session_meta.setText(self.tr("Rest, or pick any routine you enjoy."))
        else:
            scaled = scale_routine(view.routine, planned.level)
            minutes = max(1, round(scaled.estimated_total_s() / 60))
            prefix = self.tr("Done today. Next: %1") if status.done_today else self.tr("Today: %1")
            self.session_title.setText(fill(prefix, view.routine.title))
            self.session_meta.setText(
                fill(
                    self.tr("%1 · about %2 min"),
                    level_text(view.routine, planned.level),
                    str(minutes),
                )
            )

    def _show_care(self, status: PlanStatus) -> None:
        from backcare_desktop.ui import safety_texts as safety

        parts = []
        if status.offer_flare_up or status.programme.kind == "flare_up":
            parts.append(safety.flare_up_note())
        if status.stopped_by_red_flag:
            parts.append(safety.red_flags_action())
        self.care_label.setText("\n\n".join(parts))
        self.care_label.setVisible(bool(parts))

    def start(self) -> None:
        """What Enter does: the gentle routine on a red light, else today's session."""
        if not self.flare_button.isHidden():
            self.flare_up_requested.emit()
        else:
            self._start_planned()

    def _start_planned(self) -> None:
        view = self.view
        if view is None or view.status.today is None or self.start_button.isHidden():
            return
        self.start_requested.emit(view.status.today.routine_id, view.status.today.level)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return starts today's session."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start()
        else:
            super().keyPressEvent(event)
