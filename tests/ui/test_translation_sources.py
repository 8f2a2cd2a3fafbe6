"""The .ts file holds exactly the strings the code marks for translation, and lupdate can read
every mark: a module added without running ``make ts`` fails here, not in front of a user."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import backcare_desktop
from backcare_desktop.core.text import CONTEXT
from backcare_desktop.ui.i18n import TRANSLATIONS_DIR

PACKAGE = Path(backcare_desktop.__file__).resolve().parent
TS_FILE = TRANSLATIONS_DIR / "backcare_desktop_de.ts"
QSTR = re.compile(r'qsTr\(\s*"((?:[^"\\]|\\.)*)"\s*\)')

Message = tuple[str, str]
"""(context, source text)"""


def _literal(node: ast.expr) -> str | None:
    """The text of a string literal (implicitly joined parts included), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _called(call: ast.Call) -> str:
    """The name a call is made by: ``tr`` for ``self.tr(...)``, ``fill`` for ``fill(...)``."""
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def _wrappers(module: ast.Module) -> set[str]:
    """Functions that pass one of their parameters (``text``, ``str(text)``) to ``translate``
    as the text to look up."""
    found = set()
    for function in ast.walk(module):
        if isinstance(function, ast.FunctionDef):
            parameters = {argument.arg for argument in function.args.args}
            for call in ast.walk(function):
                if (
                    isinstance(call, ast.Call)
                    and _called(call) == "translate"
                    and len(call.args) > 1
                    and any(
                        isinstance(name, ast.Name) and name.id in parameters
                        for name in ast.walk(call.args[1])
                    )
                ):
                    found.add(function.name)
    return found


class _Marks(ast.NodeVisitor):
    """Collects the messages one Python module marks, and the marks lupdate cannot read."""

    def __init__(self, where: str, wrappers: set[str]) -> None:
        self.where = where
        self.wrappers = wrappers
        self.classes: list[str] = []
        self.in_fstring = 0
        self.found: set[Message] = set()
        self.unreadable: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.in_fstring += 1
        self.generic_visit(node)
        self.in_fstring -= 1

    def visit_Call(self, node: ast.Call) -> None:
        name = _called(node)
        args = [_literal(arg) for arg in node.args[:2]]
        line = f"{self.where}:{node.lineno}"
        if self.in_fstring and name in {"QT_TRANSLATE_NOOP", "translate", "tr"}:
            self.unreadable.append(f"{line}: {name}() inside an f-string")
        elif name in self.wrappers and args and args[0] is not None:
            self.unreadable.append(f"{line}: lupdate does not look through {name}()")
        elif name == "QT_TRANSLATE_NOOP" or (name == "translate" and self._on_qt(node)):
            context, source = args + [None] * (2 - len(args))
            if context is not None and source is not None:
                self.found.add((context, source))
            elif name == "QT_TRANSLATE_NOOP" or source is not None:
                self.unreadable.append(f"{line}: {name} needs a literal context and text")
        elif name == "tr" and args and args[0] is not None:
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if isinstance(receiver, ast.Name) and receiver.id == "self" and self.classes:
                self.found.add((self.classes[-1], args[0]))
            else:  # lupdate would take the variable's name as the context
                self.unreadable.append(f"{line}: tr() on something other than self")
        self.generic_visit(node)

    @staticmethod
    def _on_qt(node: ast.Call) -> bool:
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        return isinstance(receiver, ast.Name) and receiver.id in {
            "QCoreApplication",
            "QApplication",
            "QGuiApplication",
        }


def marked_in_code() -> tuple[set[Message], list[str]]:
    """Every message the package's .py and .qml files mark, and the marks lupdate cannot read."""
    found: set[Message] = set()
    unreadable: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ast.parse(path.read_text(encoding="utf-8"))
        marks = _Marks(str(path.relative_to(PACKAGE)), _wrappers(module))
        marks.visit(module)
        found |= marks.found
        unreadable += marks.unreadable
    for path in sorted(PACKAGE.rglob("*.qml")):
        text = path.read_text(encoding="utf-8")
        found |= {(path.stem, source) for source in QSTR.findall(text)}
    return found, unreadable


def in_ts() -> set[Message]:
    """Every message of the .ts file, obsolete ones included."""
    root = ET.parse(TS_FILE).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_lupdate_can_read_every_mark() -> None:
    assert marked_in_code()[1] == []


def test_the_ts_holds_exactly_the_marked_strings() -> None:
    marked = marked_in_code()[0]
    ts = in_ts()
    assert len(marked) > 300
    assert sorted(marked - ts) == [], "new strings: run `make ts`, translate them, `make qm`"
    assert sorted(ts - marked) == [], "strings gone from the code: `make ts` with -no-obsolete"


def test_core_sentences_are_marked_in_the_notices_context() -> None:
    """Settings and storage mark their sentences in the context ``localized`` looks them up in."""
    marked = marked_in_code()[0]
    notices = {source for context, source in marked if context == CONTEXT}
    assert "Could not save settings to %1 (%2)." in notices
    assert any(source.startswith("%1 session(s) in the history database") for source in notices)


_TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}
_NUMBERED = re.compile(r"%\d+")


def _other_fills(module: ast.Module, where: str) -> list[str]:
    """Translated text filled some other way than ``fill``: ``tr(...).format(...)``,
    ``tr(...) % ...`` or ``.replace("%1", ...)`` (which fills a value's own "%2" too)."""
    found = []
    for node in ast.walk(module):
        line = f"{where}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            translated = isinstance(receiver, ast.Call) and _called(receiver) in _TRANSLATING
            if node.func.attr == "format" and translated:
                found.append(f"{line}: .format() on a translated string")
            first = _literal(node.args[0]) if node.args else None
            if node.func.attr == "replace" and first is not None and _NUMBERED.fullmatch(first):
                found.append(f"{line}: .replace({first!r}, ...)")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            left = node.left
            if isinstance(left, ast.Call) and _called(left) in _TRANSLATING:
                found.append(f"{line}: % on a translated string")
    return found


def test_translated_strings_take_values_only_through_fill() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ast.parse(path.read_text(encoding="utf-8"))
        found += _other_fills(module, str(path.relative_to(PACKAGE)))
    assert found == []
