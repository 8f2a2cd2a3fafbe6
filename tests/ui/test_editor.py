"""The routine editor and the library actions: edit, reorder, validate, save, cancel, import."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from backcare_desktop.core.routine import load_routine_file, routine_to_dict
from backcare_desktop.core.routine_draft import new_routine_data
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.routine_editor import RoutineEditor
from backcare_desktop.ui.services import Services

FIXTURES = Path(__file__).resolve().parents[1] / "core" / "importers" / "fixtures"


def editor_for(qtbot, data=None, is_new=True) -> RoutineEditor:
    editor = RoutineEditor(data or new_routine_data(), {"my-routine"}, is_new)
    editor.confirm_discard = lambda: True  # closing at teardown must not wait for a question
    qtbot.addWidget(editor)
    return editor


def names(editor: RoutineEditor) -> list[str]:
    return [move["name"] for move in editor.draft.data["moves"]]


def test_add_duplicate_remove_and_reorder_with_keys(qtbot) -> None:
    editor = editor_for(qtbot)
    editor.show()
    editor.add_move()
    qtbot.keyClicks(
        editor.name_edit, "Bridge"
    )  # the new move's name is selected: typing replaces it
    editor.duplicate_move()
    assert names(editor) == ["Plank", "Bridge", "Bridge"]
    editor.name_edit.clear()
    qtbot.keyClicks(editor.name_edit, "Bird dog")
    assert names(editor) == ["Plank", "Bridge", "Bird dog"]
    editor.move_list.setFocus()
    qtbot.keyClick(editor.move_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.move_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names(editor) == ["Bird dog", "Plank", "Bridge"]
    assert editor.move_list.currentRow() == 0
    editor.move_list.setCurrentRow(1)
    editor.remove_move()
    assert names(editor) == ["Bird dog", "Bridge"]
    assert [editor.move_list.item(i).text().split("  ·")[0] for i in range(2)] == names(editor)


def test_drag_reorder_updates_the_routine(qtbot) -> None:
    data = new_routine_data()
    data["moves"] += [dict(data["moves"][0], name="B"), dict(data["moves"][0], name="C")]
    editor = editor_for(qtbot, data)
    model = editor.move_list.model()
    assert model.moveRows(model.index(0, 0).parent(), 0, 1, model.index(0, 0).parent(), 3)
    assert names(editor) == ["B", "C", "Plank"]


def test_validation_is_inline_in_the_editors_words(qtbot) -> None:
    editor = editor_for(qtbot)
    assert editor.save_button.isEnabled()
    assert editor.total_label.text() == "Total: 0:40"
    editor.amount_spin.setValue(0)
    assert not editor.save_button.isEnabled()
    assert "Move 1 (Plank): the work time must be from 1 to 3600" in editor.problems_label.text()
    editor.amount_spin.setValue(45)
    editor.title_edit.clear()
    qtbot.keyClicks(editor.title_edit, " ")
    assert "Fill in the title" in editor.problems_label.text()
    qtbot.keyClicks(editor.title_edit, "Morning")
    for box in editor.muscle_boxes.values():
        box.setChecked(False)
    assert editor.problems_label.text() == "Move 1 (Plank): choose at least one muscle"
    assert "moves[" not in editor.problems_label.text()  # paths are for files and the CLI
    editor.muscle_boxes["glutes"].setChecked(True)
    assert editor.save_button.isEnabled()
    editor.kind_combo.setCurrentIndex(1)  # reps
    assert editor.draft.data["moves"][0] == dict(editor.draft.data["moves"][0], reps=10)
    assert "work_s" not in editor.draft.data["moves"][0]
    assert editor.total_label.text() == "Total: ~0:40"


def test_save_gives_a_routine_with_a_fresh_id(qtbot) -> None:
    editor = editor_for(qtbot)
    editor.title_edit.clear()
    qtbot.keyClicks(editor.title_edit, "My routine")
    editor.save()
    assert editor.result() == RoutineEditor.DialogCode.Accepted
    assert editor.saved_routine.id == "my-routine-2"  # my-routine is taken
    assert editor.saved_routine.title == "My routine"


def test_cancel_with_changes_asks_first(qtbot) -> None:
    editor = editor_for(qtbot)
    editor.show()
    asked: list[bool] = []
    editor.confirm_discard = lambda: asked.append(True) or False
    qtbot.keyClicks(editor.title_edit, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == [True]
    assert editor.isVisible()
    editor.close()
    assert asked == [True, True]
    assert editor.isVisible()
    editor.confirm_discard = lambda: True
    editor.reject()
    assert not editor.isVisible()


def test_cancel_without_changes_does_not_ask(qtbot) -> None:
    editor = editor_for(qtbot)
    editor.show()
    editor.confirm_discard = lambda: (_ for _ in ()).throw(AssertionError("asked"))
    editor.reject()
    assert not editor.isVisible()


def window_for(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.library_actions.show_error = lambda title, text: errors.append((title, text))
    return window


errors: list[tuple[str, str]] = []


def test_duplicate_edit_delete_and_undo(qtbot, services: Services, monkeypatch) -> None:
    window = window_for(qtbot, services)
    actions = window.library_actions
    assert window.picker.current_id() == "pilates-for-the-spine"
    assert not actions.edit_action.isEnabled()  # built in: read-only
    assert not actions.delete_action.isEnabled()
    monkeypatch.setattr(RoutineEditor, "exec", lambda self: self.save() or self.result())
    actions.duplicate_action.trigger()
    copy_id = "pilates-for-the-spine-copy"
    assert window.picker.current_id() == copy_id
    saved = services.paths.routines_dir / f"{copy_id}.json"
    assert load_routine_file(saved).title == "Pilates for the spine (copy)"
    assert actions.edit_action.isEnabled()
    assert actions.delete_action.isEnabled()
    actions.delete_action.trigger()
    assert not saved.exists()
    assert services.library.get(copy_id) is None
    assert window.status.undo_button.isVisibleTo(window)
    actions.undo_action.trigger()
    assert saved.exists()
    assert window.picker.current_id() == copy_id


def test_import_a_foreign_file_and_drop_one(qtbot, services: Services, monkeypatch) -> None:
    window = window_for(qtbot, services)
    reports = []
    monkeypatch.setattr(
        type(window.library_actions),
        "_report_import",
        lambda self, path, result, saved: reports.append((result, saved)),
    )
    saved = window.library_actions.import_path(FIXTURES / "jawt-backup.json")
    assert saved
    assert reports[0][0].source_format
    assert window.picker.current_id() == saved[0].routine.id
    for entry in saved:
        assert entry.path.is_file()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "Morning_stretch_7.feeel"))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert services.library.get("morning-stretch") is not None


def test_a_bad_import_writes_nothing_and_says_why(qtbot, services: Services, tmp_path) -> None:
    window = window_for(qtbot, services)
    errors.clear()
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({**routine_to_dict(services.library.entries()[0].routine), "rounds": 0})
    )
    assert window.library_actions.import_path(bad) == []
    assert errors[0][0] == "Nothing was imported"
    assert "rounds: must be 1..20, got 0" in errors[0][1]
    assert not any(services.paths.routines_dir.glob("*.json"))


def test_no_rest_is_shown_after_the_last_move(qtbot) -> None:
    editor = editor_for(qtbot)
    editor.show()
    assert not editor.rest_spin.isVisible()  # one move: it is the last
    assert editor.no_rest_label.isVisible()
    editor.move_list.setCurrentRow(0)
    editor.add_move()  # a second move after the first: now the first has a rest
    editor.move_list.setCurrentRow(0)
    assert editor.rest_spin.isVisible() and not editor.no_rest_label.isVisible()
    editor.move_list.setCurrentRow(1)
    assert not editor.rest_spin.isVisible()
    editor.move_current(-1)  # the new move goes first: the plank is last now
    assert editor.move_list.currentRow() == 0 and editor.rest_spin.isVisible()
    editor.move_list.setCurrentRow(1)
    assert not editor.rest_spin.isVisible()


def test_a_routine_says_how_its_reps_moves_end(qtbot) -> None:
    data = new_routine_data()
    data["auto_advance_reps"] = False
    editor = editor_for(qtbot, data)
    assert editor.reps_combo.currentText() == "Wait for Done"
    editor.reps_combo.setCurrentIndex(editor.reps_combo.findData(True))
    assert editor.draft.routine().auto_advance_reps is True
    editor.reps_combo.setCurrentIndex(0)  # as in Settings: the field is left out
    assert "auto_advance_reps" not in editor.draft.data
    assert editor.draft.routine().auto_advance_reps is None
