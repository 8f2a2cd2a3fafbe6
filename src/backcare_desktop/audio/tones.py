"""The cue tones: one output stream, written from a thread of its own, cues placed ahead in it.

Qt 6.11's ``QSoundEffect`` cannot leave the GUI thread (its voices are deleted by an engine
object that lives there, and the app then spins on a dead socket notifier), and a tone started
by a call at its due instant is as late as that call: cues were up to 19 ms late with two busy
loops on two cores. So the tones are written into one ``QAudioSink`` stream instead, by a thread
of its own (the highest priority the system allows it), which keeps :data:`LOW_MS` of audio
written ahead of what is heard and writes each cue known ahead into it, up to
:data:`HORIZON_MS` before it is due, at the sample heard at its due time (:mod:`.cue_stream`).
That thread may then be woken late by that much and the cue still sounds on time; nothing at
the due instant depends on the GUI thread or Python. A cue must be known :data:`LEAD_MS` ahead
for this (a workout starts that much after Start for its first cue); one asked for at once
sounds within :data:`LOW_MS`.

The GUI side still reports each cue when the engine delivers it (:meth:`CueTones.confirm`): a
cue already placed is not played twice; one that was not (the stream had stopped) plays at
once. Only one tone sounds at a time: a new one cuts off the one before it. The stream stops
after :data:`IDLE_STOP_MS` with nothing to play, so an idle app keeps no audio stream open.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
import wave
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QIODevice, QObject, Qt, QThread, QTimer, Signal, Slot
from shiboken6 import Shiboken

from backcare_desktop.audio.cue_stream import BYTES_PER_FRAME, Ahead, Armed, CueStream
from backcare_desktop.audio.render import SAMPLE_RATE
from backcare_desktop.core.timeline import CueKind

log = logging.getLogger(__name__)

LOW_MS = 60
"""Audio always written ahead of what is heard: a sound asked for *now* (not armed ahead) is
heard at most this much later."""
HORIZON_MS = 150
"""A cue armed ahead is written into the stream once it is due within this: the tone thread may
then wake up to this late (less the cue's own lead) and the cue still sounds on time."""
LEAD_MS = 120
"""How far ahead a cue must be known to sound exactly on time (LOW_MS and a top-up or two)."""
PERIOD_MS = 20
"""How often the tone thread tops the stream up."""
BUFFER_MS = 500
"""The output's buffer: room for :data:`HORIZON_MS` and a long sound."""
WARM_MS = 200
"""The stream has run this long when the warm-up is over (a cue before may sound late)."""
START_AHEAD_MS = 500
"""The stream starts this long before an armed cue is due (its timing is learnt by then)."""
IDLE_STOP_MS = 1000
"""The stream stops after this long with nothing to sound and no cue due within
:data:`START_AHEAD_MS`: a running stream costs about 1.5% of a core, so it runs only around
the cues (a 45 s hold has no stream for most of it)."""
RT_PRIORITY = 10
"""SCHED_RR priority of the tone thread where allowed (low among real-time threads)."""
NICE = -10
JOIN_MS = 2000
NS_PER_MS = 1_000_000


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


def _frames(ms: int) -> int:
    return SAMPLE_RATE * ms // 1000


def read_pcm(path: Path) -> bytes | None:
    """The samples of a prepared cue sound (16-bit mono WAV at ``SAMPLE_RATE``); None if the
    file is not one (it is then not played, and the log says why)."""
    try:
        with wave.open(str(path), "rb") as sound:
            shape = (sound.getnchannels(), sound.getsampwidth(), sound.getframerate())
            if shape != (1, BYTES_PER_FRAME, SAMPLE_RATE):
                log.warning(
                    "cue tones: %s is %s, not 16-bit mono at %d Hz", path, shape, SAMPLE_RATE
                )
                return None
            return sound.readframes(sound.getnframes())
    except (OSError, EOFError, wave.Error) as error:
        log.warning("cue tones: cannot read %s: %s", path, error)
        return None


class _Bank(QObject):
    """Lives in the tone thread: owns the output stream, the sounds and the top-up timer."""

    warm_up_ended = Signal()

    def __init__(self, multimedia: Any, clock: Callable[[], int] = time.monotonic_ns) -> None:
        super().__init__()
        self._multimedia = multimedia
        self._clock = clock
        self._sounds: dict[str, bytes] = {}
        self._stream = CueStream(SAMPLE_RATE)
        self._sink: Any = None
        self._output: QIODevice | None = None
        self._timer: QTimer | None = None
        self._wake: QTimer | None = None
        self._started_ns = 0
        self._idle_since_ns: int | None = None
        self._warming = False

    @Slot()
    def setup(self) -> None:
        """First call in the thread: its priority and the timer."""
        log.info("cue tones: thread scheduling %s", raise_thread_priority())
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PERIOD_MS)
        self._timer.timeout.connect(self._top_up)
        self._wake = QTimer(self)
        self._wake.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake.setSingleShot(True)
        self._wake.timeout.connect(self._run)

    @Slot(dict)
    def load(self, files: dict[str, str]) -> None:
        """Use these WAV files (kind value -> path); a kind missing plays no tone."""
        self._stream.arm([])
        self._sounds = {
            kind: pcm for kind, path in files.items() if (pcm := read_pcm(Path(path))) is not None
        }

    @Slot(str)
    def play(self, kind: str) -> None:
        """Sound ``kind`` :data:`LOW_MS` from now (or as soon after as a starting stream
        allows), cutting off any other tone."""
        pcm = self._sounds.get(kind)
        if pcm is not None and self._run():
            self._stream.play_at(pcm, self._clock() + LOW_MS * NS_PER_MS)
            self._top_up()

    @Slot()
    def stop(self) -> None:
        """Silence every tone from the next sample written on (ending the warm-up)."""
        self._stream.silence()
        self.finish_warm_up()

    @Slot(list)
    def arm(self, cues: list[tuple[str, int]]) -> None:
        """Place each ``(kind, due_ns)`` in the stream at its due time (monotonic clock), unless
        re-armed before it is written. The stream starts :data:`START_AHEAD_MS` before."""
        self._stream.arm(
            [
                Armed((kind, due_ns), pcm, due_ns)
                for kind, due_ns in cues
                if (pcm := self._sounds.get(kind)) is not None
            ]
        )
        self._start_for_armed()

    @Slot()
    def disarm(self) -> None:
        """Cancel the armed cue (a cue already written to the stream still sounds)."""
        self._stream.arm([])
        if self._wake is not None:
            self._wake.stop()

    @Slot(str, object)
    def confirm(self, kind: str, due_ns: int) -> None:
        """The engine delivered this cue: play it now unless it is already in the stream."""
        self.finish_warm_up()
        if (kind, due_ns) in self._stream.sounded:
            return
        self.play(kind)

    @Slot()
    def warm_up(self) -> None:
        """Start the stream now, so the first cue does not wait for it (``warm_up_ended``
        follows after :data:`WARM_MS` of it, or at once with no sounds or no output)."""
        if self._sounds and self._run():
            self._warming = True
        else:
            self.warm_up_ended.emit()

    @Slot()
    def finish_warm_up(self) -> None:
        """End the warm-up now."""
        if self._warming:
            self._warming = False
            self.warm_up_ended.emit()

    @Slot()
    def shut_down(self) -> None:
        """Stop the stream and the timers, in this thread."""
        self.disarm()
        self.finish_warm_up()
        self._stop_stream()

    def _start_for_armed(self) -> None:
        """Run the stream now if the armed cue is due soon, else wake up to start it then."""
        due_ns = self._stream.armed_due_ns
        if due_ns is None or self._wake is None:
            return
        delay_ns = due_ns - START_AHEAD_MS * NS_PER_MS - self._clock()
        if self._output is not None or delay_ns <= 0:
            self._wake.stop()
            if self._run():
                self._top_up()
        else:
            self._wake.start(delay_ns // NS_PER_MS)

    @Slot()
    def _run(self) -> bool:
        """Start the output stream if it is not running; False when it cannot run."""
        if self._output is not None:
            return True
        if self._timer is None:  # not set up yet: the thread has not started
            return False
        audio_format = self._multimedia.QAudioFormat()
        audio_format.setSampleRate(SAMPLE_RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(self._multimedia.QAudioFormat.SampleFormat.Int16)
        self._sink = self._multimedia.QAudioSink(audio_format, self)
        self._sink.setBufferSize(SAMPLE_RATE * BYTES_PER_FRAME * BUFFER_MS // 1000)
        output = self._sink.start()
        if output is None or self._sink.error() != self._multimedia.QtAudio.Error.NoError:
            log.warning("cue tones: the audio output did not start (%s)", self._sink.error())
            self._stop_stream()
            return False
        self._output = output
        self._stream.clock.restart()
        self._started_ns = self._clock()
        self._idle_since_ns = None
        self._timer.start()
        return True

    def _stop_stream(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink = self._output = None

    def _top_up(self) -> None:
        """Observe the stream and write it ahead (see :meth:`CueStream.fill`); stop it when idle."""
        if self._output is None:
            return
        now_ns = self._clock()
        free = self._sink.bytesFree()
        buffered = (self._sink.bufferSize() - free) // BYTES_PER_FRAME
        if buffered <= 0 and self._stream.written:
            self._stream.clock.restart()  # it ran dry: the old timing no longer holds
        room = free // BYTES_PER_FRAME
        chunk = self._stream.fill(
            now_ns, buffered, Ahead(_frames(LOW_MS), _frames(HORIZON_MS), room)
        )
        if chunk:
            self._output.write(chunk)
        if self._warming and now_ns - self._started_ns >= WARM_MS * NS_PER_MS:
            self.finish_warm_up()
        due_ns = self._stream.armed_due_ns
        if (
            self._warming
            or self._stream.sounding_after(self._stream.written - buffered - len(chunk) // 2)
            or (due_ns is not None and due_ns - now_ns <= START_AHEAD_MS * NS_PER_MS)
        ):
            self._idle_since_ns = None
        elif self._idle_since_ns is None:
            self._idle_since_ns = now_ns
        elif now_ns - self._idle_since_ns >= IDLE_STOP_MS * NS_PER_MS:
            self._stop_stream()
            self._start_for_armed()


class CueTones(QObject):
    """The GUI-thread face of the tone thread; every call is queued to it, in order."""

    warm_up_ended = Signal()
    _load = Signal(dict)
    _play = Signal(str)
    _stop = Signal()
    _arm = Signal(list)
    _disarm = Signal()
    _confirm = Signal(str, object)
    _warm_up = Signal()
    _finish_warm_up = Signal()
    _shut_down = Signal()

    def __init__(self, multimedia: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bank = _Bank(multimedia)
        self._thread = QThread(QCoreApplication.instance())  # may outlive this object
        self._thread.setObjectName("cue-tones")
        self._bank.moveToThread(self._thread)
        self._thread.finished.connect(self._bank.deleteLater)
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
        self._thread.started.connect(self._bank.setup)
        self._thread.start(QThread.Priority.TimeCriticalPriority)
        app = QCoreApplication.instance()
        if app is not None:  # a QThread must end before the app
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

    def arm(self, cues: Sequence[tuple[CueKind, int]]) -> None:
        """Sound each ``(kind, due_ns)`` at ``due_ns`` (``time.monotonic_ns``) from the tone
        thread, instead of what was armed before."""
        self._arm.emit([(kind.value, due_ns) for kind, due_ns in cues])

    def disarm(self) -> None:
        """Cancel the armed cue (pause, skip, stop)."""
        self._disarm.emit()

    def confirm(self, kind: CueKind, due_ns: int) -> None:
        """The engine delivered this cue now: sound it unless the tone thread has placed it."""
        self._confirm.emit(kind.value, due_ns)

    def warm_up(self) -> None:
        """Start the output stream now (``warm_up_ended`` follows once it runs)."""
        self._warm_up.emit()

    def finish_warm_up(self) -> None:
        """End the warm-up now (the limit ran out)."""
        self._finish_warm_up.emit()

    def close(self) -> None:
        """Stop the stream in its thread and end the thread (safe to call twice)."""
        if self._closed:
            return
        self._closed = True
        self._shut_down.emit()
        _end(self._thread)


def _end(thread: QThread) -> None:
    """End ``thread``'s event loop (after what is queued) and wait for it."""
    if Shiboken.isValid(thread):
        thread.quit()
        thread.wait(JOIN_MS)
