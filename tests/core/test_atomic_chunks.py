"""A file written in chunks replaces the old one only once every chunk is written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backcare_desktop.core.atomic import atomic_write_chunks


def test_the_chunks_are_written_one_after_the_other(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    atomic_write_chunks(target, (b"a,b\n", b"1,2\n", b"3,4\n"))
    assert target.read_bytes() == b"a,b\n1,2\n3,4\n"


def test_a_failing_chunk_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")

    def chunks() -> Iterator[bytes]:
        yield b"new, half"
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        atomic_write_chunks(target, chunks())
    assert target.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["out.csv"]
