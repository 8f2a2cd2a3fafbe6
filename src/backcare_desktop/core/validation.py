"""One way to read untrusted data: files, JSON, and fields checked with their paths.

Everything the app reads from outside (routines, figures, programmes, imports, backups,
settings) goes through this module, so every message has the same shape and every reader the
same limits:

- files: regular files only (a FIFO or a device is refused without blocking), read up to a limit,
  the real size named when the limit is passed;
- JSON: UTF-8 (a byte-order mark is allowed), no NaN or Infinity, no duplicate keys, at most
  :data:`MAX_DEPTH` levels of nesting;
- fields: :class:`Fields` reads one object's fields and records each problem as
  ``path: rule``, e.g. ``moves[2].work_s: must be 1..3600 seconds, got -5``.

Failures raise :class:`DataError` (or a subclass such as the routine loader's ``RoutineError``),
never ``OSError``, ``ValueError`` or ``RecursionError``.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, TypeVar

MAX_DEPTH: Final = 64
"""JSON nested deeper than this is refused; no file of ours needs more than about six."""
MAX_PROBLEMS: Final = 50
"""At most this many problems are listed in one error; the rest are counted."""
STOP_AFTER_PROBLEMS: Final = 1000
"""Reading stops after this many problems: the file is clearly not usable."""

E = TypeVar("E", bound="DataError")


class DataError(ValueError):
    """Data could not be read; ``problems`` lists every reason found, each ``path: rule``."""

    def __init__(self, problems: list[str] | tuple[str, ...], source: str = "") -> None:
        self.problems = tuple(problems) or ("unknown problem",)
        self.source = source
        head = f"{source}: " if source else ""
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"{head}{self.problems[0]}{more}")

    def with_source(self: E, source: str) -> E:
        """The same error, of the same class, naming where the data came from."""
        return type(self)(self.problems, source)


# ---------------------------------------------------------------------------------------------
# Paths and values in messages


@contextlib.contextmanager
def raising(error: type[DataError], source: str | None = None) -> Iterator[None]:
    """Turn a :class:`DataError` raised in the block into ``error``, naming ``source`` if given.

    Readers built on this module keep their own error class (callers catch ``RoutineError``
    or ``BackupError``) while the toolkit raises plain :class:`DataError`.
    """
    try:
        yield
    except DataError as caught:
        named = caught.source if source is None else source
        if type(caught) is error and named == caught.source:
            raise
        raise error(caught.problems, named) from None


def key_path(path: str, key: str) -> str:
    """``path.key``, or ``key`` at the top."""
    return f"{path}.{key}" if path else key


def index_path(path: str, index: int) -> str:
    """``path[index]``."""
    return f"{path}[{index}]"


_TYPE_NAMES: Final[dict[type, str]] = {dict: "an object", list: "a list", str: "text"}


def type_name(value: Any) -> str:
    """``text``, ``a list``, ``a number``... for messages about a JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def shown(value: Any) -> str:
    """A short, safe rendering of a bad value for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if -(10**15) < value < 10**15:
            return str(value)
        digits = int(abs(value).bit_length() * 0.30103) + 1
        return f"a number with about {digits} digits"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        text = json.dumps(value[:40], ensure_ascii=False)
        return text if len(value) <= 40 else text[:-1] + '..."'
    return type_name(value)


def range_text(low: float, high: float | None, unit: str) -> str:
    """``1..3600 seconds`` or ``at least 1``."""
    suffix = f" {unit}" if unit else ""
    return f"{low}..{high}{suffix}" if high is not None else f"at least {low}{suffix}"


def size_text(size: int) -> str:
    """A byte count as people read it: ``812 bytes``, ``40 KB``, ``5.2 MB``, ``1.3 GB``."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{size / 1000:.0f} KB"
    if size < 1_000_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1_000_000_000:.1f} GB"


