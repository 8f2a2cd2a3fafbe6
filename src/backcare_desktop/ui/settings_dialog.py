"""The settings dialog: sound, voice, timing, goals and looks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTime
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

from backcare_desktop.autostart import autostart_file, launch_command, set_autostart
from backcare_desktop.settings import SOUND_STYLES, THEMES, Settings


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic (``&``) moves the focus to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class SettingsDialog(QDialog):
    """Edits a copy of the settings; :meth:`result_settings` gives the edited values."""

    def __init__(
        self,
        settings: Settings,
        voice_available: bool,
        preview: Callable[[str, float], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._preview = preview
        layout = QVBoxLayout(self)
        layout.addWidget(self._sound_group(settings, voice_available))
        layout.addWidget(self._workout_group(settings))
        layout.addWidget(self._reminder_group(settings))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _sound_group(self, settings: Settings, voice_available: bool) -> QGroupBox:
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
        self.style = QComboBox()
        self.style.setAccessibleName(self.tr("Sound style"))
        for name in SOUND_STYLES:
            label = self.tr("Soft (quiet mornings)") if name == "soft" else self.tr("Bright")
            self.style.addItem(label, name)
        self.style.setCurrentIndex(SOUND_STYLES.index(settings.sound_style))
        self.test_button = QPushButton(self.tr("&Test sound"))
        self.test_button.setAccessibleName(self.tr("Play a test cue"))
        self.test_button.clicked.connect(self._play_preview)
        self.test_button.setEnabled(self._preview is not None)
        style_row = QHBoxLayout()
        style_row.addWidget(self.style, 1)
        style_row.addWidget(self.test_button)
        form.addRow(_buddy(self.tr("Sound &style"), self.style), style_row)
        self.voice = QCheckBox(self.tr("Speak the cues (next move, halfway, switch sides)"))
        self.voice.setChecked(settings.voice)
        form.addRow(self.tr("V&oice"), self.voice)
        if not voice_available:
            note = QLabel(
                self.tr(
                    "No text-to-speech voice was found on this computer: tones are used instead."
                )
            )
            note.setWordWrap(True)
            form.addRow("", note)
        return group

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
        self.sessions_goal = QSpinBox()
        self.sessions_goal.setRange(1, 14)
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
            box.setAccessibleName(self.tr("Remind on %s") % name)
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
                self.tr("Could not change the autostart entry %1 (%2).")
                .replace("%1", str(autostart_file()))
                .replace("%2", error.strerror or str(error)),
            )
        super().accept()

    def _play_preview(self) -> None:
        if self._preview is not None:
            self._preview(self.style.currentData(), self.volume.value() / 100)

    def result_settings(self) -> Settings:
        """The settings as edited in the dialog."""
        get_ready = self.get_ready.value()
        return replace(
            self._settings,
            volume=self.volume.value() / 100,
            muted=self.muted.isChecked(),
            sound_style=self.style.currentData(),
            voice=self.voice.isChecked(),
            get_ready_s=None if get_ready < 0 else get_ready,
            weekly_sessions_goal=self.sessions_goal.value(),
            session_minutes_goal=self.minutes_goal.value(),
            ask_pain_before=self.ask_pain.isChecked(),
            theme=self.theme.currentData(),
            reminders=self.reminders.isChecked(),
            reminder_days=tuple(i for i, box in enumerate(self.day_boxes) if box.isChecked()),
            reminder_time=self.reminder_time.time().toString("HH:mm"),
            start_at_login=self.start_at_login.isChecked(),
        )
