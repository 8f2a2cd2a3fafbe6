"""Run the tests on every installed Python 3.11, 3.12 and 3.13, each in a venv of its own.

    python scripts/test_versions.py [--versions 3.12 3.13] [--marks EXPR] [--none-ok] [pytest args]

A version whose interpreter is not found (on PATH, in pyenv's versions or as /usr/bin/python3.X)
is reported and left out. .venv serves its own version; any other gets .venv-3.X, created and
installed (the test extra, pinned by constraints.txt) when missing or older than pyproject.toml
or constraints.txt. Prints one line per version with the outcome and the time taken; the exit
code is 1 when a version failed, or when none was found (unless ``--none-ok``: CI on a machine
with only its default Python).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUPPORTED = ("3.11", "3.12", "3.13")
DEFAULT_MARKS = "not e2e and not bundle"
"""End-to-end tests and the bundle's smoke test run on the default Python only (make test)."""
CONSTRAINTS = ROOT / "constraints.txt"


@dataclass
class Outcome:
    """What one version's run gave."""

    version: str
    result: str  # "passed", "FAILED (exit N)", "not installed"
    seconds: float = 0.0


def version_of(python: str | Path) -> str | None:
    """``3.X`` of an interpreter, or None when it does not run (e.g. a pyenv shim without it)."""
    try:
        done = subprocess.run(
            [str(python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except OSError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def find_python(version: str) -> Path | None:
    """An interpreter of ``version``: on PATH, in pyenv's versions (newest patch), /usr/bin."""
    candidates: list[Path] = []
    if found := shutil.which(f"python{version}"):
        candidates.append(Path(found))
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    patches = sorted(
        (pyenv_root / "versions").glob(f"{version}.*"),
        key=lambda path: [int(part) for part in path.name.split(".") if part.isdigit()],
    )
    candidates += [path / "bin" / f"python{version}" for path in reversed(patches)]
    candidates.append(Path(f"/usr/bin/python{version}"))
    return next((path for path in candidates if version_of(path) == version), None)


def venv_for(version: str, python: Path) -> Path:
    """The venv's interpreter for ``version``, installed and up to date."""
    default = ROOT / ".venv" / "bin" / "python"
    if default.exists() and version_of(default) == version:
        return default
    venv = ROOT / f".venv-{version}"
    stamp = venv / ".installed"
    sources = [ROOT / "pyproject.toml", *([CONSTRAINTS] if CONSTRAINTS.exists() else [])]
    if stamp.exists() and all(stamp.stat().st_mtime >= path.stat().st_mtime for path in sources):
        return venv / "bin" / "python"
    print(f"python {version}: installing into {venv.name}", flush=True)
    subprocess.run([str(python), "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    if CONSTRAINTS.exists():
        pip += ["--constraint", str(CONSTRAINTS)]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "--editable", f"{ROOT}[test]"], check=True)
    stamp.touch()
    return venv / "bin" / "python"


def run(version: str, marks: str, pytest_args: list[str]) -> Outcome:
    """Install (when needed) and test one version."""
    python = find_python(version)
    if python is None:
        return Outcome(version, "not installed")
    started = time.monotonic()
    try:
        venv_python = venv_for(version, python)
    except subprocess.CalledProcessError as error:
        return Outcome(version, f"FAILED to install ({error})", time.monotonic() - started)
    print(f"python {version}: pytest -m '{marks}' with {venv_python}", flush=True)
    done = subprocess.run(
        [str(venv_python), "-m", "pytest", "-m", marks, "-p", "no:cacheprovider", *pytest_args],
        cwd=ROOT,
        check=False,
    )
    result = "passed" if done.returncode == 0 else f"FAILED (exit {done.returncode})"
    return Outcome(version, result, time.monotonic() - started)


def main(argv: list[str] | None = None) -> int:
    """Test each version; print a summary; 1 when any failed or none was found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", nargs="+", default=list(SUPPORTED), metavar="3.X")
    parser.add_argument(
        "--marks", default=DEFAULT_MARKS, help=f"pytest -m (default: {DEFAULT_MARKS})"
    )
    parser.add_argument(
        "--none-ok",
        action="store_true",
        help="exit 0 when none of the versions is installed (CI on a machine with one Python)",
    )
    args, pytest_args = parser.parse_known_args(argv)
    outcomes = [run(version, args.marks, pytest_args) for version in args.versions]
    print("\nPython versions:")
    for outcome in outcomes:
        print(f"  {outcome.version}: {outcome.result} ({outcome.seconds:.0f} s)")
    tested = [outcome for outcome in outcomes if outcome.result != "not installed"]
    if not tested:
        return 0 if args.none_ok else 1
    return 0 if all(outcome.result == "passed" for outcome in tested) else 1


if __name__ == "__main__":
    sys.exit(main())