def as_int(value: Any) -> int | None:
    """``value`` as a whole number (``45.0`` counts), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def as_number(value: Any) -> float | None:
    """``value`` as a finite number, or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


# ---------------------------------------------------------------------------------------------
# Problems


class Problems:
    """Collects problems as ``path: rule`` strings, each once, in the order found."""

    def __init__(
        self,
        max_entries: int | None = None,
        entries_what: str = "entries",
        error: type[DataError] = DataError,
    ) -> None:
        self.items: list[str] = []
        self._seen: set[str] = set()
        self._entries = 0
        self._max_entries = max_entries
        self._entries_what = entries_what
        self.error = error
        """The :class:`DataError` class raised (a reader's own, such as ``RoutineError``)."""

    def add(self, path: str, message: str) -> None:
        """Record ``message`` about the field at ``path`` (or about the whole file when empty).

        After :data:`STOP_AFTER_PROBLEMS` problems, raises at once.
        """
        item = f"{path}: {message}" if path else message
        if item not in self._seen:
            self._seen.add(item)
            self.items.append(item)
            if len(self.items) >= STOP_AFTER_PROBLEMS:
                self.check(stopped=True)

    def entry(self, count: int = 1) -> None:
        """Count entries read; raises a :class:`DataError` past the limit given at creation."""
        self._entries += count
        if self._max_entries is not None and self._entries > self._max_entries:
            raise self.error([f"the file holds more than {self._max_entries} {self._entries_what}"])

    def __bool__(self) -> bool:
        return bool(self.items)

    def check(self, stopped: bool = False, error: type[DataError] | None = None) -> None:
        """Raise ``error`` (by default :attr:`error`) listing the problems, if there are any."""
        if self.items:
            listed = self.items[:MAX_PROBLEMS]
            if stopped:
                listed.append(f"... and more problems (reading stopped after {len(self.items)})")
            elif len(self.items) > MAX_PROBLEMS:
                listed.append(f"... and {len(self.items) - MAX_PROBLEMS} more problems")
            raise (error or self.error)(listed)


# ---------------------------------------------------------------------------------------------
# Field readers


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Final = _Required()
"""Use as a default: the field must be present (or must not be null)."""
_ABSENT: Final = _Required()


