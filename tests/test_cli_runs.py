"""``--import-runs`` and ``--list-runs``: summary, exit codes, fields."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from backcare_desktop.app import main
from tests.core.runs.strava_export import export_activities, write_export_zip

FIELDS = [
    "start", "sport", "distance_m", "moving_s", "elapsed_s", "ascent_m", "avg_hr", "max_hr",
    "source", "spike", "longest_30d_m",
]  # fmt: skip


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_export_zip(tmp_path / "export.zip", export_activities())


def test_import_prints_the_summary_and_reimport_exits_zero(
    tmp_path: Path, export: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.gpx"
    bad.write_bytes(b"<gpx><trk>")
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "--import-runs", str(export), str(bad)]) == 0
    out = capsys.readouterr().out
    assert "Runs added: 5" in out and "Other activities added (not counted as running): 2" in out
    assert "  bad.gpx: malformed XML at line 1 column 11" in out
    assert main([*data, "--import-runs", str(export)]) == 0
    assert "Duplicates skipped (already imported): 7" in capsys.readouterr().out
    assert main([*data, "--import-runs", str(bad)]) == 1


def test_list_runs_json_has_exactly_the_fields_and_the_spike(
    tmp_path: Path, export: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    main([*data, "--import-runs", str(export)])
    capsys.readouterr()
    assert main([*data, "--list-runs", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [list(row) for row in rows] == [FIELDS] * 7
    assert [row["sport"] for row in rows].count("running") == 5
    spikes = [row for row in rows if row["spike"]]
    assert len(spikes) == 1
    assert spikes[0]["start"] == "2025-03-17T06:30:00Z"
    assert spikes[0]["distance_m"] == pytest.approx(12000, rel=0.01)
    assert spikes[0]["longest_30d_m"] == pytest.approx(7950, rel=0.01)
    ride = next(row for row in rows if row["sport"] == "cycling")
    assert (ride["spike"], ride["longest_30d_m"], ride["avg_hr"]) == (False, None, None)


def test_list_runs_without_history_and_without_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from backcare_desktop.app import main\n"
        f"rc = main(['--data-dir', {str(tmp_path)!r}, '--list-runs', '--json'])\n"
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines() == ["[]", "0 False"]
