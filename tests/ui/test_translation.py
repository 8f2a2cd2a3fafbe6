"""The German translation: complete, compiled, and what the app shows once it is installed."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import fields, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMenu

from backcare_desktop.core.pain_rules import TEMPLATES
from backcare_desktop.core.text import Template, placeholders
from backcare_desktop.core.timeline import ENGLISH
from backcare_desktop.storage.db import describe_error, open_database
from backcare_desktop.ui.editor_messages import friendly_problem
from backcare_desktop.ui.figure_thumbnails import figure_names
from backcare_desktop.ui.i18n import TRANSLATIONS_DIR, install_translations, localized
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.routine_editor import RoutineEditor, new_routine_in_language
from backcare_desktop.ui.runs_view import day_text, sport_name
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.texts import timeline_texts
from tests.core.factories import counted, routine

TS_FILE = TRANSLATIONS_DIR / "backcare_desktop_de.ts"
QM_FILE = TRANSLATIONS_DIR / "backcare_desktop_de.qm"

PLACEHOLDER = re.compile(r"%L?\d+|%[snp]|\{\w*\}")
"""Qt's %1 %2..., Python's %s, Qt's %n (plurals) and %p (progress bars), and {format} fields."""
MNEMONIC = re.compile(r"&[^&\s]")
"""An ``&`` marking a shortcut letter (``&&`` is a literal ampersand)."""


