"""The settings dialog: sound, voice, timing, goals and looks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, QTime, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.audio.speech import rate_label, voice_install_hint
from backcare_desktop.autostart import autostart_file, launch_command, set_autostart
from backcare_desktop.core.routine import REP_ESTIMATE_S
from backcare_desktop.settings import DAYS_A_WEEK, SOUND_STYLES, THEMES, Settings
from backcare_desktop.ui.i18n import fill

RATE_STEPS = 10
"""The rate slider's steps on each side of normal speed (0.1 each)."""
VoicePreview = Callable[[str, float, float], None]
"""Says a test sentence with a voice name, a rate and a volume, without saving them."""
VoiceState = Callable[[], tuple[Sequence[str], bool, bool]]
"""Reads the voices, whether one is available and whether the engine is still starting."""


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic (``&``) moves the focus to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class SettingsDialog(QDialog):
    """Edits a copy of the settings; :meth:`result_settings` gives the edited values.

    ``voices`` names the speech engine's voices; ``voice_starting`` says it may still come up
    (call :meth:`set_voices` when it has). ``preview_voice`` says a test sentence.
    """

    def __init__(
        self,
        settings: Settings,
        voice_available: bool,
        preview: Callable[[str, float], None] | None = None,
        parent: QWidget | None = None,
        voices: Sequence[str] = (),
        voice_starting: bool = False,
        preview_voice: VoicePreview | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._preview = preview
        self._preview_voice = preview_voice
        layout = QVBoxLayout(self)
        # never smaller than the content: the wrapped voice note grows it when it appears
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self._sound_group(settings))
        layout.addWidget(self._voice_group(settings))
        self.set_voices(voices, voice_available, voice_starting)
        layout.addWidget(self._workout_group(settings))
        layout.addWidget(self._reminder_group(settings))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _sound_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Sound"))
        form = QFormLayout(group)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.volume.setAccessibleName(self.tr("Cue volume"))
        self.volume_value = QLabel(f"{self.volume.value()} %")
        self.volume.valueChanged.connect(lambda value: self.volume_value.setText(f"{value} %"))
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_value)
        form.addRow(_buddy(self.tr("&Volume"), self.volume), volume_row)
        self.muted = QCheckBox(self.tr("&Mute all cues"))
        self.muted.setChecked(settings.muted)
        form.addRow("", self.muted)
        self.sound_style = QComboBox()
        self.sound_style.setAccessibleName(self.tr("Sound style"))
        for name in SOUND_STYLES:
            label = self.tr("Soft (quiet mornings)") if name == "soft" else self.tr("Bright")
            self.sound_style.addItem(label, name)
        self.sound_style.setCurrentIndex(SOUND_STYLES.index(settings.sound_style))
        self.test_button = QPushButton(self.tr("&Test sound"))
        self.test_button.setAccessibleName(self.tr("Play a test cue (tones only)"))
        self.test_button.clicked.connect(self._play_preview)
        self.test_button.setEnabled(self._preview is not None)
        style_row = QHBoxLayout()
        style_row.addWidget(self.sound_style, 1)
        style_row.addWidget(self.test_button)
        form.addRow(_buddy(self.tr("Sound &style"), self.sound_style), style_row)
        return group

    def _voice_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Voice"))
        column = QVBoxLayout(group)
        form = QFormLayout()
        column.addLayout(form)
        self.voice = QCheckBox(self.tr("Speak the cues (each move, what comes next, halfway)"))
        self.voice.setChecked(settings.voice)
        form.addRow("", self.voice)
        self.voice_choice = QComboBox()
        self.voice_choice.setAccessibleName(self.tr("Speaking voice"))
        self.voice_test = QPushButton(self.tr("Test v&oice"))
        self.voice_test.setAccessibleName(self.tr("Say a test sentence with this voice"))
        self.voice_test.clicked.connect(self._say_preview)
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice_choice, 1)
        voice_row.addWidget(self.voice_test)
        form.addRow(_buddy(self.tr("Spea&ker"), self.voice_choice), voice_row)
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(-RATE_STEPS, RATE_STEPS)
        self.rate.setValue(round(settings.speech_rate * RATE_STEPS))
        self.rate.setAccessibleName(self.tr("Speaking rate"))
        self.rate_value = QLabel(rate_label(settings.speech_rate))
        self.rate.valueChanged.connect(
            lambda value: self.rate_value.setText(rate_label(value / RATE_STEPS))
        )
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.rate_value)
        form.addRow(_buddy(self.tr("&Rate"), self.rate), rate_row)
        self.voice_note = QLabel()
        self.voice_note.setWordWrap(True)
        self.voice_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.voice_note)  # outside the form, whose rows clip wrapped text
        return group

    def set_voices(self, voices: Sequence[str], available: bool, starting: bool) -> None:
        """Show the speech engine's voices (the chosen one stays chosen, even if missing now)
        and, without a voice, why: still starting, or how to install one."""
        chosen = self.voice_choice.currentData()
        if chosen is None:
            chosen = self._settings.voice_name
        self.voice_choice.clear()
        self.voice_choice.addItem(self.tr("Default voice for the language"), "")
        for name in sorted(set(voices) | ({chosen} - {""}), key=str.casefold):
            self.voice_choice.addItem(name, name)
        self.voice_choice.setCurrentIndex(max(0, self.voice_choice.findData(chosen)))
        self.voice_test.setEnabled(available and self._preview_voice is not None)
        if available:
            self.voice_note.clear()
        elif starting:
            self.voice_note.setText(self.tr("Starting the speech service…"))
        else:
            self.voice_note.setText(
                self.tr("No text-to-speech voice was found: tones are used instead.")
                + " "
                + voice_install_hint()
            )
        self.voice_note.setVisible(not available)

    def follow_voices(self, changed: SignalInstance, read: VoiceState) -> None:
        """Update the voices whenever ``changed`` fires (the engine came up, or failed)."""
        self._read_voices = read
        changed.connect(self._voices_changed)

    def _voices_changed(self) -> None:
        self.set_voices(*self._read_voices())

    def _say_preview(self) -> None:
        if self._preview_voice is not None:
            self._preview_voice(
                self.voice_choice.currentData() or "",
                self.rate.value() / RATE_STEPS,
                self.volume.value() / 100,
            )

    def _workout_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Workouts"))
        form = QFormLayout(group)
        self.get_ready = QSpinBox()
        self.get_ready.setRange(-1, 120)
        self.get_ready.setSpecialValueText(self.tr("As the routine says"))
        self.get_ready.setSuffix(self.tr(" s"))
        self.get_ready.setValue(-1 if settings.get_ready_s is None else settings.get_ready_s)
        self.get_ready.setAccessibleName(self.tr("Get-ready time in seconds"))
        form.addRow(self.tr("&Get ready"), self.get_ready)
        self.auto_advance = QCheckBox(
            fill(
                self.tr("Move on from reps moves by themselves (about %1 s a rep)"), REP_ESTIMATE_S
            )
        )
        self.auto_advance.setToolTip(
            self.tr(
                'The voice says "last rep" before the end; Done still ends a move sooner. '
                "A routine can ask for either way."
            )
        )
        self.auto_advance.setChecked(settings.auto_advance_reps)
        form.addRow("", self.auto_advance)
        self.sessions_goal = QSpinBox()
        self.sessions_goal.setRange(1, DAYS_A_WEEK)  # counted by day
        self.sessions_goal.setValue(settings.weekly_sessions_goal)
        self.sessions_goal.setSuffix(self.tr(" sessions a week"))
        self.sessions_goal.setAccessibleName(self.tr("Weekly goal: sessions"))
        self.minutes_goal = QSpinBox()
        self.minutes_goal.setRange(1, 180)
        self.minutes_goal.setValue(settings.session_minutes_goal)
        self.minutes_goal.setSuffix(self.tr(" minutes each"))
        self.minutes_goal.setAccessibleName(self.tr("Weekly goal: minutes per session"))
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.sessions_goal)
        goal_row.addWidget(self.minutes_goal)
        form.addRow(_buddy(self.tr("Weekly &goal"), self.sessions_goal), goal_row)
        self.ask_pain = QCheckBox(self.tr("Ask how my back feels before a workout"))
        self.ask_pain.setChecked(settings.ask_pain_before)
        form.addRow("", self.ask_pain)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for name in THEMES:
            self.theme.addItem(names[name], name)
        self.theme.setCurrentIndex(THEMES.index(settings.theme))
        form.addRow(self.tr("&Colours"), self.theme)
        self.reduce_motion = QCheckBox(self.tr("&Reduce motion: show the figures' poses still"))
        self.reduce_motion.setChecked(settings.reduce_motion)
        form.addRow("", self.reduce_motion)
        return group

    def _reminder_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Reminders"))
        form = QFormLayout(group)
        self.reminders = QCheckBox(self.tr("Remind me to do my back routine (while the app runs)"))
        self.reminders.setChecked(settings.reminders)
        form.addRow("", self.reminders)
        days_row = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for number, name in enumerate(names):
            box = QCheckBox(name)
            box.setChecked(number in settings.reminder_days)
            box.setAccessibleName(fill(self.tr("Remind on %1"), name))
            self.day_boxes.append(box)
            days_row.addWidget(box)
        form.addRow(self.tr("On"), days_row)
        self.reminder_time = QTimeEdit(QTime.fromString(settings.reminder_time, "HH:mm"))
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        form.addRow(self.tr("At"), self.reminder_time)
        self.start_at_login = QCheckBox(
            self.tr("Start at &login, minimised to the tray (so reminders reach me)")
        )
        self.start_at_login.setChecked(settings.start_at_login)
        form.addRow("", self.start_at_login)
        return group

    def accept(self) -> None:
        """Write or remove the autostart entry as the checkbox says, then close."""
        enabled = self.start_at_login.isChecked()
        try:
            set_autostart(enabled, autostart_file(), launch_command())
        except OSError as error:
            self.start_at_login.setChecked(self._settings.start_at_login)
            QMessageBox.warning(
                self,
                self.tr("Start at login"),
                fill(
                    self.tr("Could not change the autostart entry %1 (%2)."),
                    autostart_file(),
                    error.strerror or error,
                ),
            )
        super().accept()

    def _play_preview(self) -> None:
        if self._preview is not None:
            self._preview(self.sound_style.currentData(), self.volume.value() / 100)

    def result_settings(self) -> Settings:
        """The settings as edited in the dialog."""
        get_ready = self.get_ready.value()
        return replace(
            self._settings,
            volume=self.volume.value() / 100,
            muted=self.muted.isChecked(),
            sound_style=self.sound_style.currentData(),
            voice=self.voice.isChecked(),
            voice_name=self.voice_choice.currentData() or "",
            speech_rate=self.rate.value() / RATE_STEPS,
            auto_advance_reps=self.auto_advance.isChecked(),
            get_ready_s=None if get_ready < 0 else get_ready,
            weekly_sessions_goal=self.sessions_goal.value(),
            session_minutes_goal=self.minutes_goal.value(),
            ask_pain_before=self.ask_pain.isChecked(),
            theme=self.theme.currentData(),
            reduce_motion=self.reduce_motion.isChecked(),
            reminders=self.reminders.isChecked(),
            reminder_days=tuple(i for i, box in enumerate(self.day_boxes) if box.isChecked()),
            reminder_time=self.reminder_time.time().toString("HH:mm"),
            start_at_login=self.start_at_login.isChecked(),
        )
