"""The measuring tool of the cue-timing test and benchmark is itself right."""

from __future__ import annotations

import pytest

from tests.support.cue_recording import match_cues
from tests.support.pulse import Recording

KINDS = ["get_ready", "tick", "tick", "work_start", "finished"]
DUE = [0.0, 1000.0, 2000.0, 3000.0, 60_000.0]


def test_constant_latency_is_removed_and_jitter_kept() -> None:
    onsets = [40.0, 1043.0, 2038.0, 3040.0, 60_041.0]  # 40 ms latency, +-3 ms jitter
    timing = match_cues(KINDS, DUE, onsets)
    assert timing.latency_ms == 40.0
    assert timing.errors_ms == pytest.approx([0.0, 3.0, -2.0, 0.0, 1.0])
    assert timing.missing == []


def test_a_missing_cue_and_stray_onsets_are_reported() -> None:
    onsets = [40.0, 500.0, 1040.0, 3040.0, 3300.0, 60_040.0]  # the second tick never sounded
    timing = match_cues(KINDS, DUE, onsets)
    assert timing.missing == ["tick"]
    assert timing.errors_ms[2] is None


def test_drift_is_the_slope_of_the_errors() -> None:
    due = [i * 6000.0 for i in range(11)]  # one minute
    onsets = [50.0 + t + t / 6000.0 for t in due]  # 1 ms later every 6 s: 10 ms a minute
    timing = match_cues(["tick"] * 11, due, onsets)
    assert timing.drift_ms_per_minute() == pytest.approx(10.0)


def test_a_recording_that_starts_mid_sound_still_aligns() -> None:
    # the recorder started during the first cue: its onset is at 0 and matches nothing
    onsets = [0.2, 612.0, 1611.0, 2613.0, 59_612.0]
    timing = match_cues(KINDS, DUE, onsets)
    assert timing.latency_ms == pytest.approx(-388.0)
    assert timing.missing == ["get_ready"]
    assert timing.errors_ms[1:] == pytest.approx([0.0, -1.0, 1.0, 0.0])


def test_a_recording_clock_that_runs_fast_is_measured_and_taken_out() -> None:
    # the recorder receives 44,107.5 frames per monotonic second (170 ppm fast), in jittery chunks
    rate = 44_107.5
    arrivals = [
        (round(ms * 1e6 + (ms % 7) * 1e5), round(ms * rate / 1000)) for ms in range(0, 60_000, 10)
    ]
    recording = Recording(arrivals=arrivals)
    recording.measure_rate()
    assert recording.rate == pytest.approx(rate, abs=0.5)
    # a sound one minute into the recording by its own clock came 10.2 ms sooner by the monotonic
    assert 60_000 - recording.monotonic_ms(60_000) == pytest.approx(10.2, abs=0.1)
