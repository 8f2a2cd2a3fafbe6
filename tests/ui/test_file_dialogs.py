"""File dialogs open in the last folder used, else Documents, for routines and history alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from backcare_desktop.settings import SettingsStore
from backcare_desktop.ui.file_dialogs import FolderMemory, documents_folder
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services


def test_first_dialog_opens_in_documents_then_where_the_user_was(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    memory = FolderMemory(store)
    assert memory.folder() == documents_folder()
    chosen = tmp_path / "exports" / "backup.json"
    chosen.parent.mkdir()
    memory.remember(chosen)
    assert memory.folder() == chosen.parent
    assert FolderMemory(SettingsStore(tmp_path / "settings.json")).folder() == chosen.parent
    chosen.parent.rmdir()  # a folder that is gone is not offered
    assert memory.folder() == documents_folder()


def test_import_and_export_dialogs_share_the_last_folder(
    qtbot, services: Services, tmp_path: Path, monkeypatch
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    folder = tmp_path / "downloads"
    folder.mkdir()
    asked: list[str] = []

    def open_names(_parent, _caption, start, _filter):
        asked.append(start)
        return [str(folder / "timer.json")], ""

    def save_name(_parent, _caption, start, _filter):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_names))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(window.library_actions, "import_path", lambda path: [])
    window.library_actions.choose_import()
    window.library_actions.export_routine()
    assert asked[0] == str(documents_folder())
    assert Path(asked[1]).parent == folder  # export starts where the import was
    assert Path(asked[1]).name == "pilates-for-the-spine.json"
