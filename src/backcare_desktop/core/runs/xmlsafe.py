"""XML from activity files, parsed with ``defusedxml``: no DTD, no entities, nothing fetched.

GPX and TCX files never need a document type declaration, so any ``<!DOCTYPE`` is refused
before a single entity could be expanded or an external file or URL read.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml  # type: ignore[import-untyped]
import defusedxml.ElementTree as SafeTree  # type: ignore[import-untyped]

from backcare_desktop.core.validation import DataError


class _NoTree:
    """A parser target without handlers: expat checks the document and builds nothing."""

    def close(self) -> None:
        """Nothing was built."""


def check_xml(data: bytes) -> None:
    """Refuse ``data`` as :func:`parse_xml` would, without building a tree (for gpxpy)."""
    _parse(data, SafeTree.DefusedXMLParser(target=_NoTree(), forbid_dtd=True))


def parse_xml(data: bytes) -> Element:
    """The root element of ``data``; entities, DTDs and malformed XML raise :class:`DataError`."""
    root: Element = _parse(data, SafeTree.DefusedXMLParser(forbid_dtd=True))
    return root


def _parse(data: bytes, parser: Any) -> Any:
    try:
        parser.feed(data)
        return parser.close()
    except defusedxml.DTDForbidden:
        raise DataError(
            [
                "declares a document type (DTD), which activity files never need; refused so no "
                "entity is expanded and no other file is read"
            ]
        ) from None
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise DataError(["declares XML entities; refused so none is expanded or read"]) from None
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise DataError([f"malformed XML at line {line} column {column + 1}"]) from None


def local_name(tag: str) -> str:
    """An element's tag without its namespace."""
    return tag.rpartition("}")[2]
