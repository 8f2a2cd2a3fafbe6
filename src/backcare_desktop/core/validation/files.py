"""Files and JSON: regular files read up to a limit, UTF-8 text, and JSON with our rules."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any, Final

from backcare_desktop.core.validation.problems import (
    MAX_DEPTH,
    DataError,
    Problems,
    index_path,
    key_path,
    size_text,
)


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


def decode_json(data: bytes, limit: int, what: str = "file", max_depth: int = MAX_DEPTH) -> Any:
    """Size check, UTF-8 decoding and :func:`parse_json` of the bytes of one document."""
    check_size(data, limit, what)
    return parse_json(decode_text(data, what), max_depth)


def load_json_file(path: Path, limit: int, what: str = "file") -> Any:
    """Read a regular file of at most ``limit`` bytes and parse it as JSON; errors name ``path``."""
    data = read_regular_file(path, limit, what)
    try:
        return decode_json(data, limit, what)
    except DataError as error:
        raise error.with_source(str(path)) from None
