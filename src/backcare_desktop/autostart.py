"""Start at login, minimised to the tray: an XDG autostart entry the app writes or removes.

Reminders only fire while the app runs; with this on, the desktop starts it at login
(``backcare-desktop --minimised``) waiting in the tray. The entry is
``$XDG_CONFIG_HOME/autostart/backcare-desktop.desktop`` (``~/.config`` by default), the place
every freedesktop.org desktop reads. A file there that this app did not write is left alone.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from backcare_desktop import APP_NAME
from backcare_desktop.core.atomic import atomic_write_text

MINIMISED_OPTION = "--minimised"
MARKER = "X-Backcare-Autostart=true"
"""Identifies an entry written by this app (only those are replaced or removed)."""


def autostart_file(environ: dict[str, str] | None = None) -> Path:
    """Where the autostart entry goes, following ``XDG_CONFIG_HOME``."""
    environ = dict(os.environ) if environ is None else environ
    config = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_NAME}.desktop"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """The command that starts this app minimised: the installed launcher, or this Python."""
    flatpak = os.environ.get("FLATPAK_ID")
    installed = shutil.which(APP_NAME)
    if flatpak:
        command = ["flatpak", "run", flatpak]
    elif installed:
        command = [installed]
    else:
        command = [sys.executable, "-m", "backcare_desktop"]
    command.append(MINIMISED_OPTION)
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def desktop_entry(command: list[str]) -> str:
    """The autostart entry that runs ``command``."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Backcare",
            "Comment=Back-care reminders, waiting in the tray",
            "Comment[de]=Erinnerungen ans Rückentraining, im Infobereich",
            f"Exec={_exec_line(command)}",
            "Icon=backcare-desktop",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            MARKER,
            "",
        ]
    )


def _exec_line(command: list[str]) -> str:
    """``Exec`` quoting: arguments quoted where needed, ``%`` doubled (desktop entry spec)."""
    return " ".join(shlex.quote(part).replace("%", "%%") for part in command)


def is_ours(path: Path) -> bool:
    """True when ``path`` is an autostart entry this app wrote."""
    try:
        return path.is_file() and MARKER in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def set_autostart(enabled: bool, path: Path, command: list[str]) -> None:
    """Write (``enabled``) or remove the autostart entry at ``path``. Raises OSError.

    An entry someone else put there is never overwritten or removed.
    """
    if enabled:
        if path.exists() and not is_ours(path):
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, desktop_entry(command))
    elif is_ours(path):
        path.unlink()
