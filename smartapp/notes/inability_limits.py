"""An inability written with a denial word is the limitation itself, for the findings that say
what the patient can do: "not able to walk >10 ft", "could not self-propel >15 ft", "no longer
able to climb stairs", "not independent with bed mobility". And an inability followed by
"independently" ("cannot get to the bathroom independently", "unable to walk independently")
is the same limit (help is needed), not a patient who does it on their own.

"Unable to walk" is a target of its own and no ConText trigger, so it is read as the limit; the
same inability written "not able to", "cannot", "could not", "no longer able to" or "not
capable of" gave medspaCy's forward "not" / "no longer" the activity after it, and the limit a
careful reviewer sees read as denied. Scoped to the patient's abilities (functional deficits,
mobility-related ADLs, a cane's, walker's or manual chair's insufficiency): for care and events
the same words still deny ("not able to attend PT", "could not get the MRI", "not able to afford
meloxicam" is no course had), and those concepts never reach here.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: Labels ("category|concept") whose target is something the patient does or cannot do. A
#: functional score is excluded: "could not complete the ODI" is no score.
_ABILITY_LABELS = frozenset(
    {
        "clinical-notes|mradl-limitation",
        "clinical-notes|cane-walker-insufficient",
        "clinical-notes|manual-chair-insufficient",
    }
)
_ABILITY_CATEGORY = "functional-deficits|"
_NOT_ABILITY = frozenset({"functional-deficits|functional-score"})

#: The inability right before the target, with at most an adverb between ("not able to safely
#: walk"). spaCy cuts "can't" into "ca" + "n't" and "cannot" into "can" + "not".
_INABILITY_LEAD = lazy_re.compile(
    r"\b(?:(?:is|was|are|were|has\s+been|been)\s+)?"
    r"(?:not\s+able\s+to|not\s+capable\s+of|no\s+longer\s+able\s+to|no\s+longer\s+capable\s+of|"
    r"cannot|can\s+not|can'?t|could\s+not|couldn'?t|unable\s+to|"
    r"not\s+independent\s+(?:with|w/|in|for))"
    r"\s+(?:(?:safely|independently|fully|even|functionally|effectively)\s+)?"
    # A verb of moving before the target's own words: "can't get out of the recliner" (phrasing
    # grid s44) is the inability, as "can't rise from a chair" is.
    r"(?:(?:get|go|make\s+it)\s+)?"
    # ... or of doing, before the tasks named as a whole: "unable to complete ADLs
    # independently", "cannot perform her basic ADLs" is the ADL limit, not ADLs denied.
    r"(?P<task>(?:perform|complete|do|manage|carry\s+out|accomplish)\s+"
    r"(?:(?:all|any|most|some|basic|own|the|her|his|their|of)\s+){0,3})?$",
    re.IGNORECASE,
)
#: A form named by the tasks it asks about, after the target ("ADL questionnaire", "ADL form").
_A_FORM_AFTER = lazy_re.compile(
    r"\S*\s+(?:questionnaire|form|survey|score|scale|index|inventory|checklist|tool)\b",
    re.IGNORECASE,
)


def in_scope(label: str) -> bool:
    """Whether ``label`` names something the patient can or cannot do."""
    if label in _NOT_ABILITY:
        return False
    return label.startswith(_ABILITY_CATEGORY) or label in _ABILITY_LABELS


def inability_lead(text: str, start: int, label: str) -> tuple[int, int] | None:
    """Where the inability written just before a target at ``start`` of ``text`` stands, for a
    ``label`` naming what the patient can do; None when there is none."""
    if not in_scope(label):
        return None
    low = max(0, start - 60)
    lead = _INABILITY_LEAD.search(text[low:start])
    if lead and lead.group("task") and _A_FORM_AFTER.match(text, start):
        return None  # "unable to complete the ADL questionnaire": a form not filled in
    return (low + lead.start(), start) if lead else None


#: The target's own words open with the inability ("Unable to walk", "Cannot get to bathroom").
_OWN_INABILITY = lazy_re.compile(
    r"(?:not\s+able\s+to|unable\s+to|cannot|can\s+not|can'?t|could\s+not|couldn'?t|"
    r"no\s+longer\s+able\s+to)\b",
    re.IGNORECASE,
)
#: "Independently" after the target: ConText's backward denial of a done-alone activity
#: ("ambulates independently"), which after an inability is how much help it takes instead.
_INDEPENDENTLY = lazy_re.compile(r"\bindependently\b", re.IGNORECASE)


def _governed(text: str, start: int, end: int, label: str) -> bool:
    """Whether an inability governs the target at [start, end): written just before it, or its
    own first words."""
    if not in_scope(label):
        return False
    return inability_lead(text, start, label) is not None or bool(
        _OWN_INABILITY.match(text, start, end)
    )


#: A device's failure told by what the patient cannot do with it: "even with", "despite".
_DEVICE_LABELS = frozenset(
    {"clinical-notes|cane-walker-insufficient", "clinical-notes|manual-chair-insufficient"}
)
_DESPITE = lazy_re.compile(
    r"even\s+(?:with\b|using\b|w/(?!o))|despite\b|in\s+spite\s+of\b", re.IGNORECASE
)
#: The inability earlier in the clause, whatever it is an inability to do: "can no longer walk
#: more than a few steps", "not able to get to the bathroom". Not a plain "no longer" ("no
#: longer falls even with walker" says the walker works) nor "no" or "denies".
_CLAUSE_INABILITY = lazy_re.compile(
    r"\b(?:(?:can|could)\s+no\s+longer|no\s+longer\s+(?:able\s+to|capable\s+of|can)|"
    r"not\s+able\s+to|not\s+capable\s+of|cannot|can\s+not|can'?t|could\s*n'?o?t|unable\s+to)"
    r"(?=[^.;]*$)",
    re.IGNORECASE,
)


#: A clause break between the inability and the device's failure: a comma, colon, semicolon or
#: a spaced dash ("can no longer walk household distances - walker 10 ft then knees buckle").
_CLAUSE_BREAK = lazy_re.compile(r"[,;:]|\s[-–—]+\s")


def device_inability(text: str, start: int, label: str) -> tuple[int, int] | None:
    """Where an inability stands in the clause before a device's failure told "even with" or
    "despite" it ("can no longer walk more than a few steps even with rollator": blind wave 62,
    IE/dme-wheelchair-03), or in a clause of its own before the failure ("Can no longer walk
    household distances - walker 10 ft then knees buckle": blind wave 72, JO/dme-wheelchair-02):
    the limit the device does not overcome, not a denial of its failure; None when there is
    none. A denial in the failure's own clause ("- no falls with walker") still reads."""
    if label not in _DEVICE_LABELS:
        return None
    low = max(0, start - 60)
    found = list(_CLAUSE_INABILITY.finditer(text, low, start))
    if not found:
        return None
    last = found[-1]
    if _DESPITE.match(text, start) or _CLAUSE_BREAK.search(text, last.end(), start):
        return (last.start(), last.end())
    return None


def without_inability(text: str, start: int, label: str, end: int | None = None) -> str | None:
    """``text`` with the inability before the target at ``start`` blanked (offsets kept), and,
    given the target's ``end``, an "independently" the inability governs after it (within 40
    characters): for a pattern target's denial to be read again without them; None when there
    is none."""
    span = inability_lead(text, start, label) or device_inability(text, start, label)
    plain = text
    if span is not None:
        plain = text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]
    if end is not None and _governed(text, start, end, label):
        tail = _INDEPENDENTLY.sub(lambda m: " " * len(m.group()), plain[end : end + 40])
        plain = plain[:end] + tail + plain[end + 40 :]
    return None if plain == text else plain


