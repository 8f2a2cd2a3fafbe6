"""Speaks cue words: a ``QTextToSpeech`` engine in a thread of its own, started with retries.

The cue player (:mod:`backcare_desktop.audio.player`) owns one :class:`Speech`; the tones are its
own business. ``PySide6.QtTextToSpeech`` is only imported inside functions (the app must run
without it).

Starting speech-dispatcher can fail: its client library starts the service (``SPEECHD_CMD``,
else ``speech-dispatcher``, with ``--spawn``) in the app's environment, and the service refuses
to start when ``LANG`` names a locale the C library does not have (``setlocale: No such file or
directory``, e.g. ``de_DE.UTF-8`` on a system where only English was generated). So, unless the
user set ``SPEECHD_CMD``, it is pointed at a small start script that tries the user's locale,
then :data:`SERVICE_LOCALE` (:func:`prepare_speechd_spawn`). The service can also take several
seconds to come up, or fail for a while: a failed start is retried a few times
(:data:`RETRY_DELAYS_MS`) before the player says there is no voice.
"""

from __future__ import annotations

import functools
import importlib
import logging
import os
import re
import shlex
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QEventLoop,
    QLocale,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from shiboken6 import Shiboken

log = logging.getLogger(__name__)

SPEECH_GAIN = 0.45
"""Speech volume at full cue volume. Measured here: espeak-ng through speech-dispatcher at volume 1
is about 7 dB louder than the prepared tones; 0.45 brings it to the same loudness."""
WARM_UP_TEXT = "Ready"
"""Spoken at volume 0 when the engine has loaded, so the first real cue is not the slow one."""
LOAD_WAIT_MS = 10_000
"""How long closing waits for a speech engine that is still loading (about 2 s here; a stuck
speech-dispatcher never answers)."""
RETRY_DELAYS_MS = (1000, 2000, 4000, 8000)
"""After a failed start the engine is tried again after each of these waits (15 s in all: the
service took 5 to 9 s to start here on a busy machine); then the player says there is no voice."""
SERVICE_LOCALE = "C.UTF-8"
"""The locale speech-dispatcher is started in when it refuses the user's (C.UTF-8 is built into
the C library, so it always exists)."""
SPEECHD = "speechd"
SPAWN_SCRIPT = """#!/bin/sh
# Written by backcare-desktop for speech-dispatcher's client library (SPEECHD_CMD): the service
# refuses to start in a locale the C library lacks, so it is tried in {locale} after the user's.
{program} "$@" 2>/dev/null && exit 0
LC_ALL={locale} exec {program} "$@"
"""

EngineFactory = Callable[[], Any]
"""Makes an engine without a real engine loaded (``QTextToSpeech("none")``); tests pass a fake."""


def rate_label(rate: float) -> str:
    """How fast the voice speaks, as the settings show it (``+20 %``, ``normal``)."""
    if abs(rate) < 0.005:
        return QCoreApplication.translate("Speech", "normal")
    return f"{rate * 100:+.0f} %"


def voice_install_hint(os_release: Path = Path("/etc/os-release")) -> str:
    """How to get a text-to-speech voice on this system (in the app's language)."""
    if _is_debian_like(os_release):
        return QCoreApplication.translate(
            "Speech",
            "To hear the cues spoken, install a voice: sudo apt install speech-dispatcher "
            "espeak-ng (then restart the app).",
        )
    return QCoreApplication.translate(
        "Speech",
        "To hear the cues spoken, install speech-dispatcher and a voice for it, such as "
        "espeak-ng, with your system's package manager (then restart the app).",
    )


def _is_debian_like(os_release: Path) -> bool:
    try:
        text = os_release.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    names = " ".join(re.findall(r"^(?:ID|ID_LIKE)=\"?([^\"\n]*)", text, flags=re.MULTILINE))
    return any(name in names.split() for name in ("debian", "ubuntu"))


def prepare_speechd_spawn(folder: Path | None = None) -> Path | None:
    """Make speech-dispatcher's client library start the service through :data:`SPAWN_SCRIPT`
    (written to ``folder``, by default a private folder of this user), so it starts even when
    the user's locale is missing. Returns the script, or None when ``SPEECHD_CMD`` was already
    set, speech-dispatcher is not installed or the script cannot be written.
    """
    program = shutil.which("speech-dispatcher")
    if os.environ.get("SPEECHD_CMD") or program is None:
        return None
    try:
        folder = folder or _private_folder()
        script = folder / "speech-dispatcher-spawn"
        script.write_text(
            SPAWN_SCRIPT.format(program=shlex.quote(program), locale=SERVICE_LOCALE),
            encoding="utf-8",
        )
        script.chmod(0o700)
    except OSError as error:
        log.warning("cannot write the speech-dispatcher start script: %s", error)
        return None
    os.environ["SPEECHD_CMD"] = str(script)  # read by the client library when it spawns
    return script


