"""A routine expanded into segments and cues."""

from __future__ import annotations

from dataclasses import fields

from backcare_desktop.core.clock import NS_PER_S
from backcare_desktop.core.routine import REP_ESTIMATE_S
from backcare_desktop.core.text import Template, placeholders
from backcare_desktop.core.timeline import (
    ENGLISH,
    CueKind,
    SegmentKind,
    Side,
    TimelineTexts,
    build_timeline,
)
from tests.core.factories import counted, routine, timed


def shape(timeline) -> list[tuple[str, int | None, str | None, int]]:
    return [
        (
            s.kind.value,
            None if s.duration_ns is None else s.duration_ns // NS_PER_S,
            s.side.value if s.side else None,
            s.round,
        )
        for s in timeline.segments
    ]


def test_segments_of_a_two_round_routine() -> None:
    timeline = build_timeline(
        routine(
            timed("A", 30, rest_s=10),
            timed("B", 20, rest_s=15, sides="left_right"),
            rounds=2,
            round_rest_s=40,
            switch_s=5,
            get_ready_s=8,
        )
    )
    assert shape(timeline) == [
        ("get_ready", 8, None, 1),
        ("work", 30, None, 1),
        ("rest", 10, "left", 1),
        ("work", 20, "left", 1),
        ("switch", 5, "right", 1),
        ("work", 20, "right", 1),
        ("round_rest", 40, None, 2),
        ("work", 30, None, 2),
        ("rest", 10, "left", 2),
        ("work", 20, "left", 2),
        ("switch", 5, "right", 2),
        ("work", 20, "right", 2),
    ]
    assert timeline.total_ns() == (8 + 2 * (30 + 10 + 45) + 40) * NS_PER_S
    assert timeline.segments[-1].kind is SegmentKind.WORK  # no trailing rest


def test_override_get_ready_and_zero_pauses() -> None:
    timeline = build_timeline(
        routine(timed("A", 10), timed("B", 10, sides="left_right"), switch_s=0), get_ready_s=0
    )
    assert shape(timeline) == [
        ("work", 10, None, 1),
        ("work", 10, "left", 1),
        ("work", 10, "right", 1),
    ]
    # every move's start says the move's name, side and amount, then its form cue
    assert timeline.segments[2].cues[0].say == "B, right side, 10 seconds. B cue"