class Fields:
    """Reads the fields of one JSON object, recording each problem with its path.

    ``missing`` is returned when the key is absent and ``null`` when it is null; either may be
    :data:`REQUIRED` (a problem is recorded). Readers return None after recording a problem.
    """

    def __init__(self, data: Mapping[str, Any], path: str, problems: Problems) -> None:
        self.data = data
        self.path = path
        self.problems = problems
        self.seen: set[str] = set()

    def at(self, key: str) -> str:
        """The path of ``key``."""
        return key_path(self.path, key)

    def has(self, key: str) -> bool:
        """True when ``key`` is present (null or not)."""
        return key in self.data

    def raw(self, key: str) -> Any:
        """The value of ``key`` (None when absent), marking it read."""
        self.seen.add(key)
        return self.data.get(key)

    def _value(self, key: str, missing: Any, null: Any) -> tuple[bool, Any]:
        """(True, value) to check, or (False, result) when a default or a problem decided."""
        self.seen.add(key)
        value = self.data.get(key, _ABSENT)
        if value is _ABSENT:
            if missing is REQUIRED:
                self.problems.add(self.at(key), "required")
                return False, None
            return False, missing
        if value is None:
            if null is REQUIRED:
                self.problems.add(self.at(key), "must not be null")
                return False, None
            return False, null
        return True, value

    def integer(
        self,
        key: str,
        low: int,
        high: int | None,
        unit: str = "",
        *,
        missing: Any = REQUIRED,
        null: Any = REQUIRED,
        what: str = "",
    ) -> Any:
        """A whole number in ``low..high`` (``high`` None: no upper bound); ``45.0`` counts."""
        ok, value = self._value(key, missing, null)
        if not ok:
            return value
        number = value if type(value) is int else as_int(value)
        suffix = f" ({what})" if what else ""
        if number is None:
            self.problems.add(self.at(key), f"must be a whole number{suffix}, got {shown(value)}")
            return None
        if number < low or (high is not None and number > high):
            self.problems.add(
                self.at(key), f"must be {range_text(low, high, unit)}{suffix}, got {shown(value)}"
            )
            return None
        return number

    def number(
        self,
        key: str,
        low: float,
        high: float | None,
        unit: str = "",
        *,
        missing: Any = REQUIRED,
        null: Any = REQUIRED,
    ) -> Any:
        """A finite number in ``low..high``."""
        ok, value = self._value(key, missing, null)
        if not ok:
            return value
        kind = type(value)
        if kind is float and math.isfinite(value):  # the usual case first: this runs a lot
            number = value
        else:
            number = float(value) if kind is int else as_number(value)
        if number is None:
            self.problems.add(self.at(key), f"must be a number, got {shown(value)}")
            return None
        if number < low or (high is not None and number > high):
            self.problems.add(
                self.at(key), f"must be {range_text(low, high, unit)}, got {shown(value)}"
            )
            return None
        return number

    def boolean(self, key: str, *, missing: Any = REQUIRED, null: Any = REQUIRED) -> Any:
        """``true`` or ``false``."""
        ok, value = self._value(key, missing, null)
        if not ok:
            return value
        if not isinstance(value, bool):
            self.problems.add(self.at(key), f"must be true or false, got {shown(value)}")
            return None
        return value

    def text(
        self,
        key: str,
        max_len: int,
        *,
        missing: Any = REQUIRED,
        null: Any = REQUIRED,
        empty: bool = False,
        what: str = "",
        strip: bool = True,
    ) -> Any:
        """Text of at most ``max_len`` characters, stripped unless not ``strip``; empty only when
        ``empty``."""
        ok, value = self._value(key, missing, null)
        if not ok:
            return value
        if type(value) is str:  # the usual case first, without building the path
            text = value.strip() if strip else value
            if (empty or (text if strip else text.strip())) and len(text) <= max_len:
                return text
        return check_text(
            value, self.at(key), max_len, self.problems, what=what, empty=empty, strip=strip
        )

    def choice(
        self,
        key: str,
        options: Sequence[Any],
        *,
        missing: Any = REQUIRED,
        null: Any = REQUIRED,
    ) -> Any:
        """One of ``options``."""
        ok, value = self._value(key, missing, null)
        if not ok:
            return value
        if isinstance(value, bool) or value not in options:
            listed = ", ".join(str(option) for option in options)
            self.problems.add(self.at(key), f"must be one of {listed}; got {shown(value)}")
            return None
        return value

    def tags(
        self, key: str, options: Iterable[str], *, missing: Any = REQUIRED, empty: bool = False
    ) -> Any:
        """A list of distinct ``options`` (non-empty unless ``empty``), as a tuple."""
        ok, value = self._value(key, missing, REQUIRED)
        if not ok:
            return value
        allowed = tuple(options)
        listed = ", ".join(allowed)
        path = self.at(key)
        if not isinstance(value, list) or (not value and not empty):
            kind = "a list" if empty else "a non-empty list"
            self.problems.add(path, f"must be {kind} of {listed}")
            return None
        result: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or item not in allowed:
                self.problems.add(
                    index_path(path, index), f"must be one of {listed}; got {shown(item)}"
                )
            elif item in result:
                self.problems.add(index_path(path, index), f"{item} is listed twice")
            else:
                result.append(item)
        return tuple(result)

    def texts(self, key: str, max_items: int, max_len: int, *, missing: Any = REQUIRED) -> Any:
        """A list of at most ``max_items`` non-empty texts of at most ``max_len`` characters
        each, stripped, as a tuple (the good ones, after recording any problem)."""
        items = self.items(key, max_items, missing=missing)
        if items is None or items is missing:
            return items
        result = []
        for index, item in enumerate(items):
            text = item.strip() if type(item) is str else None
            if not text or len(text) > max_len:  # the usual case skips building the path
                text = check_text(item, index_path(self.at(key), index), max_len, self.problems)
            if text is not None:
                result.append(text)
        return tuple(result)

    def obj(self, key: str, *, missing: Any = REQUIRED) -> Any:
        """A nested object (to read with another :class:`Fields`), or None after a problem."""
        ok, value = self._value(key, missing, REQUIRED)
        if not ok:
            return value
        return require_object(value, self.at(key), self.problems)

    def items(
        self, key: str, max_items: int, *, missing: Any = REQUIRED, empty: bool = True
    ) -> Any:
        """A list of at most ``max_items`` values, or None after a problem."""
        ok, value = self._value(key, missing, REQUIRED)
        if not ok:
            return value
        return require_list(value, self.at(key), self.problems, max_items, empty=empty)

    def unknown(self, known: Iterable[str] = ()) -> list[str]:
        """Keys neither read nor in ``known``."""
        known_set = set(known) | self.seen
        return [str(key) for key in self.data if key not in known_set]

    def refuse_unknown(self, known: Iterable[str] = ()) -> None:
        """Record ``unknown field`` for every key neither read nor in ``known``."""
        for key in self.unknown(known):
            self.problems.add(self.at(key), "unknown field")


