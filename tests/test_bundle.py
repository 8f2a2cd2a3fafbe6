"""The PyInstaller bundle, when one was built (``make bundle``; CI builds it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "build" / "dist" / "backcare-desktop"


@pytest.mark.slow
@pytest.mark.bundle
@pytest.mark.skipif(not (BUNDLE / "backcare-desktop").exists(), reason="no bundle built")
def test_bundle_smoke_test() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(BUNDLE), "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: ok" in result.stdout
