"""The cue tones, played from a thread of their own that does nothing else.

On the GUI thread a cue waits for whatever the window is doing, and with the CPU saturated by
other programs the GUI thread itself is woken late: cues were up to 19 ms late with two busy
loops on two cores. Here the ``QSoundEffect`` objects live in a dedicated thread with the
highest priority the system allows it (real-time round-robin where permitted, else a lower nice
value, else Qt's time-critical priority), and the next cue is *armed* ahead of time: a precise
timer in that thread whose timeout is connected in C++ straight to the effects' ``stop`` and
``play`` slots, so at the due instant neither the GUI thread nor Python (the GIL) is involved.

The GUI side still reports each cue when the engine delivers it (:meth:`CueTones.confirm`): if
the armed timer has fired the cue is not played twice; if the GUI got there first (a quiet
machine) the timer is cancelled and the cue plays at once. Only one tone sounds at a time (see
``stop`` before every ``play``: Qt 6.12's mixer misbehaves with overlapping effects).
"""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    SIGNAL,
    SLOT,
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from shiboken6 import Shiboken

from backcare_desktop.core.timeline import CueKind

log = logging.getLogger(__name__)

WARM_UP_VOLUME = 0.001
"""The start-up tone plays at -60 dB: inaudible, but not 0 (Qt 6.11 mishandles volume 0)."""
RT_PRIORITY = 10
"""SCHED_RR priority of the tone thread where allowed (low among real-time threads)."""
NICE = -10
JOIN_MS = 2000
TONE_THREAD = os.environ.get("BACKCARE_DESKTOP_TONE_THREAD", "") == "1"
"""Off by default: on main, with the effects in their own thread, Qt's PulseAudio engine (made
in the GUI thread) was seen toggling a socket notifier across threads and the app exited
(tests/e2e/test_audio_cues.py). Until that is solved the bank lives in the GUI thread (arming
still needs no Python at the due instant, but waits for the GUI thread);
``BACKCARE_DESKTOP_TONE_THREAD=1`` turns the thread on for measurements."""


def raise_thread_priority() -> str:
    """Give the calling thread the highest scheduling class allowed; say which it got."""
    try:
        os.sched_setscheduler(0, os.SCHED_RR, os.sched_param(RT_PRIORITY))
        return f"SCHED_RR {RT_PRIORITY}"
    except (AttributeError, OSError):
        pass
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)
        return f"nice {NICE}"
    except (AttributeError, OSError):
        return "normal (time-critical where Qt can set it)"


