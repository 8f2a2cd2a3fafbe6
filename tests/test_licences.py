"""The licence texts and the third-party notices agree with each other and with pyproject."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path


def notices(repo_root: Path) -> str:
    return (repo_root / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")


def test_every_licence_text_is_named_and_every_named_text_exists(repo_root: Path) -> None:
    named = set(re.findall(r"`(LICENSES/[^`]+)`", notices(repo_root)))
    present = {f"LICENSES/{path.name}" for path in (repo_root / "LICENSES").iterdir()}
    assert named == present
    assert "GNU GENERAL PUBLIC LICENSE" in (repo_root / "LICENSE").read_text(encoding="utf-8")


def test_every_runtime_dependency_has_a_notice(repo_root: Path) -> None:
    project = tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!;\[ ]", requirement)[0] for requirement in project["dependencies"]}
    text = notices(repo_root).lower()
    missing = [
        name
        for name in names
        if name.lower() not in text and name.split("-")[0].lower() not in text
    ]
    assert not missing
    assert project["license"] == "GPL-3.0-or-later"
