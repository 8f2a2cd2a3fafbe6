"""Every way of starting a workout asks how the back feels (one key), unless --no-ask."""

from __future__ import annotations

import pytest

from backcare_desktop import cli
from backcare_desktop.core.routine import routine_to_dict
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import routine, timed


@pytest.fixture
def asking_window(qtbot, services: Services, monkeypatch) -> tuple[MainWindow, list[bool]]:
    services.settings.update(ask_pain_before=True)
    window = MainWindow(services)
    qtbot.addWidget(window)
    asked: list[bool] = []
    monkeypatch.setattr(window, "ask_pain_before", lambda: asked.append(True) or 6)
    return window, asked


def recorded_pain(window: MainWindow) -> int | None:
    history = window.services.history
    assert history is not None
    return history.sessions()[-1].pain_before


def test_a_start_request_asks_first(asking_window) -> None:
    window, asked = asking_window
    window.handle_request({"routine": routine_to_dict(routine(timed("Plank", 30)))})
    assert asked == [True]
    assert recorded_pain(window) == 6


def test_no_ask_skips_the_question(asking_window) -> None:
    window, asked = asking_window
    window.handle_request({"routine": routine_to_dict(routine(timed("Plank", 30))), "ask": False})
    assert asked == []
    assert recorded_pain(window) is None


def test_the_picker_asks_too(asking_window) -> None:
    window, asked = asking_window
    window.start_workout("pilates-for-the-spine")
    assert asked == [True]


def test_command_line_flag() -> None:
    assert cli.build_parser().parse_args(["--start", "x"]).ask is True
    assert cli.build_parser().parse_args(["--start", "x", "--no-ask"]).ask is False
