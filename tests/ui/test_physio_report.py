"""The physio report PDF: pages and text read back with pdftotext, on A4 and Letter."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from backcare_desktop.core.enrolment import Enrolment, LoggedSession, plan_status
from backcare_desktop.core.programmes import load_programmes
from backcare_desktop.core.report import FlareUp, ReportSession, build_report
from backcare_desktop.resources import resources_dir
from backcare_desktop.ui.physio_report import write_report

START = date(2026, 1, 5)
pytestmark = [
    pytest.mark.validators,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]


def _data(notes: int = 3):  # type: ignore[no-untyped-def]
    programme = next(
        p for p in load_programmes(resources_dir() / "programmes") if p.id == "back-on-track"
    )
    pains = [(3, 2), (2, 2), (2, 1), (2, 2), (3, 7), (2, 2), (2, 2), (2, 1), (1, 1)]
    sessions = [
        ReportSession(
            START + timedelta(days=2 * index + index // 3),
            "Pilates for the spine" if index % 2 else "Hatha yoga for the spine",
            before,
            after,
            f"Note number {index}: felt the glutes working." if index < notes else "",
            True,
        )
        for index, (before, after) in enumerate(pains)
    ]
    enrolment = Enrolment(programme.id, START)
    logged = [LoggedSession(s.day, s.pain_before, s.pain_after) for s in sessions]
    mornings = {START + timedelta(days=1): 2, START + timedelta(days=12): 6}
    today = START + timedelta(days=22)
    status = plan_status(programme, enrolment, logged, mornings, [], today)
    flares = [
        FlareUp(START + timedelta(days=13), "gate", "Pain 8/10 before; chose the gentle routine")
    ]
    return build_report(sessions, mornings, status, enrolment, flares)


def _text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def _page_size_pt(path: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(line for line in info.stdout.splitlines() if line.startswith("Page size:"))
    width, _, height = line.split(":")[1].split()[:3]
    return float(width), float(height)


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_report_pages_and_text(qapp, tmp_path: Path, paper: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"report-{paper}.pdf"
    pages = write_report(_data(), path, paper, disclaimer="Not a diagnosis.")
    text = _text(path)
    assert text.count("\f") == pages >= 1
    assert tuple(round(v) for v in _page_size_pt(path)) == size
    for expected in (
        "Report for your physio",
        "Back on track, 8 weeks, started on 2026-01-05",
        "Adherence: sessions planned and done per week",
        "Pain over time (0-10)",
        "Before",
        "Morning",
        "Flare-ups",
        "Red week",
        "Pain reached 7/10",
        "High pain before a workout",
        "Routines done",
        "Hatha yoga for the spine",
        "Note number 2: felt the glutes working.",
        "Page 1",
    ):
        assert expected in text, expected
    weeks = [line.split() for line in text.splitlines() if line.strip()[:1].isdigit()]
    assert weeks[:4] == [
        ["1", "3", "3", "green"],
        ["2", "3", "3", "red"],
        ["3", "3", "3", "green"],
        ["4", "3", "0", "-"],
    ]


def test_long_notes_continue_on_more_pages(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _data(notes=0)
    many = tuple((START, f"Long note {index}: " + "steady and calm " * 20) for index in range(60))
    data = type(data)(**{**data.__dict__, "notes": many})
    path = tmp_path / "long.pdf"
    pages = write_report(data, path, "A4")
    text = _text(path)
    assert pages >= 3 and text.count("\f") == pages
    assert f"Page {pages}" in text and "Long note 59:" in text


def test_pain_at_a_stopped_start_and_a_cleared_warning_sign(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """No workout logged, only a pre-workout pain of 8 and a warning sign a doctor cleared:
    the report says so without contradicting itself."""
    day = START + timedelta(days=3)
    flares = [
        FlareUp(day, "gate", "Pain 8/10 before; stopped for the day"),
        FlareUp(day, "red_flag", "Night pain", cleared_on=day + timedelta(days=2)),
    ]
    data = build_report([], {}, None, None, flares, [(day, 8)])
    path = tmp_path / "report.pdf"
    write_report(data, path)
    text = " ".join(_text(path).split())
    assert "What was logged from 2026-01-08 to 2026-01-08." in text
    assert "No pain was logged" not in text and " - to - " not in text
    assert "Night pain. Checked by a doctor: cleared on 2026-01-10." in text
    assert "Pain 8/10 before; stopped for the day" in text
