"""The cue stream without Qt: cues land at the sample heard at their due time, on a fake clock."""

from __future__ import annotations

import array

from backcare_desktop.audio.cue_stream import STALE_NS, Ahead, Armed, CueStream, StreamClock

RATE = 1000  # one frame a millisecond keeps the arithmetic readable
MS = 1_000_000
BEEP = array.array("h", [1000] * 30).tobytes()  # 30 frames = 30 ms
BOOP = array.array("h", [-500] * 30).tobytes()


def ahead(low: int, horizon: int = 0, room: int = 10_000) -> Ahead:
    return Ahead(low=low, horizon=horizon, room=room)


def frames(chunk: bytes) -> list[int]:
    return array.array("h", chunk).tolist()


def onsets(chunk: bytes) -> list[tuple[int, int]]:
    """(frame, value) wherever the value changes from the frame before."""
    values = frames(chunk)
    return [(i, v) for i, v in enumerate(values) if v != (values[i - 1] if i else 0)]


def test_the_clock_places_a_frame_by_what_is_still_buffered() -> None:
    clock = StreamClock(RATE)
    assert not clock.known
    clock.observe(now_ns=1000 * MS, written=500, buffered=120)
    assert clock.known
    assert clock.time_of(500) == 1120 * MS  # the next frame written is heard after 120 ms
    assert clock.frame_at(1120 * MS) == 500
    assert clock.frame_at(2000 * MS) == 1380


def test_the_clock_takes_the_median_so_a_chunked_read_does_not_move_it() -> None:
    clock = StreamClock(RATE)
    for step in range(20):  # steady: written and buffered grow together
        clock.observe(now_ns=(1000 + 20 * step) * MS, written=20 * step, buffered=120)
    clock.observe(now_ns=1400 * MS, written=400, buffered=60)  # the server took a big chunk
    assert clock.time_of(0) == 1120 * MS


def test_an_armed_cue_is_written_once_due_within_the_horizon_at_its_frame() -> None:
    stream = CueStream(RATE)
    stream.arm([Armed("tick@1500", BEEP, due_ns=1500 * MS)])
    chunk = stream.fill(1000 * MS, 0, ahead(low=40, horizon=150))  # heard from 1000 ms
    assert frames(chunk) == [0] * 40  # only the low mark: the cue is 500 ms away
    assert not stream.sounded and stream.armed_due_ns == 1500 * MS
    for now in range(1010, 1360, 10):  # the output plays 10 ms between top-ups
        assert not any(frames(stream.fill(now * MS, 30, ahead(low=40, horizon=150))))
    chunk = stream.fill(1360 * MS, 30, ahead(low=40, horizon=150))  # due in 140 ms: write it
    assert stream.written == 530  # through the end of the 30 ms beep at frame 500
    assert onsets(chunk) == [(110, 1000)]  # from frame 390: frame 500 is heard at 1500 ms
    assert "tick@1500" in stream.sounded
    assert stream.clock.time_of(500) == 1500 * MS
    assert stream.armed_due_ns is None and not stream.sounding_after(stream.written)


def test_a_cue_due_within_the_written_audio_sounds_at_once_and_a_stale_one_never() -> None:
    stream = CueStream(RATE)
    stream.fill(1000 * MS, 0, ahead(200))  # written up to 1200 ms
    stream.arm([Armed("late", BEEP, due_ns=1100 * MS)])
    assert onsets(stream.fill(1100 * MS, 100, ahead(150, horizon=150)))[0] == (0, 1000)
    stale = CueStream(RATE)
    stale.fill(1000 * MS, 0, ahead(100))
    stale.arm([Armed("stale", BEEP, due_ns=1000 * MS - STALE_NS - 200 * MS)])
    assert onsets(stale.fill(1050 * MS, 50, ahead(100, horizon=150))) == []
    assert (
        not stale.sounded and stale.armed_due_ns is None and not stale.sounding_after(stale.written)
    )


def test_a_sound_asked_for_now_sounds_at_its_time_and_cuts_off_the_one_before() -> None:
    stream = CueStream(RATE)
    stream.fill(1000 * MS, 0, ahead(40))  # frames 0..40 heard from 1000 ms
    stream.play_at(BEEP, at_ns=1050 * MS)  # asked at 1010 ms, 40 ms ahead
    chunk = stream.fill(1010 * MS, 30, ahead(40))  # written through the beep's end at once
    assert onsets(chunk) == [(10, 1000)] and stream.written == 80
    stream.play_at(BOOP, at_ns=1060 * MS)  # already written: as soon as possible
    assert onsets(stream.fill(1020 * MS, 60, ahead(40))) == [(0, -500)]
    assert stream.written == 110
    assert stream.sounding_after(109) and not stream.sounding_after(110)


def test_what_is_written_at_once_is_limited_by_the_room_left() -> None:
    stream = CueStream(RATE)
    stream.play_at(BEEP, at_ns=0)
    assert len(frames(stream.fill(1000 * MS, 0, ahead(10, room=20)))) == 20
    assert frames(stream.fill(1010 * MS, 10, ahead(10, room=5))) == [1000] * 5


def test_silence_stops_what_is_not_written_yet_and_cancels_the_armed_cue() -> None:
    stream = CueStream(RATE)
    stream.play_at(BEEP, at_ns=1000 * MS)
    stream.arm([Armed("next", BOOP, due_ns=1100 * MS)])
    stream.fill(1000 * MS, 0, ahead(10, room=10))
    stream.silence()
    assert frames(stream.fill(1010 * MS, 0, ahead(50, horizon=150))) == [0] * 50
    assert stream.armed_due_ns is None and not stream.sounding_after(stream.written)


def test_re_arming_replaces_the_armed_cue() -> None:
    stream = CueStream(RATE)
    stream.arm([Armed("first", BEEP, due_ns=1010 * MS)])
    stream.arm([Armed("second", BOOP, due_ns=1020 * MS)])
    assert onsets(stream.fill(1000 * MS, 0, ahead(10, horizon=100))) == [(20, -500)]
    assert list(stream.sounded) == ["second"]
    stream.arm([Armed("third", BEEP, due_ns=1200 * MS)])
    stream.arm([])
    assert frames(stream.fill(1100 * MS, 0, ahead(200, horizon=300))) == [0] * 200


def test_several_armed_cues_are_each_placed_at_their_time() -> None:
    """The thread telling the stream about each cue may be held up: all of them are known."""
    stream = CueStream(RATE)
    stream.arm([Armed(f"tick{i}", BEEP, due_ns=(1100 + 100 * i) * MS) for i in (2, 0, 1)])
    chunk = stream.fill(1000 * MS, 0, ahead(low=40, horizon=350))
    assert onsets(chunk) == [(100, 1000), (130, 0), (200, 1000), (230, 0), (300, 1000)]
    assert list(stream.sounded) == ["tick0", "tick1", "tick2"]


def test_a_late_sound_ends_where_the_next_placed_one_starts_and_keeps_it() -> None:
    stream = CueStream(RATE)
    stream.arm([Armed("next", BOOP, due_ns=1100 * MS)])
    stream.fill(1000 * MS, 0, ahead(low=40, horizon=150, room=60))  # "next" placed at frame 100
    stream.play_at(array.array("h", [1000] * 60).tobytes(), at_ns=1070 * MS)  # a late one
    chunk = stream.fill(1010 * MS, 50, ahead(low=40, horizon=150))  # frames 60 .. 130
    assert onsets(chunk) == [(10, 1000), (40, -500)]  # cut at frame 100, where "next" starts
