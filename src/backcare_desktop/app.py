"""Application entry point: parse the command line, then run a command or the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from backcare_desktop import cli
from backcare_desktop.core.routine import RoutineError
from backcare_desktop.core.validation import DataError
from backcare_desktop.paths import AppPaths, app_paths
from backcare_desktop.startup_collection import startup_collection


def main(argv: Sequence[str] | None = None) -> int:
    """Run backcare-desktop with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    try:
        args = cli.build_parser().parse_args(argv)
    except cli.UsageError as error:
        return cli.fail(str(error))
    except SystemExit as done:  # --help and --version print and exit
        return int(done.code or 0)
    paths = app_paths(args.data_dir)
    try:
        if args.list_routines:
            return cli.list_routines(cli.open_library(paths), sys.stdout, args.json)
        if args.today or args.restore_history:
            return _programme_command(args, paths)
        if args.import_runs or args.list_runs:
            from backcare_desktop import cli_runs

            if args.import_runs:
                return cli_runs.import_runs(paths, args.import_runs, sys.stdout)
            return cli_runs.list_runs(paths, sys.stdout, args.json)
        if args.export_history:
            return cli.run_export_history(paths, args.export_history, sys.stdout)
        if args.import_file:
            return cli.run_import(cli.open_library(paths), args.import_file, sys.stdout)
        if args.plan:
            return cli.run_plan(cli.open_library(paths), args.plan, sys.stdout, args.json)
        if args.render_figures:
            from backcare_desktop.ui.figure_sheets import run_render_figures

            return run_render_figures(
                cli.open_library(paths), args.render_figures, args.size, sys.stdout
            )
        start = cli.open_library(paths).resolve(args.start) if args.start else None
    except RoutineError as error:
        return cli.fail(str(error))
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    startup_collection.pause()  # until the window's first frame
    try:
        from backcare_desktop.ui.gui import run_gui  # Qt is imported only for a window

        return run_gui(
            paths,
            start=start,
            voice=args.voice,
            self_test=args.self_test,
            ask=args.ask,
            debug=args.debug,
            minimised=args.minimised,
        )
    finally:
        startup_collection.resume()  # also when start-up failed before its first frame


def _programme_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """``--today`` or ``--restore-history``."""
    from backcare_desktop import programme_cli

    try:
        if args.restore_history:
            programme_cli.run_restore(paths, args.restore_history, sys.stdout)
        else:
            library = cli.open_library(paths)
            programme_cli.run_today(paths, library, sys.stdout, args.json, date.today())
    except programme_cli.CommandError as error:
        return cli.fail(str(error), code=1)
    except DataError as error:
        return cli.fail(str(error))
    return 0


if __name__ == "__main__":
    sys.exit(main())
