"""Each app's own export, as its serializer writes it, imported into the routines expected.

The fixtures in ``fixtures/`` were written from each app's serialisation code (see
``docs/import-formats.md``): key names and order, compact JSON, nulls, the values an app leaves
out, JAWT's one-byte-per-character export and GSettings' quoting.
"""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from pathlib import Path

import pytest

from backcare_desktop.core.importers import ImportResult, feeel, import_routines
from backcare_desktop.core.routine import Move, Routine
from tests.core.importers import reference

FIXTURES = Path(__file__).parent / "fixtures"
CORE = ("core",)


def load(name: str) -> ImportResult:
    path = FIXTURES / name
    return import_routines(path.read_bytes(), path.name)


def move(name: str, work_s: int, rest_s: int = 0) -> Move:
    return Move(name=name, muscles=CORE, work_s=work_s, rest_s=rest_s)


def expected(
    routine_id: str, title: str, source: str, moves: list[Move], **fields: object
) -> Routine:
    base = Routine(
        id=routine_id,
        title=title,
        focus=CORE,
        moves=tuple(moves),
        summary=f"Imported from {source}.",
        level="beginner",
        get_ready_s=0,
        rounds=1,
        round_rest_s=0,
        switch_s=5,
    )
    return dataclasses.replace(base, **fields)


def assert_routines(actual: tuple[Routine, ...], wanted: list[Routine]) -> None:
    """Compare routine by routine, field by field, and move by move."""
    assert len(actual) == len(wanted)
    for got, want in zip(actual, wanted, strict=True):
        for field in dataclasses.fields(Routine):
            if field.name == "moves":
                continue
            assert getattr(got, field.name) == getattr(want, field.name), (want.id, field.name)
        assert len(got.moves) == len(want.moves), want.id
        for index, (got_move, want_move) in enumerate(zip(got.moves, want.moves, strict=True)):
            for field in dataclasses.fields(Move):
                assert getattr(got_move, field.name) == getattr(want_move, field.name), (
                    want.id,
                    index,
                    field.name,
                )


# ---------------------------------------------------------------------------------------------
# Exercise Timer

EXERCISE_TIMER_LIST = [
    expected(
        "morning-hiit",
        "Morning HIIT",
        "Exercise Timer",
        [move("Morning HIIT", 40)],
        get_ready_s=10,
        rounds=8,
        round_rest_s=20,
    ),
    # PreparationSec is 0, so the Vala app left it out.
    expected(
        "plank-ladder",
        "Plank ladder",
        "Exercise Timer",
        [move("Plank ladder", 60)],
        rounds=3,
        round_rest_s=30,
    ),
]


@pytest.mark.parametrize("name", ["exercise-timer-list.json", "exercise-timer-gsettings-get.txt"])
def test_exercise_timer_list_as_stored_and_as_gsettings_prints_it(name: str) -> None:
    imported = load(name)
    assert imported.source_format == "Exercise Timer"
    assert_routines(imported.routines, EXERCISE_TIMER_LIST)
    assert any("sounds" in sentence for sentence in imported.not_mapped)
    assert any("focus and muscles" in sentence for sentence in imported.not_mapped)
    assert imported.mapped[0] == "2 trainings, each one exercise done in sets"


def test_exercise_timer_dconf_dump_with_a_quote_and_more_than_20_sets() -> None:
    imported = load("exercise-timer-dconf-dump.txt")
    long_moves = [move("Long sets", 30, 10)] * 24 + [move("Long sets", 30)]
    assert_routines(
        imported.routines,
        [
            expected(
                "mike-s-core",
                "Mike's core",
                "Exercise Timer",
                [move("Mike's core", 45)],
                get_ready_s=10,
                rounds=4,
                round_rest_s=15,
            ),
            expected("long-sets", "Long sets", "Exercise Timer", long_moves, get_ready_s=5),
        ],
    )
    assert any('written out move by move in "Long sets"' in s for s in imported.mapped)
    assert any("beep-volume, window-height" in s for s in imported.not_mapped)


def test_exercise_timer_rust_versions_default_the_preparation_to_5_seconds() -> None:
    imported = load("exercise-timer-rust.json")
    assert_routines(
        imported.routines,
        [
            expected(
                "tabata",
                "Tabata",
                "Exercise Timer",
                [move("Tabata", 20)],
                get_ready_s=10,
                rounds=8,
                round_rest_s=10,
            ),
            expected(
                "old-style",
                "Old style",
                "Exercise Timer",
                [move("Old style", 30)],
                get_ready_s=5,
                rounds=3,
                round_rest_s=15,
            ),
        ],
    )


def test_exercise_timer_totals_match_the_apps_own_formula() -> None:
    # TrainingSetup.TotalTimeSec = PreparationSec + Sets * (ExerciseSec + RestSec) - RestSec
    morning, plank = load("exercise-timer-list.json").routines
    assert morning.estimated_total_s() == 10 + 8 * (40 + 20) - 20
    assert plank.estimated_total_s() == 0 + 3 * (60 + 30) - 30


# ---------------------------------------------------------------------------------------------
# Just Another Workout Timer