def check_text(
    value: Any,
    path: str,
    max_len: int,
    problems: Problems,
    *,
    what: str = "",
    empty: bool = False,
    strip: bool = True,
) -> str | None:
    """``value`` as text of at most ``max_len`` characters, stripped (unless not ``strip``: a
    note keeps its line breaks), or None after a problem."""
    suffix = f" ({what})" if what else ""
    if not isinstance(value, str):
        problems.add(path, f"must be text{suffix}, got {type_name(value)}")
        return None
    text = value.strip() if strip else value
    if not empty and not (text if strip else text.strip()):
        problems.add(path, f"must not be empty{suffix}")
        return None
    if len(text) > max_len:
        problems.add(path, f"must be at most {max_len} characters{suffix}, got {len(text)}")
        return None
    return text


def require_object(value: Any, path: str, problems: Problems) -> Mapping[str, Any] | None:
    """``value`` if it is a JSON object, else None after a problem."""
    if isinstance(value, dict):
        return value
    problems.add(path, f"must be an object, got {type_name(value)}")
    return None


def require_list(
    value: Any, path: str, problems: Problems, max_items: int | None = None, *, empty: bool = True
) -> list[Any] | None:
    """``value`` if it is a JSON list of at most ``max_items`` items, else None after a problem."""
    if not isinstance(value, list):
        problems.add(path, f"must be a list, got {type_name(value)}")
        return None
    if not value and not empty:
        problems.add(path, "must not be empty")
        return None
    if max_items is not None and len(value) > max_items:
        problems.add(path, f"must hold at most {max_items} items, got {len(value)}")
        return None
    return value


# ---------------------------------------------------------------------------------------------
# Files, text and JSON


def read_regular_file(path: Path, limit: int, what: str = "file") -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes.

    A FIFO, a device or a folder is refused without blocking; a file over the limit is refused
    with its real size. Raises :class:`DataError` naming ``path`` (never ``OSError``).
    """
    source = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise DataError([f"cannot read the {what}: {error.strerror or error}"], source) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise DataError([f"not a regular {what} (a folder, pipe or device)"], source)
        if info.st_size > limit:
            raise DataError([too_large(info.st_size, limit, what)], source)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise DataError([f"cannot read the {what}: {error.strerror or error}"], source) from None
    finally:
        os.close(fd)
    if len(data) > limit:  # grew while being read
        raise DataError([too_large(len(data), limit, what)], source)
    return data


def too_large(size: int, limit: int, what: str = "file") -> str:
    """``the file is 200.0 MB; it must be at most 1.0 MB``: the real size and the limit."""
    shown_size, shown_limit = size_text(size), size_text(limit)
    if shown_size == shown_limit:  # just over: rounding would hide the difference
        shown_size, shown_limit = f"{size:,} bytes", f"{limit:,} bytes"
    return f"the {what} is {shown_size}; it must be at most {shown_limit}"


def check_size(data: bytes, limit: int, what: str = "file") -> None:
    """Refuse ``data`` larger than ``limit`` bytes before anything parses it."""
    if len(data) > limit:
        raise DataError([too_large(len(data), limit, what)])


def decode_text(data: bytes, what: str = "file") -> str:
    """The bytes as UTF-8 text (a byte-order mark is allowed)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DataError(
            [f"the {what} is not UTF-8 text (bad byte at position {error.start})"]
        ) from None


