"""The date a finding is dated by: the past date written nearest to it in its statement (in its
own clause first), not one a plan or assessment word parts from it, and not an addendum's label
(the day the entry was written). Split out of cues.py; :mod:`.statements` dates each finding
with it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from .. import lazy_re
from .earlier_values import comparison_date
from .relief_held import relief_end

#: Words that open a new part of a dictation that has no punctuation ("... quantiferon negative
#: in december plan infliximab 3 mg per kg ..."): a date before them is not the plan's date.
PART_BREAK = lazy_re.compile(r"\b(?:plan|assessment|impression|a/p|recommend\w*)\b", re.IGNORECASE)


#: The label of an addendum or late entry ("ADDENDUM 2/17/2026:", "Addendum (02/17/26):", "Late
#: entry 2/17/2026 09:40 -"): its date is when the entry was written, not when what it says
#: happened (blind wave 14: "ADDENDUM 2/17/2026: Product changed from Durolane to Monovisc" is
#: this request's product, no series given on 2/17).
_ENTRY_LABEL = lazy_re.compile(
    r"^\W*(?:addendum|late entry|amendment|amended|correction)\W{0,3}(?:(?:dated|on|of)\s+)?$",
    re.IGNORECASE,
)
_LABEL_END = lazy_re.compile(
    r"^(?:\s*(?:@|at)?\s*\d{1,2}:\d{2}\s*(?:am|pm)?)?\s*(?:\)\s*)?[:\-–]", re.IGNORECASE
)


def entry_label_date(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) of a statement is the label of its addendum."""
    return bool(_ENTRY_LABEL.search(text[:start]) and _LABEL_END.match(text[end:]))


#: A statement's heading that names its visit's part or day ("A/P 3/10/26:", "Assessment
#: 3/10/26 -", "Visit 3/10/26:"): dated the note's own day, it says when the visit was, not when
#: the care it sums up began. "A/P 3/10/26: knee sx persist after 6 wks PT" is six weeks of PT
#: up to the visit (blind wave 48, GB/knee-arthroscopy-01), not PT begun that day.
#: A copied-forward note's interval entry is labelled so too ("INTERVAL 9/21:", "Interval hx
#: 9/21 -", "Update 9/21:"): "INTERVAL 9/21: after Supartz series Jan-Feb 2026 had ~60% relief"
#: is a series of January-February told on 9/21, not one given then (blind wave 70,
#: JF/hyaluronan-02: read as a series inside the six months before the repeat).
_VISIT_LABEL = lazy_re.compile(
    r"^\W*(?:a/p|a&p|a\s*/\s*p|assessment(?:\s*(?:/|and|&)\s*plan)?|impression|visit|"
    r"office visit|ov|seen|f/u|follow-?up|progress note|note|dos|date of service|"
    r"(?:interval|interim)(?:\s+(?:history|hx|update|changes?))?|update[ds]?)"
    r"\W{0,3}(?:(?:dated|on|of)\s+)?$",
    re.IGNORECASE,
)


def own_day_label(
    text: str, start: int, end: int, when: dt.date, note_date: dt.date | None
) -> bool:
    """Whether the date at [start, end) labels its statement with the note's own day."""
    return bool(
        note_date is not None
        and when == note_date
        and _VISIT_LABEL.search(text[:start])
        and _LABEL_END.match(text[end:])
    )


#: A study named just before a date: "(XR 8/14/25)", "MRI 3/2/26", "x-ray from 07/2025". The
#: date is the study's, when it was taken.
_STUDY_BEFORE = lazy_re.compile(
    r"\b(?:xr|x-?rays?|radiographs?|films?|mri|mra|ct|ultrasound|emg|ncs|dexa)"
    r"(?:\s+(?:of|on|from|dated|done|taken))?[\s:]*$",
    re.IGNORECASE,
)


def study_date(text: str, start: int) -> bool:
    """Whether the date at ``start`` of a statement follows the study it dates."""
    return bool(_STUDY_BEFORE.search(text[max(0, start - 40) : start]))


def other_study_date(text: str, start: int, position: int) -> bool:
    """Whether the date at ``start`` follows a study that is not the finding at ``position``:
    "A/P: L TSA (anatomic) - cuff intact on CT 8/2026" dates the CT, not the plan (blind wave
    92, MO/surgery-shoulder-arthroplasty-01: the plan read as one of August, a month before its
    note, and dropped as old). A study planned with its own date ("MRI 3/2/26") keeps it."""
    lo = max(0, start - 40)
    study = _STUDY_BEFORE.search(text[lo:start])
    return bool(study) and lo + study.start() != position


