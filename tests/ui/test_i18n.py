"""fill(): the one way translated strings take values."""

from __future__ import annotations

from backcare_desktop.core import text
from backcare_desktop.ui.i18n import fill


def test_numbered_placeholders_in_any_order() -> None:
    assert fill("%2 of %1", 12, 3) == "3 of 12"


def test_a_value_is_never_searched_for_placeholders() -> None:
    assert fill("Saved “%1” to %2.", "100%2 effort", "/tmp") == "Saved “100%2 effort” to /tmp."


def test_two_digit_numbers_and_missing_values_stay() -> None:
    values = [str(n) for n in range(1, 11)]
    assert fill("%10 %1 %11", *values) == "10 1 %11"


def test_the_ui_fills_with_the_cores_function_not_a_copy() -> None:
    assert fill is text.fill
