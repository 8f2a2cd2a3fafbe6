"""Build resources/importers/feeel_exercises.json from Feeel's bundled exercise database.

Usage: .venv/bin/python scripts/make_feeel_exercises.py EXERCISEBASEINFO_JSON [--out FILE]

The input is Feeel's ``assets/json/exercisebaseinfo.json`` (a dump of the wger API's
``exercisebaseinfo`` endpoint: ``{"results": [{"id": <wger id>, "exercises": [{"name": ...,
"language": ...}, ...]}, ...]}``); see resources/importers/README.md for the commit it was made
from. The names are picked the way Feeel's ``FullExercise.fromWikiJson`` picks them: the first
translation in wger language 2 (English) is the name, the first in language 1 is the German one.
The output maps each wger id (a string key) to its English name, or to ``{"en": ..., "de": ...}``
when there is a German name, with every name trimmed to the routine format's 60 characters.
Running it again on the same input gives an identical file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ENGLISH = 2
"""wger's language id for English (Feeel's ``LocaleUtil.wgerFallbackId``)."""
GERMAN = 1
"""wger's language id for German."""
MAX_NAME = 60
"""A move name's limit in the routine format (``core/routine.py``)."""
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "resources" / "importers" / "feeel_exercises.json"


def trim(name: str) -> str:
    """``name`` without surrounding blanks, cut to :data:`MAX_NAME` characters."""
    return name.strip()[:MAX_NAME].rstrip()


def first_name(translations: list[dict[str, Any]], language: int) -> str | None:
    """The trimmed name of the first translation in ``language``, or None."""
    for translation in translations:
        if translation.get("language") == language:
            return trim(str(translation.get("name", ""))) or None
    return None


def entry(base: dict[str, Any]) -> str | dict[str, str] | None:
    """One table entry for an exercise base; None when it has no English name."""
    translations = base.get("exercises") or []
    english = first_name(translations, ENGLISH)
    if english is None:
        return None
    german = first_name(translations, GERMAN)
    return {"en": english, "de": german} if german else english


def build_table(database: dict[str, Any]) -> dict[str, str | dict[str, str]]:
    """The id -> name table for every base with an English name, ordered by id."""
    table: dict[int, str | dict[str, str]] = {}
    for base in database["results"]:
        value = entry(base)
        if value is None:
            print(f"skipped base {base.get('id')}: no English name", file=sys.stderr)
        else:
            table[int(base["id"])] = value
    return {str(wger_id): table[wger_id] for wger_id in sorted(table)}


def render(table: dict[str, str | dict[str, str]]) -> str:
    """The table as JSON text, one id a line."""
    lines = [
        f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
        for key, value in table.items()
    ]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main() -> None:
    """Read the database named on the command line and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path, help="Feeel's assets/json/exercisebaseinfo.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    table = build_table(json.loads(args.database.read_text(encoding="utf-8")))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(table), encoding="utf-8")
    german = sum(isinstance(value, dict) for value in table.values())
    print(f"wrote {args.out}: {len(table)} exercises, {german} with a German name")


if __name__ == "__main__":
    main()
