"""End-to-end fixtures: a virtual screen (Xvfb) and the real app in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.app import AppRunner


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """A private X display for the session; skips when Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (CI installs it: see .ci/run)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def app_runner(tmp_path: Path) -> Iterator[AppRunner]:
    """Starts ``python -m backcare_desktop`` with a private data dir; kills what is left."""
    runner = AppRunner(python=sys.executable, data_dir=tmp_path / "appdata")
    try:
        yield runner
    finally:
        runner.kill_all()
