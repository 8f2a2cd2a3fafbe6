"""Command-line parsing and the commands that need no window."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from backcare_desktop import APP_NAME, __version__
from backcare_desktop.core.clock import NS_PER_MS
from backcare_desktop.core.durations import format_duration
from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.core.routine import Routine, RoutineError
from backcare_desktop.paths import AppPaths
from backcare_desktop.resources import routines_dir

if TYPE_CHECKING:
    from backcare_desktop.core.timeline import Timeline


class UsageError(Exception):
    """Bad command-line arguments: reported in one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _cell_size(text: str) -> tuple[int, int]:
    """``WxH`` as two whole numbers of pixels, each 32..2000."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or not (
        32 <= int(width) <= 2000 and 32 <= int(height) <= 2000
    ):
        raise argparse.ArgumentTypeError(f"must be WxH with each side 32..2000, got {text!r}")
    return int(width), int(height)


def user_path(text: str) -> Path:
    """A path from the command line, ``~`` expanded (``--data-dir=~/x`` reaches us unexpanded)."""
    return Path(text).expanduser()


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = _Parser(
        prog=APP_NAME,
        description="A desktop interval timer for back-care routines.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--list-routines",
        action="store_true",
        help="print the routines (id, title, duration, focus)",
    )
    parser.add_argument(
        "--plan", metavar="ROUTINE", help="print a routine's timeline with each cue's offset in ms"
    )
    parser.add_argument(
        "--today",
        action="store_true",
        help="print the followed programme: week, today's session and level, planned vs done, "
        "the light and why",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="with --plan, --list-routines, --list-runs or --today: JSON",
    )
    parser.add_argument(
        "--import-runs",
        metavar="PATH",
        nargs="+",
        type=Path,
        help="import runs from FIT, GPX or TCX files (or .gz), folders, zips or a Strava export",
    )
    parser.add_argument(
        "--list-runs",
        action="store_true",
        help="print the imported runs and other activities, with spike flags",
    )
    parser.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        type=user_path,
        help="import routines from FILE (ours, Exercise Timer, JAWT, OpenHIIT or Feeel)",
    )
    parser.add_argument(
        "--export-history",
        metavar="FILE",
        type=user_path,
        help="write the workout history to FILE: CSV, or a JSON backup when FILE ends in .json",
    )
    parser.add_argument(
        "--restore-history",
        metavar="FILE",
        type=user_path,
        help="merge a JSON backup into the workout history (sessions already there are kept)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the main window and the history once, then exit (0 when all loaded)",
    )
    parser.add_argument(
        "--start", metavar="ROUTINE", help="open straight into the player and start ROUTINE"
    )
    parser.add_argument(
        "--no-ask",
        dest="ask",
        action="store_false",
        help="with --start: skip the question how your back feels (for scripts and tests)",
    )
    voice = parser.add_mutually_exclusive_group()
    voice.add_argument(
        "--voice",
        dest="voice",
        action="store_true",
        default=None,
        help="speak the cues this time, whatever the setting says",
    )
    voice.add_argument(
        "--no-voice", dest="voice", action="store_false", help="tones only this time"
    )
    parser.add_argument(
        "--minimised",
        action="store_true",
        help="start minimised to the tray (how the app starts at login)",
    )
    parser.add_argument(
        "--render-figures",
        metavar="DIR",
        type=Path,
        help="write contact sheets of every move's figure (light and dark PNGs) into DIR",
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_cell_size,
        default=(200, 200),
        help="with --render-figures: the size of one picture (default 200x200)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=user_path,
        help="keep data, settings, cache and logs under DIR instead of the usual places",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="log everything, to the terminal as well as to the log file",
    )
    return parser


@dataclass(frozen=True)
class _Context:
    paths: AppPaths
    out: TextIO


def open_library(paths: AppPaths) -> RoutineLibrary:
    """The built-in routines plus the user's own from ``paths``."""
    library = RoutineLibrary(routines_dir(), paths.routines_dir)
    library.load()
    return library


def _routine_duration_text(routine: Routine) -> str:
    prefix = "~" if routine.has_rep_moves else ""
    return prefix + format_duration(routine.estimated_total_s())


def list_routines(library: RoutineLibrary, out: TextIO, as_json: bool) -> int:
    """Print every routine: id, title, total duration and focus."""
    entries = library.entries()
    if as_json:
        rows = [
            {
                "id": entry.routine.id,
                "title": entry.routine.title,
                "total_s": entry.routine.estimated_total_s(),
                "estimated": entry.routine.has_rep_moves,
                "focus": list(entry.routine.focus),
                "builtin": entry.builtin,
            }
            for entry in entries
        ]
        json.dump(rows, out, indent=2)
        out.write("\n")
        return 0
    width = max((len(entry.routine.id) for entry in entries), default=2)
    title_width = max((len(entry.routine.title) for entry in entries), default=5)
    for entry in entries:
        routine = entry.routine
        out.write(
            f"{routine.id:<{width}}  {routine.title:<{title_width}}  "
            f"{_routine_duration_text(routine):>8}  {', '.join(routine.focus)}\n"
        )
    if any(entry.routine.has_rep_moves for entry in entries):
        out.write("(~ estimated: moves counted in reps are taken as 3 seconds a rep)\n")
    return 0


