"""The log file: where it lives, what goes in, rotation, faulthandler and Qt's messages."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backcare_desktop import diagnostics
from backcare_desktop.cli import build_parser
from backcare_desktop.diagnostics import Logging, start_logging
from backcare_desktop.paths import app_paths


@pytest.fixture
def started() -> Iterator[list[Logging]]:
    """Stops whatever logging a test started."""
    runs: list[Logging] = []
    yield runs
    for run in runs:
        run.stop()


def test_logs_live_in_the_user_log_dir_or_under_data_dir(
    tmp_path: Path, isolated_user_dirs: Path
) -> None:
    assert app_paths().log_file == (
        isolated_user_dirs / "state" / "backcare-desktop" / "log" / "backcare-desktop.log"
    )
    assert app_paths(tmp_path).log_file == tmp_path / "logs" / "backcare-desktop.log"
    assert build_parser().parse_args(["--debug"]).debug is True
    assert build_parser().parse_args([]).debug is False


def test_info_goes_to_the_file_and_warnings_to_the_terminal(
    tmp_path: Path, started: list[Logging], capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = tmp_path / "logs" / "app.log"
    started.append(start_logging(log_file))
    logger = logging.getLogger("backcare_desktop.test")
    logger.debug("a detail")
    logger.info("a fact")
    logger.warning("a worry")
    text = log_file.read_text(encoding="utf-8")
    assert "INFO backcare_desktop.test [MainThread] a fact" in text
    assert "a worry" in text and "a detail" not in text
    terminal = capsys.readouterr().err
    assert "a worry" in terminal and "a fact" not in terminal


def test_debug_logs_everything_in_both_places(
    tmp_path: Path, started: list[Logging], capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = tmp_path / "app.log"
    started.append(start_logging(log_file, debug=True))
    logging.getLogger("backcare_desktop.test").debug("a detail")
    assert "a detail" in log_file.read_text(encoding="utf-8")
    assert "a detail" in capsys.readouterr().err


def test_the_file_is_rotated(
    tmp_path: Path, started: list[Logging], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(diagnostics, "MAX_LOG_BYTES", 2000)
    log_file = tmp_path / "app.log"
    started.append(start_logging(log_file))
    for number in range(200):
        logging.getLogger("backcare_desktop.test").info("line %d of filler text", number)
    parts = sorted(path.name for path in tmp_path.iterdir())
    assert parts == ["app.log", "app.log.1", "app.log.2", "app.log.3"]
    assert all(path.stat().st_size <= 2000 for path in tmp_path.iterdir())
    assert "line 199 of" in log_file.read_text(encoding="utf-8")


def test_an_unwritable_log_folder_logs_to_the_terminal(
    tmp_path: Path, started: list[Logging], capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    run = start_logging(blocker / "app.log")
    started.append(run)
    assert run.log_file is None
    logging.getLogger("backcare_desktop.test").info("a fact")
    terminal = capsys.readouterr().err
    assert "cannot write the log file" in terminal and "a fact" in terminal


def crashed(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code``, which must crash, in a fresh Python; what it printed."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode != 0
    return result


def log_after_crash(code: str, log_file: Path) -> str:
    """Run ``code``, which must crash, in a fresh Python; the log file it left."""
    crashed(code)
    return log_file.read_text(encoding="utf-8")


def test_a_hard_crash_dumps_its_traceback_into_the_log(tmp_path: Path) -> None:
    log_file = tmp_path / "app.log"
    code = (
        "import faulthandler, pathlib\n"
        "from backcare_desktop.diagnostics import start_logging\n"
        f"start_logging(pathlib.Path({str(log_file)!r}))\n"
        "def crash_here():\n"
        "    faulthandler._sigsegv()\n"
        "crash_here()\n"
    )
    text = log_after_crash(code, log_file)
    assert "started" in text
    assert "Fatal Python error: Segmentation fault" in text
    assert "crash_here" in text


def test_the_rotating_handler_takes_over_after_the_first_frame(tmp_path: Path) -> None:
    log_file = tmp_path / "app.log"
    code = (
        "import faulthandler, logging, pathlib, sys\n"
        "from backcare_desktop.diagnostics import start_logging\n"
        f"logs = start_logging(pathlib.Path({str(log_file)!r}))\n"
        "logging.getLogger('t').info('before, rotating module loaded: %s',\n"
        "                            'logging.handlers' in sys.modules)\n"
        "logs.rotate()\n"
        "logging.getLogger('t').info('after, rotating module loaded: %s',\n"
        "                            'logging.handlers' in sys.modules)\n"
        "def crash_after_rotating():\n"
        "    faulthandler._sigsegv()\n"
        "crash_after_rotating()\n"
    )
    text = log_after_crash(code, log_file)
    before = text.index("before, rotating module loaded: False")
    after = text.index("after, rotating module loaded: True")
    assert text.index("started") < before < after
    assert "crash_after_rotating" in text[after:]  # faulthandler follows the rotating file


@pytest.mark.parametrize("on_before", [True, False])
def test_stopping_puts_faulthandler_back_as_it_was(tmp_path: Path, on_before: bool) -> None:
    """A crash after logging stopped (while the app, or a test run, tears down) is still
    reported on standard error, where it was before; stopping does not turn it on."""
    code = (
        "import faulthandler, pathlib\n"
        "from backcare_desktop.diagnostics import start_logging\n"
        f"{'faulthandler.enable()' if on_before else 'faulthandler.disable()'}\n"
        f"logs = start_logging(pathlib.Path({str(tmp_path / 'app.log')!r}))\n"
        "logs.stop()\n"
        "print(faulthandler.is_enabled(), flush=True)\n"
        "def crash_after_stop():\n"
        "    faulthandler._sigsegv()\n"
        "crash_after_stop()\n"
    )
    result = crashed(code)
    assert result.stdout.strip() == str(on_before)
    assert ("crash_after_stop" in result.stderr) is on_before


def test_qt_messages_go_to_the_log(tmp_path: Path, started: list[Logging], qapp) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from backcare_desktop.ui.crash import log_qt_message

    log_file = tmp_path / "app.log"
    started.append(start_logging(log_file))
    previous = qInstallMessageHandler(log_qt_message)
    try:
        qWarning("a warning from Qt")
    finally:
        qInstallMessageHandler(previous)
    assert "WARNING qt [MainThread] a warning from Qt" in log_file.read_text(encoding="utf-8")


def test_the_app_writes_its_log_under_data_dir(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "backcare_desktop", "--data-dir", str(tmp_path), "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    log_text = (tmp_path / "logs" / "backcare-desktop.log").read_text(encoding="utf-8")
    assert "INFO backcare_desktop.diagnostics [MainThread] backcare-desktop" in log_text, (
        result.stderr
    )
