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

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from backcare_desktop.core.pain_rules import EMERGENCY_FLAGS, GATE_PAIN, RED_FLAGS
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


# -- programmes: warning signs ("red flags"), the flare-up note, the pre-workout note ------------

RED_FLAG_LABELS = {
    "numbness": QT_TRANSLATE_NOOP("SafetyTexts", "New numbness or tingling in a leg or foot"),
    "saddle_numbness": QT_TRANSLATE_NOOP(
        "SafetyTexts",
        "Numbness or tingling around the bottom, the genitals or the inner thighs (where you "
        "sit on a saddle)",
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
RED_FLAG_EMERGENCY_TITLE = QT_TRANSLATE_NOOP("SafetyTexts", "Please get help now")
RED_FLAG_EMERGENCY = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "What you ticked needs help today, not tomorrow. Please call your emergency number or go "
    "to an emergency department now, and tell them about your back pain and what you noticed. "
    "Do the same if both legs feel weak or numb. Please do not wait, and do not work out.",
)
RED_FLAG_CLEARED_TITLE = QT_TRANSLATE_NOOP("SafetyTexts", "Good to hear")
RED_FLAG_CLEARED = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "Thank you for letting us know a doctor has checked your back. The programme goes on from "
    "today, guided by the pain you log. If a warning sign comes back, tick it again and see a "
    "doctor.",
)
GATE_TITLE = QT_TRANSLATE_NOOP("SafetyTexts", "Before this workout")
GATE_HIGH_PAIN = QT_TRANSLATE_NOOP("SafetyTexts", "Your back hurts a lot right now (%1 out of 10).")
GATE_FLAGGED = QT_TRANSLATE_NOOP("SafetyTexts", "You ticked a warning sign.")
GATE_ADVICE = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "A full workout may not be kind to your back today. You could do the gentle flare-up "
    "routine instead, or rest today. Please see a doctor now if you notice any of these:",
)
MORNING_HIGH = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "Your back hurts a lot this morning (%1 out of 10). Be kind to it today: gentle movement "
    "helps more than rest in bed, and a workout can wait.",
)
REPORT_DISCLAIMER = QT_TRANSLATE_NOOP(
    "SafetyTexts",
    "This report lists what was logged in backcare-desktop. It is not a diagnosis; it is meant "
    "to help a conversation with your physiotherapist or doctor.",
)


def red_flag_label(flag: str) -> str:
    """One warning sign in plain words."""
    return _tr(RED_FLAG_LABELS[flag])


def red_flag_list(flags: Iterable[str] = RED_FLAGS) -> str:
    """Warning signs as a bulleted list, one a line."""
    return "\n".join(f"• {red_flag_label(flag)}" for flag in flags)


def red_flags_title() -> str:
    """The checklist's title."""
    return _tr(RED_FLAGS_TITLE)


def red_flags_intro() -> str:
    """What the checklist is for."""
    return _tr(RED_FLAGS_INTRO)


def red_flags_action() -> str:
    """What to do when a warning sign applies: see a doctor today (emergency when urgent)."""
    return _tr(RED_FLAGS_ACTION)


def red_flag_reported() -> str:
    """Said after the user reports a warning sign: progression stops, see a doctor now."""
    return _tr(RED_FLAG_REPORTED)


def is_emergency(flags: Iterable[str]) -> bool:
    """True when one of ``flags`` needs emergency care now (see ``EMERGENCY_FLAGS``)."""
    return not EMERGENCY_FLAGS.isdisjoint(flags)


def red_flags_reported_note(flags: Iterable[str]) -> tuple[str, str]:
    """The note after the user reports ``flags``: (title, text). For a sign that needs
    emergency care the note leads with calling emergency services, before the rest."""
    parts = [red_flag_reported(), red_flags_action()]
    if not is_emergency(flags):
        return red_flags_title(), "\n\n".join(parts)
    return _tr(RED_FLAG_EMERGENCY_TITLE), "\n\n".join([_tr(RED_FLAG_EMERGENCY), *parts])


def red_flags_cleared_note() -> tuple[str, str]:
    """The kind confirmation after "a doctor has checked my back": (title, text)."""
    return _tr(RED_FLAG_CLEARED_TITLE), _tr(RED_FLAG_CLEARED)


def flare_up_note() -> str:
    """The note shown with the flare-up routine and programme."""
    return _tr(FLARE_UP_NOTE)


def gate_title() -> str:
    """The pre-workout note's title."""
    return _tr(GATE_TITLE)


def gate_text(pain_before: int | None, flags: Iterable[str]) -> str:
    """The kind note before a workout that should not just start, with the warning signs."""
    ticked = tuple(flags)
    opening = []
    if pain_before is not None and pain_before >= GATE_PAIN:
        opening.append(fill(_tr(GATE_HIGH_PAIN), pain_before))
    if ticked:
        opening.append(_tr(GATE_FLAGGED))
    text = " ".join([*opening, _tr(GATE_ADVICE)]) + "\n\n" + red_flag_list()
    return _tr(RED_FLAG_EMERGENCY) + "\n\n" + text if is_emergency(ticked) else text


def report_disclaimer() -> str:
    """The physio report's first words: what it is, and that it is not a diagnosis."""
    return _tr(REPORT_DISCLAIMER)


def morning_high_note(pain: int) -> tuple[str, str]:
    """The kind note after a morning check of 7/10 or more: (title, text) with the flare-up
    advice and the warning signs."""
    parts = (fill(_tr(MORNING_HIGH), pain), flare_up_note(), red_flags_action(), red_flag_list())
    return _tr(PAIN_TITLE), "\n\n".join(parts)