#: An inability as a field's answer, after the target: "ADLs: unable to complete independently"
#: (a templated functional status line).
_INABILITY_ANSWER = lazy_re.compile(
    r"\s*:\s*(?:unable\s+to|not\s+able\s+to|cannot|can\s+not|can'?t)\s+(?:do\s+)?"
    # ... doing them, not the examiner testing them ("ADL: unable to assess").
    r"(?:complete|perform|do|manage|accomplish|carry\s+out|independently)\b[^.;:\n]{0,40}",
    re.IGNORECASE,
)


#: ConText categories an inability's own words give the target: "not" denies, "could" ("could
#: not walk") reads as a maybe, and "to complete" ("not able to complete ADLs") as care still to
#: be finished. The flag each sets.
_LEAD_FLAGS = {
    "NEGATED_EXISTENCE": "negated", "SPECULATIVE": "speculative", "HYPOTHETICAL": "hypothetical",
}


def flags_of_the_inability(ent: Any, label: str) -> list[str]:
    """The flags ConText set on ``ent`` only from an inability written just before it ("not able
    to walk >10 ft", "could not comb her hair"), or from an "independently" the inability
    governs ("unable to walk independently"), for a target naming what the patient can do: the
    limit, not its denial or a maybe. A denial of its own elsewhere ("Denies falls; cannot
    kneel") keeps its flag."""
    text = ent.doc.text
    answer = _INABILITY_ANSWER.match(text, ent.end_char) if in_scope(label) else None
    if not _governed(text, ent.start_char, ent.end_char, label) and answer is None:
        return []
    span = inability_lead(text, ent.start_char, label) or (ent.start_char, ent.start_char)
    told = (answer.start(), answer.end()) if answer else span

    def lifted(w: Any) -> bool:
        return (
            (w.start_char >= span[0] and w.end_char <= span[1])
            or (w.start_char >= told[0] and w.end_char <= told[1])
            or (w.start_char >= ent.end_char and w.text.lower() == "independently")
        )

    cleared = []
    for category, flag in _LEAD_FLAGS.items():
        words = [ent.doc[slice(*m.modifier_span)] for m in ent._.modifiers
                 if m.category == category]  # fmt: skip
        if words and all(lifted(w) for w in words):
            cleared.append(flag)
    return cleared