JAWT = "Just Another Workout Timer"


def test_jawt_backup() -> None:
    imported = load("jawt-backup.json")
    assert imported.source_format == JAWT
    assert_routines(
        imported.routines,
        [
            # One set of 3 repetitions: rounds; the set's final rest is the rest between rounds.
            expected(
                "core-basics",
                "Core basics",
                JAWT,
                [move("Dead bug", 40, 15), move("Bird dog", 40)],
                get_ready_s=10,
                rounds=3,
                round_rest_s=20,
            ),
            # Two sets: written out in order, one round.
            expected(
                "leg-day",
                "Leg day",
                JAWT,
                [
                    move("Marching", 60),
                    move("Squats", 45, 15),
                    move("Lunges", 45, 30),
                    move("Squats", 45, 15),
                    move("Lunges", 45),
                ],
                get_ready_s=10,
            ),
        ],
    )
    assert imported.mapped[0] == "2 workouts with 5 exercises"
    assert any("4 rest exercises" in s for s in imported.mapped)
    assert "1 set name (our routines have no sets)" in imported.not_mapped
    assert any(
        '20 s rest after the last exercise of "Core basics"' in s for s in imported.not_mapped
    )
    assert any('30 s rest after the last exercise of "Leg day"' in s for s in imported.not_mapped)


def test_jawt_german_export_written_one_byte_per_character() -> None:
    imported = load("jawt-backup-de.json")
    assert_routines(
        imported.routines,
        [
            expected(
                "rucken",
                "Rücken",
                JAWT,
                [move("Übung", 30, 10), move("Schulterbrücke", 45)],
                get_ready_s=10,
                rounds=2,
            )
        ],
    )
    assert any("read as Latin-1" in s for s in imported.mapped)


def test_jawt_single_workout_file() -> None:
    imported = load("jawt-workout.json")
    assert_routines(
        imported.routines,
        [
            expected(
                "evening-stretch",
                "Evening stretch",
                JAWT,
                [move("Cat-cow", 60), move("Child's pose", 90)],
                get_ready_s=10,
                rounds=2,
            )
        ],
    )


# ---------------------------------------------------------------------------------------------
# OpenHIIT


def test_openhiit_export() -> None:
    imported = load("exported_openhiit_timers.json")
    assert imported.source_format == "OpenHIIT"
    circuit = (
        [move("Warmup", 120, 15)]
        + [move("Bridge", 40, 15), move("Bird dog", 40, 15), move("Plank", 40, 60)] * 2
        + [move("Bridge", 40, 15), move("Bird dog", 40, 15), move("Plank", 40)]
        + [move("Cooldown", 90)]
    )
    assert_routines(
        imported.routines,
        [
            expected(
                "tabata",
                "Tabata",
                "OpenHIIT",
                [move("Work", 20, 10)] * 7 + [move("Work", 20)],
                get_ready_s=10,
            ),
            expected("back-care-circuit", "Back care circuit", "OpenHIIT", circuit, get_ready_s=10),
        ],
    )
    # The app's own totalTime (the sum of its intervals) is what our plan adds up to.
    data = json.loads((FIXTURES / "exported_openhiit_timers.json").read_text())
    for routine, timer in zip(imported.routines, data, strict=True):
        assert routine.estimated_total_s() == timer["totalTime"]
    assert "colours" in imported.not_mapped
    assert any(s.startswith("sounds") for s in imported.not_mapped)
    assert "the minutes or seconds display setting" in imported.not_mapped


def test_openhiit_old_format_is_read_as_the_app_migrates_it() -> None:
    imported = load("exported_openhiit_timer_Old timer.json")
    assert_routines(
        imported.routines,
        [
            expected(
                "old-timer",
                "Old timer",
                "OpenHIIT",
                [move("Squat", 30, 10), move("Push-up", 30)],
                get_ready_s=10,
                rounds=2,
                round_rest_s=10,
            )
        ],
    )


# ---------------------------------------------------------------------------------------------
# Feeel

MORNING_STRETCH = expected(
    "morning-stretch",
    "Morning stretch",
    "Feeel",
    [
        move("Step-ups", 30, 15),
        move("Abdominal Stabilization", 45, 10),
        move("Single Arm Plank to Row", 30),
    ],
    focus=("mobility",),
    get_ready_s=5,
    translations={
        # Feeel's database has German names for the first two exercises, not the third.
        "de": {
            "title": "Morgendehnung",
            "moves": ({"name": "Steigungen"}, {"name": "Bauch Stabilisation"}),
        },
        "cs": {"title": "Ranní protažení"},
    },
)


def test_feeel_file() -> None:
    imported = load("Morning_stretch_7.feeel")
    assert imported.source_format == "Feeel"
    assert_routines(imported.routines, [MORNING_STRETCH])
    german = imported.routines[0].localized("de")
    assert german.title == "Morgendehnung"
    assert [m.name for m in german.moves] == [
        "Steigungen",
        "Bauch Stabilisation",
        "Single Arm Plank to Row",
    ]
    assert any(s.startswith("3 exercise names from Feeel's") for s in imported.mapped)
    assert not any(s.startswith("exercise names") for s in imported.not_mapped)
    assert any(s.startswith("countdownDuration (5 s)") for s in imported.not_mapped)


