"""Bad and hostile input: each file gets its own reason and the rest of the import goes on."""

from __future__ import annotations

import gzip
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backcare_desktop.core.runs import prepare_import
from backcare_desktop.core.runs.reader import parse_activity
from backcare_desktop.core.runs.sources import MAX_DECOMPRESSED_BYTES, gunzip
from backcare_desktop.core.validation import DataError
from tests.support.fit_writer import FILE_SETTINGS
from tests.support.tracks import make_track, track_fit, track_gpx

START = datetime(2025, 5, 1, 6, 0, tzinfo=UTC)
TRACK = make_track(START, "running", 600, 3.0)
GOOD_FIT = track_fit(TRACK)

XXE = """<?xml version="1.0"?>
<!DOCTYPE gpx [<!ENTITY secret SYSTEM "file://{path}">]>
<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&secret;</name>
<trkseg><trkpt lat="1" lon="1"><time>2025-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<TrainingCenterDatabase><Activities><Activity Sport="Running"><Id>&lol9;</Id>
</Activity></Activities></TrainingCenterDatabase>
"""


def reason(name: str, data: bytes) -> str:
    with pytest.raises(DataError) as caught:
        parse_activity(name, data)
    return caught.value.problems[0]


def test_a_fit_file_with_a_wrong_crc_is_refused() -> None:
    damaged = bytearray(GOOD_FIT)
    damaged[200] ^= 0xFF
    assert "checksum (CRC) does not match" in reason("bad.fit", bytes(damaged))


def test_a_truncated_fit_file_is_refused() -> None:
    assert "truncated" in reason("cut.fit", GOOD_FIT[: len(GOOD_FIT) // 2])


def test_a_file_that_is_not_fit_is_refused() -> None:
    assert reason("photo.fit", b"\xff\xd8\xff\xe0 JFIF" * 10) == "not a FIT file"


def test_a_fit_settings_file_is_not_an_activity() -> None:
    settings = track_fit(TRACK, file_type=FILE_SETTINGS)
    assert reason("settings.fit", settings) == "not an activity: a FIT settings file"


def test_malformed_xml_names_the_place() -> None:
    broken = track_gpx(TRACK)[:-40]
    assert reason("broken.gpx", broken).startswith("malformed XML at line")
    assert reason("broken.tcx", b"<TrainingCenterDatabase><Activities>").startswith("malformed XML")


def test_an_external_entity_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    data = XXE.format(path=secret).encode()
    message = reason("xxe.gpx", data)
    assert "DTD" in message and "no other file is read" in message
    assert "TOP-SECRET" not in message
    # the whole import path too: the file is listed as unreadable, nothing is kept
    path = tmp_path / "xxe.gpx"
    path.write_bytes(data)
    plan = prepare_import([path], [])
    assert plan is not None and plan.new == []
    assert "TOP-SECRET" not in repr(plan)


def test_an_entity_expansion_bomb_is_refused_before_expanding() -> None:
    assert "DTD" in reason("lol.tcx", BILLION_LAUGHS.encode())
    assert "DTD" in reason("lol.gpx", BILLION_LAUGHS.encode())


def test_a_gzip_bomb_is_refused_at_the_limit() -> None:
    bomb = gzip.compress(b"\0" * (MAX_DECOMPRESSED_BYTES + 1000), compresslevel=9)
    assert len(bomb) < 200_000
    with pytest.raises(DataError, match=r"expands to more than 128\.0 MB"):
        gunzip(bomb)


def test_truncated_and_fake_gzip_are_refused() -> None:
    packed = gzip.compress(GOOD_FIT)
    with pytest.raises(DataError, match=r"^the gzip file is truncated$"):
        gunzip(packed[: len(packed) // 2])
    with pytest.raises(DataError, match="not a gzip file"):
        gunzip(b"plain text, not gzip")


def test_a_zip_member_expanding_too_much_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("activities/big.gpx", b" " * 80_000_000)
        out.writestr("activities/good.fit", GOOD_FIT)
    plan = prepare_import([archive], [])
    assert plan is not None
    assert [activity.source for activity in plan.new] == ["good.fit"]
    [refused] = plan.unreadable
    assert refused.label == "big.gpx"
    assert "refused as a zip bomb" in refused.reason


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "good.fit").write_bytes(GOOD_FIT)
    (tmp_path / "bad.fit").write_bytes(GOOD_FIT[:100])
    (tmp_path / "notes.txt").write_text("hello")
    plan = prepare_import([tmp_path, tmp_path / "notes.txt", tmp_path / "gone.gpx"], [])
    assert plan is not None
    assert [activity.source for activity in plan.new] == ["good.fit"]
    reasons = {item.label: item.reason for item in plan.unreadable}
    assert reasons["bad.fit"] == "the FIT file is truncated"
    assert reasons["notes.txt"].startswith("not an activity file")
    assert reasons["gone.gpx"] == "no such file or folder"
    summary = plan.summary()
    assert (summary.runs_added, summary.exit_code) == (1, 0)
    assert "  bad.fit: the FIT file is truncated" in summary.lines()


def test_nothing_readable_gives_exit_code_one(tmp_path: Path) -> None:
    (tmp_path / "bad.gpx").write_bytes(b"<gpx")
    plan = prepare_import([tmp_path], [])
    assert plan is not None and plan.summary().exit_code == 1


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.fit"
    import os

    os.mkfifo(fifo)
    plan = prepare_import([fifo], [])
    assert plan is not None
    assert "not a regular activity file" in plan.unreadable[0].reason