def _private_folder() -> Path:
    """``$XDG_RUNTIME_DIR/backcare-desktop`` (the runtime folder is the user's alone), else a
    new 0700 temporary folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir() and Path(runtime).stat().st_uid == os.getuid():
        folder = Path(runtime) / "backcare-desktop"
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder
    return Path(tempfile.mkdtemp(prefix="backcare-desktop-"))


def _new_engine() -> Any:
    return importlib.import_module("PySide6.QtTextToSpeech").QTextToSpeech("none")


class _Voices(QObject):
    """Lives with the engine in its thread: lists its voices and picks one by name."""

    found = Signal(list)

    def __init__(self, tts: Any) -> None:
        super().__init__(tts)
        self._tts = tts
        self._default: Any = None

    @Slot()
    def report(self) -> None:
        """Note the engine's voice for its language as the default; emit the voice names."""
        self._default = self._tts.voice()
        self.found.emit([voice.name() for voice in self._tts.availableVoices()])

    @Slot(str)
    def choose(self, name: str) -> None:
        """Speak with the voice called ``name``; the default one when there is none such."""
        voices = {voice.name(): voice for voice in self._tts.availableVoices()}
        voice = voices.get(name, self._default)
        if voice is not None:
            self._tts.setVoice(voice)


class Speech(QObject):
    """A ``QTextToSpeech`` engine living in a thread of its own.

    Loading speech-dispatcher's engine takes seconds here (its client library parses a list of
    about 13,000 voice variants), and PySide6 holds the GIL in QTextToSpeech's constructor, so
    even a Python thread would freeze the window. Instead an engine object without an engine
    moves to a plain QThread, where a queued ``setEngine`` call loads the real one in C++ without
    the GIL. Every later call is queued the same way, in order; nothing touches it across
    threads. An engine that fails to load is dropped and a new one tried after each of
    ``retry_delays_ms``; ``changed`` tells when it is ready, or finally failed.

    ``engine`` names the text-to-speech plug-in (None: the first real one); ``locale`` is the
    language of the cue words. ``make_engine`` is for tests.
    """

    changed = Signal()
    _loaded = Signal()

    def __init__(
        self,
        engine: str | None,
        locale: QLocale,
        parent: QObject | None = None,
        make_engine: EngineFactory = _new_engine,
        retry_delays_ms: Sequence[int] = RETRY_DELAYS_MS,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._locale = locale
        self._make_engine = make_engine
        self._retry_delays_ms = tuple(retry_delays_ms)
        self._thread: QThread | None = None
        self._tts: Any = None
        self._voices: _Voices | None = None
        self._volume = 1.0
        self._voice = ""
        self._rate = 0.0
        self._loading = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._load)
        self.attempts = 0
        self.ready = False
        self.failed = False
        self.voices: tuple[str, ...] = ()
        """Names of the engine's voices for the cue language (known once it is ready)."""

    @property
    def starting(self) -> bool:
        """True from :meth:`start` until the engine is ready or has finally failed."""
        return self._thread is not None and not self.ready and not self.failed

    def start(self) -> None:
        """Load the engine in the background, once; ``changed`` tells when it is ready."""
        if self._thread is not None or self.failed:
            return
        self._engine = _installed_engine(self._engine)
        if self._engine is None:
            self._fail()
            return
        if self._engine == SPEECHD:
            prepare_speechd_spawn()
        self._thread = QThread(QCoreApplication.instance())
        self._thread.start()
        self._load()

    def say(self, text: str) -> None:
        """Speak ``text`` now, cutting off whatever is being said: no backlog of stale cues."""
        if self.ready:
            self._call("stop")
            self._call("say", Q_ARG(str, text))

    def stop(self) -> None:
        """Stop speaking."""
        if self.ready:
            self._call("stop")

    def set_volume(self, volume: float) -> None:
        """Speech loudness, 0.0 .. 1.0 (scaled by SPEECH_GAIN)."""
        self._volume = min(max(volume, 0.0), 1.0)
        if self._tts is not None:
            self._apply_volume()

    def set_voice(self, name: str) -> None:
        """Speak with the voice called ``name`` ("" or an unknown name: the language's default)."""
        self._voice = name
        if self._voices is not None:
            QMetaObject.invokeMethod(
                self._voices, "choose", Qt.ConnectionType.QueuedConnection, Q_ARG(str, name)
            )

    def set_rate(self, rate: float) -> None:
        """How fast to speak: -1.0 (slowest) .. 0.0 (normal) .. 1.0 (fastest)."""
        self._rate = min(max(rate, -1.0), 1.0)
        if self._tts is not None:
            self._call("setRate", Q_ARG(float, self._rate))

    def close(self) -> None:
        """Stop retrying, delete the engine in its thread and end the thread.

        While the engine is loading this waits (up to LOAD_WAIT_MS, handling events) for it to
        finish: quitting the thread's event loop in the middle makes the speechd engine spin.
        """
        self._retry.stop()
        if self._thread is None:
            return
        if self._loading:
            loop = QEventLoop()
            self._loaded.connect(loop.quit)
            QTimer.singleShot(LOAD_WAIT_MS, loop.quit)
            loop.exec()
        if self._tts is not None:
            self._call("stop")
        _finish(self._thread, self._tts)
        self._thread = self._tts = self._voices = None
        self.ready = False

    def _load(self) -> None:
        """One attempt: a fresh engine object moves to the thread and loads the engine there."""
        assert self._thread is not None and self._engine is not None
        self.attempts += 1
        log.info("speech engine %s: attempt %d", self._engine, self.attempts)
        tts = self._make_engine()
        self._voices = _Voices(tts)
        self._voices.found.connect(self._on_voices)
        tts.stateChanged.connect(self._on_state)
        tts.engineChanged.connect(self._on_engine)
        tts.moveToThread(self._thread)
        self._tts = tts
        _end_with_application(self._thread, tts)
        self._loading = True
        self._call("setEngine", Q_ARG(str, self._engine))
        self._call("setLocale", Q_ARG(QLocale, self._locale))
        self._call("setVolume", Q_ARG(float, 0.0))  # applies to each utterance as it is sent
        self._call("say", Q_ARG(str, WARM_UP_TEXT))
        self._apply_volume()
        self._call("setRate", Q_ARG(float, self._rate))
        QMetaObject.invokeMethod(self._voices, "report", Qt.ConnectionType.QueuedConnection)
        self.set_voice(self._voice)

    def _apply_volume(self) -> None:
        self._call("setVolume", Q_ARG(float, self._volume * SPEECH_GAIN))

    def _call(self, method: str, *args: Any) -> None:
        QMetaObject.invokeMethod(self._tts, method, Qt.ConnectionType.QueuedConnection, *args)

    def _on_state(self, state: Any) -> None:
        if self._loading and not self.ready and state.name == "Ready":
            self.ready = True
            self.changed.emit()

    def _on_voices(self, names: list[str]) -> None:
        if self.ready:  # a failed engine's (empty) list changes nothing
            self.voices = tuple(names)
            self.changed.emit()

    def _on_engine(self, _name: str) -> None:
        """``setEngine`` has finished: an engine that did not become ready failed to load."""
        if not self._loading:
            return
        self._loading = False
        self._loaded.emit()
        if self.ready:
            return
        log.info("speech engine %s: attempt %d failed", self._engine, self.attempts)
        failed, self._tts, self._voices = self._tts, None, None
        _delete_in_its_thread(failed)
        retry = self.attempts - 1
        if retry >= len(self._retry_delays_ms):
            self._fail()
            return
        self._retry.start(self._retry_delays_ms[retry])

    def _fail(self) -> None:
        self.failed = True
        self.changed.emit()