class _Bank(QObject):
    """Lives in the tone thread: owns the effects and the armed timer."""

    warm_up_ended = Signal()

    def __init__(self, multimedia: Any) -> None:
        super().__init__()
        self._multimedia = multimedia
        self._effects: dict[str, Any] = {}
        self._timer: QTimer | None = None
        self._armed: tuple[str, int] | None = None
        self._warming: str | None = None

    @Slot()
    def setup(self) -> None:
        """First call in the thread: its priority and the timer."""
        log.info("cue tones: thread scheduling %s", raise_thread_priority())
        self.make_timer()

    def make_timer(self) -> None:
        """The precise single-shot timer that sounds the armed cue."""
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)

    @Slot(dict)
    def load(self, files: dict[str, str]) -> None:
        """Use these WAV files (kind value -> path); a kind missing plays no tone."""
        self.disarm()
        for kind in [known.value for known in CueKind]:
            path = files.get(kind)
            effect = self._effects.get(kind)
            if path is None:
                if effect is not None:
                    self._effects.pop(kind)
                    effect.stop()
                    effect.deleteLater()
                    if kind == self._warming:
                        self.finish_warm_up()
                continue
            if effect is None:
                effect = self._multimedia.QSoundEffect(self)
                effect.playingChanged.connect(self._playing_changed)
                self._effects[kind] = effect
            effect.setSource(QUrl.fromLocalFile(str(path)))

    @Slot(str)
    def play(self, kind: str) -> None:
        """Sound ``kind`` now, cutting off any other tone."""
        self.stop()
        effect = self._effects.get(kind)
        if effect is not None:
            effect.play()

    @Slot()
    def stop(self) -> None:
        """Silence every tone (ending the warm-up)."""
        for effect in self._effects.values():
            effect.stop()
        if self._warming is not None:
            self.finish_warm_up()

    @Slot(str, object)
    def arm(self, kind: str, due_ns: int) -> None:
        """Play ``kind`` at ``due_ns`` (monotonic clock) unless disarmed or re-armed first."""
        if self._armed == (kind, due_ns) or self._timer is None:
            return
        self.disarm()
        effect = self._effects.get(kind)
        delay_ns = due_ns - time.monotonic_ns()
        if effect is None or delay_ns <= 0:
            return
        timeout = SIGNAL("timeout()")
        for other in self._effects.values():  # C++ to C++: no Python when it fires
            QObject.connect(self._timer, timeout, other, SLOT("stop()"))
        QObject.connect(self._timer, timeout, effect, SLOT("play()"))
        self._armed = (kind, due_ns)
        self._timer.start(max(0, delay_ns // 1_000_000))  # whole ms, never later than due

    @Slot()
    def disarm(self) -> None:
        """Cancel the armed cue."""
        if self._timer is None:
            return
        self._timer.stop()
        if self._armed is not None:
            self._timer.timeout.disconnect()
        self._armed = None

    @Slot(str, object)
    def confirm(self, kind: str, due_ns: int) -> None:
        """The engine delivered this cue: play it unless the armed timer already did."""
        if self._armed == (kind, due_ns) and self._timer is not None:
            if not self._timer.isActive():
                return  # sounded on time from the timer
            self.disarm()
        if self._warming is not None:
            self.finish_warm_up()
        self.play(kind)

    @Slot()
    def warm_up(self) -> None:
        """Play one tone nearly silent so the audio stream starts now, not at the first cue."""
        kind = next(iter(self._effects), None)
        if kind is None:
            self.warm_up_ended.emit()
            return
        self._effects[kind].setVolume(WARM_UP_VOLUME)
        self._effects[kind].play()
        self._warming = kind

    @Slot()
    def finish_warm_up(self) -> None:
        """End the warm-up: its tone stops and the volume is full again."""
        kind, self._warming = self._warming, None
        effect = self._effects.get(kind) if kind is not None else None
        if effect is not None:
            effect.stop()
            effect.setVolume(1.0)
        if kind is not None:
            self.warm_up_ended.emit()

    def _playing_changed(self) -> None:
        effect = self._effects.get(self._warming) if self._warming is not None else None
        if effect is not None and not effect.isPlaying():
            self.finish_warm_up()

    @Slot()
    def shut_down(self) -> None:
        """Stop and delete everything, in this thread."""
        self.disarm()
        for effect in self._effects.values():
            effect.stop()
            effect.deleteLater()
        self._effects.clear()
        self._warming = None


class CueTones(QObject):
    """The GUI-thread face of the tone thread; every call is queued to it, in order."""

    warm_up_ended = Signal()
    _load = Signal(dict)
    _play = Signal(str)
    _stop = Signal()
    _arm = Signal(str, object)
    _disarm = Signal()
    _confirm = Signal(str, object)
    _warm_up = Signal()
    _finish_warm_up = Signal()
    _shut_down = Signal()

    def __init__(self, multimedia: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bank = _Bank(multimedia)
        self._thread: QThread | None = None
        if TONE_THREAD:
            self._thread = QThread(QCoreApplication.instance())  # may outlive this object
            self._thread.setObjectName("cue-tones")
            self._bank.moveToThread(self._thread)
            self._thread.finished.connect(self._bank.deleteLater)
        else:
            self._bank.setParent(self)
            self._bank.make_timer()
        for signal, slot in (
            (self._load, self._bank.load),
            (self._play, self._bank.play),
            (self._stop, self._bank.stop),
            (self._arm, self._bank.arm),
            (self._disarm, self._bank.disarm),
            (self._confirm, self._bank.confirm),
            (self._warm_up, self._bank.warm_up),
            (self._finish_warm_up, self._bank.finish_warm_up),
            (self._shut_down, self._bank.shut_down),
        ):
            signal.connect(slot, Qt.ConnectionType.QueuedConnection)
        self._bank.warm_up_ended.connect(self.warm_up_ended, Qt.ConnectionType.QueuedConnection)
        self._closed = False
        if self._thread is not None:
            self._thread.started.connect(self._bank.setup)
            self._thread.start(QThread.Priority.TimeCriticalPriority)
        app = QCoreApplication.instance()
        if app is not None and self._thread is not None:  # a QThread must end before the app
            app.aboutToQuit.connect(self.close)
            app.destroyed.connect(functools.partial(_end, self._thread))

    def load(self, files: Mapping[CueKind, Path]) -> None:
        """Use these WAV files as the cue tones."""
        self._load.emit({kind.value: str(path) for kind, path in files.items()})

    def play(self, kind: CueKind) -> None:
        """Sound ``kind`` as soon as the tone thread can."""
        self._play.emit(kind.value)

    def stop(self) -> None:
        """Silence every tone and cancel the armed one."""
        self._disarm.emit()
        self._stop.emit()

    def arm(self, kind: CueKind, due_ns: int) -> None:
        """Sound ``kind`` at ``due_ns`` (``time.monotonic_ns``) from the tone thread."""
        self._arm.emit(kind.value, due_ns)

    def disarm(self) -> None:
        """Cancel the armed cue (pause, skip, stop)."""
        self._disarm.emit()

    def confirm(self, kind: CueKind, due_ns: int) -> None:
        """The engine delivered this cue now: sound it unless the armed timer did."""
        self._confirm.emit(kind.value, due_ns)

    def warm_up(self) -> None:
        """Start the output stream with a nearly silent tone (``warm_up_ended`` follows)."""
        self._warm_up.emit()

    def finish_warm_up(self) -> None:
        """End the warm-up now (the limit ran out)."""
        self._finish_warm_up.emit()

    def close(self) -> None:
        """Delete the effects in their thread and end it (safe to call twice)."""
        if self._closed:
            return
        self._closed = True
        self._shut_down.emit()
        if self._thread is not None:
            _end(self._thread)


def _end(thread: QThread) -> None:
    """End ``thread``'s event loop (after what is queued) and wait for it."""
    if Shiboken.isValid(thread):
        thread.quit()
        thread.wait(JOIN_MS)
