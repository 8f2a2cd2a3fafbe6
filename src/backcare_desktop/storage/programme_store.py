"""Programme enrolment, morning checks, red-flag reports and pre-workout choices in SQLite.

The tables come from migration 2 (``storage/schema.py``). Days are local calendar days stored as
``YYYY-MM-DD``; moments are UTC text with the UTC offset in force. Backups carry every row with
its uuid (morning checks: their day), so :meth:`ProgrammeStore.add_records` is idempotent.
"""

from __future__ import annotations

import json
import sqlite3
import uuid as uuid_module
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from backcare_desktop.core.enrolment import Enrolment, LoggedSession, PlanStatus, plan_status
from backcare_desktop.core.pain_rules import RED_FLAGS
from backcare_desktop.core.programmes import Programme, find_programme
from backcare_desktop.core.stats import SessionSummary
from backcare_desktop.storage.db import OpenedDatabase, transaction
from backcare_desktop.storage.rows import check_rating, local_time, offset_seconds, utc_text


class GateChoice(StrEnum):
    """What the user chose when the pre-workout note stopped a workout from just starting."""

    FLARE_UP = "flare_up"
    START_ANYWAY = "start_anyway"
    STOP_TODAY = "stop_today"


@dataclass(frozen=True)
class MorningCheck:
    """The morning question's answer for ``day`` (``pain`` None: skipped)."""

    day: date
    pain: int | None
    recorded_at: datetime


@dataclass(frozen=True)
class RedFlagReport:
    """Warning signs the user ticked; ``cleared_on`` once a doctor has checked the back."""

    uuid: str
    reported_at: datetime
    flags: tuple[str, ...]
    cleared_on: date | None = None


@dataclass(frozen=True)
class GateRecord:
    """One pre-workout stop: the pain before, the red flags ticked, and the choice made."""

    uuid: str
    chosen_at: datetime
    routine_id: str
    pain_before: int | None
    flags: tuple[str, ...]
    choice: GateChoice


@dataclass(frozen=True)
class ProgrammeRecords:
    """Every programme row, for backup and restore."""

    enrolments: tuple[Enrolment, ...] = ()
    morning_checks: tuple[MorningCheck, ...] = ()
    red_flags: tuple[RedFlagReport, ...] = ()
    gate_choices: tuple[GateRecord, ...] = ()


def check_flags(flags: Iterable[str]) -> tuple[str, ...]:
    """``flags`` as known red-flag ids in their listed order; ValueError for an unknown one."""
    given = set(flags)
    unknown = given - set(RED_FLAGS)
    if unknown:
        raise ValueError(f"unknown red flag(s): {', '.join(sorted(unknown))}")
    return tuple(flag for flag in RED_FLAGS if flag in given)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _pauses_json(enrolment: Enrolment) -> str:
    return json.dumps(
        [
            [start.isoformat(), None if until is None else until.isoformat()]
            for start, until in enrolment.pauses
        ]
    )


