"""The programme's words in the user's language: the rules' reasons, level labels, lights.

The sentences of the pain rules are English templates in ``core/pain_rules.py`` (the command
line prints them); here they are translated at run time in the context ``PainRules``.
Safety copy (warning signs, the flare-up note) is not here but in the safety texts module.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcare_desktop.core.levels import level_changes
from backcare_desktop.core.pain_rules import TEMPLATES, Light, Reason
from backcare_desktop.core.routine import Routine
from backcare_desktop.core.text import QT_TRANSLATE_NOOP
from backcare_desktop.ui.i18n import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("Programme", text)


def reason_text(reason: Reason) -> str:
    """A rule's reason as a sentence in the user's language."""
    translated = {
        code: template.translated(QCoreApplication.translate("PainRules", template.text))
        for code, template in TEMPLATES.items()
    }
    return reason.text(translated)


def reasons_text(reasons: tuple[Reason, ...]) -> str:
    """Several reasons as one paragraph."""
    return " ".join(reason_text(reason) for reason in reasons)


_LIGHT_NAMES = {
    Light.GREEN: QT_TRANSLATE_NOOP("Programme", "Green: on track"),
    Light.AMBER: QT_TRANSLATE_NOOP("Programme", "Amber: holding steady"),
    Light.RED: QT_TRANSLATE_NOOP("Programme", "Red: easing off"),
}
LIGHT_COLOURS = {Light.GREEN: "#2e7d32", Light.AMBER: "#c77700", Light.RED: "#c62828"}


def light_name(light: Light | None) -> str:
    """The light in words (never colour alone)."""
    return (
        _tr(_LIGHT_NAMES[light])
        if light is not None
        else QCoreApplication.translate("Programme", "No light yet")
    )


def level_text(routine: Routine, level: int) -> str:
    """The label the player shows, e.g. "Level 2: holds 50 s"."""
    changes = level_changes(routine, level)
    if level == 1:
        return QCoreApplication.translate("Programme", "Level 1: as written")
    parts: list[str] = []
    if changes.hold_s is not None:
        parts.append(
            fill(QCoreApplication.translate("Programme", "holds %1 s"), str(changes.hold_s))
        )
    if changes.reps is not None:
        parts.append(fill(QCoreApplication.translate("Programme", "%1 reps"), str(changes.reps)))
    if changes.shorter_rests:
        parts.append(QCoreApplication.translate("Programme", "shorter rests"))
    if changes.rounds is not None:
        parts.append(
            fill(QCoreApplication.translate("Programme", "%1 rounds"), str(changes.rounds))
        )
    return fill(
        QCoreApplication.translate("Programme", "Level %1: %2"), str(level), ", ".join(parts)
    )
