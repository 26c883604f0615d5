"""A relative who does a task for the patient: the patient's limit, not the relative's history.

:mod:`.regex_target_flags` reads a relative's word in the text before a regex-matched target as
ConText's FAMILY cue ("mother can't do her hair" is the mother's). But a relative named as the
one who now does the patient's task ("Husband does her hair now, can't put dishes away": blind
wave 43, FF/tsa-02) is the helper of the statement; the patient is the one the task is done for
(the object pronoun or possessive after the verb), and the limit said after it in the same
statement, its subject elided, is the patient's. Such a phrase is blanked before the family cue
is looked for. A relative with a history of their own ("Mother has RA, can't do her hair")
keeps the cue: the verb is no task done for someone. A relative who brings the patient's meals
("wife brings meals to recliner": blind wave 109, OX/wheelchair-03) is such a helper too.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The relative as subject, a verb of doing for or helping, and the patient as its object or
#: owner: "husband does her hair", "wife has to help him dress", "daughter now bathes her",
#: "son drives him".
_HELPER_DOES = lazy_re.compile(
    r"\b(?:husband|wife|spouse|partner|daughter|son|mother|mom|father|dad|sister|brother|"
    r"caregiver|family)\s+(?:now\s+|then\s+|also\s+)?"
    r"(?:(?:has|had|needs?)\s+to\s+|must\s+)?"
    r"(?:does|do|helps?|assists?|dresses|dress|bathes|bathe|washes|wash|combs|comb|brushes|"
    r"brush|fixes|fix|drives|drive|feeds|feed|cuts|cut)\s+(?:her|him|his|them|their)\b",
    re.IGNORECASE,
)
#: ... or who brings the patient what the patient cannot go and get: "wife brings meals to
#: recliner" (blind wave 109, OX/wheelchair-03), "daughter carries his plate to the couch",
#: "husband brings her tray to bed". The meals are the patient's, fetched for the patient; the
#: patient's limit said after it ("can't make it to back bathroom") is the patient's own. A
#: relative's own doing of another kind ("wife can't climb stairs") is no such phrase.
_HELPER_BRINGS = lazy_re.compile(
    r"\b(?:husband|wife|spouse|partner|daughter|son|mother|mom|father|dad|sister|brother|"
    r"caregiver|family)\s+(?:now\s+|then\s+|also\s+|usually\s+|has\s+to\s+|must\s+)?"
    r"(?:brings?|carries|carry|fetch(?:es)?)\s+(?:(?:him|her|them)\s+)?"
    r"(?:(?:his|her|their|the|all)\s+)?(?:meals?|food|plates?|trays?|dinner|lunch|breakfast|"
    r"snacks?|drinks?)\b",
    re.IGNORECASE,
)
#: ... whose limit that follows has a subject of its own ("wife brings meals, she can't climb
#: stairs herself"): the pronoun may be the relative's, so the relative's cue stays (a false
#: alarm is better than a relative's limit counted as the patient's).
_SUBJECT_AFTER = lazy_re.compile(r"\b(?:she|he|they)\b", re.IGNORECASE)


def without_helpers(before: str) -> str:
    """``before`` with every relative-does-it-for-the-patient phrase blanked (same length), so
    a family cue is not read from the helper of the patient's own limit."""
    blanked = _HELPER_DOES.sub(lambda m: " " * len(m.group(0)), before)
    return _HELPER_BRINGS.sub(
        lambda m: m.group(0) if _SUBJECT_AFTER.search(blanked, m.end()) else " " * len(m.group(0)),
        blanked,
    )