def test_cues_of_a_work_segment() -> None:
    timeline = build_timeline(routine(timed("Plank", 40, rest_s=10), timed("Bridge", 30)))
    work = timeline.segments[1]
    assert [(c.kind, c.offset_ns // 10**6) for c in work.cues] == [
        (CueKind.WORK_START, 0),
        (CueKind.HALFWAY, 20_000),
        (CueKind.TICK, 37_000),
        (CueKind.TICK, 38_000),
        (CueKind.TICK, 39_000),
    ]
    rest = timeline.segments[2]
    assert rest.cues[0].kind is CueKind.REST_START
    assert rest.cues[0].say == "Rest. Next: Bridge, 30 seconds"
    # 30 s is not a long hold: no halfway
    assert CueKind.HALFWAY not in {c.kind for c in timeline.segments[3].cues}


def test_announcements_and_next_up() -> None:
    timeline = build_timeline(
        routine(counted("Swan dive", 8, rest_s=10), timed("Side plank", 25, sides="left_right"))
    )
    ready, swan, _rest, _left, switch, right = timeline.segments
    assert ready.cues[0].say == "Get ready. First: Swan dive, 8 reps"
    assert swan.is_open_ended and [c.kind for c in swan.cues] == [CueKind.WORK_START]
    assert swan.next_up == "Next: Side plank, left side, 25 seconds"
    assert switch.cues[0].say == "Switch sides" and switch.side is Side.RIGHT
    assert right.next_up == "Last move"
    assert timeline.finish_cue.kind is CueKind.FINISHED


def test_round_rest_announces_round() -> None:
    timeline = build_timeline(routine(timed("A", 10), rounds=3, round_rest_s=30))
    round_rest = timeline.segments[2]
    assert round_rest.kind is SegmentKind.ROUND_REST
    assert round_rest.cues[0].say == "Round 1 of 3 done. Rest. Next: A, 10 seconds"


def test_planned_cues_are_absolute_and_end_with_finish() -> None:
    timeline = build_timeline(routine(timed("A", 10, rest_s=5), timed("B", 4), get_ready_s=3))
    planned = [(p.at_ns // 10**6, p.cue.kind.value) for p in timeline.planned_cues()]
    assert planned == [
        (0, "get_ready"),
        (1000, "tick"),
        (2000, "tick"),
        (3000, "work_start"),
        (10000, "tick"),
        (11000, "tick"),
        (12000, "tick"),
        (13000, "rest_start"),
        (15000, "tick"),
        (16000, "tick"),
        (17000, "tick"),
        (18000, "work_start"),
        (19000, "tick"),
        (20000, "tick"),
        (21000, "tick"),
        (22000, "finished"),
    ]


def test_texts_can_be_translated() -> None:
    german = TimelineTexts(
        get_ready_say=Template("Mach dich bereit. Zuerst: %1", ("move",)),
        left="linke Seite",
        seconds=Template("%1 Sekunden", ("n",)),
        halfway_say="Halbzeit",
    )
    timeline = build_timeline(routine(timed("Seitstütz", 40, sides="left_right")), texts=german)
    assert timeline.segments[0].cues[0].say == (
        "Mach dich bereit. Zuerst: Seitstütz, linke Seite, 40 Sekunden"
    )
    assert timeline.segments[1].cues[1].say == "Halbzeit"


def test_a_translation_may_put_the_values_in_its_own_order() -> None:
    """A translation reorders %1, %2…; each number still takes the value it stands for."""
    texts = TimelineTexts(
        round_done_say=Template(
            "Pause. Gleich: %3. Runde %1 von %2 ist geschafft.", ("round", "rounds", "move")
        ),
        with_side=Template("%2: %1", ("name", "side")),
        left="linke Seite",
        right="rechte Seite",
        reps=Template("%1 Wdh.", ("n",)),
    )
    timeline = build_timeline(
        routine(counted("Brücke", 8, sides="left_right"), rounds=2, get_ready_s=0), texts=texts
    )
    round_rest = next(s for s in timeline.segments if s.kind is SegmentKind.ROUND_REST)
    assert round_rest.cues[0].say == (
        "Pause. Gleich: linke Seite: Brücke, 8 Wdh.. Runde 1 von 2 ist geschafft."
    )
    assert timeline.segments[0].title == "linke Seite: Brücke"


def test_every_template_has_one_placeholder_per_named_value() -> None:
    for field in fields(ENGLISH):
        words = getattr(ENGLISH, field.name)
        if isinstance(words, Template):
            assert placeholders(words.text) == set(range(1, len(words.names) + 1)), field.name
            assert len(set(words.names)) == len(words.names), field.name
        else:
            assert placeholders(words) == set(), field.name


def test_every_move_start_names_the_move_and_rests_say_what_comes_next() -> None:
    timeline = build_timeline(
        routine(counted("Swan dive", 8, rest_s=10), timed("Plank", 40, rest_s=15), timed("B", 20))
    )
    ready, swan, rest, plank, _rest, _b = timeline.segments
    assert ready.cues[0].say == "Get ready. First: Swan dive, 8 reps"
    assert swan.cues[0].say == "Swan dive, 8 reps"  # no form cue: the name and amount only
    assert rest.cues[0].say == "Rest. Next: Plank, 40 seconds"
    # announced by the rest, the start still names the move before its form cue
    assert plank.cues[0].say == "Plank, 40 seconds. Plank cue"


def test_reps_moves_wait_for_done_unless_asked_to_advance() -> None:
    moves = (counted("Swan dive", 8, rest_s=10), timed("Plank", 20))
    waiting = build_timeline(routine(*moves)).segments[1]
    assert waiting.is_open_ended and waiting.is_counted
    advancing = build_timeline(routine(*moves), auto_advance_reps=True)
    swan = advancing.segments[1]
    assert swan.duration_ns == 8 * REP_ESTIMATE_S * NS_PER_S and not swan.is_open_ended
    assert swan.is_counted  # Done still ends it
    assert [(c.kind, c.offset_ns // NS_PER_S, c.say) for c in swan.cues] == [
        (CueKind.WORK_START, 0, "Swan dive, 8 reps"),
        (CueKind.HALFWAY, 7 * REP_ESTIMATE_S, "Last rep"),  # one rep before the end, no ticks
    ]
    assert advancing.is_exact
    assert advancing.total_ns() == (5 + 24 + 10 + 20) * NS_PER_S


def test_the_routine_field_wins_over_the_setting() -> None:
    moves = (counted("Swan dive", 8), timed("Plank", 20))
    never = routine(*moves, auto_advance_reps=False)
    always = routine(*moves, auto_advance_reps=True)
    assert build_timeline(never, auto_advance_reps=True).segments[1].is_open_ended
    assert not build_timeline(always, auto_advance_reps=False).segments[1].is_open_ended


def test_a_single_rep_has_no_last_rep_cue() -> None:
    timeline = build_timeline(routine(counted("Roll down", 1)), auto_advance_reps=True)
    [_ready, roll] = timeline.segments
    assert roll.duration_ns == REP_ESTIMATE_S * NS_PER_S
    assert [c.kind for c in roll.cues] == [CueKind.WORK_START]
