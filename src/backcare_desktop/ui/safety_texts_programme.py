"""Safety copy for programmes: warning signs ("red flags"), the flare-up note, the
pre-workout note and the report's disclaimer.

TEMPORARY HOME: these belong in the single safety-texts module (``ui/safety_texts.py``) that
the ``rooms`` branch creates; they move there when it is merged into main.

Tone: kind and plain, no alarm; say what to do and when to see a doctor; never a diagnosis.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from backcare_desktop.core.pain_rules import RED_FLAGS

CONTEXT = "SafetyTexts"

RED_FLAG_LABELS = {
    "numbness": QT_TRANSLATE_NOOP(
        "SafetyTexts", "Numbness or tingling in a leg, the groin or around the bottom"
    ),
    "weakness": QT_TRANSLATE_NOOP(
        "SafetyTexts", "New weakness in a leg or foot (tripping, or a foot that drags or slaps)"
    ),
    "bladder_bowel": QT_TRANSLATE_NOOP(
        "SafetyTexts", "Trouble controlling or passing urine or stools"
    ),
    "fever": QT_TRANSLATE_NOOP("SafetyTexts", "Fever, or feeling generally unwell with the pain"),
    "weight_loss": QT_TRANSLATE_NOOP("SafetyTexts", "Weight loss you cannot explain"),
    "night_pain": QT_TRANSLATE_NOOP(
        "SafetyTexts", "Pain at night that does not ease when you rest or change position"
    ),
    "fall_injury": QT_TRANSLATE_NOOP(
        "SafetyTexts", "Pain that started after a fall, an accident or another injury"
    ),
}

RED_FLAGS_TITLE = QT_TRANSLATE_NOOP("SafetyTexts", "Warning signs: when to see a doctor")
RED_FLAGS_INTRO = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "These signs are rare, but together with back pain they need a doctor, not a workout. "
    "Tick any you have noticed.",
)
RED_FLAGS_ACTION = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "If any of these apply, please stop the programme and see a doctor today. If you cannot "
    "control your bladder or bowel, or both legs feel numb or weak, go to an emergency "
    "department now. This checklist cannot tell what causes your pain; a doctor can.",
)
RED_FLAG_REPORTED = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "Thank you for telling us. The programme will not get harder until a doctor has checked "
    "your back. Please see a doctor now.",
)
FLARE_UP_NOTE = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "A flare-up of back pain is common and usually settles within days to a few weeks. Keep "
    "moving gently, within what feels easy: short walks and the gentle routine help more than "
    "bed rest. See a doctor or physiotherapist if the pain keeps getting worse, has not eased "
    "after two weeks, or comes with any of the warning signs.",
)
GATE_TITLE = QT_TRANSLATE_NOOP("SafetyTexts", "Before this workout")
GATE_HIGH_PAIN = QT_TRANSLATE_NOOP("SafetyTexts", "Your back hurts a lot right now (%1 out of 10).")
GATE_FLAGGED = QT_TRANSLATE_NOOP("SafetyTexts", "You ticked a warning sign.")
GATE_ADVICE = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "A full workout may not be kind to your back today. You could do the gentle flare-up "
    "routine instead, or rest today. Please see a doctor now if you notice any of these:",
)
REPORT_DISCLAIMER = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "This report lists what was logged in backcare-desktop. It is not a diagnosis; it is meant "
    "to help a conversation with your physiotherapist or doctor.",
)


def tr(text: str) -> str:
    """``text`` in the user's language (context ``SafetyTexts``)."""
    return QCoreApplication.translate(CONTEXT, text)


def red_flag_label(flag: str) -> str:
    """One warning sign in plain words."""
    return tr(RED_FLAG_LABELS[flag])


def red_flag_list(flags: Iterable[str] = RED_FLAGS) -> str:
    """Warning signs as a bulleted list, one a line."""
    return "\n".join(f"• {red_flag_label(flag)}" for flag in flags)


def gate_text(pain_before: int | None, flags: Iterable[str]) -> str:
    """The kind note before a workout that should not just start."""
    flags = tuple(flags)
    opening = []
    if pain_before is not None and pain_before >= 7:
        opening.append(tr(GATE_HIGH_PAIN).replace("%1", str(pain_before)))
    if flags:
        opening.append(tr(GATE_FLAGGED))
    return " ".join([*opening, tr(GATE_ADVICE)]) + "\n\n" + red_flag_list()
