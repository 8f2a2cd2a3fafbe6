"""Programmes: weeks of planned sessions, read from versioned JSON data files.

The format is documented in ``docs/programme-format.md``. Files are read with the shared
validation toolkit (:mod:`backcare_desktop.core.validation`), so every problem names its field
path, e.g. ``plan[2].sessions[0].routine: no routine with id "yoga"``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from backcare_desktop.core.levels import MAX_LEVEL, MIN_LEVEL
from backcare_desktop.core.routine import LANGUAGE_PATTERN
from backcare_desktop.core.validation import (
    DataError,
    DocumentKind,
    Fields,
    Problems,
    index_path,
    key_path,
    load_json_file,
    read_document,
    require_object,
    shown,
)

if TYPE_CHECKING:
    from backcare_desktop.core.library import RoutineLibrary

FORMAT_VERSION: Final = 1
PROGRAMME_DOCUMENT: Final = DocumentKind("programme", (FORMAT_VERSION,))
"""A programme file: ``"format"`` holds the version."""
MAX_FILE_BYTES: Final = 200_000
MAX_WEEKS: Final = 52
MAX_SESSIONS_PER_WEEK: Final = 7
KINDS: Final = ("plan", "flare_up")
"""``flare_up``: the gentle programme for a bad spell; the app shows the flare-up note with it
(the note is safety copy, kept with the other safety texts in the UI, not in the file)."""


class ProgrammeError(DataError):
    """A programme file could not be read; ``problems`` lists each ``path: rule``."""


@dataclass(frozen=True)
class PlannedSession:
    """One session of a week: a routine (by id) at a level."""

    routine_id: str
    level: int


@dataclass(frozen=True)
class ProgrammeWeek:
    """The sessions offered in one week of the plan, in the order they are suggested.

    Each session's level is the level it is planned at for someone whose back copes well;
    the pain rules may hold the user below it (see :mod:`backcare_desktop.core.enrolment`).
    """

    sessions: tuple[PlannedSession, ...]

    @property
    def top_level(self) -> int:
        """The highest level planned in this week."""
        return max(session.level for session in self.sessions)


@dataclass(frozen=True)
class Programme:
    """A plan of weeks. ``weeks`` None: open-ended, the ``plan`` weeks repeat in turn."""

    id: str
    title: str
    summary: str
    kind: str
    weeks: int | None
    sessions_per_week: int
    minutes_per_session: int
    flare_up_routine: str
    plan: tuple[ProgrammeWeek, ...]
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False)
    """Title and summary by language code (``de``, ``pt_BR``)."""

    def localized(self, language: str) -> Programme:
        """The programme with its title and summary in ``language`` where given."""
        texts = self.translations.get(language) or self.translations.get(language.split("_")[0])
        if not texts:
            return self
        return replace(
            self, title=texts.get("title", self.title), summary=texts.get("summary", self.summary)
        )

    @property
    def open_ended(self) -> bool:
        """True when the programme has no end (its weeks repeat)."""
        return self.weeks is None

    @property
    def top_level(self) -> int:
        """The highest level planned in any week of the programme."""
        return max(week.top_level for week in self.plan)

    def week(self, index: int) -> ProgrammeWeek:
        """The plan for programme week ``index`` (0-based); open-ended plans repeat."""
        if index < 0:
            raise ValueError(f"week index must be at least 0, got {index}")
        if self.weeks is not None:
            return self.plan[min(index, len(self.plan) - 1)]
        return self.plan[index % len(self.plan)]

    def routine_ids(self) -> set[str]:
        """Every routine the programme uses, the flare-up routine included."""
        ids = {session.routine_id for week in self.plan for session in week.sessions}
        return ids | {self.flare_up_routine}


def _read_session(data: Any, path: str, problems: Problems, known: Collection[str]) -> Any:
    item = require_object(data, path, problems)
    if item is None:
        return None
    fields = Fields(item, path, problems)
    routine_id = fields.text("routine", 64)
    level = fields.integer("level", MIN_LEVEL, MAX_LEVEL)
    fields.refuse_unknown()
    if routine_id is not None and known and routine_id not in known:
        problems.add(fields.at("routine"), f"no routine with id {shown(routine_id)}")
        return None
    if routine_id is None or level is None:
        return None
    return PlannedSession(routine_id, level)


def _read_week(
    data: Any, path: str, problems: Problems, known: Collection[str], per_week: int | None
) -> ProgrammeWeek | None:
    item = require_object(data, path, problems)
    if item is None:
        return None
    fields = Fields(item, path, problems)
    raw = fields.items("sessions", MAX_SESSIONS_PER_WEEK, empty=False)
    fields.refuse_unknown()
    if raw is None:
        return None
    if per_week is not None and len(raw) < per_week:
        problems.add(
            fields.at("sessions"),
            f"must list at least sessions_per_week ({per_week}) sessions, got {len(raw)}",
        )
    sessions = [
        _read_session(entry, index_path(fields.at("sessions"), index), problems, known)
        for index, entry in enumerate(raw)
    ]
    if None in sessions:
        return None
    return ProgrammeWeek(tuple(sessions))


def programme_from_dict(data: Any, known_routines: Collection[str] = ()) -> Programme:
    """Validate a decoded JSON value and build a :class:`Programme`.

    ``known_routines``: when given, every routine id must be one of them. Raises
    :class:`ProgrammeError` listing every problem with its field path.
    """
    problems = Problems(error=ProgrammeError)
    fields = read_document(data, PROGRAMME_DOCUMENT, problems)
    programme_id = fields.identifier("id")
    title = fields.text("title", 80)
    summary = fields.text("summary", 800, missing="", empty=True)
    kind = fields.choice("kind", KINDS, missing="plan")
    weeks = fields.integer("weeks", 1, MAX_WEEKS, "weeks", null=None)
    per_week = fields.integer("sessions_per_week", 1, MAX_SESSIONS_PER_WEEK, "sessions")
    minutes = fields.integer("minutes_per_session", 1, 120, "minutes")
    flare_up = fields.text("flare_up_routine", 64)
    if flare_up is not None and known_routines and flare_up not in known_routines:
        problems.add("flare_up_routine", f"no routine with id {shown(flare_up)}")
    raw_plan = fields.items("plan", MAX_WEEKS, empty=False)
    translations = _read_translations(fields.obj("translations", missing={}), problems)
    fields.refuse_unknown()
    plan: list[ProgrammeWeek | None] = []
    if raw_plan is not None:
        plan = [
            _read_week(entry, index_path("plan", index), problems, known_routines, per_week)
            for index, entry in enumerate(raw_plan)
        ]
        if weeks is not None and len(raw_plan) != weeks:
            problems.add("plan", f"must list one entry per week ({weeks}), got {len(raw_plan)}")
    problems.check()
    return Programme(
        id=programme_id,
        title=title,
        summary=summary,
        kind=kind,
        weeks=weeks,
        sessions_per_week=per_week,
        minutes_per_session=minutes,
        flare_up_routine=flare_up,
        plan=tuple(week for week in plan if week is not None),
        translations=translations,
    )


def _read_translations(value: Any, problems: Problems) -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for language, texts in (value or {}).items():
        path = key_path("translations", language)
        if not LANGUAGE_PATTERN.fullmatch(str(language)):
            problems.add(path, "the key must be a language code such as de or pt_BR")
            continue
        item = require_object(texts, path, problems)
        if item is None:
            continue
        fields = Fields(item, path, problems)
        entry = {
            "title": fields.text("title", 80),
            "summary": fields.text("summary", 800, missing=None),
        }
        fields.refuse_unknown()
        result[str(language)] = {key: text for key, text in entry.items() if text is not None}
    return result


def load_programme_file(path: Path, known_routines: Collection[str] = ()) -> Programme:
    """Read and validate one programme file; errors name the file and each field path."""
    data = load_json_file(path, MAX_FILE_BYTES, "programme file")
    try:
        return programme_from_dict(data, known_routines)
    except ProgrammeError as error:
        raise error.with_source(str(path)) from None


def load_programmes(folder: Path, known_routines: Collection[str] = ()) -> list[Programme]:
    """Every ``*.json`` programme in ``folder``, in file-name order (a broken file raises)."""
    programmes = [
        load_programme_file(path, known_routines) for path in sorted(folder.glob("*.json"))
    ]
    _refuse_duplicates(programmes)
    return programmes


def builtin_programmes(folder: Path, library: RoutineLibrary) -> list[Programme]:
    """The programmes in ``folder`` (the built-in ones), checked against ``library``'s routines."""
    return load_programmes(folder, {entry.routine.id for entry in library.entries()})


def _refuse_duplicates(programmes: Iterable[Programme]) -> None:
    seen: set[str] = set()
    for programme in programmes:
        if programme.id in seen:
            raise ProgrammeError([f"id: {programme.id} is used by two programmes"])
        seen.add(programme.id)


def find_programme(programmes: Iterable[Programme], programme_id: str) -> Programme | None:
    """The programme with this id, if any."""
    return next((item for item in programmes if item.id == programme_id), None)