def messages() -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) for every message of the .ts file."""
    found = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            found.append((name, message.findtext("source", ""), texts, translation.get("type")))
    return found


def test_every_message_is_translated_and_keeps_its_placeholders() -> None:
    found = messages()
    assert len(found) > 250
    problems = []
    for context, source, texts, kind in found:
        where = f"{context}: {source!r}"
        if kind is not None:  # "unfinished", "vanished" or "obsolete"
            problems.append(f"{where} is {kind}")
        for text in texts:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            elif bool(MNEMONIC.search(source)) != (len(MNEMONIC.findall(text)) == 1):
                problems.append(f"{where}: shortcut letter (&) lost or doubled in {text!r}")
            elif source.count("\n") > text.count("\n"):
                problems.append(f"{where}: line break lost in {text!r}")
    assert problems == []


def test_translated_sentences_use_one_placeholder_style() -> None:
    """Values go in as Qt's %1, %2… (filled by ``fill``): never ``{name}`` or Python's ``%s``."""
    other = re.compile(r"%[sd]|\{\w*\}")
    assert [source for _, source, _, _ in messages() if other.search(source)] == []


def _templates() -> list[tuple[str, str, Template]]:
    """(context, what, template) for every template core fills with named values."""
    rules = [("PainRules", code, template) for code, template in TEMPLATES.items()]
    timeline = [
        ("Timeline", field.name, getattr(ENGLISH, field.name))
        for field in fields(ENGLISH)
        if isinstance(getattr(ENGLISH, field.name), Template)
    ]
    return rules + timeline


def test_every_german_template_has_a_placeholder_for_each_named_value() -> None:
    translations = {(context, source): texts[0] for context, source, texts, _ in messages()}
    templates = _templates()
    assert len(templates) == 29
    for context, what, template in templates:
        expected = set(range(1, len(template.names) + 1))
        assert placeholders(template.text) == expected, what
        assert placeholders(translations[context, template.text]) == expected, what


def lrelease() -> str | None:
    """pyside6-lrelease next to this Python (the venv), else on the PATH."""
    search = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return shutil.which("pyside6-lrelease", path=search)


def test_committed_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    tool = lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed, so the .qm cannot be rebuilt to compare")
    fresh = tmp_path / QM_FILE.name
    result = subprocess.run(
        [tool, str(TS_FILE), "-qm", str(fresh)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 unfinished" in result.stdout, result.stdout
    assert "untranslated" not in result.stdout, result.stdout
    assert QM_FILE.is_file(), "run `make qm` and commit the .qm"
    assert fresh.read_bytes() == QM_FILE.read_bytes(), "the .qm is stale: run `make qm`"


def test_main_window_and_timeline_speak_german(qtbot, german, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.picker.start_button.text() == "Training starten"
    assert [action.text() for action in window.menuBar().actions()] == [
        "&Datei",
        "&Routine",
        "&Ansicht",
        "&Programm",
        "&Hilfe",
    ]
    assert window.settings_action.text() == "&Einstellungen…"
    assert window.workout_view.skip_button.text() == "Überspringen"
    assert window.workout_view.skip_button.toolTip() == (
        "Zum nächsten Abschnitt springen (Pfeil rechts oder N)"
    )

    texts = timeline_texts()
    assert texts.get_ready_say.text == "Mach dich bereit. Zuerst: %1"
    assert texts.with_side.fill(name="Seitstütz", side=texts.left) == "Seitstütz, linke Seite"
    assert texts.seconds.fill(n=30) == "30 Sekunden"
    untranslated = [
        field.name
        for field in fields(texts)
        if getattr(texts, field.name) == getattr(ENGLISH, field.name)
    ]
    assert untranslated == ["with_side"]  # "%1, %2" (name, side) reads the same in German


def test_german_menus_give_each_entry_its_own_shortcut_letter(
    qtbot, german, services: Services
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    clashes = {}
    for menu in menus:
        letters = [
            match.group(0)[1].casefold()
            for action in menu.actions()
            if (match := MNEMONIC.search(action.text().replace("&&", "")))
        ]
        if len(letters) != len(set(letters)):
            clashes[menu.title()] = letters
    assert len(menus) >= 6 and clashes == {}


def test_a_new_routine_and_move_are_named_in_german(qtbot, german) -> None:
    editor = RoutineEditor(new_routine_in_language(), set(), True)
    editor.confirm_discard = lambda: True  # closing at teardown must not wait for a question
    qtbot.addWidget(editor)
    assert editor.title_edit.text() == "Meine Routine"
    editor.add_move()
    assert [move["name"] for move in editor.draft.moves] == ["Planke", "Neue Übung"]
    assert editor.problems() == ()


def test_the_editors_figures_are_named_as_the_german_routines_name_their_moves(
    qtbot, services: Services
) -> None:
    services.library.load()
    services.language = "de"
    names = figure_names(services.localized_entries())
    assert names["shoulder-bridge"] == "Schulterbrücke" and names["cat-cow"] == "Katze-Kuh"
    editor = RoutineEditor(new_routine_in_language(), set(), True, figure_names=names)
    editor.confirm_discard = lambda: True
    qtbot.addWidget(editor)
    combo = editor.figure_combo
    shown = [combo.itemText(index) for index in range(1, combo.count())]
    assert shown[combo.findData("shoulder-bridge") - 1] == "Schulterbrücke"
    assert shown == sorted(shown, key=str.casefold)  # in the order of their German names
    assert "Shoulder bridge" not in shown


def test_a_german_rep_count_fits_beside_the_figure(qtbot, german, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    swan = replace(counted("Swan dive", 12), figure="swan-dive")
    window.run_routine(routine(swan, get_ready_s=0))
    countdown = window.workout_view.countdown
    assert countdown.text() == "12 Wiederholungen"
    width = QFontMetrics(countdown.font()).horizontalAdvance(countdown.text())
    assert 0 < width <= countdown.contentsRect().width()


def test_runs_speak_german_with_german_dates(german) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        run = datetime(2025, 3, 17, 12, tzinfo=UTC)  # the 17th in any time zone but ±12 h
        assert day_text(run) == "17. März 2025"
        assert day_text(run, with_weekday=True).startswith("Mo., 17. März 2025, ")
        assert sport_name("running") == "Lauf" and sport_name("kayaking") == "Sonstiges"
    finally:
        QLocale.setDefault(QLocale.system())


def test_editor_problems_speak_german(german) -> None:
    assert friendly_problem("title: required", []) == "Titel ausfüllen"
    assert friendly_problem("moves[0].muscles: required", ["Planke"]) == (
        "Übung 1 (Planke): mindestens einen Muskel wählen"
    )
    assert friendly_problem("rounds: must be 1..20", []) == "Runden: nur 1 bis 20 möglich"


def test_database_problems_speak_german_reason_and_all(german, tmp_path: Path) -> None:
    """Storage words its notices in English (logs, the command line); the window shows them in
    German, the reason inside them too."""
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    db = open_database(blocked / "history.sqlite3", datetime.now)  # its folder is a file
    try:
        (notice,) = db.notices
    finally:
        db.close()
    assert notice.startswith("The history folder")
    shown = localized(notice)
    assert shown.startswith(f"Der Verlaufsordner {blocked} kann nicht angelegt werden (")
    assert shown.endswith("gehen verloren, wenn die App geschlossen wird.")
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5  # type: ignore[attr-defined]  # SQLITE_BUSY
    assert localized(describe_error(busy)).startswith("die Datenbank ist mit einem anderen")


def remove_new_translators(app: QApplication, before: list[QTranslator]) -> None:
    """Uninstall and release the translators install_translations parented to the app."""
    for translator in app.findChildren(QTranslator):
        if translator not in before:
            app.removeTranslator(translator)
            translator.setParent(None)


def test_install_translations_reports_the_language(qapp: QApplication) -> None:
    before = qapp.findChildren(QTranslator)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    try:
        assert install_translations(qapp, german) == "de"
        assert QCoreApplication.translate("RoutinePicker", "Start workout") == "Training starten"
        assert QLocale().language() == QLocale.Language.German  # dates follow the language
    finally:
        remove_new_translators(qapp, before)
        QLocale.setDefault(QLocale.system())
    assert QCoreApplication.translate("RoutinePicker", "Start workout") == "Start workout"

    japanese = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    try:
        assert install_translations(qapp, japanese) == "en"
        assert QCoreApplication.translate("RoutinePicker", "Start workout") == "Start workout"
    finally:
        remove_new_translators(qapp, before)
