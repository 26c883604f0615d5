"""Cues in a statement that ConText does not give: informants, template placeholders, job
descriptions, care clauses, therapy documents and session counts, plan and exam sections, and
the date nearest a finding. The flags read around a target are :mod:`.finding_flags`; a
measure's value is :mod:`.measure_values`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

#: Who gives an account of the patient: a relative, a parent or guardian of a child, a carer.
_RELATIVE = (
    r"(?:mother|father|mom|dad|parents?|guardian|grandmother|grandfather|grandma|grandpa|aunt|"
    r"uncle|foster (?:mother|father|parents?)|step(?:mother|father)|wife|husband|spouse|partner|"
    r"daughter|son|sister|brother|family|caregiver)"
)
#: "His wife reports that he cannot reposition himself": the relative is the informant, the
#: finding is the patient's.
INFORMANT = re.compile(
    rf"\b{_RELATIVE}\s+(?:reports?|reported|states?|stated|says|said|notes?|noted|called|calls|"
    r"describes?|endorses?|confirms?|adds?|relates?|is concerned|worries|tells|told)\b|"
    rf"\bper\s+(?:his|her|the|pt'?s)?\s*{_RELATIVE}\b|"
    # "Hx per mom", "history provided by grandmother (guardian)": a child's or a carer's account.
    rf"\b(?:history|hx|info(?:rmation)?)\s+(?:is\s+)?(?:provided by|obtained from|given by|from)"
    rf"\s+(?:his|her|the|pt'?s)?\s*{_RELATIVE}\b|"
    # "witnessed apneas (daughter)", "snoring noticed by his wife": the relative saw it happen.
    r"\b(?:witnessed|observed|noticed|noted|heard)\b[^.;()]{0,40}?(?:\(\s*(?:per|by)?\s*|\bby\s+)"
    rf"(?:his|her|the|pt'?s)?\s*(?:{_RELATIVE}|bed ?partner|boyfriend|girlfriend|roommate)\b",
    re.IGNORECASE,
)
#: An unfilled template field ("ADLs: ***", "@FALLSCREEN@") documents nothing.
PLACEHOLDER = re.compile(r"\*\*\*|@[A-Z][A-Z0-9_]+@|\[\s*\]|_{4,}")
#: A statement about what the job requires is not about what the worker can do.
JOB_CONTEXT = re.compile(
    r"\b(job|duties|demands|pdl|requires|required|essential functions|position|employer)\b",
    re.IGNORECASE,
)
#: A statement about the job's demands ("job requires lifting 50 lb"): a lifting word there is
#: not how the injury happened.
JOB_DEMANDS = re.compile(
    r"\b(job (?:demands?|requires|requirements|needs|description|duties)|physical demands|"
    r"essential functions|pdl|demand level|requires (?:lifting|carrying)|must (?:lift|carry))\b",
    re.IGNORECASE,
)
#: A clause about care or follow-up: a duration closing it ("PT 2x/wk x 6 wks", "f/u 3 wks") is
#: how long the care runs, not how long the symptoms have.
TREATMENT_CLAUSE = re.compile(
    r"\b(pt|ot|therapy|hep|f/u|follow[- ]?up|rtc|return|recheck|re-?eval\w*|naproxen|ibuprofen|"
    r"meloxicam|nsaids?|meds?|medications?|gabapentin|bid|tid|qd|daily|injections?|program|"
    r"brace|rx|trial|course|sessions?|visits?)\b|\d\s*x\s*/?\s*(?:wk|week|day|d)\b",
    re.IGNORECASE,
)
#: A therapy document (discharge summary, daily note, progress report) by its title or opening:
#: its course line ("15 visits 12/8/25-2/18/26", "Visits: 18") is therapy without naming it.
THERAPY_DOCUMENT = re.compile(
    r"\b(?:(physical therapy|physiotherapy|pt|occupational therapy|ot)\s+(?:discharge|daily|"
    r"treatment|progress report|re-?eval\w*|evaluation|initial eval\w*|visit note|summary)|"
    r"(?:therapy|rehab\w*) discharge)",
    re.IGNORECASE,
)
#: A drug the patient is kept off ("Oral NSAIDs avoided (on apixaban)", "avoid NSAIDs - CKD"):
#: not taken. Only for medications: "avoids overhead activity" is activity modification.
AVOIDED = re.compile(r"\bavoid(?:ed|s|ing)?\b", re.IGNORECASE)
AVOIDABLE = frozenset(
    f"conservative-treatment|{c}" for c in ("nsaid", "analgesic", "muscle-relaxant", "oral-steroid")
)
#: Appointments not kept: "no-showed 3/16, 3/19", "discharged per attendance policy" are no care.
NO_SHOW = re.compile(
    r"\b(no[- ]?show\w*|did not (?:show|attend|come)|missed (?:appointments|visits|sessions)|"
    r"(?:non-?)?attendance policy|non-?attendance|"
    r"cancell?ed (?:all|appointments|visits|sessions))\b",
    re.IGNORECASE,
)
#: Care referred or ordered that never began (blind wave 14, AS/lmri-02: "Was referred to PT at
#: last visit 2/2 but never scheduled"): a referral is no care. The care must lie between the
#: referral and the words saying it never began, so "Did 6 wks PT; referred to pain mgmt but
#: never scheduled" keeps the PT.
NEVER_BEGUN = re.compile(
    r"\b(?:referred|referral|ordered|order placed|prescribed|recommended|rx'?d)\b[^.;]{0,80}?"
    r"\b(?:(?:was|has|had|is)\s+)?(?:never|not yet|not been|never been|wasn'?t|hasn'?t been)\s+"
    r"(?:been\s+)?(?:scheduled|started|begun|attended|set up|arranged|done|filled|picked up|"
    r"went|gone|called)\b"
    r"|\b(?:referred|referral|ordered|order placed|prescribed|recommended)\b[^.;]{0,80}?"
    r"\b(?:pt|patient|she|he|they)\s+(?:never|did not|didn'?t)\s+(?:go|went|schedule|call|"
    r"start|attend|fill|pick)\w*",
    re.IGNORECASE,
)


def never_begun(text: str, start: int) -> bool:
    """Whether the care at ``start`` of a statement was only referred or ordered, never begun:
    named after the referral word, or just before it ("PT ordered 2/2, pt never went"; not
    "Completed PT, referred to ortho but never scheduled")."""
    return any(
        m.start() < start < m.end()
        or (start < m.start() and not re.search(r"[,;:()]|\band\b", text[start : m.start()])
            and m.start() - start <= 30)
        for m in NEVER_BEGUN.finditer(text)
    )  # fmt: skip


#: A course of care the patient left before it was done: appointments not kept, "stopped going",
#: "dropped out", "POC not completed" (the sessions that did happen still count); missed visits
#: counted ("then missed 3", "missed 2 PT visits") and a discharge under the clinic's attendance
#: policy ("discharged per PT policy 10/1": blind wave 20, BS/occ-03). Not missed days of work
#: or doses, nor a discharge per protocol.
COURSE_LEFT = re.compile(
    NO_SHOW.pattern
    + r"|\b(?:stopped (?:going|attending|coming)|dropped out|never (?:returned|went back|came "
    r"back)|did not (?:return|complete|finish|come back|go back)|didn'?t (?:return|complete|"
    r"finish|go back)|not completed|self[- ]discharged|lost to follow[- ]?up)\b"
    r"|\bmissed\s+(?:\d{1,2}|two|three|four|five|six|several|multiple)"
    r"(?:\s+(?:more|further|consecutive))?(?:\s+(?:pt|ot|therapy|chiro\w*))?"
    r"(?:\s+(?:visits?|sessions?|appointments?|appts?))?\b"
    r"(?!\s*(?:days?|d|wks?|weeks?|months?|mos?|doses?|shifts?|hours?|hrs?|of)\b)"
    r"|\bdischarged\s+(?:\w+\s+){0,2}per\s+(?:(?:pt|ot|therapy|clinic|facility|attendance|"
    r"no-?show|cancell?ation)\s+){1,3}polic(?:y|ies)\b",
    re.IGNORECASE,
)
#: Care stopped ("pt stopped it on his own around 6/22", "discontinued 12/15 for GI upset",
#: "d/c'd (transaminases)", "no longer taking it since early October", "stopped d/t GI upset"):
#: what follows is when or why, or the care by a pronoun, never another named thing ("stopped
#: ibuprofen" stops the ibuprofen, "stopped going" is COURSE_LEFT).
CARE_STOPPED = re.compile(
    r"\b(?:stopped|stopping|discontinued|d/c'?d|dc'?d|quit|came off|ran out|no longer (?:taking|"
    r"using|on))\b"
    r"(?=\s*(?:$|[,.;:()\-–\"']|\d|(?:it|them|this|that|these|those|taking|using|the (?:med\w*|"
    r"drugs?|pills?)|on (?:his|her|their) own|by (?:the )?(?:patient|pt)|around|about|after|in|"
    r"on|at|due|d/t|because|for|when|early|last|himself|herself|themselves|abruptly)\b))",
    re.IGNORECASE,
)
#: How many sessions a statement counts ("18 PT visits", "Visits: 18", "12 visits").
SESSION_COUNT = re.compile(
    r"\b(\d{1,3})\s+(?:total\s+|(?:pt|ot|therapy|chiro\w*)\s+)?(?:visits?|sessions?|treatments?)\b|"
    r"\b(?:visits?|sessions?)\s*(?:attended|completed)?\s*[:=#]\s*(\d{1,3})\b",
    re.IGNORECASE,
)


def therapy_document(title: str, opening: str) -> str | None:
    """The therapy concept a document is of (``occupational-therapy`` or ``physical-therapy``)."""
    found = THERAPY_DOCUMENT.search(title) or THERAPY_DOCUMENT.search(opening)
    if not found:
        return None
    kind = (found.group(1) or "").lower()
    return "occupational-therapy" if kind in ("occupational therapy", "ot") else "physical-therapy"


def session_count(text: str) -> int:
    """The largest session count a statement gives, 0 when it gives none."""
    return max((int(m.group(1) or m.group(2)) for m in SESSION_COUNT.finditer(text)), default=0)


#: Words that open a new part of a dictation that has no punctuation ("... quantiferon negative
#: in december plan infliximab 3 mg per kg ..."): a date before them is not the plan's date.
_PART_BREAK = re.compile(r"\b(?:plan|assessment|impression|a/p|recommend\w*)\b", re.IGNORECASE)


#: The label of an addendum or late entry ("ADDENDUM 2/17/2026:", "Addendum (02/17/26):", "Late
#: entry 2/17/2026 09:40 -"): its date is when the entry was written, not when what it says
#: happened (blind wave 14: "ADDENDUM 2/17/2026: Product changed from Durolane to Monovisc" is
#: this request's product, no series given on 2/17).
_ENTRY_LABEL = re.compile(
    r"^\W*(?:addendum|late entry|amendment|amended|correction)\W{0,3}(?:(?:dated|on|of)\s+)?$",
    re.IGNORECASE,
)
_LABEL_END = re.compile(
    r"^(?:\s*(?:@|at)?\s*\d{1,2}:\d{2}\s*(?:am|pm)?)?\s*(?:\)\s*)?[:\-–]", re.IGNORECASE
)


def entry_label_date(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) of a statement is the label of its addendum."""
    return bool(_ENTRY_LABEL.search(text[:start]) and _LABEL_END.match(text[end:]))


