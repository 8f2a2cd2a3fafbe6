"""The collaborators the windows share, built once by the app and passed in."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from backcare_desktop.core.clock import Clock
from backcare_desktop.core.library import LibraryEntry, RoutineLibrary
from backcare_desktop.core.routine import Routine
from backcare_desktop.core.timeline_texts import CueKind
from backcare_desktop.paths import AppPaths
from backcare_desktop.resources import sounds_dir
from backcare_desktop.settings import SettingsStore
from backcare_desktop.ui.i18n import localized

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from backcare_desktop.audio.player import CuePlayer
    from backcare_desktop.core.engine import CueDue
    from backcare_desktop.storage.history import HistoryStore


@dataclass
class Services:
    """Paths, routines, settings, the clock and (once loaded) the cue player."""

    paths: AppPaths
    library: RoutineLibrary
    settings: SettingsStore
    clock: Clock
    player: CuePlayer | None = None
    startup_notices: list[str] = field(default_factory=list)
    voice_override: bool | None = None
    """``--voice`` / ``--no-voice`` for this run; None follows the setting."""
    audio_problems: list[str] = field(default_factory=list)
    prepared_sounds: dict[CueKind, Path] = field(default_factory=dict)
    history: HistoryStore | None = None
    history_notices: list[str] = field(default_factory=list)
    language: str = "en"
    """The language of the loaded translation; routines show their texts in it when they can."""
    cue_log: TextIO | None = None
    """Where to write a line per cue (``BACKCARE_DESKTOP_CUE_LOG``), for timing measurements."""

    def localized(self, routine: Routine) -> Routine:
        """``routine`` in the app's language, where the routine has that translation."""
        return routine if self.language == "en" else routine.localized(self.language)

    def log_cue(self, event: CueDue, played: bool) -> None:
        """Append one JSON line: the cue, when it was due and when it was handed to the player."""
        if self.cue_log is None:
            return
        line = {
            "kind": event.cue.kind.value,
            "due_ns": event.due_ns,
            "handled_ns": self.clock.now_ns(),
            "played": played,
        }
        self.cue_log.write(json.dumps(line) + "\n")
        self.cue_log.flush()

    def open_history(self) -> None:
        """Open the history database; a session a crash left running becomes interrupted."""
        import sqlite3

        from backcare_desktop.storage.db import open_database
        from backcare_desktop.storage.history import HistoryStore

        db = open_database(self.paths.history_db, lambda: datetime.now().astimezone())
        self.history = HistoryStore(db)
        self.history_notices = list(db.notices)
        if not db.read_only:
            try:
                self.history.mark_interrupted()
            except sqlite3.OperationalError as error:  # locked by another program: next run
                log.warning("history: sessions left running not marked: %s", error)

    def close(self) -> None:
        """Release the database."""
        if self.history is not None:
            self.history.db.close()
            self.history = None
        if self.cue_log is not None:
            self.cue_log.close()
            self.cue_log = None

    def localized_entries(self) -> list[LibraryEntry]:
        """The library's routines, in the app's language where they have it."""
        return [
            replace(entry, routine=self.localized(entry.routine))
            for entry in self.library.entries()
        ]

    @property
    def voice_enabled(self) -> bool:
        """Whether cues are spoken this run."""
        return self.settings.value.voice if self.voice_override is None else self.voice_override

    def _prepared_sounds(
        self, style: str, volume: float, keep_others: bool = False
    ) -> dict[CueKind, Path]:
        """Render the cue sounds; unless ``keep_others``, delete older renders from the cache."""
        from backcare_desktop.audio.render import prepare_cue_sounds

        overrides = {
            CueKind(kind): Path(path)
            for kind, path in self.settings.value.user_sounds.items()
            if kind in {known.value for known in CueKind}
        }
        prepared = prepare_cue_sounds(
            sounds_dir(), style, volume, self.paths.sounds_cache_dir, overrides
        )
        self.audio_problems = list(prepared.problems)
        if not keep_others:
            self._prune_sound_cache(set(prepared.files.values()))
        self.prepared_sounds = dict(prepared.files)
        return self.prepared_sounds

    def _prune_sound_cache(self, keep: set[Path]) -> None:
        """Remove renders of other styles and volumes (each set is about 400 KB)."""
        folder = self.paths.sounds_cache_dir
        for path in folder.glob("*.wav") if folder.is_dir() else ():
            if path not in keep:
                path.unlink(missing_ok=True)

    def load_audio(self) -> CuePlayer:
        """Prepare the cue sounds and open the audio device (or a silent stand-in); return it."""
        from backcare_desktop.audio.player import create_player

        settings = self.settings.value
        files = self._prepared_sounds(settings.sound_style, settings.volume)
        self.player = player = create_player(files, self.voice_enabled, language=self.language)
        player.set_muted(settings.muted)
        player.set_speech_volume(settings.volume)
        self.apply_voice()
        return player

    def apply_voice(self) -> None:
        """Give the player the voice, rate and loudness of the settings (after a test)."""
        if self.player is not None:
            settings = self.settings.value
            self.player.set_voice(settings.voice_name)
            self.player.set_speech_rate(settings.speech_rate)
            self.player.set_speech_volume(settings.volume)

    def reload_sounds(self) -> None:
        """Re-render the sounds after the style, volume or user sounds changed."""
        if self.player is not None:
            settings = self.settings.value
            self.player.load_sounds(self._prepared_sounds(settings.sound_style, settings.volume))
            self.player.set_speech_volume(settings.volume)

    def preview_sounds(self, style: str, volume: float) -> None:
        """Load ``style`` at ``volume`` for a test play, without saving it as the setting."""
        if self.player is not None:
            self.player.load_sounds(self._prepared_sounds(style, volume, keep_others=True))

    def player_notices(self) -> list[str]:
        """Sentences about missing audio or voice."""
        player = list(self.player.notices) if self.player is not None else []
        return [*self.audio_problems, *player]

    def notices(self) -> list[str]:
        """Everything the user should know about the set-up, oldest first."""
        library = [str(error) for error in self.library.errors]
        notices = [
            *self.startup_notices,
            *self.settings.notices,
            *self.history_notices,
            *(self.history.notices if self.history is not None else ()),
            *library,
            *self.player_notices(),
        ]
        # settings and storage make English UserTexts: shown in the interface language
        return [localized(notice) for notice in notices]

    def set_muted(self, muted: bool) -> None:
        """Mute or unmute the cues, and remember it."""
        self.settings.update(muted=muted)
        if self.player is not None:
            self.player.set_muted(muted)
