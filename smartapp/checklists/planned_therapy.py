"""Therapy a statement writes as planned or ordered, its visits and weeks to come: a plan of
care set at the evaluation ("POC: 12 visits over 6 weeks", :func:`planned_course`), or therapy
written as its order, frequency then weeks, with no date and no word that it ran ("MRI ordered.
PT 2-3x/wk x 6 wks.", :func:`ordered_frequency`). Neither is care had (episode_pieces.py).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..notes.frequency_weeks import SHORTHAND
from .courses import MEDICATION_CONCEPTS

#: A therapy plan of care as set at the evaluation: "Plan of care 3/10/26: 2x/wk x 6 wks (12
#: visits)", "POC: 12 visits over 6 weeks", "Frequency/duration: 2x/week x 6 weeks". Its visits
#: and weeks are planned, none attended or run (blind wave 22, BZ/occ-03: the plan's "12
#: visits" made a course of a patient discharged after 3). Not a plan said done ("Plan of care
#: 3/10-4/21: 12 visits completed").
_PLAN_OF_CARE = lazy_re.compile(
    r"^\W*(?:(?:pt|ot|therapy|treatment)\s+)?(?:plan of care|poc|"
    r"freq(?:uency)?\.?\s*(?:/|and|&)\s*dur(?:ation)?\.?)\b",
    re.IGNORECASE,
)
_PLAN_DONE = lazy_re.compile(
    r"\b(?:completed|attended|finished|met|achieved|discharged|plateau\w*|failed)\b", re.I
)


#: A referral's or an authorization's schedule, its count or frequency right after it (after a
#: heading at most): "PT DISCHARGE SUMMARY: Referred for 12 visits 2x/wk starting 3/9",
#: "Authorized 12 visits starting 3/9/26", "referral 2x/wk x 6 wks from 3/9". It is what the
#: patient was sent with: its visits and weeks are none attended, and its start is no course
#: running on to the note (blind wave 72, JM/occupational-work-rehab-02: three visits of twelve,
#: read as seven weeks of therapy). Not "Referred to PT 1/10" (a date), nor a schedule said done.
_REFERRAL_SCHEDULE = lazy_re.compile(
    r"^\W*(?:[A-Za-z][\w/&.' -]{0,40}?\s*[:\-]\s*)?(?:(?:pt|ot|therapy)\s+)?"
    r"(?:referred|referral|ref'?d|authori[sz]ed|authori[sz]ation|approved|ordered)\s*:?\s*"
    r"(?:(?:for|to)\s+)?(?:(?:pt|ot|physical therapy|occupational therapy|therapy)\s*[:\-]?\s*)?"
    r"\(?(?=\d{1,2}\s*(?:visits?|sessions?|treatments?)\b|\d(?:\s*-\s*\d)?\s*(?:x|times)\s*"
    r"(?:/|a|per)?\s*(?:wk|week))",
    re.IGNORECASE,
)

#: Words that the referred care ran, or how it went: "Referred to PT 2x/wk x 6 wks in March, no
#: improvement" tells six weeks had.
_REFERRAL_RAN = lazy_re.compile(
    r"\b(?:did|done|had|tried|underwent|went|no|w/o|without|minimal|little|help\w*|improv\w*|"
    r"better|worse|relief|benefit|gains?|progress\w*|stopped|quit|ago|last|prior)\b",
    re.IGNORECASE,
)


def planned_course(text: str) -> bool:
    """Whether a statement is a therapy plan of care or a referral's schedule: its visits and
    weeks are to come."""
    if _REFERRAL_SCHEDULE.search(text) and not _REFERRAL_RAN.search(text):
        return not _PLAN_DONE.search(text)
    return bool(_PLAN_OF_CARE.search(text)) and not _PLAN_DONE.search(text)


#: Therapy written as its order, frequency then weeks, right after its name: "PT 2-3x/wk x 6
#: wks.", "OT (3x/week for 4 weeks)". Standing alone in a note, with no date and no word that it
#: ran or how it went, it is the therapy prescribed that day, its weeks to come (blind wave 25,
#: CK/occ-03: an initial visit's "MRI ordered. PT 2-3x/wk x 6 wks." made six weeks of therapy
#: before that visit, which was two days after the injury). Not "PT 2x/wk x 6 wks (Sept-Oct
#: 2025)", "Did PT 2x/wk x 6 wks", "PT 2x/wk x 6 wks - no relief".
#: The region or diagnosis treated may stand between ("Referral: outpatient PT R hip OA 2x/wk x
#: 6 wks": blind wave 29, DA/hip-03, six weeks counted back from the referral's day), a few words
#: with no number. The shorthand "PT 2w6", "PT 3x4" is the same order (notes/frequency_weeks.py).
_FREQUENCY_AFTER = lazy_re.compile(
    r"^(?:\s*(?:for\s+)?\(?[A-Za-z][A-Za-z/']*(?:\s+[A-Za-z][A-Za-z/']*){0,3}\)?,?)?"
    r"\s*[(:\-]?\s*(?:\d(?:\s*-\s*\d)?\s*(?:x|times)\s*(?:/|a|per)?\s*(?:wk|week)\b\.?\s*"
    r"(?:x|for)\s*\d{1,2}\s*(?:wks?|weeks?)\b|" + SHORTHAND + ")",
    re.IGNORECASE,
)
#: A statement's own word that the care ran, or how it went.
_RAN = lazy_re.compile(
    r"\b(?:complet\w*|attend\w*|finish\w*|did|done|had|tried|trial\w*|fail\w*|underwent|went|"
    r"s/p|prior|previous\w*|last|ago|since|w/o|without|no|minimal|little|some|help\w*|"
    r"improv\w*|better|worse|plateau\w*|d/c'?d|discharged|stopped|quit|relief|benefit|gains?|"
    r"progress\w*|visits?|sessions?)\b",
    re.IGNORECASE,
)


def ordered_frequency(finding: Any) -> bool:
    """Whether a statement is therapy as ordered (see ``_FREQUENCY_AFTER``): it opens with the
    therapy (after a label at most), its frequency and weeks follow, and it gives no date and
    no word that the therapy ran."""
    if finding.concept in MEDICATION_CONCEPTS or finding.dates:
        return False
    if finding.note_ref.startswith(_CARE_RECORDS):
        return False  # a completed Procedure's note ("PT 2x/wk x 8 wks") tells the care it was
    snippet = finding.snippet
    at = snippet.find(finding.text)
    if at < 0 or not _LABEL_ONLY.fullmatch(snippet[:at]):
        return False
    after = snippet[at + len(finding.text) :]
    return bool(_FREQUENCY_AFTER.match(after)) and not _RAN.search(snippet)


#: Records of care given, whose texts tell that care, not an order of it.
_CARE_RECORDS = ("Procedure/", "Encounter/")
#: What may stand before the therapy: nothing, or a short label ("A/P:", "Rx -", "Referral:"),
#: then the plan's other orders listed before it, a few words each with no number ("Hinged
#: brace, PT 3x/wk x 4 wks." at an injury's first visit: blind wave 38, EK/occ-03, four weeks
#: of therapy before the visit that ordered them), then at most a referral's words or the
#: setting ("refer to", "outpatient", "home"). The bare verb is a referral too: "Refer PT 2-3x/wk
#: x 6 wks." at an injury's first visit made six weeks of PT before that visit (blind wave 74,
#: JW/workrehab-02), and so is its misspelling ("Referal to PT 2-3 x wk x 6 weeks") and its
#: abbreviation ("Ref PT 2x/wk x 6 wks, meloxicam.": blind wave 86, LR/sps-02).
_LABEL_ONLY = lazy_re.compile(
    r"\W*(?:[A-Za-z/&]{1,8}\s*[:\-]\s*)?"
    r"(?:[A-Za-z][A-Za-z/'-]*(?:\s+[A-Za-z][A-Za-z/'-]*){0,2}\s*[,;+]\s*)*"
    r"(?:(?:(?:refer(?:r?al)?|ref\.?)(?:\s+(?:to|for))?|outpatient|out-patient|formal|home)\s+)*",
    re.IGNORECASE,
)