def nearest_date(
    mentions: Sequence[Any], position: int, note_date: dt.date | None, text: str = ""
) -> dt.date | None:
    """The past date written nearest to a finding in its statement (None when there is none),
    not counting one that a plan/assessment word separates from the finding."""
    past = [
        m for m in mentions
        if (note_date is None or m.when <= note_date)
        and not _PART_BREAK.search(text[min(m.end, position) : max(m.start, position)])
    ]  # fmt: skip
    if not past:
        return None
    return min(past, key=lambda m: min(abs(m.start - position), abs(m.end - position))).when


# Statement kinds (findings.py).
#: Words that make a statement in a plan section report what was done, not what is planned.
#: "Finished PT x 10 wks (11/2025-1/2026)" under an A/P heading is care done, past tense (blind
#: wave 19, BN/occ-02); "finish PT" in a plan is still to come.
DONE = re.compile(
    r"\b(failed|tried|completed|finished|underwent|continue[sd]?|continuing|despite|"
    r"without (?:relief|improvement|benefit)|no (?:relief|improvement|benefit)|s/p|status post|"
    r"previously|prior|has had|had|did "
    r"not help|ongoing|already|refractory|persist\w*|cont|loss of response|partial response|"
    r"(?:has |have )?been on|currently on|remains on)\b"
    # "On mesalamine 4.8 g/d since July 2024" in an Assessment and Plan: what the patient has
    # been taking, not what is planned ("since" with a date, not "since pain persists").
    r"|\bsince (?:(?:early|mid|late)[- ]?)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec|last|20\d\d)",
    re.IGNORECASE,
)
#: Plan-section lines that are clerical, not clinical plans.
CLERICAL = re.compile(
    r"\b(front desk|scheduling (?:staff|team|dept)|call center|billing|signed electronically|"
    r"electronically signed|cc:|copy to|dictated by|transcribed|time spent|minutes? (?:spent|of))",
    re.IGNORECASE,
)
#: A document that is an imaging report: its statements are about the region its title names.
IMAGING_TITLE = re.compile(r"\b(radiology|imaging|x-?ray|xr|mri|ct|radiograph\w*|18748-4)\b", re.I)
#: A telephone or portal contact examines no one: exam words in it ("numbness unchanged") are
#: what the patient reports.
#: The contact named by its medium: "Phone note: spoke w/ pt re PWC paperwork", "Phone f/u",
#: "Virtual visit", "Called pt with results" (blind wave 21, BW/whc-02's PA phone note).
REMOTE = re.compile(
    r"\b(telephone|phone call|phone encounter|phone (?:note|visit|contact|f/?u|follow[- ]?up)|"
    r"pt call(?:ed|ing)|patient call(?:ed|ing)|"
    r"called (?:in|the clinic|(?:the\s+)?(?:pt|patient)(?![\w'’]))|"
    r"portal message|mychart message|e-?visit|(?:video|virtual) visit|telehealth|"
    r"audio[- ]only)\b",
    re.IGNORECASE,
)
#: An exam a video visit says it made by video ("Exam (video): well-appearing, speaking full
#: sentences", "Video exam:", "Observed on video: walks 20 ft w/ RW"; blind wave 16 BB/aim-02): an
#: examination by inspection, documented as one. What it cannot test stays untested.
VIDEO_EXAM = re.compile(
    r"\b(?:(?:video|virtual|telehealth)\s+(?:physical\s+)?exam(?:ination)?|"
    r"exam(?:ination)?\s*\(\s*(?:via\s+|by\s+|on\s+)?(?:video|virtual|telehealth)[^)]{0,20}\)|"
    r"exam(?:ination)?\s+(?:via|by|on|over)\s+video|observed\s+(?:on|via|by|over)\s+video)",
    re.IGNORECASE,
)
#: What a video could not test ("Unable to perform McMurray/Lachman via video"): no exam made.
UNTESTED = re.compile(
    r"\b(?:unable to|could not|cannot|can'?t)\s+(?:perform|assess|test|examine)", re.I
)
#: "Brooke Dunaway, PT" / "Therapist: J. Lee, DPT": a credential after a name is not therapy.
CREDENTIALS = frozenset({"PT", "OT", "DPT", "PTA", "OTR", "COTA"})
SIGNATURE = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)\s*,\s*$")
#: "ORTHO NEW PT 8/20/26", "EST PT VISIT": a visit type names a new or established patient, not
#: physical therapy (blind wave 23, CD/kas-03). Only the visit-type word in capitals, and only
#: before a date, a colon, a line's end or a visit word: "NEW PT EVAL", "New PT referral" are
#: therapy.
VISIT_TYPE_BEFORE = re.compile(r"\b(?:NEW|EST\.?|ESTABLISHED)\s+$")
VISIT_TYPE_AFTER = re.compile(
    r"^\s*(?:$|[:\-\u2013(]|\d{1,2}/\d{1,2}|(?:VISIT|NOTE|CONSULT|APPT|H&P)\b)"
)
#: "PT is a 56 y/o M", "PT states she ...", "PT here for f/u": "PT" the subject of what only a
#: person does is the patient, not physical therapy (blind wave 25, CK/hip-03: "S: PT is a 56 y/o
#: M with R groin pain since the spring, worse last 2 months" made two months of therapy). Not
#: "PT is helping", "PT was started", "PT reports reviewed": therapy can be those.
PATIENT_PREDICATE = re.compile(
    r"^\s*(?:,\s*)?(?:(?:is|was)\s+(?:an?\s+)?(?:(?:very\s+)?pleasant\s+)?\d{1,3}(?:\s*|-)(?:y/?o\b|"
    r"yo\b|y\.o\.|(?:yrs?|years?)(?:\s*|-)old\b|[mf]\b|(?:male|female|man|woman)\b)|"
    r"(?:presents|presented|presenting|states|stated|denies|denied|complains|complained|c/o|"
    r"endorses|endorsed|admits|reports|reported)\b(?!\s+(?:reviewed|attached|received|on file|"
    r"in chart|from|show|shows|showed|indicate|indicates|note|notes)\b)|"
    r"(?:is\s+)?here\s+(?:today|for|with)\b|(?:was\s+)?seen\s+today\b|"
    r"(?:is|was|feels|remains)\s+(?:worried|concerned|anxious|frustrated|eager|hesitant|"
    r"reluctant|interested)\b)",
    re.IGNORECASE,
)
#: "Goals: per the outside POC" names goals kept elsewhere; it states none.
BY_REFERENCE = re.compile(r"^\W*(?:goals?\W*)?(?:per|see|as per|refer to)\b", re.IGNORECASE)
#: A sign written right after a test: "McMurray +", "Thessaly positive" (not "+/-").
POSITIVE_MARK = re.compile(r"^\s*(?:\+(?!\s*/)|positive\b|pos\b)", re.IGNORECASE)
#: An exam line that only points at an exam written elsewhere (blind wave 13, AO/lmri-03):
#: "Exam: see 4/2 note", "PE: per ortho visit 2/20", "Physical exam: refer to PT eval", "Exam:
#: as documented in the 2/20 visit", "Exam: unchanged from prior". What was found is not written
#: here; a line that goes on to its findings ("Exam: unchanged from prior, SLR + L") is an exam.
_EXAM_LABEL = r"(?:(?:physical|focused|neuro\w*|msk)\s+)?(?:exam(?:ination)?|pe|o|objective)"
EXAM_POINTER = re.compile(
    rf"^\W*(?:{_EXAM_LABEL}\s*[:\-]?\s*)?(?:"
    r"(?:see|per|refer\s+to|as\s+(?:documented|noted|recorded)\s+(?:in|on|at)|documented\s+in)"
    r"\s+(?:[^\s.;,]+\s+){0,4}?(?:note|visit|exam(?:ination)?|eval(?:uation)?|encounter|above|"
    r"below|chart|hpi|record|attached|dictation)s?"
    r"(?:\s+(?:(?:from|of|on|dated)\s+)?\d[\d/.-]*)?"
    r"|(?:unchanged|same|no\s+change)(?:\s+(?:from|since|as)\s+[^.;,]{0,30})?)\W*$",
    re.IGNORECASE,
)
#: A measure said only to be unchanged, with no value in its clause ("ER strength unchanged",
#: "ROM: unchanged from prior", "Reflexes the same as before"): it compares with an earlier exam
#: and writes no finding of its own (blind wave 13, AP/aim-03: a PT discharge's outcome line).
#: Only for graded measures: "Effusion unchanged" still says the effusion is there.
UNCHANGED_MEASURES = frozenset(
    {"exam-findings|strength", "exam-findings|range-of-motion", "exam-findings|reflexes",
     "exam-findings|sensation"}
)  # fmt: skip
UNCHANGED_ONLY = re.compile(
    r"^[^\d]{0,40}?\b(?:unchanged|(?:the\s+)?same|no\s+change|not\s+changed)"
    r"(?:\s+(?:from|since|as|to)\b[^\d]{0,30})?\W*$",
    re.IGNORECASE,
)
#: An exam section that says no one was examined: "Objective: not re-assessed", "exam deferred".
NOT_EXAMINED = re.compile(
    r"\b(not (?:re-?)?(?:assessed|examined|evaluated|performed|done)|(?:exam|examination) "
    r"(?:not done|deferred|not performed)|deferred|no exam)\b",
    re.IGNORECASE,
)
