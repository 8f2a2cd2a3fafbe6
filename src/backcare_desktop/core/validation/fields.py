"""The :class:`Fields` reader: one JSON object's fields, each problem recorded with its path."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from backcare_desktop.core.validation.problems import (
    Problems,
    as_int,
    as_number,
    index_path,
    key_path,
    range_text,
    shown,
    type_name,
)


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


ID_PATTERN: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""An id of a routine, figure or programme (matched whole): ``shoulder-bridge``."""

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
        return self._within(key, number, value, (low, high, unit), suffix)

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
        return self._within(key, number, value, (low, high, unit))

    def _within(
        self,
        key: str,
        number: float,
        value: Any,
        bounds: tuple[float, float | None, str],
        suffix: str = "",
    ) -> Any:
        """``number`` (read from ``value``) if it lies within ``bounds`` (low, high or None,
        unit), else None, noted with ``suffix`` after the range."""
        low, high, unit = bounds
        if number < low or (high is not None and number > high):
            self.problems.add(
                self.at(key), f"must be {range_text(low, high, unit)}{suffix}, got {shown(value)}"
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

    def identifier(
        self, key: str, *, missing: Any = REQUIRED, kind: str = "", max_len: int = 64
    ) -> Any:
        """An id (:data:`ID_PATTERN`, matched whole) of at most ``max_len`` characters;
        ``kind`` names what it must be the id of in the message (``a figure id``)."""
        value = self.text(key, max_len, missing=missing, empty=missing == "")
        if not value or ID_PATTERN.fullmatch(value):
            return value
        what = (
            f"a {kind} id (lowercase letters, digits and dashes)"
            if kind
            else ("lowercase letters, digits and dashes")
        )
        self.problems.add(self.at(key), f"must be {what}, got {shown(value)}")
        return None

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
