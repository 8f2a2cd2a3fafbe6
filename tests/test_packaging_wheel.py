"""The built wheel carries the resources, found the same way as in the source tree."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest


@pytest.mark.slow
def test_wheel_contains_resources(tmp_path: Path, repo_root: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(repo_root),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("backcare_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected_routines = {
        f"backcare_desktop/resources/routines/{path.name}"
        for path in (repo_root / "resources" / "routines").glob("*.json")
    }
    assert expected_routines and expected_routines <= names
    for folder in ("sounds", "icons", "figures"):
        shipped = {
            f"backcare_desktop/resources/{path.relative_to(repo_root / 'resources').as_posix()}"
            for path in (repo_root / "resources" / folder).rglob("*")
            if path.is_file()
        }
        assert shipped <= names, f"{folder} missing from the wheel"
    assert "backcare_desktop/app.py" in names
    licenses = {
        name.split(".dist-info/licenses/", 1)[1] for name in names if ".dist-info/licenses/" in name
    }
    expected_licenses = {
        "LICENSE",
        "THIRD_PARTY_NOTICES.md",
        *(f"LICENSES/{path.name}" for path in (repo_root / "LICENSES").iterdir()),
    }
    assert licenses == expected_licenses
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA")))
    assert "License-Expression: GPL-3.0-or-later" in metadata.decode()
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "backcare-desktop = backcare_desktop.app:main"
        in zipfile.ZipFile(wheel).read(entry_points).decode()
    )

    # Installed from the wheel (no source tree around), the resources are found in the package.
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    code = "from backcare_desktop.resources import routines_dir; print(routines_dir())"
    found = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(target)},
        cwd=tmp_path,
        check=True,
    ).stdout
    assert found.strip() == str(target / "backcare_desktop" / "resources" / "routines")
