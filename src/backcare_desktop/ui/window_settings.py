"""The window's settings: the Settings dialog, applying what changed, and the previews it plays.

Used by :class:`~backcare_desktop.ui.main_window.MainWindow` (kept apart so that the window's
module stays small); the dialog itself is imported when it opens.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from backcare_desktop.settings import Settings
from backcare_desktop.ui.texts import voice_test_text
from backcare_desktop.ui.theme import apply_theme

if TYPE_CHECKING:
    from backcare_desktop.ui.main_window import MainWindow


def open_settings(window: MainWindow) -> None:
    """Show the settings dialog and apply what changed."""
    from backcare_desktop.ui.settings_dialog import SettingsDialog

    player = window.services.player
    if player is not None:
        player.prepare_voice()  # to list the voices, even with voice off
    dialog = SettingsDialog(
        window.services.settings.value,
        voice_available=player is not None and player.voice_available,
        preview=window._preview_sound,
        parent=window,
        voices=player.voices if player is not None else (),
        voice_starting=player is not None and player.voice_starting,
        preview_voice=window._preview_voice,
    )
    changed = getattr(player, "changed", None)  # the voice may come up meanwhile
    if player is not None and changed is not None:
        dialog.follow_voices(
            changed, lambda: (player.voices, player.voice_available, player.voice_starting)
        )
    accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
    window.services.reload_sounds()  # undo a preview's sounds, or load the new ones
    window.services.apply_voice()  # likewise the voice and rate of a test
    if accepted:
        apply_settings(window, dialog.result_settings())


def apply_settings(window: MainWindow, new: Settings) -> None:
    """Save new settings and bring the sound, voice and colours in line."""
    old = window.services.settings.value
    window.services.settings.update(**{f.name: getattr(new, f.name) for f in fields(new)})
    if (old.sound_style, old.volume) != (new.sound_style, new.volume):
        window.services.reload_sounds()
    if old.voice != new.voice:
        window.services.voice_override = None
    player = window.services.player
    if player is not None:
        player.set_voice_enabled(window.services.voice_enabled)
    window.services.apply_voice()
    view = window._workout_view  # else it reads the settings when it is built
    if old.muted != new.muted:
        window.services.set_muted(new.muted)
        if view is not None:
            view.set_muted(new.muted)
    window.reminders.configure(window.programme.reminder_settings(new))
    if view is not None:
        view.figure_view.set_reduce_motion(new.reduce_motion)
    if old.theme != new.theme:
        _retheme(new.theme)
    window._show_notices()


def follow_system_scheme(window: MainWindow) -> None:
    """The desktop switched between light and dark: follow it when set to."""
    if window.services.settings.value.theme == "system":
        _retheme("system")


def preview_sound(window: MainWindow, style: str, volume: float) -> None:
    """Play the work-start cue in ``style`` at ``volume``, as the dialog shows them."""
    from backcare_desktop.core.timeline import Cue, CueKind

    window.services.preview_sounds(style, volume)
    if window.services.player is not None:
        window.services.player.play(Cue(CueKind.WORK_START, 0))


def preview_voice(window: MainWindow, voice: str, rate: float, volume: float) -> None:
    """Say a test sentence with ``voice`` at ``rate``, as the dialog shows them."""
    player = window.services.player
    if player is not None:
        player.set_voice(voice)
        player.set_speech_rate(rate)
        player.set_speech_volume(volume)
        player.speak(voice_test_text())


def _retheme(theme: str) -> None:
    """Apply ``theme`` to the running application."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, theme)