def _installed_engine(name: str | None) -> str | None:
    """``name`` if that text-to-speech plug-in is installed, else None (no use retrying); for
    None the first real plug-in (not Qt's mock), if any."""
    try:
        speech = importlib.import_module("PySide6.QtTextToSpeech")
    except ImportError:
        return None
    engines = speech.QTextToSpeech.availableEngines()
    if name is not None:
        return name if name in engines else None
    real = [engine for engine in engines if engine != "mock"]
    return real[0] if real else None


def _delete_in_its_thread(tts: QObject | None) -> None:
    if tts is not None and Shiboken.isValid(tts):
        QMetaObject.invokeMethod(tts, "deleteLater", Qt.ConnectionType.QueuedConnection)


def _end_with_application(thread: QThread, tts: QObject) -> None:
    """Make sure ``thread`` has ended before the application is destroyed, even without
    ``close()``: Qt aborts when a running QThread is destroyed. The application's ``destroyed``
    signal comes before its children (the thread) are deleted.
    """
    app = QCoreApplication.instance()
    if app is not None:
        app.destroyed.connect(functools.partial(_finish, thread, tts))


def _finish(thread: QThread, tts: QObject | None) -> None:
    """Delete ``tts`` in ``thread``, end the thread's event loop and wait for it."""
    _delete_in_its_thread(tts)
    if Shiboken.isValid(thread):
        thread.quit()
        thread.wait(LOAD_WAIT_MS)