def test_feeel_names_moves_from_its_exercise_database_and_falls_back_for_unknown_ids() -> None:
    data = json.loads((FIXTURES / "Morning_stretch_7.feeel").read_bytes())
    exercises = data["fullWorkout"]["workoutExercises"]
    exercises[0]["exercise"] = 999_999
    exercises[2]["exercise"] = 9
    imported = import_routines(json.dumps(data).encode(), "Morning_stretch_7.feeel")
    routine = imported.routines[0]
    assert [m.name for m in routine.moves] == [
        "Feeel exercise 999999",
        "Abdominal Stabilization",
        "2 Handed Kettlebell Swing",
    ]
    assert routine.translations["de"]["moves"] == ({}, {"name": "Bauch Stabilisation"})
    assert (
        "exercise names for 1 wger id not in Feeel's bundled exercise database (999999): those "
        'moves are named "Feeel exercise <id>"; rename them'
    ) in imported.not_mapped
    assert any(s.startswith("2 exercise names from Feeel's") for s in imported.mapped)


def test_feeel_exercise_table() -> None:
    assert feeel.exercise_name(981) == "Step-ups"
    assert feeel.german_name(981) == "Steigungen"
    assert feeel.german_name(1022) is None
    assert feeel.exercise_name(0) == "Feeel exercise 0"
    assert feeel.german_name(0) is None
    table = feeel.exercise_names()
    assert len(table) == 411
    names = [name for entry in table.values() for name in entry.values()]
    assert all(0 < len(name) <= 60 and name == name.strip() for name in names)
    assert {key for entry in table.values() for key in entry} == {"en", "de"}


def test_feeel_export_all_zip() -> None:
    content = (FIXTURES / "Morning_stretch_7.feeel").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Morning_stretch_7.feeel", content)
        archive.writestr("Morning_stretch_8.feeel", content)
    imported = import_routines(buffer.getvalue(), "feeel_workouts.zip")
    second = dataclasses.replace(MORNING_STRETCH, id="morning-stretch-2")
    assert_routines(imported.routines, [MORNING_STRETCH, second])


# ---------------------------------------------------------------------------------------------
# Every fixture: our timeline plays what the app plays


def _app_sequence(name: str) -> list[list[reference.Item]]:
    raw = (FIXTURES / name).read_bytes()
    if name == "jawt-backup-de.json":
        data = json.loads(raw.decode("latin-1"))
    elif name.endswith(".txt"):
        from backcare_desktop.core.importers.exercise_timer import extract_list_text

        extracted = extract_list_text(raw.decode())
        assert extracted is not None
        data = json.loads(extracted[0])
    else:
        data = json.loads(raw)
    if name.startswith("exercise-timer"):
        return [
            reference.exercise_timer(
                item.get("PreparationSec", item.get("prepare_s", 0 if "Title" in item else 5)),
                item.get("Sets", item.get("sets")),
                item.get("ExerciseSec", item.get("exercise_s")),
                item.get("RestSec", item.get("rest_s", 0)),
                item.get("Title", item.get("name")),
            )
            for item in data
        ]
    if name.startswith("jawt"):
        return [reference.jawt(w) for w in data.get("workouts", [data])]
    if "Old timer" in name:
        return [
            reference.openhiit(
                {
                    "activeIntervals": item["numExercises"],
                    "restarts": item["iterations"],
                    "activities": json.loads(item["exercises"]),
                    "timeSettings": {**item, "workTime": item["exerciseTime"]},
                }
            )
            for item in data
        ]
    if name.startswith("exported_openhiit"):
        return [reference.openhiit(timer) for timer in data]
    return [reference.feeel(data)]


@pytest.mark.parametrize("name", sorted(path.name for path in FIXTURES.iterdir()))
def test_each_fixture_plays_what_its_app_plays(name: str) -> None:
    imported = load(name)
    assert [reference.ours(r) for r in imported.routines] == _app_sequence(name)


@pytest.mark.parametrize(
    "line",
    [
        "{value}",  # gsettings get xyz.safeworlds.hiit exercise-json-list
        "xyz.safeworlds.hiit exercise-json-list {value}",  # gsettings list-recursively
        "exercise-json-list={value}",  # dconf dump
    ],
)
def test_exercise_timer_titles_with_an_apostrophe_as_glib_prints_them(line: str) -> None:
    """GLib quotes a string holding ' with ", escaping " and \\ (GVariant text format)."""
    trainings = [
        {"Title": "Runner's core", "Sets": 2, "ExerciseSec": 30, "RestSec": 10},
        {"Title": 'The "long" one \\ twice', "Sets": 1, "ExerciseSec": 45, "RestSec": 0},
    ]
    text = json.dumps(trainings)
    value = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    imported = import_routines(line.format(value=value).encode(), "gsettings.txt")
    assert [routine.title for routine in imported.routines] == [
        "Runner's core",
        'The "long" one \\ twice',
    ]