def plan_as_dict(timeline: Timeline) -> dict[str, object]:
    """The timeline as a JSON-ready dictionary (times in ms from the workout start)."""
    starts = timeline.segment_starts_ns()
    return {
        "routine": timeline.routine.id,
        "title": timeline.routine.title,
        "exact": timeline.is_exact,
        "total_ms": timeline.total_ns() // NS_PER_MS,
        "segments": [
            {
                "index": index,
                "kind": segment.kind.value,
                "title": segment.title,
                "start_ms": start // NS_PER_MS,
                "duration_ms": None
                if segment.duration_ns is None
                else segment.duration_ns // NS_PER_MS,
                "side": segment.side.value if segment.side else None,
                "round": segment.round,
            }
            for index, (start, segment) in enumerate(zip(starts, timeline.segments, strict=True))
        ],
        "cues": [
            {
                "at_ms": planned.at_ns // NS_PER_MS,
                "segment": planned.segment_index,
                "kind": planned.cue.kind.value,
                "say": planned.cue.say,
            }
            for planned in timeline.planned_cues()
        ],
    }


def print_plan(timeline: Timeline, out: TextIO, as_json: bool) -> int:
    """Print the timeline and each cue's offset in milliseconds."""
    if as_json:
        json.dump(plan_as_dict(timeline), out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    routine = timeline.routine
    exact = "" if timeline.is_exact else " (estimated: reps moves wait for Done)"
    out.write(
        f"{routine.title} ({routine.id}): {format_duration(timeline.total_ns() / 1e9)}{exact}\n"
    )
    starts = timeline.segment_starts_ns()
    cues_by_segment: dict[int, list[str]] = {}
    for planned in timeline.planned_cues():
        say = f'  "{planned.cue.say}"' if planned.cue.say else ""
        cues_by_segment.setdefault(planned.segment_index, []).append(
            f"  {planned.at_ns // NS_PER_MS:>9} ms  {planned.cue.kind.value:<13}{say}"
        )
    for index, segment in enumerate(timeline.segments):
        length = (
            "until Done" if segment.duration_ns is None else f"{segment.duration_ns // 10**9} s"
        )
        out.write(
            f"{starts[index] // NS_PER_MS:>9} ms  [{segment.kind.value}] {segment.title}"
            f" ({length}, round {segment.round}/{segment.rounds})\n"
        )
        for line in cues_by_segment.get(index, []):
            out.write(line + "\n")
    return 0


def run_plan(library: RoutineLibrary, ref: str, out: TextIO, as_json: bool) -> int:
    """``--plan ROUTINE``."""
    from backcare_desktop.core.timeline import build_timeline  # not needed to open the window

    return print_plan(build_timeline(library.resolve(ref)), out, as_json)


def run_import(library: RoutineLibrary, path: Path, out: TextIO) -> int:
    """``--import FILE``: print what was imported (exit 0) or why nothing was (exit 1)."""
    try:
        result, saved = library.import_file(path)
    except RoutineError as error:
        return fail(f"nothing imported: {error}", code=1)
    except OSError as error:
        return fail(f"nothing imported: could not save to {library.user_dir}: {error}", code=1)
    out.write(f"Imported {len(saved)} routine(s) from {path} ({result.source_format}):\n")
    for entry in saved:
        out.write(
            f"  {entry.routine.id}  {entry.routine.title}  "
            f"{_routine_duration_text(entry.routine)}\n"
        )
    for sentence in result.mapped:
        out.write(f"Carried over: {sentence}\n")
    for sentence in result.not_mapped:
        out.write(f"Not carried over: {sentence}\n")
    return 0


def run_export_history(paths: AppPaths, target: Path, out: TextIO) -> int:
    """``--export-history FILE``: print what was written (exit 0) or why not (exit 1)."""
    from backcare_desktop.storage.export import HistoryExportError, export_history_cli

    try:
        out.write(export_history_cli(paths.history_db, target) + "\n")
    except HistoryExportError as error:
        return fail(str(error), code=1)
    return 0


def fail(message: str, code: int = 2) -> int:
    """Print a one-line error to stderr and return the exit code."""
    sys.stderr.write(f"{APP_NAME}: error: {message}\n")
    return code
