"""The German translation: complete, compiled, and what the app shows once it is installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from backcare_desktop.core.timeline import ENGLISH
from backcare_desktop.ui.i18n import TRANSLATIONS_DIR, install_translations
from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.services import Services
from backcare_desktop.ui.texts import timeline_texts

TS_FILE = TRANSLATIONS_DIR / "backcare_desktop_de.ts"
QM_FILE = TRANSLATIONS_DIR / "backcare_desktop_de.qm"

PLACEHOLDER = re.compile(r"%L?\d+|%[snp]|\{\w*\}")
"""Qt's %1 %2..., Python's %s, Qt's %n (plurals) and %p (progress bars), and {format} fields."""
MNEMONIC = re.compile(r"&(?=[^&\s])")
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


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QTranslator]:
    """The app's German translation installed for one test, and removed again after it."""
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_main_window_and_timeline_speak_german(qtbot, german, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.picker.start_button.text() == "Training starten"
    assert [action.text() for action in window.menuBar().actions()] == [
        "&Datei",
        "&Routine",
        "&Ansicht",
        "&Help",  # not in the .ts yet (issue 14): "&Hilfe" once the lead runs make ts
    ]
    assert window.settings_action.text() == "&Einstellungen…"
    assert window.workout_view.skip_button.text() == "Überspringen"
    assert window.workout_view.skip_button.toolTip() == (
        "Zum nächsten Abschnitt springen (Pfeil rechts oder N)"
    )

    texts = timeline_texts()
    assert texts.get_ready_say == "Mach dich bereit. Zuerst: {move}"
    assert texts.with_side.format(name="Seitstütz", side=texts.left) == "Seitstütz, linke Seite"
    assert texts.seconds.format(n=30) == "30 Sekunden"
    untranslated = [
        field.name
        for field in fields(texts)
        if getattr(texts, field.name) == getattr(ENGLISH, field.name)
    ]
    assert untranslated == ["with_side"]  # "{name}, {side}" reads the same in German


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
