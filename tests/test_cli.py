"""The command line: commands that need no window, and bad arguments."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backcare_desktop import __version__
from backcare_desktop.app import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backcare_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_version() -> None:
    result = run("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"backcare-desktop {__version__}")


def test_list_routines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-routines"]) == 0
    line = next(
        line
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("pilates-for-the-spine ")
    )
    assert "Pilates for the spine" in line and "back" in line


def test_list_routines_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-routines", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    pilates = next(row for row in rows if row["id"] == "pilates-for-the-spine")
    assert pilates["builtin"] is True and 540 <= pilates["total_s"] <= 700


def test_plan_json_offsets_match_the_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--plan", "pilates-for-the-spine", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["cues"][0] == {
        "at_ms": 0,
        "segment": 0,
        "kind": "get_ready",
        "say": plan["cues"][0]["say"],
    }
    assert plan["cues"][-1]["kind"] == "finished"
    assert plan["cues"][-1]["at_ms"] == plan["total_ms"]
    offsets = [cue["at_ms"] for cue in plan["cues"]]
    assert offsets == sorted(offsets)


def test_plan_of_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.json"
    path.write_text(
        json.dumps(
            {
                "format": 1,
                "id": "mine",
                "title": "Mine",
                "focus": ["core"],
                "get_ready_s": 3,
                "moves": [{"name": "Plank", "work_s": 5, "muscles": ["core"]}],
            }
        )
    )
    assert main(["--plan", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Mine (mine): 0:08"
    assert "     3000 ms  [work] Plank (5 s, round 1/1)" in out
    assert "8000 ms  finished" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bogus"], "backcare-desktop: error: unrecognized arguments: --bogus"),
        (["--plan"], "backcare-desktop: error: argument --plan: expected one argument"),
        (["--plan", "nope"], "backcare-desktop: error: no routine with id 'nope' (known ids: "),
        (
            ["--plan", "/nonexistent/x.json"],
            "backcare-desktop: error: /nonexistent/x.json: cannot read the file",
        ),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(message)


def test_data_dir_holds_user_routines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routines = tmp_path / "portable" / "routines"
    routines.mkdir(parents=True)
    (routines / "own.json").write_text(
        json.dumps(
            {
                "format": 1,
                "id": "own",
                "title": "My own",
                "focus": ["hips"],
                "moves": [{"name": "Lunge", "work_s": 30, "muscles": ["hips"]}],
            }
        )
    )
    assert main(["--data-dir", str(tmp_path / "portable"), "--list-routines"]) == 0
    assert any(line.startswith("own ") for line in capsys.readouterr().out.splitlines())


def test_a_tilde_in_a_path_means_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "portable" / "routines").mkdir(parents=True)
    assert main(["--data-dir=~/portable", "--export-history=~/out.csv"]) == 1
    # the history is looked for in the expanded folder, not in a folder named "~"
    assert f"no workout history at {tmp_path / 'portable'}" in capsys.readouterr().err
    assert not Path("~").exists()


def test_a_fifo_given_to_import_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "routine.json"
    os.mkfifo(fifo)
    assert main(["--data-dir", str(tmp_path / "data"), "--import", str(fifo)]) == 1
    error = capsys.readouterr().err
    assert "nothing imported" in error and "not a regular file" in error