class ProgrammeStore:
    """Programme rows in an :class:`OpenedDatabase` (which the caller closes)."""

    def __init__(self, db: OpenedDatabase) -> None:
        self.db = db

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection."""
        return self.db.connection

    # -- enrolment -------------------------------------------------------------------------

    def enrolments(self) -> list[Enrolment]:
        """Every enrolment, oldest first."""
        rows = self.connection.execute(
            "SELECT id, uuid, programme_id, started_on, pauses, ended_on"
            " FROM programme_enrolments ORDER BY id"
        ).fetchall()
        return [
            Enrolment(
                programme_id=row[2],
                started_on=date.fromisoformat(row[3]),
                pauses=tuple(
                    (date.fromisoformat(start), _day(until)) for start, until in json.loads(row[4])
                ),
                ended_on=_day(row[5]),
                id=row[0],
                uuid=row[1],
            )
            for row in rows
        ]

    def current_enrolment(self) -> Enrolment | None:
        """The programme being followed (active or paused), if any."""
        current = [item for item in self.enrolments() if item.ended_on is None]
        return current[-1] if current else None

    def save_enrolment(self, enrolment: Enrolment) -> Enrolment:
        """Insert (no id yet) or update the pauses and end of an enrolment; return it with id."""
        with transaction(self.connection) as connection:
            return self._save(connection, enrolment)

    def _save(self, connection: sqlite3.Connection, enrolment: Enrolment) -> Enrolment:
        ended = None if enrolment.ended_on is None else enrolment.ended_on.isoformat()
        if enrolment.id is not None:
            connection.execute(
                "UPDATE programme_enrolments SET pauses = ?, ended_on = ? WHERE id = ?",
                (_pauses_json(enrolment), ended, enrolment.id),
            )
            return enrolment
        uuid = enrolment.uuid or str(uuid_module.uuid4())
        cursor = connection.execute(
            "INSERT INTO programme_enrolments (uuid, programme_id, started_on, pauses, ended_on)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                uuid,
                enrolment.programme_id,
                enrolment.started_on.isoformat(),
                _pauses_json(enrolment),
                ended,
            ),
        )
        return replace(enrolment, id=cursor.lastrowid, uuid=uuid)

    def follow(self, programme_id: str, day: date) -> Enrolment:
        """Follow ``programme_id`` from ``day``, stopping the current programme (a switch)."""
        with transaction(self.connection) as connection:
            current = self.current_enrolment()
            if current is not None:
                self._save(connection, current.stop(day))
            return self._save(connection, Enrolment(programme_id, day))

    # -- morning checks --------------------------------------------------------------------

    def record_morning_check(self, day: date, pain: int | None, now: datetime) -> None:
        """Save the morning answer for ``day`` (None: skipped); a later answer replaces it."""
        pain = check_rating("pain", pain, 0, 10)
        with transaction(self.connection) as connection:
            connection.execute(
                "INSERT INTO morning_checks (day, pain, recorded_at) VALUES (?, ?, ?)"
                " ON CONFLICT (day) DO UPDATE SET pain = excluded.pain,"
                " recorded_at = excluded.recorded_at",
                (day.isoformat(), pain, utc_text(now)),
            )

    def morning_checks(self) -> list[MorningCheck]:
        """Every morning answer (skips included), oldest first."""
        rows = self.connection.execute(
            "SELECT day, pain, recorded_at FROM morning_checks ORDER BY day"
        ).fetchall()
        return [
            MorningCheck(date.fromisoformat(day), pain, datetime.fromisoformat(at))
            for day, pain, at in rows
        ]

    def morning_pain(self) -> dict[date, int]:
        """Morning pain by day (skipped mornings left out): the one reader of the morning
        checks for the plan, the physio report and the running chart."""
        rows = self.connection.execute(
            "SELECT day, pain FROM morning_checks WHERE pain IS NOT NULL ORDER BY day"
        ).fetchall()
        return {date.fromisoformat(day): int(pain) for day, pain in rows}

    # -- red flags -------------------------------------------------------------------------

    def report_red_flags(self, flags: Iterable[str], now: datetime) -> RedFlagReport:
        """Save the warning signs ticked now (at least one)."""
        checked = check_flags(flags)
        if not checked:
            raise ValueError("tick at least one warning sign to report")
        report = RedFlagReport(str(uuid_module.uuid4()), now, checked)
        with transaction(self.connection) as connection:
            _insert_red_flag(connection, report)
        return report

    def clear_red_flags(self, day: date) -> int:
        """Mark every open report cleared on ``day`` (a doctor checked); return how many."""
        with transaction(self.connection) as connection:
            return connection.execute(
                "UPDATE red_flag_reports SET cleared_on = ? WHERE cleared_on IS NULL",
                (day.isoformat(),),
            ).rowcount

    def red_flag_reports(self) -> list[RedFlagReport]:
        """Every report, oldest first."""
        rows = self.connection.execute(
            "SELECT uuid, reported_at, utc_offset_s, flags, cleared_on FROM red_flag_reports"
            " ORDER BY reported_at, id"
        ).fetchall()
        return [
            RedFlagReport(uuid, local_time(at, offset), tuple(json.loads(flags)), _day(cleared))
            for uuid, at, offset, flags, cleared in rows
        ]

    # -- pre-workout choices ---------------------------------------------------------------

    def record_gate_choice(
        self,
        routine_id: str,
        pain_before: int | None,
        flags: Iterable[str],
        choice: GateChoice,
        now: datetime,
    ) -> GateRecord:
        """Log what the user chose at the pre-workout note."""
        record = GateRecord(
            str(uuid_module.uuid4()),
            now,
            routine_id,
            check_rating("pain_before", pain_before, 0, 10),
            check_flags(flags),
            GateChoice(choice),
        )
        with transaction(self.connection) as connection:
            _insert_gate(connection, record)
        return record

    def gate_choices(self) -> list[GateRecord]:
        """Every pre-workout choice, oldest first."""
        rows = self.connection.execute(
            "SELECT uuid, chosen_at, utc_offset_s, routine_id, pain_before, flags, choice"
            " FROM workout_gate_choices ORDER BY chosen_at, id"
        ).fetchall()
        return [
            GateRecord(
                uuid,
                local_time(at, offset),
                routine,
                pain,
                tuple(json.loads(flags)),
                GateChoice(choice),
            )
            for uuid, at, offset, routine, pain, flags, choice in rows
        ]

    # -- backup ----------------------------------------------------------------------------

    def records(self) -> ProgrammeRecords:
        """Every row, for a backup."""
        return ProgrammeRecords(
            tuple(self.enrolments()),
            tuple(self.morning_checks()),
            tuple(self.red_flag_reports()),
            tuple(self.gate_choices()),
        )

    def add_records(self, records: ProgrammeRecords) -> int:
        """Merge a backup's rows in one transaction; rows already here are skipped.

        Returns how many rows were added. An enrolment restored while another is current
        is kept as history (ended on the day the current one started) so only one is followed.
        """
        added = 0
        with transaction(self.connection) as connection:
            known = {item.uuid for item in self.enrolments()}
            current = self.current_enrolment()
            for enrolment in records.enrolments:
                if enrolment.uuid in known:
                    continue
                if current is not None and enrolment.ended_on is None:
                    enrolment = replace(
                        enrolment, ended_on=max(current.started_on, enrolment.started_on)
                    )
                self._save(connection, replace(enrolment, id=None))
                added += 1
            for check in records.morning_checks:
                added += connection.execute(
                    "INSERT OR IGNORE INTO morning_checks (day, pain, recorded_at)"
                    " VALUES (?, ?, ?)",
                    (check.day.isoformat(), check.pain, utc_text(check.recorded_at)),
                ).rowcount
            for report in records.red_flags:
                added += _insert_red_flag(connection, report, ignore=True)
            for gate in records.gate_choices:
                added += _insert_gate(connection, gate, ignore=True)
        return added


def _insert_red_flag(
    connection: sqlite3.Connection, report: RedFlagReport, ignore: bool = False
) -> int:
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    cleared = None if report.cleared_on is None else report.cleared_on.isoformat()
    return connection.execute(
        f"{verb} INTO red_flag_reports (uuid, reported_at, utc_offset_s, flags, cleared_on)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            report.uuid,
            utc_text(report.reported_at),
            offset_seconds(report.reported_at),
            json.dumps(list(report.flags)),
            cleared,
        ),
    ).rowcount


def _insert_gate(connection: sqlite3.Connection, record: GateRecord, ignore: bool = False) -> int:
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    return connection.execute(
        f"{verb} INTO workout_gate_choices (uuid, chosen_at, utc_offset_s, routine_id,"
        " pain_before, flags, choice) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            record.uuid,
            utc_text(record.chosen_at),
            offset_seconds(record.chosen_at),
            record.routine_id,
            record.pain_before,
            json.dumps(list(record.flags)),
            record.choice.value,
        ),
    ).rowcount


def logged_sessions(summaries: Sequence[SessionSummary]) -> list[LoggedSession]:
    """History sessions as the plan reads them: local day, pain, done when completed."""
    return [
        LoggedSession(
            summary.day, summary.pain_before, summary.pain_after, summary.status == "completed"
        )
        for summary in summaries
        if summary.status != "in_progress"
    ]


def current_plan(
    store: ProgrammeStore,
    summaries: Sequence[SessionSummary],
    programmes: Sequence[Programme],
    today: date,
) -> PlanStatus | None:
    """Where the followed programme stands today, or None when none is followed (or known)."""
    enrolment = store.current_enrolment()
    if enrolment is None:
        return None
    programme = find_programme(programmes, enrolment.programme_id)
    if programme is None:
        return None
    reports = [
        (report.reported_at.date(), report.cleared_on) for report in store.red_flag_reports()
    ]
    return plan_status(
        programme, enrolment, logged_sessions(summaries), store.morning_pain(), reports, today
    )
