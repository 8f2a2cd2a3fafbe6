"""A second launch hands its request to the running instance."""

from __future__ import annotations

from pathlib import Path

from backcare_desktop.core.routine import routine_to_dict
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.single_instance import InstanceServer, hand_over, server_name
from tests.core.factories import routine, timed


def test_names_differ_by_data_folder(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")


def test_request_reaches_the_first_instance(qtbot, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    assert hand_over(name, {}) is False  # nobody listens yet
    server = InstanceServer(name)
    assert server.listening
    with qtbot.waitSignal(server.request_received, timeout=5000) as signal:
        assert hand_over(name, {"routine": {"id": "x"}}) is True
    assert signal.args == [{"routine": {"id": "x"}}]


def test_stale_socket_is_taken_over(qtbot, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    first = InstanceServer(name)
    second = InstanceServer(name)  # as after a crash that left the socket behind
    assert second.listening
    first.deleteLater()


def test_window_starts_a_handed_over_routine(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.handle_request({"routine": routine_to_dict(routine(timed("Plank", 30)))})
    assert window.centre_widget() is window.workout_view
    assert window.workout_view.routine_label.text() == "Test"
    window.handle_request({"routine": routine_to_dict(routine(timed("Bridge", 30)))})
    assert window.controller.timeline.routine.moves[0].name == "Plank"  # not interrupted
    assert window.status.message() == "A workout is already running."
