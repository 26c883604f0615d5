"""How long a statement's symptoms have lasted: a duration in a statement that names a symptom
("LBP x 8 wks", "Sx duration: 10 wks") is a symptom-duration finding, unless it closes a clause
about care ("naproxen, PT 2x/wk x 6 wks", "did chiro x 3 wks") or tells how long relief held.

Split out of statements.py, which assembles a statement's findings and adds these to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .. import lazy_re
from . import cues
from .clause_spans import clause_start
from .model import NoteFinding
from .relief_held import relief_held
from .segments import Segment
from .statement_facts import StatementFacts

SYMPTOM_WORDS = lazy_re.compile(
    # "Sx duration: 10 wks", "f/u of lumbago ... 1.5 mo now": the abbreviation and the old
    # names of back and neck pain are symptoms too (s44 phrasing grid).
    r"\b(pain\w*|ache\w*|lbp|lumbago|cervicalgia|symptoms?|sx|numbness|tingling|paresthesias?|"
    r"radiat\w*|sciatica|"
    r"stiffness|swelling|snor\w*|sleepiness|somnolence|fatigue|weakness|unsteady|falls?|"
    r"dyspnea|sob|shortness of breath|locking|catching|giving way|instability|hurt\w*|"
    r"flare|discomfort|radiculopathy|injury)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = lazy_re.compile(r"[,;:(]|\s[-–]\s")


def symptom_durations(
    seg: Segment,
    facts: StatementFacts,
    out: list[NoteFinding],
    care: list[int],
    finding: Callable[[str, int, int, dict[str, bool]], NoteFinding],
) -> list[NoteFinding]:
    """The symptom-duration findings of the statement ``seg`` (its durations in ``facts``), whose
    other findings are ``out`` and whose care targets start at ``care``; ``finding`` makes a
    finding of a span."""
    found: list[NoteFinding] = []
    # The symptom first: a statement without one needs no durations read (statement_facts).
    if SYMPTOM_WORDS.search(seg.text) and facts.durations:
        negated = any(f.negated for f in out) and not any(f.asserted for f in out)
        for duration in facts.durations:
            if _treatment_clause(seg.text[: duration.start]):
                continue  # "sciatica - naproxen, PT 2x/wk x 6 wks": how long the PT is to run
            if _care_before(seg.text, duration.start, care):
                continue  # "LBP, did chiro x 3 wks": how long the chiropractic ran
            if _care_after(seg.text, duration, care):
                continue  # "pain persists after 3 wks chiro + 4 wks PT": the care's weeks
            if relief_held(seg.text, duration, SYMPTOM_WORDS):
                continue  # "50% relief ..., lasted about 5 wks": how long the relief held
            start, end = seg.start + duration.start, seg.start + duration.end
            flags = {"negated": negated, "family": relatives_symptom(seg.text, duration.start)}
            symptom = finding("symptom-duration|duration", start, end, flags)
            found.append(_with_duration(symptom, duration.days))
    return found


#: Where the sentence a duration ends began: no clause's comma, which a relative's own history
#: runs over ("Mother - back pain, worse since 2015").
_SENTENCE_BREAK = lazy_re.compile(r"[.;!?\n]")
#: A relative named as the subject: "Mother has had back pain since 2015", "wife w/ LBP x 6
#: mo", "Pt's father: sciatica for years". Not an event of theirs that times the patient's own
#: pain ("since his mother's death", "after mom passed").
_RELATIVE = lazy_re.compile(
    rf"\b(?:{cues.RELATIVE}|sibling|cousin)(?:'s)?\b"
    r"(?!\s+(?:death|died|passed|passing|funeral|illness|surgery|was\s+(?:ill|sick|dying)))",
    re.IGNORECASE,
)


def relatives_symptom(text: str, at: int) -> bool:
    """Whether the duration at ``at`` in the statement ``text`` times a relative's symptom: a
    relative is named in its sentence before the first symptom word ("Mother has had back pain
    since 2015"), so the time is theirs, as ConText's FAMILY makes a named target theirs (lead's
    class, s65-j: the mother's decade of back pain met LMRI-002's six weeks). A symptom named
    first keeps it the patient's ("LBP since lifting his son 8 wks ago"); whose account it is
    ("wife reports LBP x 3 mo") is the statement's informant, which ``finding`` reads."""
    low = clause_start(text, at, _SENTENCE_BREAK)
    relative = _RELATIVE.search(text, low, at)
    symptom = SYMPTOM_WORDS.search(text, low)
    return bool(relative) and (symptom is None or relative.start() < symptom.start())


def _treatment_clause(before: str) -> bool:
    """The clause a duration closes names a treatment or a follow-up, not a symptom."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    return bool(cues.TREATMENT_CLAUSE.search(clause)) and not SYMPTOM_WORDS.search(clause)


def _care_before(text: str, at: int, care: list[int]) -> bool:
    """Whether the duration at ``at`` closes a clause whose nearest subject is care: a care
    target (any the targets name, not only TREATMENT_CLAUSE's words: "chiro", "acupuncture")
    before it in its clause with no symptom word between ("LBP, did chiro x 3 wks"). A symptom
    named after the care keeps the time ("PT eval for LBP x 8 wks": the LBP's)."""
    low = clause_start(text, at, _CLAUSE_BREAK)
    return any(
        low <= start < at and not SYMPTOM_WORDS.search(text, start, at) for start in care
    )


#: A duration led by a word that makes it the length of what follows: "pain persists after 3
#: wks chiro", "despite 6 weeks of PT", "no better following 4 wks PT", "failed 8 wks NSAIDs".
_LED_IN = lazy_re.compile(
    r"\b(?:after|despite|following|in spite of|failed|completed|finished|tried)\s+(?:about\s+|"
    r"~\s*|over\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
#: What may stand between such a duration and the care it times: "of", "of formal", "of home".
_TO_CARE = lazy_re.compile(
    r"\s*(?:of\s+)?(?:(?:formal|outpatient|supervised|conservative|home|daily|the)\s+)?$",
    re.IGNORECASE,
)


def _care_after(text: str, duration: Any, care: list[int]) -> bool:
    """Whether the duration is the length of the care named right after it, led in by "after",
    "despite", "failed" ...: "L leg pain persists after 3 wks chiro + 4 wks PT + ibuprofen"
    (blind wave 93, MT/lumbar-mri-03) tells three weeks of chiropractic, not pain begun three
    weeks before the late-entry note, which overrode the problem list's onset two months
    earlier. A duration the symptom keeps: "LBP x 8 wks, PT helped", "pain x 6 wks despite PT",
    "after 3 wks the pain spread" (no care next to it)."""
    if not _LED_IN.search(text, 0, duration.start):
        return False
    return any(
        start >= duration.end and _TO_CARE.fullmatch(text, duration.end, start) for start in care
    )


def _with_duration(finding: NoteFinding, days: int) -> NoteFinding:
    return replace(finding, duration_days=days, planned=False)
