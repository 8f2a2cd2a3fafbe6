"""The built-in routine library in resources/routines: valid, complete and sensible content."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from backcare_desktop.core.routine import (
    Routine,
    RoutineError,
    load_routine_file,
    routine_from_dict,
    routine_to_dict,
)
from backcare_desktop.core.timeline import SegmentKind, build_timeline

ROUTINES_DIR = Path(__file__).resolve().parents[2] / "resources" / "routines"
EXPECTED_IDS = (
    "pilates-for-the-spine",
    "core-strength",
    "glutes-and-hamstrings",
    "hatha-yoga-for-the-spine",
    "dynamic-yoga-flow",
    "traditional-barre",
    "barre-fitness-hybrid",
    "pole-fitness-conditioning",
    "post-run-back-release",
)
SEED_MUSCLES = {"glutes", "core", "hips", "hamstrings", "back", "calves"}
"""The muscle groups the seed articles name; every move works at least one of them."""
FILE_NAME = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.json$")
FILES = sorted(ROUTINES_DIR.glob("*.json"))


def load(path: Path) -> Routine:
    """Load a shipped routine, failing the test with the validator's own message."""
    try:
        return load_routine_file(path)
    except RoutineError as error:
        pytest.fail(f"{path.name} is invalid:\n" + "\n".join(error.problems))


@pytest.fixture(scope="module")
def by_id() -> dict[str, Routine]:
    """Every shipped routine, keyed by id."""
    return {routine.id: routine for routine in map(load, FILES)}


def each_file() -> pytest.MarkDecorator:
    return pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]


@each_file()
def test_every_file_passes_the_validator(path: Path) -> None:
    routine = load(path)
    assert routine.moves


def test_the_library_holds_the_nine_routines_in_display_order() -> None:
    ids = [load(path).id for path in FILES]
    assert len(ids) == len(set(ids)), f"duplicate ids: {ids}"
    assert tuple(ids) == EXPECTED_IDS


@each_file()
def test_file_name_is_an_order_prefix_and_the_id(path: Path) -> None:
    match = FILE_NAME.match(path.name)
    assert match, f"{path.name} should be NN-<id>.json"
    assert match.group(2) == load(path).id


def test_file_name_prefixes_are_unique() -> None:
    prefixes = [path.name[:2] for path in FILES]
    assert len(prefixes) == len(set(prefixes))


def test_pilates_for_the_spine_takes_about_ten_minutes(by_id: dict[str, Routine]) -> None:
    pilates = by_id["pilates-for-the-spine"]
    assert 570 <= pilates.estimated_total_s() <= 630
    assert [move.name for move in pilates.moves] == [
        "Shoulder bridge",
        "Swan dive",
        "Plank",
        "Calf raises",
    ]
    assert pilates.rounds >= 2
    assert "three or four" in pilates.summary and "week" in pilates.summary


def test_post_run_back_release_takes_about_five_minutes(by_id: dict[str, Routine]) -> None:
    assert 270 <= by_id["post-run-back-release"].estimated_total_s() <= 330


@pytest.mark.parametrize("routine_id", EXPECTED_IDS[1:-1])
def test_the_other_routines_last_eight_to_twenty_minutes(
    by_id: dict[str, Routine], routine_id: str
) -> None:
    assert 8 * 60 <= by_id[routine_id].estimated_total_s() <= 20 * 60


def test_hatha_yoga_holds_long_and_dynamic_yoga_moves_faster(by_id: dict[str, Routine]) -> None:
    hatha = by_id["hatha-yoga-for-the-spine"].moves
    dynamic = by_id["dynamic-yoga-flow"].moves
    assert all(move.is_timed for move in (*hatha, *dynamic))
    hatha_s = [move.estimated_work_s() for move in hatha]
    dynamic_s = [move.estimated_work_s() for move in dynamic]
    assert all(45 <= seconds <= 60 for seconds in hatha_s), hatha_s
    assert all(seconds <= 45 for seconds in dynamic_s), dynamic_s
    assert sum(dynamic_s) / len(dynamic_s) < sum(hatha_s) / len(hatha_s)


def test_barre_hybrid_puts_short_cardio_bursts_between_barre_moves(
    by_id: dict[str, Routine],
) -> None:
    moves = by_id["barre-fitness-hybrid"].moves
    names = [move.name for move in moves]
    cardio = ("Jumping jacks", "Skaters", "High knees")
    for name in cardio:
        assert name in names
        move = moves[names.index(name)]
        assert move.work_s is not None and 20 <= move.work_s <= 30
    for before, after in pairwise(names):
        assert not (before in cardio and after in cardio), "cardio bursts should be spread out"


def test_some_moves_are_counted_in_reps_but_most_are_timed(by_id: dict[str, Routine]) -> None:
    moves = [move for routine in by_id.values() for move in routine.moves]
    counted = [move.name for move in moves if not move.is_timed]
    assert "Swan dive" in counted
    assert 1 <= len(counted) <= len(moves) // 4


@each_file()
def test_every_move_names_muscles_and_explains_itself(path: Path) -> None:
    for index, move in enumerate(load(path).moves):
        where = f"{path.name} moves[{index}] ({move.name})"
        assert move.muscles, where
        assert SEED_MUSCLES & set(move.muscles), f"{where}: works none of {sorted(SEED_MUSCLES)}"
        assert move.instructions.strip(), where
        assert 2 <= len(sentences(move.instructions)) <= 4, f"{where}: {move.instructions!r}"
        assert move.cue.strip(), where


@each_file()
def test_cues_are_short_plain_words_for_speech(path: Path) -> None:
    for move in load(path).moves:
        assert len(move.cue.split()) <= 10, move.cue
        assert not re.search(r"[0-9/&()%+]|\be\.g\b|\bi\.e\b", move.cue), move.cue


@each_file()
def test_summary_says_who_it_is_for_and_how_often(path: Path) -> None:
    summary = load(path).summary
    assert re.search(r"\bfor\b", summary, re.IGNORECASE), summary
    assert re.search(r"\bweek\b|after every run", summary), summary


@each_file()
def test_timeline_starts_with_get_ready_and_ends_on_work(path: Path) -> None:
    routine = load(path)
    segments = build_timeline(routine).segments
    assert segments[0].kind is SegmentKind.GET_READY
    assert segments[-1].kind is SegmentKind.WORK
    last = routine.moves[-1]
    assert segments[-1].move == last
    work = [segment for segment in segments if segment.kind is SegmentKind.WORK]
    per_round = sum(2 if move.two_sided else 1 for move in routine.moves)
    assert len(work) == per_round * routine.rounds


@each_file()
def test_round_trip_through_the_dictionary_form(path: Path) -> None:
    routine = load(path)
    assert routine_from_dict(routine_to_dict(routine)) == routine


@each_file()
def test_german_title_and_summary(path: Path) -> None:
    routine = load(path)
    german = routine.translations.get("de")
    assert german, f"{path.name} has no German translation"
    assert german.get("title") and german["title"] != routine.title
    assert german.get("summary") and german["summary"] != routine.summary
    localized = routine.localized("de")
    assert localized.title == german["title"]
    assert localized.summary == german["summary"]
    if "moves" in german:
        assert len(german["moves"]) == len(routine.moves)
        assert all(texts.get("name") for texts in german["moves"])
