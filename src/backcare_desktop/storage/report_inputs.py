"""The physio report's content read from the history database (no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from backcare_desktop.core.programmes import Programme
from backcare_desktop.core.report import FlareUp, ReportData, ReportSession, build_report
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.storage.programme_store import GateChoice, ProgrammeStore, current_plan


def physio_report_data(
    history: HistoryStore,
    store: ProgrammeStore,
    programmes: Sequence[Programme],
    today: date,
    describe_flags: Callable[[Sequence[str]], str],
    describe_gate: Callable[[int | None, GateChoice], str],
) -> ReportData:
    """Gather the report: ``describe_flags`` and ``describe_gate`` word the warning signs and
    the pre-workout choices in the user's language."""
    rows = history.sessions()[::-1]  # oldest first; the rows are summaries for the plan too
    sessions = [
        ReportSession(
            row.day,
            row.routine_title,
            row.pain_before,
            row.pain_after,
            row.note,
            row.status == "completed",
        )
        for row in rows
        if row.status != "in_progress"
    ]
    flare_ups = [
        FlareUp(
            report.reported_at.date(), "red_flag", describe_flags(report.flags), report.cleared_on
        )
        for report in store.red_flag_reports()
    ]
    gates = store.gate_choices()
    flare_ups += [
        FlareUp(gate.chosen_at.date(), "gate", describe_gate(gate.pain_before, gate.choice))
        for gate in gates
    ]
    start_pains = [
        (gate.chosen_at.date(), gate.pain_before) for gate in gates if gate.pain_before is not None
    ]
    return build_report(
        sessions,
        store.morning_pain(),
        current_plan(store, rows, programmes, today),
        store.current_enrolment(),
        flare_ups,
        start_pains,
    )
