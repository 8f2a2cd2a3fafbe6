"""Sentences for the user made outside the UI (settings, storage), translatable where shown.

Core and storage never import Qt, so they cannot translate. A :class:`UserText` *is* the English
sentence (a ``str``: logs, the command line and tests use it as before) and also keeps its
template and values, so the UI can show it translated (``ui.i18n.localized``: the template is
looked up in the :data:`CONTEXT` context, then filled). :func:`QT_TRANSLATE_NOOP` marks each
template for ``pyside6-lupdate``, which finds it by that name. lupdate reads the source, not
values, so write the context as the literal ``"Notices"``, never as ``CONTEXT``
(``tests/ui/test_translation.py`` checks both).

Every translated string takes its values one way: Qt's numbered ``%1``, ``%2``…, filled by
:func:`fill` (the UI imports it from ``ui.i18n``). Sentences core fills from named values (the
timeline's words, the pain rules' reasons) are templates (:class:`Template`) that say what
each number stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

CONTEXT: Final = "Notices"
"""The translation context of every :class:`UserText` template."""
_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(text: str, *values: object) -> str:
    """``text`` with Qt's numbered placeholders ``%1``, ``%2``… replaced by ``values``.

    The one way translated strings take values in this app: translators may reorder the
    placeholders, and a value is never itself searched for placeholders (``"%1"`` in a routine
    title stays as it is), which chained ``str.replace`` calls get wrong. A number with no value
    (``%3`` given two values) is left as written.
    """

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def placeholders(text: str) -> frozenset[int]:
    """The numbers of the placeholders ``text`` has (``{1, 2}`` for ``"%2 of %1"``)."""
    return frozenset(int(number) for number in _PLACEHOLDER.findall(text))


@dataclass(frozen=True)
class Template:
    """A translatable sentence with numbered placeholders and what each number stands for.

    ``names[0]`` is the value for ``%1``, ``names[1]`` for ``%2``…; a translation may put them in
    another order (German often does), so values are passed by name, never by position.
    """

    text: str
    names: tuple[str, ...] = ()

    def fill(self, **values: object) -> str:
        """The text with each placeholder replaced by the value of its name.

        Every name needs a value (``KeyError`` otherwise); values the text does not use are
        ignored.
        """
        return fill(self.text, *(values[name] for name in self.names))

    def translated(self, text: str) -> Template:
        """The same template worded as ``text`` (a translation of :attr:`text`)."""
        return Template(text, self.names)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate seeks
    """``text`` unchanged; marks it for translation in ``context`` (Qt's macro, without Qt).

    Both arguments must be string literals, or lupdate does not see the message.
    """
    return text


class UserText(str):
    """An English sentence for the user that remembers its template and values."""

    template: str
    values: tuple[str, ...]

    def __new__(cls, template: str, *values: object) -> UserText:
        """The sentence ``template`` filled with ``values`` (``%1``, ``%2``…); values that
        are sentences themselves (a reason) are kept as such, to be translated too."""
        strings = tuple(value if isinstance(value, UserText) else str(value) for value in values)
        text = super().__new__(cls, fill(template, *strings))
        text.template = template
        text.values = strings
        return text
