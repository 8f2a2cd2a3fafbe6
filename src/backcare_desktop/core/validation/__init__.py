"""One way to read untrusted data: files, JSON, and fields checked with their paths.

Everything the app reads from outside (routines, figures, programmes, imports, backups,
settings) goes through this module, so every message has the same shape and every reader the
same limits:

- files: regular files only (a FIFO or a device is refused without blocking), read up to a limit,
  the real size named when the limit is passed;
- JSON: UTF-8 (a byte-order mark is allowed), no NaN or Infinity, no duplicate keys, at most
  :data:`MAX_DEPTH` levels of nesting;
- fields: :class:`Fields` reads one object's fields and records each problem as
  ``path: rule``, e.g. ``moves[2].work_s: must be 1..3600 seconds, got -5``;
- documents: :func:`read_document` checks that a routine, figure, programme, backup or settings
  file is a JSON object with a version this release reads, in one wording for all.

Failures raise :class:`DataError` (or a subclass such as the routine loader's ``RoutineError``),
never ``OSError``, ``ValueError`` or ``RecursionError``.

This package is the one import point: callers import from ``backcare_desktop.core.validation``.
Inside, each module has one job: :mod:`.problems` (errors, paths and values in messages, the
problem collector), :mod:`.fields` (the :class:`Fields` reader and checks of single values),
:mod:`.files` (files, text and JSON) and :mod:`.documents` (the top level and version of a
versioned document).
"""

from __future__ import annotations

from backcare_desktop.core.validation.documents import DocumentKind, read_document
from backcare_desktop.core.validation.fields import (
    ID_PATTERN,
    REQUIRED,
    Fields,
    check_text,
    require_list,
    require_object,
)
from backcare_desktop.core.validation.files import (
    check_size,
    decode_json,
    decode_text,
    load_json_file,
    parse_json,
    read_regular_file,
    too_large,
)
from backcare_desktop.core.validation.problems import (
    MAX_DEPTH,
    MAX_PROBLEMS,
    STOP_AFTER_PROBLEMS,
    DataError,
    Problems,
    as_int,
    as_number,
    index_path,
    key_path,
    raising,
    range_text,
    shown,
    size_text,
    type_name,
)

__all__ = [
    "ID_PATTERN",
    "MAX_DEPTH",
    "MAX_PROBLEMS",
    "REQUIRED",
    "STOP_AFTER_PROBLEMS",
    "DataError",
    "DocumentKind",
    "Fields",
    "Problems",
    "as_int",
    "as_number",
    "check_size",
    "check_text",
    "decode_json",
    "decode_text",
    "index_path",
    "key_path",
    "load_json_file",
    "parse_json",
    "raising",
    "range_text",
    "read_document",
    "read_regular_file",
    "require_list",
    "require_object",
    "shown",
    "size_text",
    "too_large",
    "type_name",
]
