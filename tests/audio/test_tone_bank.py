"""The tone thread's bank against a fake output stream and a fake clock (no audio server)."""

from __future__ import annotations

import array
from pathlib import Path
from types import SimpleNamespace
from typing import ClassVar

import pytest
from PySide6.QtMultimedia import QAudioFormat, QtAudio

from backcare_desktop.audio.render import SAMPLE_RATE
from backcare_desktop.audio.tones import IDLE_STOP_MS, LOW_MS, START_AHEAD_MS, WARM_MS, _Bank
from tests.audio.synth import tone, write_wav

MS = 1_000_000
LOW_FRAMES = SAMPLE_RATE * LOW_MS // 1000


class FakeSink:
    """Plays nothing; ``played`` frames leave the buffer when the test says so."""

    made: ClassVar[list[FakeSink]] = []
    fail = False

    def __init__(self, audio_format: QAudioFormat, parent: object) -> None:
        self.format = audio_format
        self.size = 0
        self.data = bytearray()
        self.played = 0
        self.stopped = False
        FakeSink.made.append(self)

    def setBufferSize(self, size: int) -> None:
        self.size = size

    def bufferSize(self) -> int:
        return self.size

    def bytesFree(self) -> int:
        return self.size - (len(self.data) - 2 * self.played)

    def start(self) -> SimpleNamespace:
        return SimpleNamespace(write=self.data.extend)

    def error(self) -> QtAudio.Error:
        return QtAudio.Error.OpenError if FakeSink.fail else QtAudio.Error.NoError

    def stop(self) -> None:
        self.stopped = True

    def deleteLater(self) -> None:
        pass

    def samples(self) -> list[int]:
        return array.array("h", bytes(self.data)).tolist()


class Clock:
    def __init__(self) -> None:
        self.now = 1000 * MS

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def bank(qapp, tmp_path: Path) -> tuple[_Bank, Clock]:
    FakeSink.made.clear()
    FakeSink.fail = False
    tick = tmp_path / "tick.wav"
    write_wav(tick, tone(30), rate=SAMPLE_RATE)
    clock = Clock()
    made = _Bank(
        SimpleNamespace(QAudioFormat=QAudioFormat, QAudioSink=FakeSink, QtAudio=QtAudio), clock
    )
    made.setup()
    made.load({"tick": str(tick)})
    return made, clock


def test_an_armed_cue_is_written_to_sound_at_its_due_time_and_only_once(bank) -> None:
    tones, clock = bank
    tones.arm([("tick", 1500 * MS)])
    (sink,) = FakeSink.made
    assert sink.format.sampleRate() == SAMPLE_RATE and sink.format.channelCount() == 1
    assert len(sink.data) == 2 * LOW_FRAMES  # written LOW_MS ahead at once, all silence
    assert not any(sink.samples())
    for step in range(1, 30):  # the output plays 20 ms between top-ups
        clock.now = (1000 + 20 * step) * MS
        sink.played = SAMPLE_RATE * 20 * step // 1000
        tones._top_up()
    onset = next(i for i, value in enumerate(sink.samples()) if value)
    assert onset == SAMPLE_RATE * 500 // 1000  # the frame heard 500 ms after 1000 ms
    written = len(sink.data)
    tones.confirm("tick", 1500 * MS)  # the GUI thread reports it late: not played again
    assert len(sink.data) == written


def test_a_cue_not_in_the_stream_is_played_when_confirmed(bank) -> None:
    tones, _clock = bank
    tones.confirm("tick", 900 * MS)  # never armed
    (sink,) = FakeSink.made
    assert (
        next(i for i, value in enumerate(sink.samples()) if value) == LOW_FRAMES
    )  # LOW_MS after the call, like any sound asked for now


def test_the_stream_runs_only_around_the_cues(bank) -> None:
    """Idle for IDLE_STOP_MS: stopped; it starts again START_AHEAD_MS before the next cue."""
    tones, clock = bank
    tones.play("tick")
    (sink,) = FakeSink.made
    for _ in range(4):
        clock.now += 200 * MS
        sink.played = len(sink.data) // 2
        tones._top_up()
    assert not sink.stopped  # idle for less than IDLE_STOP_MS
    clock.now += IDLE_STOP_MS * MS
    tones._top_up()
    assert sink.stopped
    tones.arm([("tick", clock.now + 2000 * MS)])
    assert len(FakeSink.made) == 1  # not yet: the cue is 2 s away
    assert tones._wake.isActive()
    assert tones._wake.remainingTime() in range(
        2000 - START_AHEAD_MS - 50, 2000 - START_AHEAD_MS + 1
    )
    clock.now += (2000 - START_AHEAD_MS) * MS
    tones._run()  # the wake-up timer's call
    assert len(FakeSink.made) == 2 and not FakeSink.made[1].stopped
    for _ in range(10):  # the cue is due within START_AHEAD_MS: the stream keeps running
        clock.now += 40 * MS
        FakeSink.made[1].played = len(FakeSink.made[1].data) // 2
        tones._top_up()
    assert not FakeSink.made[1].stopped
    tones.disarm()
    assert not tones._wake.isActive()


def test_the_warm_up_ends_once_the_stream_has_run_and_at_once_without_output(bank, qtbot) -> None:
    tones, clock = bank
    ended: list[bool] = []
    tones.warm_up_ended.connect(lambda: ended.append(True))
    tones.warm_up()
    tones._top_up()
    assert ended == []
    clock.now += WARM_MS * MS
    tones._top_up()
    assert ended == [True]
    tones.shut_down()
    FakeSink.fail = True
    tones.warm_up()
    assert ended == [True, True]
    tones.arm([("tick", clock.now + 500 * MS)])
    assert all(sink.stopped for sink in FakeSink.made)


def test_a_sound_written_but_not_yet_heard_keeps_the_stream_running(bank) -> None:
    """Stopping the output throws away what it holds: it must wait until the tone is heard."""
    tones, clock = bank
    tones.play("tick")
    (sink,) = FakeSink.made
    for _ in range(10):  # the output plays nothing meanwhile (a stalled server)
        clock.now += 200 * MS
        tones._top_up()
    assert not sink.stopped
    sink.played = len(sink.data) // 2
    for _ in range(7):
        clock.now += 200 * MS
        tones._top_up()
    assert sink.stopped
