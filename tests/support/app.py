"""Runs the real app in a subprocess, the way a user (or CI) starts it."""

from __future__ import annotations

import os
import signal
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class AppRunner:
    """Starts ``backcare-desktop`` processes with a private data folder."""

    python: str
    data_dir: Path
    processes: list[subprocess.Popen[str]] = field(default_factory=list)

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for the app: offscreen unless a platform is given."""
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(extra)
        return env

    def command(self, *args: str) -> list[str]:
        """The command line that starts the app with ``args``."""
        return [self.python, "-m", "backcare_desktop", "--data-dir", str(self.data_dir), *args]

    def start(self, *args: str, **env: str) -> subprocess.Popen[str]:
        """Launch the app in the background."""
        process = subprocess.Popen(
            self.command(*args),
            env=self.env(**env),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.processes.append(process)
        return process

    def run(self, *args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
        """Run the app to completion."""
        return subprocess.run(
            self.command(*args),
            env=self.env(**env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def kill_all(self) -> None:
        """SIGKILL whatever is still running and collect it."""
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
            process.communicate(timeout=10)
