"""Plays cues: a tone per cue (written into one ``QAudioSink`` stream, see :mod:`.tones`) and
the cue's words (``QTextToSpeech``, through :class:`~backcare_desktop.audio.speech.Speech`,
which owns the speech engine and its thread).

With :mod:`~backcare_desktop.audio.speech`, the only module that imports ``PySide6.QtMultimedia``
and ``PySide6.QtTextToSpeech``, and only inside functions: Qt Multimedia fails to import without
libpulse, and the app must still run then. Use :func:`create_player`; it falls back to a
:class:`SilentPlayer` whenever sound is impossible.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from backcare_desktop.audio.speech import Speech
from backcare_desktop.audio.tones import LEAD_MS, CueTones
from backcare_desktop.core.engine import CueDue
from backcare_desktop.core.text import fill
from backcare_desktop.core.timeline import Cue, CueKind


def no_device_notice() -> str:
    """Said when there is no audio output (in the app's language)."""
    return QCoreApplication.translate(
        "CuePlayer", "No audio output device found: cues are shown on screen only."
    )


def no_voice_notice() -> str:
    """Said when no text-to-speech engine can speak (in the app's language)."""
    return QCoreApplication.translate(
        "CuePlayer", "No text-to-speech voice found: using tones only."
    )


def no_sound_notice(reason: str) -> str:
    """Said when Qt Multimedia cannot load, with the loader's ``reason``."""
    return fill(
        QCoreApplication.translate(
            "CuePlayer", "Sound is unavailable (%1): cues are shown on screen only."
        ),
        reason,
    )


WARM_UP_LIMIT_MS = 1500
""":meth:`QtCuePlayer.when_warm` gives up waiting for the start-up tone after this long."""


class CuePlayer(Protocol):
    """What the workout needs from a player. Every method is safe to call at any time."""

    def play(self, cue: Cue) -> None:
        """Sound the tone for ``cue.kind`` and, when voice is on, speak ``cue.say`` if any."""

    def schedule(self, events: Sequence[CueDue]) -> None:
        """The coming cues and when each falls due (none: nothing is coming; paused or ended),
        so their tones can be prepared to sound on time whatever the GUI thread is doing."""

    def set_muted(self, muted: bool) -> None:
        """Silence everything (and stop what is sounding), or allow sound again."""

    def set_voice_enabled(self, enabled: bool) -> None:
        """Speak cue words (starting the speech engine if needed), or tones only."""

    def set_speech_volume(self, volume: float) -> None:
        """Speech loudness, 0 .. 1, to follow the cue volume setting (tones have it built in)."""

    def set_voice(self, name: str) -> None:
        """Speak with the voice called ``name`` ("": the default voice for the cue language)."""

    def set_speech_rate(self, rate: float) -> None:
        """How fast to speak: -1 (slowest) .. 0 (normal) .. 1 (fastest)."""

    def prepare_voice(self) -> None:
        """Start the speech engine (if not yet), even with voice off, to list its voices."""

    def speak(self, text: str) -> None:
        """Say ``text`` now (unless muted or the engine is not ready), with voice on or off."""

    def load_sounds(self, files: Mapping[CueKind, Path]) -> None:
        """Use these WAV files (from ``render.prepare_cue_sounds``) as the cue tones."""

    def when_warm(self, action: Callable[[], None]) -> None:
        """Call ``action`` from the event loop once the audio output runs steadily, so a cue
        played then is on time (soon when it already does; after a limit when it never will)."""

    @property
    def lead_ns(self) -> int:
        """How long before a cue is due it must be scheduled to sound exactly on time."""

    @property
    def audio_available(self) -> bool:
        """True when tones reach an audio device."""

    @property
    def voice_available(self) -> bool:
        """True when a speech engine is ready to speak."""

    @property
    def voice_starting(self) -> bool:
        """True while the speech engine is still starting (it may yet become available)."""

    @property
    def voices(self) -> tuple[str, ...]:
        """Names of the voices for the cue language (once the engine is ready)."""

    @property
    def notices(self) -> tuple[str, ...]:
        """User-facing sentences about what does not work, each once."""


class SilentPlayer:
    """A player for machines without sound: plays nothing and says why, once."""

    def __init__(self, notice: str) -> None:
        self._notices = (notice,)

    def play(self, cue: Cue) -> None:
        """Do nothing: the cue is shown on screen only."""

    def schedule(self, events: Sequence[CueDue]) -> None:
        """Do nothing: there is nothing to prepare."""

    def set_muted(self, muted: bool) -> None:
        """Do nothing: already silent."""

    def set_voice_enabled(self, enabled: bool) -> None:
        """Do nothing: there is no voice."""

    def set_speech_volume(self, volume: float) -> None:
        """Do nothing: there is no voice."""

    def set_voice(self, name: str) -> None:
        """Do nothing: there is no voice."""

    def set_speech_rate(self, rate: float) -> None:
        """Do nothing: there is no voice."""

    def prepare_voice(self) -> None:
        """Do nothing: there is no voice."""

    def speak(self, text: str) -> None:
        """Do nothing: there is no voice."""

    def load_sounds(self, files: Mapping[CueKind, Path]) -> None:
        """Do nothing: there is no device to play them on."""

    def when_warm(self, action: Callable[[], None]) -> None:
        """Call ``action`` from the event loop: there is nothing to wait for."""
        QTimer.singleShot(0, action)

    @property
    def lead_ns(self) -> int:
        """0: nothing sounds, so nothing needs scheduling ahead."""
        return 0

    @property
    def audio_available(self) -> bool:
        """Always False."""
        return False

    @property
    def voice_available(self) -> bool:
        """Always False."""
        return False

    @property
    def voice_starting(self) -> bool:
        """Always False."""
        return False

    @property
    def voices(self) -> tuple[str, ...]:
        """None."""
        return ()

    @property
    def notices(self) -> tuple[str, ...]:
        """Why the player is silent."""
        return self._notices


def create_player(
    files: Mapping[CueKind, Path],
    voice_enabled: bool,
    parent: QObject | None = None,
    language: str = "en",
) -> CuePlayer:
    """A :class:`QtCuePlayer` when Qt Multimedia loads and an audio output exists, else a
    :class:`SilentPlayer` saying why. Never raises. Needs a QCoreApplication. ``language`` is
    the language the cue words are in (a code such as ``de``), for the speech voice.
    """
    try:
        multimedia = _import_qt("QtMultimedia")
    except ImportError as error:
        return SilentPlayer(no_sound_notice(str(error)))
    if not multimedia.QMediaDevices.audioOutputs():
        return SilentPlayer(no_device_notice())
    return QtCuePlayer(files, voice_enabled, parent, language=language)


def _import_qt(module: str) -> ModuleType:
    return importlib.import_module(f"PySide6.{module}")


class QtCuePlayer(QObject):
    """Tones written into one output stream by a high-priority thread of their own (preloaded,
    stream warmed at start, the next cue placed ahead in it: see :mod:`.tones`) and words through
    ``QTextToSpeech`` (loaded in a thread of its own, warmed by a silent utterance).

    ``speech_engine`` names the text-to-speech plug-in; None picks the first real one.
    ``language`` is the language of the cue words: the engine speaks with a voice for it where it
    has one (else its default voice). Call :meth:`close` before the QCoreApplication goes (it is
    also connected to ``aboutToQuit``).
    """

    changed = Signal()
    """``voice_available`` or ``notices`` changed (the speech engine starts in the background)."""

    def __init__(
        self,
        files: Mapping[CueKind, Path],
        voice_enabled: bool,
        parent: QObject | None = None,
        speech_engine: str | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._tones = CueTones(_import_qt("QtMultimedia"), self)
        self._tones.warm_up_ended.connect(self._finish_warm_up)
        self._warm = False
        self._armed: tuple[CueDue, ...] = ()
        self._after_warm_up: list[Callable[[], None]] = []
        self._muted = False
        self._voice_enabled = False
        self._notices: list[str] = []
        self._speech = Speech(speech_engine, QLocale(language), self)
        self._speech.changed.connect(self._on_speech_changed)
        self.load_sounds(files)
        self._tones.warm_up()
        self.set_voice_enabled(voice_enabled)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def lead_ns(self) -> int:
        """The tone thread writes cues ahead into the stream (see :data:`.tones.LEAD_MS`)."""
        return LEAD_MS * 1_000_000

    @property
    def audio_available(self) -> bool:
        """True: this player only exists when an audio output does."""
        return True

    @property
    def voice_available(self) -> bool:
        """True once the speech engine has started and can speak."""
        return self._speech.ready

    @property
    def voice_starting(self) -> bool:
        """True while the speech engine is starting (retries included)."""
        return self._speech.starting

    @property
    def voices(self) -> tuple[str, ...]:
        """Names of the engine's voices for the cue language."""
        return self._speech.voices

    @property
    def notices(self) -> tuple[str, ...]:
        """User-facing sentences about what does not work, each once."""
        return tuple(self._notices)

    def play(self, cue: Cue) -> None:
        """Sound the tone for ``cue.kind`` now; speak ``cue.say`` over any earlier speech."""
        if self._muted:
            return
        at = next((i for i, event in enumerate(self._armed) if event.cue is cue), None)
        if at is None:
            self._tones.play(cue.kind)
        else:  # sounded on time from the stream unless the GUI won
            self._tones.confirm(cue.kind, self._armed[at].due_ns)
            self._armed = self._armed[at + 1 :]
        if self._voice_enabled and cue.say:
            self._speech.say(cue.say)

    def schedule(self, events: Sequence[CueDue]) -> None:
        """Arm the tone thread to sound ``events`` at their due times (monotonic clock); none
        cancels. :meth:`play` of one of these cues then confirms instead of playing it again."""
        armed = () if self._muted else tuple(events)
        if armed == self._armed:
            return
        self._armed = armed
        if armed:
            self._tones.arm([(event.cue.kind, event.due_ns) for event in armed])
        else:
            self._tones.disarm()

    def set_muted(self, muted: bool) -> None:
        """Silence everything (stopping what is sounding), or allow sound again."""
        self._muted = muted
        if muted:
            self._armed = ()
            self._tones.stop()
            self._speech.stop()

    def set_voice_enabled(self, enabled: bool) -> None:
        """Speak cue words, starting the speech engine the first time; or tones only."""
        self._voice_enabled = enabled
        if enabled:
            self._speech.start()
        else:
            self._speech.stop()

    def set_speech_volume(self, volume: float) -> None:
        """Speech loudness, 0.0 .. 1.0, to follow the cue volume setting."""
        self._speech.set_volume(volume)

    def set_voice(self, name: str) -> None:
        """Speak with the voice called ``name`` ("": the default one for the language)."""
        self._speech.set_voice(name)

    def set_speech_rate(self, rate: float) -> None:
        """How fast to speak, -1.0 .. 1.0 (0: normal)."""
        self._speech.set_rate(rate)

    def prepare_voice(self) -> None:
        """Start the speech engine in the background, to list its voices."""
        self._speech.start()

    def speak(self, text: str) -> None:
        """Say ``text`` now, over any earlier speech (the settings' "Test voice")."""
        if not self._muted:
            self._speech.say(text)

    def load_sounds(self, files: Mapping[CueKind, Path]) -> None:
        """Use these WAV files as the cue tones; a kind missing from ``files`` plays no tone."""
        self._armed = ()
        self._tones.load(files)

    def when_warm(self, action: Callable[[], None]) -> None:
        """Call ``action`` from the event loop when the start-up tone has played (soon if it
        has), never from inside another call of this player; not at all after :meth:`close`.

        A tone played while the output stream is still starting sounds 10 to 15 ms later than
        the ones after it (measured here); this lets a workout that starts with the app wait for
        the stream. Gives up waiting after WARM_UP_LIMIT_MS.
        """
        self._after_warm_up.append(action)
        if self._warm:
            self._finish_warm_up()
        elif len(self._after_warm_up) == 1:
            QTimer.singleShot(WARM_UP_LIMIT_MS, self, self._give_up_warm_up)

    def close(self) -> None:
        """Stop sounding and shut the speech thread down. Safe to call more than once."""
        self._after_warm_up.clear()
        self.set_muted(True)
        self._speech.close()
        self._tones.close()

    def _give_up_warm_up(self) -> None:
        """The start-up tone did not finish in time: stop it (it must not sound loud later)."""
        if not self._warm:
            self._tones.finish_warm_up()
            self._finish_warm_up()

    def _finish_warm_up(self) -> None:
        """The output runs steadily; the actions waiting for it run from the event loop, so
        never inside a call of this player (such as the ``play`` of another cue)."""
        self._warm = True
        if self._after_warm_up:
            QTimer.singleShot(0, self, self._run_waiting)

    def _run_waiting(self) -> None:
        """Run the actions waiting for the warm-up (none left after :meth:`close`)."""
        actions, self._after_warm_up = self._after_warm_up, []
        for action in actions:
            action()

    def _on_speech_changed(self) -> None:
        if self._speech.failed and no_voice_notice() not in self._notices:
            self._notices.append(no_voice_notice())
        self.changed.emit()