#: The field answered "independent": "ADLs: independent", "Ambulation: independent." The patient
#: does it alone; not "modified independent" or "independent with walker", which tell the aid.
_INDEPENDENT_ANSWER = lazy_re.compile(
    r"\s*:\s*(?:fully\s+|completely\s+)?(?:independent|indep)\b\.?\s*(?:[.;,\n]|$)",
    re.IGNORECASE,
)


def answered_independent(text: str, end: int, label: str) -> bool:
    """Whether the target ending at ``end`` is a field answered "independent" (no limit), for a
    ``label`` naming what the patient can do."""
    return in_scope(label) and bool(_INDEPENDENT_ANSWER.match(text, end))


#: An ability regained, written just before the target: "now able to put on a jacket", "is
#: finally able to reach overhead", "can now comb her hair" (brief s65-c: a resolved deficit is
#: none). The marker of change is required: a plain "able to put on a coat but with pain" may be
#: the limit still, and "unable to" / "not able to" / "no longer able to" never match here.
_REGAINED_LEAD = lazy_re.compile(
    r"(?<![\w'])(?:(?:(?:is|are|was)\s+)?(?:now|again|finally)\s+(?:(?:fully|again)\s+)?"
    r"able\s+to|can\s+(?:now|again|finally))"
    r"\s+(?:(?:fully|independently|easily|comfortably)\s+)?$",
    re.IGNORECASE,
)
#: ... unless the clause goes on to hold it to a part or an aid: "now" may say how far it has
#: worsened ("can now walk only ~1 block", "now able to reach overhead only with help").
_STILL_HELD = lazy_re.compile(
    r"[^.;]{0,30}?\b(?:only|barely|hardly|partly|partially|halfway|but|with\s+(?:difficulty|"
    r"help|assist\w*|pain)|w/\s*(?:difficulty|help|assist\w*|pain))\b",
    re.IGNORECASE,
)


def regained(text: str, start: int, end: int, label: str) -> bool:
    """Whether an ability regained is written just before the target at [``start``, ``end``) of
    ``text``, for a ``label`` naming what the patient can do: the limit resolved, none now."""
    if not in_scope(label) or _STILL_HELD.match(text, end):
        return False
    return bool(_REGAINED_LEAD.search(text[max(0, start - 40) : start]))
