"""Command-line commands for programmes and backups: ``--today`` and ``--restore-history``.

No Qt here: these run from scripts and tests without a window.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from backcare_desktop.core.enrolment import PlanStatus
from backcare_desktop.core.levels import level_label, scale_routine
from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.core.programmes import builtin_programmes
from backcare_desktop.paths import AppPaths
from backcare_desktop.resources import programmes_dir
from backcare_desktop.storage.db import describe_error, open_database
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.storage.programme_store import ProgrammeStore, current_plan


class CommandError(Exception):
    """A command failed; the message is one sentence for the user."""


def today_summary(status: PlanStatus | None, library: RoutineLibrary) -> dict[str, Any]:
    """``--today`` as a JSON-ready dictionary."""
    if status is None:
        return {"programme": None}
    programme = status.programme
    today: dict[str, Any] | None = None
    if status.today is not None:
        entry = library.get(status.today.routine_id)
        routine = entry.routine if entry is not None else None
        today = {
            "routine": status.today.routine_id,
            "title": routine.title if routine else status.today.routine_id,
            "level": status.today.level,
            "label": level_label(routine, status.today.level) if routine else "",
            "minutes": round(scale_routine(routine, status.today.level).estimated_total_s() / 60)
            if routine
            else None,
        }
    return {
        "programme": {"id": programme.id, "title": programme.title, "weeks": programme.weeks},
        "week": status.week_index + 1,
        "programme_week": status.plan_week + 1,
        "level": status.level,
        "today": today,
        "done_today": status.done_today,
        "planned": status.planned,
        "done": status.done,
        "light": None if status.light is None else status.light.value,
        "reasons": [reason.text() for reason in status.reasons],
        "paused": status.paused,
        "finished": status.finished,
        "stopped_by_red_flag": status.stopped_by_red_flag,
        "offer_flare_up": status.offer_flare_up,
        "see_physio": status.see_physio,
    }


def today_text(summary: dict[str, Any]) -> str:
    """``--today`` as lines of plain text."""
    programme = summary["programme"]
    if programme is None:
        return "No programme is followed. Choose one in the app's Programme menu.\n"
    of = f" of {programme['weeks']}" if programme["weeks"] else ""
    lines = [
        f"Programme: {programme['title']}",
        f"Week {summary['week']} (programme week {summary['programme_week']}{of}), "
        f"level {summary['level']}" + (" - paused" if summary["paused"] else ""),
    ]
    today = summary["today"]
    if today is not None:
        lines.append(f"Today: {today['title']}, {today['label']}, about {today['minutes']} min")
    else:
        lines.append("Today: nothing planned")
    lines.append(f"This week: {summary['done']} of {summary['planned']} sessions done")
    lines.append(f"Light: {summary['light'] or 'none yet'}")
    lines.extend(f"Why: {reason}" for reason in summary["reasons"])
    return "\n".join(lines) + "\n"


def run_today(
    paths: AppPaths, library: RoutineLibrary, out: TextIO, as_json: bool, today: date
) -> None:
    """``--today [--json]``: the programme, week, today's session, the light and why."""
    status = None
    if paths.history_db.exists():
        db = open_database(paths.history_db, datetime.now)
        try:
            summaries = HistoryStore(db).summaries()
            status = current_plan(
                ProgrammeStore(db), summaries, builtin_programmes(programmes_dir(), library), today
            )
        except sqlite3.Error as error:
            raise CommandError(f"cannot read {paths.history_db}: {describe_error(error)}") from None
        finally:
            db.close()
    summary = today_summary(status, library)
    if as_json:
        json.dump(summary, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(today_text(summary))


def run_restore(paths: AppPaths, backup: Path, out: TextIO) -> None:
    """``--restore-history FILE.json``: merge a JSON backup into the history."""
    from backcare_desktop.storage.export import BackupError, import_json

    paths.history_db.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(paths.history_db, datetime.now)
    try:
        if db.read_only or db.in_memory:
            raise CommandError(" ".join(db.notices) or f"cannot write {paths.history_db}")
        summary = import_json(HistoryStore(db), backup)
    except BackupError as error:
        raise CommandError(f"nothing restored: {error}") from None
    except sqlite3.Error as error:
        raise CommandError(f"nothing restored: {describe_error(error)}") from None
    finally:
        db.close()
    out.write(
        f"Restored {summary.added} sessions and {summary.programme_rows} programme rows from "
        f"{backup} ({summary.skipped_duplicates} sessions were already in the history).\n"
    )
