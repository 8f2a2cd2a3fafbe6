"""Smoke test of the PyInstaller bundle: does it start, does it carry only what it should?

    .venv/bin/python packaging/smoke_test.py [build/dist/backcare-desktop] [--self-test]

Runs ``--version`` and ``--list-routines --json`` with ``QT_QPA_PLATFORM=offscreen``, checks that
the built-in routines the desktop file's actions start are there, that the licence texts are at
the top (LICENSE, THIRD_PARTY_NOTICES.md, LICENSES/), and that no Qt module the app does not use
(WebEngine, Pdf, Charts, 3D, ...) slipped into the bundle. ``--self-test`` also runs the app's own
``--self-test`` (needs a display, e.g. under ``xvfb-run``). Exit code 0: all good.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUNDLE = ROOT / "build" / "dist" / "backcare-desktop"
DESKTOP_ACTION_ROUTINES = ("pilates-for-the-spine", "post-run-back-release")
FORBIDDEN = re.compile(
    r"libQt6(WebEngine|Pdf|Charts|DataVisualization|3D|Location|Bluetooth|Nfc|Positioning"
    r"|Sensors|SerialPort|WebView|VirtualKeyboard|Designer|Quick3D(?!\.|RuntimeRender|Utils))"
)
"""Qt libraries that must not be in the bundle. Qt Graphs links libQt6Quick3D, its runtime
renderer and utilities, so those three are allowed; the rest of Quick3D is not."""


def run(bundle: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(
        [str(bundle / "backcare-desktop"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def check(bundle: Path, self_test: bool) -> list[str]:
    problems: list[str] = []
    version = run(bundle, "--version")
    if version.returncode != 0 or not version.stdout.startswith("backcare-desktop "):
        problems.append(f"--version: exit {version.returncode}: {version.stderr.strip()}")
    listed = run(bundle, "--list-routines", "--json")
    try:
        ids = {row["id"] for row in json.loads(listed.stdout)}
    except (ValueError, KeyError, TypeError) as error:
        problems.append(f"--list-routines --json: {error}: {listed.stderr.strip()}")
    else:
        problems.extend(
            f"built-in routine missing: {routine}"
            for routine in DESKTOP_ACTION_ROUTINES
            if routine not in ids
        )
    problems.extend(
        f"licence text missing: {name}"
        for name in ("LICENSE", "THIRD_PARTY_NOTICES.md", "LICENSES/LGPL-3.0.txt")
        if not (bundle / name).is_file()
    )
    problems.extend(
        f"unwanted Qt library in the bundle: {path.relative_to(bundle)}"
        for path in sorted(bundle.rglob("libQt6*"))
        if FORBIDDEN.search(path.name)
    )
    problems.extend(
        f"dangling symlink: {path.relative_to(bundle)}"
        for path in sorted(bundle.rglob("*"))
        if path.is_symlink() and not path.exists()
    )
    if self_test:
        try:
            result = run(bundle, "--self-test", timeout=120)
        except subprocess.TimeoutExpired:
            problems.append("--self-test: still running after 120 s")
        else:
            if result.returncode != 0:
                output = result.stdout + result.stderr
                problems.append(f"--self-test: exit {result.returncode}\n{output}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--self-test", action="store_true", help="also run the app's self-test")
    args = parser.parse_args(argv)
    if not (args.bundle / "backcare-desktop").is_file():
        print(f"smoke test: no bundle at {args.bundle}", file=sys.stderr)
        return 2
    problems = check(args.bundle, args.self_test)
    for problem in problems:
        print(f"smoke test: {problem}", file=sys.stderr)
    print("smoke test: ok" if not problems else f"smoke test: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