#: A later clause of a plan's statement that tells of something already done, up to its date:
#: "Plan R THA (bilateral disease, L side done 2025 w/ excellent result)", "repeat MRI, last
#: one performed 3/2025". Its date is that deed's, not the plan's.
#: A joint the clause says was replaced or operated on is a deed done too ("R hip replaced 2021").
_DONE = lazy_re.compile(
    r"\b(?:done|performed|completed|underwent|had|s/p|status post|replaced|resurfaced|"
    r"operated(?:\s+on)?|fused|repaired|reconstructed)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = lazy_re.compile(r"[,;(]|\s[-–]\s")
#: A plan likened to an earlier one names that one's date: "Plan L THA (same as R 2023)", "L TKA
#: like the right in 5/2021", "as with her L knee 2019", "similar to contralateral THA 2022"
#: (blind wave 59, HQ/hip-03). The comparison points away from the plan, break or none.
_LIKENED = lazy_re.compile(
    r"\b(?:same\s+as|(?<!would )(?<!'d )(?<!not )(?<!n't )like|similar\s+to|identical\s+to|"
    r"as\s+(?:with|on|for|before|was\s+done)|matching|mirroring|contralateral|other\s+side|"
    r"opposite\s+side)\b",
    re.IGNORECASE,
)


#: A later date a plan's clause says was an earlier one's: "repeat bilat L4-5, L5-S1 RFA (second
#: session in 12 mo: 11/2025 was first)", "repeat MBB; 3/2026 was the last one" (blind wave 69,
#: JD/pain-spinal-injections-02: the repeat read as planned in 11/2025, outside the window).
_TOLD_DONE = lazy_re.compile(
    r"\s*(?:\)\s*)?(?:was|were)\s+(?:the\s+|her\s+|his\s+)?(?:first|1st|last|prior|previous|"
    r"initial|index|original|done|performed|given|completed)\b",
    re.IGNORECASE,
)


#: A date a plan's later clause gives the earlier course it repeats, named before the date: "Plan:
#: repeat Hyalgan 20 mg L knee weekly x3 starting 6/15 (>6 mo since last 11/3/25)", "repeat
#: Supartz x5, last series 11/2025", "prior series ended 11/3/25" (blind wave 93, MU/hya-02: the
#: repeat read as a plan of November and dropped as old). The interval since it counts the same
#: way ("6 mo since 11/3/25"); a span "from" a date ("x 8 wks from 11/3/25") is the plan's own.
#: A record's own revision ("POC last updated 11/3/25") is not an earlier course: it still dates
#: the plan.
_EARLIER_ONE = lazy_re.compile(
    r"(?:\b(?:last|prior|previous|preceding|most\s+recent)\b"
    r"(?:\s+(?!(?:updat|revis|review|sign|certif|recert|amend)\w*\b)[a-z][\w\-]*){0,3}?"
    r"|\b\d+\s*\+?\s*(?:mo|mos|months?|wks?|weeks?|yrs?|years?)\s+since)"
    # The date may stand in brackets after its name: ">6 mo since last series (12/10/25)" (blind
    # wave 109, OY/hyaluronan-02: the repeat Supartz FX series read as a December plan).
    r"\s*(?:[:=]|\bon\b|\bin\b|\bdated\b)?\s*\(?\s*$",
    re.IGNORECASE,
)


def earlier_one_date(text: str, position: int, date_start: int) -> bool:
    """Whether the date at ``date_start``, after a plan at ``position``, is the earlier course's
    the plan names just before it ("since last 11/3/25", "last series 11/2025")."""
    return bool(_EARLIER_ONE.search(text, max(position, date_start - 60), date_start))


#: A turn to the present after an earlier clause: "L TKA 2023, now R TKA planned", "R THA 2021
#: did well - currently L THA". The earlier clause's date is that deed's, not the plan's (brief
#: s72-i: the right TKA read as a 2023 plan and dropped as old).
_NOW_TURN = lazy_re.compile(
    r"(?:[,;(]|\s[-\u2013]\s)\s*(?:and\s+|but\s+)?(?:now|currently|presently|at\s+present)\b",
    re.IGNORECASE,
)


def done_before_date(text: str, position: int, date_start: int) -> bool:
    """Whether the date at ``date_start``, after a plan at ``position``, closes a later clause
    that tells of a deed done (a clause break, then a done-word, between the two), or follows a
    comparison with an earlier one ("same as R 2023")."""
    between = text[position:date_start]
    brk = _CLAUSE_BREAK.search(between)
    return bool(brk and _DONE.search(between, brk.end())) or bool(_LIKENED.search(between))


def nearest_date(
    mentions: Sequence[Any],
    position: int,
    note_date: dt.date | None,
    text: str = "",
    care: bool = False,
    plan: bool = False,
    reading: bool = False,
) -> dt.date | None:
    """The past date written nearest to a finding in its statement (None when there is none),
    not counting one that a plan/assessment word separates from the finding, nor, for care
    (``care``), the date of a study the statement names: "R knee OA KL3 (XR 8/14/25), good
    response to prior HA series" dates the film, not the series (blind wave 33, DT/hya-01: the
    5/2025 series read as given in August, inside the six months before a repeat). Nor, for a
    plan (``plan``), the date of a later clause telling what was done: "Plan R THA (bilateral
    disease, L side done 2025 w/ excellent result)" is this visit's plan for the right hip, not
    a 2025 plan (blind wave 42, FC/hip-03: read as an old plan and dropped), nor that of an
    earlier clause the statement turns from to the present ("L TKA 2023, now R TKA planned"), nor
    that of another study it names ("L TSA - cuff intact on CT 8/2026": other_study_date). Nor,
    for a measurement (``reading``), another clause's onset (``onset_date``)."""
    past = [
        m for m in mentions
        if (note_date is None or m.when <= note_date)
        and not PART_BREAK.search(text[min(m.end, position) : max(m.start, position)])
        and not (care and study_date(text, m.start))
        and not (not care and not plan and comparison_date(text, m.start, position, reading))
        and not (plan and other_study_date(text, m.start, position))
        and not (plan and m.start > position and done_before_date(text, position, m.start))
        and not (plan and m.start > position and _TOLD_DONE.match(text, m.end))
        and not (plan and m.start > position and earlier_one_date(text, position, m.start))
        and not (plan and m.end <= position and _NOW_TURN.search(text, m.end, position))
    ]  # fmt: skip
    if not past:
        return None
    # Care is dated by its own date, not by the day its relief ended ("relief lasting until Nov
    # 2025 (completed 3/2025)"); by that end alone it was given before it, read at the latest.
    ended = [m for m in past if care and relief_end(text, m.start)]
    if ended and len(ended) < len(past):
        past = [m for m in past if m not in ended]
    # The finding's own clause first: "Tdap 2022, flu 10/2025, PPD neg 2019" is a PPD of 2019,
    # though the flu's date is written nearer (blind wave 65, IM/infliximab-01). A clause that
    # gives no date but says its test is of the visit ("PPD 2019 pos, QFT today neg") is the
    # note's; one that says neither takes the nearest date, as before ("XR R knee, 3/2026: OA").
    start, end = _clause(text, position, mentions)
    own = [m for m in past if start <= m.start and m.end <= end]
    if own:
        past = own
    elif _THIS_VISIT.search(text, start, end):
        return None
    elif reading:
        past = [m for m in past if not onset_date(text, m.start)]
        if not past:
            return None
    return min(past, key=lambda m: min(abs(m.start - position), abs(m.end - position))).when


#: "since" before a date: the day another clause's state began and has lasted to now ("OSA on
#: CPAP since 2023"). It dates no measurement in a clause of its own: "BMI 35 (98 kg, 167 cm),
#: T2DM poorly controlled, OSA on CPAP since 2023" is this visit's BMI (blind wave 69,
#: JB/bariatric-02: read as a 2023 BMI, outside the 12 months before the request).
_SINCE = lazy_re.compile(
    r"\bsince\s+(?:(?:about|around|approx\.?|~|early|mid|late|the)\s*)?$", re.IGNORECASE
)


#: ... nor does a diagnosis's date in a clause of its own: "BMI 38.4, HTN dx 2019" is this
#: visit's BMI beside when the hypertension was found (brief s75-f).
_DIAGNOSED = lazy_re.compile(
    r"\b(?:dx|dx'?d|diagnosed|diagnosis)\s*(?:(?:in|on|at|:|-)\s*)?(?:(?:about|around|~)\s*)?$",
    re.IGNORECASE,
)


def onset_date(text: str, start: int) -> bool:
    """Whether the date at ``start`` of a statement is an onset told with "since", or when a
    condition was diagnosed."""
    before = text[max(0, start - 30) : start]
    return bool(_SINCE.search(before) or _DIAGNOSED.search(before))


#: What parts a statement's list items and clauses (a date's own comma does not).
_CLAUSE_END = lazy_re.compile(r"[,;]|\s[-–]\s")
#: Words that place a clause's result at the visit itself.
_THIS_VISIT = lazy_re.compile(
    r"\b(?:today|this visit|in (?:the )?(?:clinic|office))\b", re.IGNORECASE
)


def _clause(text: str, position: int, mentions: Sequence[Any]) -> tuple[int, int]:
    """The [start, end) of the clause of ``text`` the finding at ``position`` opens or is in."""
    breaks = [
        b for b in _CLAUSE_END.finditer(text)
        if not any(m.start <= b.start() < m.end for m in mentions)
    ]  # fmt: skip
    start = max((b.end() for b in breaks if b.end() <= position), default=0)
    end = min((b.start() for b in breaks if b.start() >= position), default=len(text))
    return start, end
