"""Run tests/test_qt_bindings.py on Python 3.11 against one PySide6 release, in a throwaway venv.

    python scripts/probe_pyside.py 6.12.1

PySide6 is held below 6.12 on Python 3.11 (see pyproject.toml). A release that passes here can
replace the hold by an exclusion of the broken ones. Exit code: pytest's (0: the release is fine).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_versions import ROOT, find_python  # a sibling script, not a package

PROBE_PYTHON = "3.11"
"""The bug only shows where None is reference-counted: Python 3.11 and older."""


def main(argv: list[str]) -> int:
    """Install PySide6-Essentials==argv[0] and pytest into a fresh venv and run the probe."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    python = find_python(PROBE_PYTHON)
    if python is None:
        print(f"no Python {PROBE_PYTHON} found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="probe-pyside-") as folder:
        venv = Path(folder) / "venv"
        subprocess.run([str(python), "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, f"PySide6-Essentials=={argv[0]}", "pytest"], check=True)
        probe = shutil.copy(ROOT / "tests" / "test_qt_bindings.py", folder)  # away from our config
        return subprocess.run(
            [str(venv / "bin" / "python"), "-m", "pytest", "-p", "no:cacheprovider", probe],
            cwd=folder,
            check=False,
        ).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