class _Duplicated(dict):  # type: ignore[type-arg]
    """An object in which some key was given twice (the names in ``twice``)."""

    twice: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    marked = _Duplicated(result)
    counts: dict[str, int] = {}
    for key, _ in pairs:
        counts[key] = counts.get(key, 0) + 1
    marked.twice = tuple(key for key, count in counts.items() if count > 1)
    return marked


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON text with our rules; every failure is a :class:`DataError` naming the problem.

    NaN and Infinity are refused, a key given twice in one object is refused with its path, and
    nesting is limited to ``max_depth`` levels.
    """
    try:
        value = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_pairs)
    except json.JSONDecodeError as error:
        raise DataError(
            [
                f"not valid JSON: {error.msg.removesuffix(' at')} at line {error.lineno} "
                f"column {error.colno}"
            ]
        ) from None
    except RecursionError:
        raise DataError([f"not valid JSON: nested more than {max_depth} levels deep"]) from None
    except ValueError as error:
        message = str(error)
        if "digits" in message:
            message = "a number has too many digits"
        raise DataError([f"not valid JSON: {message}"]) from None
    if _check_depth(value, max_depth):
        _report_duplicates(value)
    return value


_CONTAINERS: Final = (dict, _Duplicated, list)


def _check_depth(value: Any, max_depth: int) -> bool:
    """Refuse nesting deeper than ``max_depth``; True when some object has a key given twice.

    Walks the tree one level at a time without building paths: a 20 MB backup holds about a
    million values, and this runs on every one of them.
    """
    level = [value] if type(value) in _CONTAINERS else []
    depth = 0
    duplicated = False
    containers = _CONTAINERS
    while level:
        depth += 1
        if depth > max_depth:
            raise DataError([f"not valid here: nested more than {max_depth} levels deep"])
        below: list[Any] = []
        for node in level:
            if type(node) is list:
                below += [item for item in node if type(item) in containers]
            else:
                duplicated = duplicated or type(node) is _Duplicated
                below += [item for item in node.values() if type(item) in containers]
        level = below
    return duplicated


def _report_duplicates(value: Any) -> None:
    """Raise a :class:`DataError` naming the path of every key given twice."""
    problems = Problems()
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            for key in getattr(node, "twice", ()):
                problems.add(key_path(path, key), "given more than once")
            stack.extend((item, key_path(path, key)) for key, item in node.items())
        elif isinstance(node, list):
            stack.extend((item, index_path(path, index)) for index, item in enumerate(node))
    problems.check()


def decode_json(data: bytes, limit: int, what: str = "file") -> Any:
    """Size check, UTF-8 decoding and :func:`parse_json` of the bytes of one document."""
    check_size(data, limit, what)
    return parse_json(decode_text(data, what))


def load_json_file(path: Path, limit: int, what: str = "file") -> Any:
    """Read a regular file of at most ``limit`` bytes and parse it as JSON; errors name ``path``."""
    data = read_regular_file(path, limit, what)
    try:
        return decode_json(data, limit, what)
    except DataError as error:
        raise error.with_source(str(path)) from None
