"""The collaborators the windows share, built once by the app and passed in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from backcare_desktop.core.clock import Clock
from backcare_desktop.core.library import RoutineLibrary
from backcare_desktop.paths import AppPaths
from backcare_desktop.settings import SettingsStore

if TYPE_CHECKING:
    from backcare_desktop.audio.player import CuePlayer


@dataclass
class Services:
    """Paths, routines, settings, the clock and (once loaded) the cue player."""

    paths: AppPaths
    library: RoutineLibrary
    settings: SettingsStore
    clock: Clock
    player: CuePlayer | None = None
    startup_notices: list[str] = field(default_factory=list)

    def player_notices(self) -> list[str]:
        """Sentences about missing audio or voice."""
        return list(self.player.notices) if self.player is not None else []

    def notices(self) -> list[str]:
        """Everything the user should know about the set-up, oldest first."""
        library = [str(error) for error in self.library.errors]
        return [*self.startup_notices, *self.settings.notices, *library, *self.player_notices()]

    def set_muted(self, muted: bool) -> None:
        """Mute or unmute the cues, and remember it."""
        self.settings.update(muted=muted)
        if self.player is not None:
            self.player.set_muted(muted)
