"""With a programme followed, the window's first page is Today, before the history is open:
a placeholder of the same layout that the plan fills in, and the database has the last word."""

from __future__ import annotations

from datetime import date

from backcare_desktop.storage.programme_peek import FollowedProgramme, followed_programme
from backcare_desktop.storage.programme_store import ProgrammeStore
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services


def _follow(services: Services, programme_id: str, paused: bool = False) -> None:
    """Follow ``programme_id`` in the history, then close it as the app starts closed."""
    assert services.history is not None
    store = ProgrammeStore(services.history.db)
    enrolment = store.follow(programme_id, date.today())
    if paused:
        store.save_enrolment(enrolment.pause(date.today()))
    services.close()


def _window(qtbot, services: Services) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as the app builds it: told what the database says, the history not open."""
    window = MainWindow(services, followed=followed_programme(services.paths.history_db))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_first_page_is_today_and_the_plan_fills_it_in(qtbot, services: Services) -> None:
    _follow(services, "back-on-track")
    window = _window(qtbot, services)
    page = window.programme.page
    assert services.history is None
    assert window.centre_widget() is page
    assert page.title.text() == "Back on track, 8 weeks"
    assert page.session_title.text() == "Reading today's session…"
    assert page.week_label.text() == ""
    assert page.start_button.isVisible() and not page.start_button.isEnabled()
    assert page.start_button.objectName() == "primary"
    assert not page.resume_button.isVisible() and not page.flare_button.isVisible()
    assert window.programme.today_button.isVisible()
    assert window.focusWidget() is page

    services.open_history()
    window.history_ready()
    assert window.centre_widget() is page
    assert page.session_title.text() == "Today: Pilates for the spine"
    assert page.week_label.text() == "Week 1 (programme week 1 of 8), sessions up to level 1"
    assert page.progress.text() == "This week: 0 of 3 sessions done"
    assert page.start_button.isEnabled()
    assert window.programme.today_action.isEnabled()


def test_a_paused_programme_shows_resume_in_the_placeholder(qtbot, services: Services) -> None:
    _follow(services, "runners-maintenance", paused=True)
    window = _window(qtbot, services)
    page = window.programme.page
    assert window.centre_widget() is page
    assert page.title.text() == "Runner's maintenance"
    assert page.resume_button.isVisible() and not page.resume_button.isEnabled()
    assert not page.start_button.isVisible()
    services.open_history()
    window.history_ready()
    assert page.session_title.text() == "The programme is paused."
    assert page.resume_button.isEnabled()


def test_the_database_wins_once_loaded(qtbot, services: Services) -> None:
    _follow(services, "back-on-track")
    window = _window(qtbot, services)
    assert window.centre_widget() is window.programme.page
    services.open_history()  # another window stopped it meanwhile
    assert services.history is not None
    store = ProgrammeStore(services.history.db)
    current = store.current_enrolment()
    assert current is not None
    store.save_enrolment(current.stop(date.today()))
    window.history_ready()
    assert window.centre_widget() is window.picker
    assert window.focusWidget() is window.picker.list
    assert not window.programme.today_button.isVisible()


def test_no_programme_or_an_unknown_one_starts_on_the_list(qtbot, services: Services) -> None:
    services.close()
    window = _window(qtbot, services)
    assert window.centre_widget() is window.picker
    assert "page" not in vars(window.programme)  # the Today page is not even built
    unknown = MainWindow(services, followed=FollowedProgramme("gone-programme", False))
    qtbot.addWidget(unknown)
    unknown.show()
    assert unknown.centre_widget() is unknown.picker
    assert not unknown.programme.today_button.isVisible()


def test_a_history_that_does_not_open_gives_way_to_the_list(qtbot, services: Services) -> None:
    _follow(services, "back-on-track")
    window = _window(qtbot, services)
    assert window.centre_widget() is window.programme.page
    window.history_ready()  # services.history stayed None
    assert window.centre_widget() is window.picker
    assert not window.programme.today_button.isVisible()
