"""Start at login, minimised to the tray: the autostart entry, the setting and the hidden start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from backcare_desktop import cli
from backcare_desktop.autostart import (
    MARKER,
    autostart_file,
    desktop_entry,
    launch_command,
    set_autostart,
)
from backcare_desktop.settings import Settings, settings_from_dict
from backcare_desktop.ui.gui import show_window
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.settings_dialog import SettingsDialog


def test_the_entry_follows_xdg_config_home(tmp_path: Path) -> None:
    environ = {"XDG_CONFIG_HOME": str(tmp_path)}
    assert autostart_file(environ) == tmp_path / "autostart" / "backcare-desktop.desktop"
    assert autostart_file({}).parts[-3:] == (".config", "autostart", "backcare-desktop.desktop")


def test_the_entry_starts_the_app_minimised(tmp_path: Path) -> None:
    entry = desktop_entry(["/opt/my apps/backcare-desktop", "--minimised", "--data-dir", "/d/100%"])
    assert "Exec='/opt/my apps/backcare-desktop' --minimised --data-dir /d/100%%\n" in entry
    assert MARKER in entry and entry.startswith("[Desktop Entry]\nType=Application\n")
    assert launch_command()[-1] == "--minimised"
    assert launch_command(tmp_path)[-3:] == ["--minimised", "--data-dir", str(tmp_path)]


def test_on_writes_and_off_removes_only_our_entry(tmp_path: Path) -> None:
    path = tmp_path / "autostart" / "backcare-desktop.desktop"
    set_autostart(True, path, ["backcare-desktop", "--minimised"])
    assert "Exec=backcare-desktop --minimised" in path.read_text()
    set_autostart(False, path, [])
    assert not path.exists()
    path.write_text("[Desktop Entry]\nExec=my-own-wrapper\n")  # the user's own entry
    set_autostart(True, path, ["backcare-desktop", "--minimised"])
    set_autostart(False, path, [])
    assert path.read_text() == "[Desktop Entry]\nExec=my-own-wrapper\n"


def test_the_setting_is_a_checked_bool() -> None:
    assert Settings().start_at_login is False
    assert settings_from_dict({"start_at_login": True})[0].start_at_login is True
    settings, notices = settings_from_dict({"start_at_login": "yes"})
    assert settings.start_at_login is False and notices


def test_the_settings_dialog_writes_and_removes_the_entry(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    dialog = SettingsDialog(Settings(), voice_available=False)
    qtbot.addWidget(dialog)
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert dialog.result_settings().start_at_login is True
    entry = tmp_path / "autostart" / "backcare-desktop.desktop"
    assert "--minimised" in entry.read_text()
    again = SettingsDialog(dialog.result_settings(), voice_available=False)
    qtbot.addWidget(again)
    assert again.start_at_login.isChecked()
    again.start_at_login.setChecked(False)
    again.accept()
    assert not entry.exists()


def test_the_command_line_takes_minimised() -> None:
    assert cli.build_parser().parse_args(["--minimised"]).minimised is True
    assert cli.build_parser().parse_args([]).minimised is False


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen has no tray to talk to
@pytest.mark.parametrize("tray", [True, False])
def test_a_minimised_start_waits_in_the_tray(qtbot, services: Services, tray: bool) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.tray.available = tray
    show_window(window, minimised=True)
    if tray:
        assert not window.isVisible() and window.tray.icon.isVisible()
    else:
        assert window.isMinimized()


def test_a_failed_entry_names_the_path_as_it_is(qtbot, tmp_path, monkeypatch) -> None:
    """A "%2" in the path stays in the message: fill() never reads a value for placeholders."""
    config = tmp_path / "100%2"
    config.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = SettingsDialog(Settings(), voice_available=False)
    qtbot.addWidget(dialog)
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    path = config / "autostart" / "backcare-desktop.desktop"
    assert len(shown) == 1 and shown[0].startswith(f"Could not change the autostart entry {path} (")
    assert not dialog.start_at_login.isChecked()
