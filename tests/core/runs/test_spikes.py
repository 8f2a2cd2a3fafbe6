"""The spike rule (Frandsen et al., BJSM 2025) and the gentle follow-up note."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from backcare_desktop.core.runs.spikes import (
    PainSample,
    SpikeCheck,
    check_spikes,
    follow_up_notes,
)

DAY0 = datetime(2025, 1, 1, 7, 0, tzinfo=UTC)


def day(n: float) -> datetime:
    return DAY0 + timedelta(days=n)


def test_more_than_ten_percent_longer_than_the_30_day_longest_is_a_spike() -> None:
    checks = check_spikes([(day(0), 8000), (day(10), 5000), (day(20), 8800), (day(25), 8801)])
    assert [c.longest_before_m for c in checks] == [None, 8000, 8000, 8800]
    # 8800 is exactly 10% longer: not more than 10%; 8801 vs 8800 is not a spike either
    assert [c.is_spike for c in checks] == [False, False, False, False]
    assert check_spikes([(day(0), 8000), (day(1), 8801)])[1].is_spike


def test_runs_older_than_30_days_drop_out_of_the_window() -> None:
    checks = check_spikes([(day(0), 20000), (day(29), 5000), (day(31), 7000)])
    assert checks[1].longest_before_m == 20000
    assert checks[2].longest_before_m == 5000 and checks[2].is_spike
    assert checks[2].percent_longer == 40


def test_a_first_run_or_one_after_a_break_is_not_flagged() -> None:
    checks = check_spikes([(day(0), 5000), (day(45), 15000)])
    assert [c.longest_before_m for c in checks] == [None, None]
    assert not any(c.is_spike for c in checks)


def test_the_explanation_is_one_calm_line_with_the_source() -> None:
    check = SpikeCheck(day(0), 12000, 8000)
    text = check.explanation()
    assert "\n" not in text
    assert "12.0 km is 50% longer" in text and "(8.0 km)" in text
    assert "Frandsen et al., Br J Sports Med 2025" in text


@given(
    st.lists(
        st.tuples(st.integers(0, 400 * 24), st.floats(100, 50000, allow_nan=False)),
        max_size=60,
    )
)
def test_the_window_matches_a_plain_scan(runs: list[tuple[int, float]]) -> None:
    dated = [(DAY0 + timedelta(hours=hours), distance) for hours, distance in runs]
    for check in check_spikes(dated):
        before = [d for s, d in dated if check.start - timedelta(days=30) <= s < check.start]
        assert check.longest_before_m == (max(before) if before else None)


def test_a_note_when_pain_rises_after_a_flagged_run() -> None:
    spikes = check_spikes([(day(0), 8000), (day(7), 12000), (day(14), 8000)])
    pains = [PainSample(day(6), 2), PainSample(day(8), 4), PainSample(day(15), 5)]
    [note] = follow_up_notes(spikes, pains)
    assert (note.run_start, note.pain_before, note.pain_after) == (day(7), 2, 4)
    assert "easier week" in note.text() and "post-run back release" in note.text()


def test_no_note_when_pain_stays_or_falls_or_is_not_logged() -> None:
    spikes = check_spikes([(day(0), 8000), (day(7), 12000)])
    assert follow_up_notes(spikes, [PainSample(day(6), 3), PainSample(day(8), 3)]) == []
    assert follow_up_notes(spikes, [PainSample(day(6), 3), PainSample(day(8), 1)]) == []
    assert follow_up_notes(spikes, [PainSample(day(8), 6)]) == []
    assert follow_up_notes(spikes, [PainSample(day(6), 3)]) == []
