"""Every sentence the app says about safety: when back pain needs a doctor, not a workout.

This is the one home for safety copy. Whatever the app tells the user about pain, warning signs
("red flags") or seeing a professional is written here, once, and imported where it is shown
(the first-run banner, the kind note after a workout, the history's pain notice). Add new
safety texts (for example a programme's red-flag questions) to this module rather than next to
the widget that shows them, so the wording stays one and is reviewed in one place.

The tone: kind and plain, no alarm; say what to do and when to see a doctor or a
physiotherapist; never a diagnosis (the app cannot know what causes someone's pain). Every text
is translatable (context ``SafetyTexts``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from backcare_desktop.core.stats import PainAlert
from backcare_desktop.ui.i18n import fill

CONTEXT = "SafetyTexts"

MEDICAL_NOTE = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "Most back pain in runners comes from muscles that are doing too much for weak glutes, "
    "core, hips or hamstrings, and it usually eases as they get stronger. Pain that is sharp, "
    "spreads down a leg, or may come from a bone or a disc needs a doctor or a "
    "physiotherapist, not a workout.",
)
PAIN_TITLE = QT_TRANSLATE_NOOP("SafetyTexts", "About your back pain")
HIGH_PAIN = QT_TRANSLATE_NOOP("SafetyTexts", "You logged back pain of %1 out of 10.")
RISING_PAIN = QT_TRANSLATE_NOOP(
    "SafetyTexts", "Your back pain after workouts rose over your last sessions (%1)."
)
GO_GENTLY = QT_TRANSLATE_NOOP("SafetyTexts", "Go gently and keep every move comfortable.")


def _tr(text: object) -> str:  # QT_TRANSLATE_NOOP's result is typed object
    return QCoreApplication.translate(CONTEXT, str(text))


def medical_note() -> str:
    """When back pain needs a doctor or a physiotherapist rather than a workout."""
    return _tr(MEDICAL_NOTE)


def pain_alert_text(alert: PainAlert) -> str:
    """What was logged (high or rising pain), to go gently, and when to see a professional."""
    if alert.reason == "high":
        opening = fill(_tr(HIGH_PAIN), max(alert.values))
    else:
        opening = fill(_tr(RISING_PAIN), " → ".join(str(value) for value in alert.values))
    return f"{opening} {_tr(GO_GENTLY)}\n\n{medical_note()}"


def pain_alert_note(alert: PainAlert) -> tuple[str, str]:
    """The kind note about ``alert`` shown after a workout: (title, text)."""
    return _tr(PAIN_TITLE), pain_alert_text(alert)
