"""RoutineDraft: the routine editor's edits, without Qt."""

from __future__ import annotations

from typing import Any

import pytest

from backcare_desktop.core.routine_draft import NEW_MOVE, RoutineDraft, new_routine_data


def three_moves() -> dict[str, Any]:
    data = new_routine_data()
    data["moves"] = [
        dict(NEW_MOVE, name="Plank"),
        dict(NEW_MOVE, name="Bridge"),
        dict(NEW_MOVE, name="Bird dog"),
    ]
    data["translations"] = {
        "de": {"title": "Meine", "moves": [{"name": "Unterarmstütz"}, {}, {"name": "Vierfüßler"}]}
    }
    return data


def names(draft: RoutineDraft) -> list[str]:
    return [move["name"] for move in draft.moves]


def german(draft: RoutineDraft) -> list[dict[str, str]]:
    return draft.data["translations"]["de"]["moves"]


def test_the_callers_data_is_not_changed() -> None:
    data = three_moves()
    draft = RoutineDraft(data)
    draft.remove_move(0)
    assert len(data["moves"]) == 3
    assert draft.modified


def test_add_duplicate_remove_keep_translations_with_their_moves() -> None:
    draft = RoutineDraft(three_moves())
    assert draft.add_move(1) == 1
    assert names(draft) == ["Plank", "New move", "Bridge", "Bird dog"]
    assert german(draft) == [{"name": "Unterarmstütz"}, {}, {}, {"name": "Vierfüßler"}]
    assert draft.duplicate_move(0) == 1
    assert names(draft)[:2] == ["Plank", "Plank"]
    assert german(draft)[:2] == [{"name": "Unterarmstütz"}, {"name": "Unterarmstütz"}]
    assert draft.remove_move(4) is True  # Bird dog: its translation goes with it
    assert german(draft) == [{"name": "Unterarmstütz"}, {"name": "Unterarmstütz"}]
    assert draft.problems() == ()


def test_reorder_moves_translations_along() -> None:
    draft = RoutineDraft(three_moves())
    assert draft.reorder(2, 0) is True
    assert names(draft) == ["Bird dog", "Plank", "Bridge"]
    assert german(draft) == [{"name": "Vierfüßler"}, {"name": "Unterarmstütz"}]
    assert draft.reorder(0, 3) is False  # out of range: nothing moves
    assert draft.reorder(1, 1) is False
    assert names(draft) == ["Bird dog", "Plank", "Bridge"]


def test_a_routine_keeps_one_move() -> None:
    draft = RoutineDraft(new_routine_data())
    assert draft.remove_move(0) is False
    assert names(draft) == ["Plank"]
    assert draft.duplicate_move(5) == -1
    assert not draft.modified


def test_update_move_switches_type_with_a_sensible_amount() -> None:
    draft = RoutineDraft(new_routine_data())
    fields = {"name": "Plank", "rest_s": 10, "sides": "both", "muscles": ["core"]}
    assert draft.update_move(0, timed=False, amount=45, **fields) is True
    assert draft.moves[0]["reps"] == 10 and "work_s" not in draft.moves[0]
    assert draft.update_move(0, timed=False, amount=12, **fields) is False
    assert draft.moves[0]["reps"] == 12
    assert draft.update_move(0, timed=True, amount=12, **fields) is True
    assert draft.moves[0]["work_s"] == 30 and "reps" not in draft.moves[0]
    assert draft.moves[0]["rest_s"] == 10


def test_changed_texts_lose_their_translation_unchanged_keep_it() -> None:
    draft = RoutineDraft(three_moves())
    draft.update_move(0, timed=True, amount=30, name="Plank", cue="Long spine")
    assert german(draft)[0] == {"name": "Unterarmstütz"}  # the name did not change
    draft.update_move(0, timed=True, amount=30, name="Forearm plank")
    assert german(draft) == [{}, {}, {"name": "Vierfüßler"}]


def test_problems_come_from_the_loader_with_field_paths() -> None:
    draft = RoutineDraft(new_routine_data())
    draft.update_move(0, timed=True, amount=30, name="Plank", muscles=[])
    assert any(problem.startswith("moves[0].muscles") for problem in draft.problems())
    draft.set_fields(title="")
    assert any(problem.startswith("title") for problem in draft.problems())
    with pytest.raises(ValueError, match="move methods"):
        draft.set_fields(moves=[])


def test_only_moves_before_the_last_have_a_rest_played() -> None:
    draft = RoutineDraft(three_moves())
    assert [draft.rest_is_played(row) for row in range(4)] == [True, True, False, False]
