"""The routine picker in the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from tests.core.factories import routine, timed


def visible_titles(window: MainWindow) -> list[str]:
    proxy = window.picker.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def shown_window(qtbot, services: Services) -> MainWindow:
    """The main window as after launch: shown, active, the list focused."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(window.picker.list.hasFocus, timeout=2000)
    return window


def test_list_has_focus_with_first_routine_selected(qtbot, services: Services) -> None:
    window = shown_window(qtbot, services)
    assert window.picker.current_id() == "pilates-for-the-spine"
    assert window.picker.title_label.text() == "Pilates for the spine"
    assert window.picker.moves.topLevelItemCount() == 4


def test_search_and_focus_filter(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.picker.search, "bridge")
    titles = visible_titles(window)
    assert "Pilates for the spine" in titles
    assert "Core strength" not in titles
    window.picker.search.clear()
    barre_chip = next(
        b for b in window.picker.focus_group.buttons() if b.property("focusTag") == "calves"
    )
    qtbot.mouseClick(barre_chip, Qt.MouseButton.LeftButton)
    titles = visible_titles(window)
    assert titles and all(
        "calves"
        in services.library.get(
            window.picker.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
        ).routine.focus
        for row in range(len(titles))
    )
    qtbot.keyClicks(window.picker.search, "zzzz")
    assert visible_titles(window) == []
    assert window.picker.title_label.text() == "No routine matches"
    assert not window.picker.start_button.isEnabled()


def test_enter_starts_the_selected_routine_and_it_is_remembered(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window.picker.list, Qt.Key.Key_Down)
    assert window.picker.current_id() == "core-strength"
    qtbot.keyClick(window.picker.list, Qt.Key.Key_Return)
    assert window.centre_widget() is window.workout_view
    assert window.workout_view.routine_label.text() == "Core strength"
    window.controller.stop()
    window.close()

    again = MainWindow(
        Services(
            services.paths,
            services.library,
            type(services.settings)(services.paths.settings_file),
            services.clock,
            services.player,
        )
    )
    qtbot.addWidget(again)
    assert again.picker.current_id() == "core-strength"


def test_down_arrow_in_search_moves_the_selection(qtbot, services: Services) -> None:
    window = shown_window(qtbot, services)
    window.picker.search.setFocus()
    qtbot.keyClick(window.picker.search, Qt.Key.Key_Down)
    assert window.picker.list.hasFocus()
    assert window.picker.current_id() == "core-strength"


def test_medical_note_shows_once_until_dismissed(qtbot, services: Services) -> None:
    services.settings.update(medical_note_shown=False)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.history_ready()
    assert window.picker.banner.isVisible()
    assert "doctor or a physiotherapist" in window.picker.banner_label.text()
    qtbot.mouseClick(window.picker.banner_button, Qt.MouseButton.LeftButton)
    assert not window.picker.banner.isVisible()
    assert services.settings.value.medical_note_shown is True
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    again.history_ready()
    assert not again.picker.banner.isVisible()


def test_details_show_no_rest_after_the_last_move(qtbot, services: Services) -> None:
    services.library.load()
    services.library.save(
        routine(timed("Plank", 30, rest_s=10), timed("Bridge", 30, rest_s=15), title="Rests")
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.picker.select("test")
    moves = window.picker.moves
    rests = [moves.topLevelItem(i).text(2) for i in range(moves.topLevelItemCount())]
    assert rests == ["10 s", "–"]  # the bridge's 15 s are never played
