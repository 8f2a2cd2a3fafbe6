"""Problems and messages: :class:`DataError`, the ``path: rule`` collector and value helpers.

The shared vocabulary of :mod:`backcare_desktop.core.validation`: how an error lists its
problems, how paths and bad values are written in messages, and how JSON numbers are read.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Iterator
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
