"""Versioned documents: the top-level object and its format version, read the same way for all.

Routines, figures, programmes, history backups and the settings file are JSON objects that carry
a version number. :func:`read_document` checks both before anything else is read, so every kind
words a missing, mistyped, newer or unknown version alike, for example::

    format: routine format 2 was made by a newer version of backcare-desktop; update the app
    to open it (this release reads routine format 1)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from backcare_desktop.core.validation.fields import Fields
from backcare_desktop.core.validation.problems import Problems, as_int, shown, type_name


@dataclass(frozen=True)
class DocumentKind:
    """One kind of versioned document and the versions of it this release reads."""

    name: str
    """What the document is, for messages: ``routine``, ``history backup``."""
    versions: tuple[int, ...]
    """The versions this release reads; the newest is the one it writes."""
    key: str = "format"
    """The field that holds the version number."""
    marker: tuple[str, str] | None = None
    """A field and the text it must hold to be this kind of file, e.g.
    ``("format", "backcare-desktop-history")``; None: no such field."""
    assumed: int | None = None
    """The version of a document without the version field; None: the field is required."""
    reads_newer: bool = False
    """True: a newer version is read for the fields this release knows (each of them is
    checked as usual), for files such as settings that newer releases only add to."""

    @property
    def label(self) -> str:
        """``routine format``, ``history backup version``: how messages name the version."""
        return f"{self.name} {self.key}"

    def reads(self) -> str:
        """``this release reads routine format 1``: the end of every version message."""
        *earlier, newest = sorted(self.versions)
        listed = f"{', '.join(map(str, earlier))} or {newest}" if earlier else str(newest)
        return f"this release reads {self.label} {listed}"


def read_document(data: Any, kind: DocumentKind, problems: Problems) -> Fields:
    """The fields of the decoded document ``data``, once its top level and version are right.

    The top level must be a JSON object; the marker field (if the kind has one) must hold its
    text; the version must be a whole number this release reads. Otherwise ``problems`` raises
    its error class at once: nothing else in a document can be read without these. The
    returned :class:`Fields` has the marker and version fields marked read.
    """
    if not isinstance(data, dict):
        problems.add("", f"the top level must be a JSON object, got {type_name(data)}")
        problems.check()
    fields = Fields(data, "", problems)
    if kind.marker is not None:
        key, text = kind.marker
        if fields.raw(key) != text:
            problems.add(key, f'must be "{text}" (is this a backcare-desktop {kind.name}?)')
            problems.check()
    if not fields.has(kind.key) and kind.assumed is not None:
        return fields
    problem = _version_problem(fields, kind)
    if problem:
        problems.add(kind.key, f"{problem} ({kind.reads()})")
        problems.check()
    return fields


def _version_problem(fields: Fields, kind: DocumentKind) -> str:
    """What is wrong with the version field ("" when this release reads it)."""
    if not fields.has(kind.key):
        return "required"
    value = fields.raw(kind.key)
    version = as_int(value)
    if version is None:
        return f"must be a whole number, got {shown(value)}"
    if version > max(kind.versions):
        if kind.reads_newer:
            return ""
        return (
            f"{kind.label} {shown(version)} was made by a newer version of backcare-desktop; "
            "update the app to open it"
        )
    if version not in kind.versions:
        return f"unknown {kind.label} {shown(version)}"
    return ""
