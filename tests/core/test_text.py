"""Templates with numbered placeholders: the one way translated sentences take values."""

from __future__ import annotations

import pytest

from backcare_desktop.core.text import Template, fill, placeholders


def test_a_template_fills_by_name_wherever_a_translation_puts_the_numbers() -> None:
    english = Template("Round %1 of %2 done. Next: %3", ("round", "rounds", "move"))
    german = english.translated("Als Nächstes %3 – Runde %1 von %2 geschafft")
    values = {"round": 2, "rounds": 3, "move": "Planke"}
    assert english.fill(**values) == "Round 2 of 3 done. Next: Planke"
    assert german.fill(**values) == "Als Nächstes Planke – Runde 2 von 3 geschafft"
    assert german.names == english.names


def test_values_are_never_searched_for_placeholders() -> None:
    template = Template("%1 then %2", ("first", "second"))
    assert template.fill(first="100%2", second="%1") == "100%2 then %1"


def test_ten_and_more_placeholders_are_whole_numbers() -> None:
    names = tuple(f"v{n}" for n in range(1, 12))
    template = Template("%11 %10 %1", names)
    assert template.fill(**{name: name.upper() for name in names}) == "V11 V10 V1"
    assert placeholders(template.text) == {1, 10, 11}


def test_a_missing_value_is_an_error_and_unused_ones_are_ignored() -> None:
    template = Template("Week %1", ("week",))
    assert template.fill(week=3, level=2) == "Week 3"
    with pytest.raises(KeyError):
        template.fill(level=2)


def test_fill_leaves_numbers_without_a_value_and_literal_percent_signs() -> None:
    assert fill("%1 at 100% (%2)", "Plank") == "Plank at 100% (%2)"
    assert placeholders("no values, 100%") == set()
