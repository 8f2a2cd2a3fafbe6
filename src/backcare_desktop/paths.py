"""Where the app keeps its files: platformdirs locations, or one folder for portable use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from backcare_desktop import APP_NAME


@dataclass(frozen=True)
class AppPaths:
    """The data, config, cache and log folders. Nothing is created until :meth:`ensure` is called
    (the log folder: until logging starts)."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def history_db(self) -> Path:
        """The SQLite history database."""
        return self.data_dir / "history.sqlite3"

    @property
    def routines_dir(self) -> Path:
        """The user's own routines, one JSON file each."""
        return self.data_dir / "routines"

    @property
    def settings_file(self) -> Path:
        """The settings file."""
        return self.config_dir / "settings.json"

    @property
    def sounds_cache_dir(self) -> Path:
        """Cue sounds prepared for playback."""
        return self.cache_dir / "sounds"

    @property
    def log_file(self) -> Path:
        """The app's log (rotated: older parts end in .1, .2, ...)."""
        return self.log_dir / f"{APP_NAME}.log"

    def ensure(self) -> None:
        """Create the folders that do not exist yet. Raises OSError when that fails."""
        for folder in (self.data_dir, self.config_dir, self.cache_dir):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # health data: owner only


def app_paths(data_dir: Path | None = None) -> AppPaths:
    """The platformdirs locations, or with ``data_dir`` everything under that one folder."""
    if data_dir is not None:
        root = data_dir.expanduser().absolute()
        return AppPaths(root, root / "config", root / "cache", root / "logs")
    return AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
