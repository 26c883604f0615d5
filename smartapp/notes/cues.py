"""Cues in a statement that ConText does not give: informants, job descriptions, care clauses,
therapy documents and session counts, care never begun, avoided, left or stopped. What kind of
statement a section or document makes is :mod:`.statement_kinds`; the date a finding is dated by
:mod:`.finding_dates`; a therapy word that names no therapy :mod:`.not_therapy`; the flags read
around a target are :mod:`.finding_flags`; a measure's value is :mod:`.measure_values`; an
unfilled template field is :mod:`.placeholders`. Care cues stay here, where the checklists
(courses, episodes, stopped orders) import them from.
"""

from __future__ import annotations

import re
from datetime import date

from .. import lazy_re
from .clause_spans import clause_around

#: Who gives an account of the patient: a relative, a parent or guardian of a child, a carer.
RELATIVE = (
    r"(?:mother|father|mom|dad|parents?|guardian|grandmother|grandfather|grandma|grandpa|granny|"
    r"nana|aunt|"
    r"uncle|foster (?:mother|father|parents?)|step(?:mother|father)|wife|husband|spouse|partner|"
    r"daughter|son|sister|brother|grand(?:son|daughter|child)|niece|nephew|family|caregiver)"
)
#: A relative who perceives the patient ("daughter hears her 'quit breathing then gasp'", "wife
#: has noticed he stops breathing", "bed partner witnessed apneas", "son sees her nodding off":
#: blind wave 79, KO/sleep-studies-02): a sleep history is most often a bed partner's or a
#: relative's account of the night. Not a relative who sees a doctor ("son sees cardiology",
#: "daughter saw a sleep doctor": the relative's own care), so seeing needs the patient as its
#: object; nor one who hears of something ("wife heard about CPAP").
_PERCEIVES = (
    r"(?:(?:has|have|had|also|\w+ly)\s+){0,2}"
    r"(?:(?:hears?|heard|notices?|noticed|witness(?:es|ed)?|observes?|observed)\b"
    r"(?!\s+(?:about|of|from)\b)|"
    r"(?:sees|saw|seen|watch(?:es|ed)?)\s+(?:him|her|them|pt|the\s+(?:pt|patient))\b)"
)
#: "His wife reports that he cannot reposition himself": the relative is the informant, the
#: finding is the patient's.
INFORMANT = lazy_re.compile(
    # "Daughter (primary caregiver) reports pt in bed >20 h/day": an aside after the relative.
    rf"\b{RELATIVE}(?:\s*\([^()\n]{{0,40}}\))?\s+(?:reports?|reported|states?|stated|says|said|notes?|noted|called|calls|"
    r"describes?|endorses?|confirms?|adds?|relates?|is concerned|worries|tells|told|"
    # "wife c/o snoring", "husband complains she stops breathing": the partner's complaint is of
    # the patient's night (blind wave 94, MW/sleep-studies-02).
    r"c/o|complains?(?:\s+of)?|complained(?:\s+of)?|complaining(?:\s+of)?)(?!\w)|"
    rf"\b{RELATIVE}(?:\s*\([^()\n]{{0,40}}\))?\s+{_PERCEIVES}|"
    # Not "per family hx": the family's history, no relative telling (blind wave 94, MX/wlk-02:
    # "Fall risk (per family hx)." read as the patient's limit, told by the family).
    # An aside after the relative is theirs ("Hx per mom (guardian): ..."): read with it, so the
    # "guardian" in it is not taken for a relative opening what follows (brief s81-near).
    rf"\b(?:per|according\s+to)\s+(?:his|her|the|pt'?s)?\s*{RELATIVE}\b"
    r"(?!\s*(?:history|hx|h/o)\b)(?:\s*\([^()\n]{0,40}\))?|"
    # "Hx per mom", "history provided by grandmother (guardian)": a child's or a carer's account;
    # also one told by the patient with a relative ("Hx from patient and husband: cannot follow
    # conversation": blind wave 40, EU/therapy-speech-language-03).
    rf"\b(?:history|hx|info(?:rmation)?)\s+(?:is\s+)?(?:provided by|obtained from|given by|from)"
    r"\s+(?:(?:the\s+)?(?:patient|pt)\s*(?:and|&|\+|/)\s*)?"
    rf"(?:his|her|the|pt'?s)?\s*{RELATIVE}\b(?:\s*\([^()\n]{{0,40}}\))?|"
    # "witnessed apneas (daughter)", "snoring noticed by his wife": the relative saw it happen.
    r"\b(?:witnessed|observed|noticed|noted|heard)\b[^.;()]{0,40}?(?:\(\s*(?:per|by)?\s*|\bby\s+)"
    rf"(?:his|her|the|pt'?s)?\s*(?:{RELATIVE}|bed ?partner|boyfriend|girlfriend|roommate)\b|"
    # A call or message with a relative reports the patient's state ("Phone with daughter:
    # aspiration risk", "Portal message from wife: 'He can't get up from the couch'",
    # "Daughter (Renee) calling: pt has fallen 3x").
    r"\b(?:(?:tele)?phone|call|spoke|talked|message|conversation)\b[^.;:\n]{0,30}?"
    r"\b(?:with|w/|from)\s+(?:the\s+|his\s+|her\s+|(?:pt|patient)['\u2019]?s\s+)?"
    rf"{RELATIVE}\b|\b{RELATIVE}(?:\s*\([^()\n]{{0,40}}\))?\s+calling\b",
    re.IGNORECASE,
)
#: A statement about what the job requires is not about what the worker can do.
#: Not the worker's own level: "Current demonstrated PDL: LIGHT (max lift 18 lb)" is what the
#: worker did at the screen (phrasing grid s44); "PDL of job: HEAVY" still names the job.
JOB_CONTEXT = lazy_re.compile(
    r"\b(job|duties|demands|(?<!demonstrated )(?<!current )(?<!achieved )(?<!tested )(?<!measured )"
    r"(?<!worker's )(?<!patient's )(?<!pt's )pdl|requires|required|essential functions|position|"
    r"employer)\b",
    re.IGNORECASE,
)
#: A statement about the job's demands ("job requires lifting 50 lb"): a lifting word there is
#: not how the injury happened. The job may be named in brackets before its verb ("states job
#: (truck driver/loader) requires lifting 70 lb": blind wave 39, EO/workrehab-03), or named, then
#: what it requires told by a participle ("job is CNA at a nursing home requiring patient
#: transfers/boosting 35+ lb": blind wave 41, EZ/occ-02), with no injury told between them.
JOB_DEMANDS = lazy_re.compile(
    r"\b(job(?:\s*\([^()]*\))? (?:demands?|requires|requirements|needs|description|duties)|"
    r"physical demands|"
    r"(?:job|occupation|works as|employed as)\b"
    r"(?:(?!injur|hurt|fell|fall|strain|sprain|twist|slip|trip)[^.;()]){0,60}?"
    r"\b(?:requiring|that requires|which requires|involving)|"
    r"essential functions|pdl|demand level|requires (?:lifting|carrying)|must (?:lift|carry))\b",
    re.IGNORECASE,
)
#: A clause about care or follow-up: a duration closing it ("PT 2x/wk x 6 wks", "f/u 3 wks") is
#: how long the care runs, not how long the symptoms have.
TREATMENT_CLAUSE = lazy_re.compile(
    r"\b(pt|ot|therapy|hep|f/u|follow[- ]?up|rtc|return|recheck|re-?eval\w*|naproxen|ibuprofen|"
    r"meloxicam|nsaids?|meds?|medications?|gabapentin|bid|tid|qd|daily|injections?|program|"
    r"brace|rx|trial|course|sessions?|visits?)\b|\d\s*x\s*/?\s*(?:wk|week|day|d)\b",
    re.IGNORECASE,
)
#: A therapy document (discharge summary, daily note, progress report) by its title or opening:
#: its course line ("15 visits 12/8/25-2/18/26", "Visits: 18") is therapy without naming it.
THERAPY_DOCUMENT = lazy_re.compile(
    r"\b(?:(physical therapy|physio(?:therapy)?|pt|occupational therapy|ot)\s+(?:discharge|daily|"
    r"treatment|progress report|re-?eval\w*|evaluation|initial eval\w*|visit note|summary)|"
    r"(?:therapy|rehab\w*) discharge)",
    re.IGNORECASE,
)
#: ... and its line of the course's dates, a label with a day right after it: "Dates of care:
#: 01/13/2026 - 02/25/2026" in a faxed "PHYSICAL THERAPY DISCHARGE SUMMARY" whose "Visits: 11
#: attended" was the line before (blind wave 78, KN/advanced-imaging-other-01), "DOS:", "Start of
#: care", "Discharge date", "Episode of care", "Treatment period"; "0f" is OCR's "of". Not a
#: date of injury, a referral, a certification period (a plan's) or a next visit.
_OF = r"\s+[o0]f\s+"
COURSE_DATES = lazy_re.compile(
    rf"^\W*(?:(?:dates?|period){_OF}(?:care|service|treatment|tx|therapy|visits?)|"
    rf"(?:treatment|tx|therapy|service|care)\s+(?:dates?|period)|dos|episode(?:{_OF}care)?|"
    rf"start{_OF}care|soc|(?:date{_OF})?(?:discharge|d/c)(?:\s+date)?)"
    r"\s*[:#-]?\s*(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d)",
    re.IGNORECASE,
)


def course_dated(text: str, days: tuple[date, ...], written: date | None) -> bool:
    """Whether ``text`` is a line of a course's dates (``COURSE_DATES``) whose ``days`` were all
    past when it was ``written``: dates of care still to come are a plan's."""
    return bool(written and days and max(days) <= written and COURSE_DATES.match(text))


#: A drug the patient is kept off ("Oral NSAIDs avoided (on apixaban)", "avoid NSAIDs - CKD"):
#: not taken. Only for medications: "avoids overhead activity" is activity modification.
AVOIDED = lazy_re.compile(r"\bavoid(?:ed|s|ing)?\b", re.IGNORECASE)
AVOIDABLE = frozenset(
    f"conservative-treatment|{c}" for c in ("nsaid", "analgesic", "muscle-relaxant", "oral-steroid")
)
#: Appointments not kept: "no-showed 3/16, 3/19", "discharged per attendance policy" are no care.
#: Not a count of none ("12 visits attended, 0 no-shows", "no missed visits", "no-shows: 0"):
#: every visit kept (brief s67-i).
NO_SHOW = lazy_re.compile(
    r"(?<!\b0 )(?<!\bzero )(?<!\bno )(?<!\bw/o )(?<!\bwithout )"
    r"\b(no[- ]?show\w*|did not (?:show|attend|come)|missed (?:appointments|visits|sessions)|"
    r"(?:non[- ]?)?attendance policy|non[- ]?attendance|"
    r"cancell?ed (?:all|appointments|visits|sessions))\b"
    r"(?!\s*(?::|-|=|x)?\s*(?:0|zero|none)\b)",
    re.IGNORECASE,
)
#: Care referred or ordered that never began (blind wave 14, AS/lmri-02: "Was referred to PT at
#: last visit 2/2 but never scheduled"): a referral is no care. The care must lie between the
#: referral and the words saying it never began, so "Did 6 wks PT; referred to pain mgmt but
#: never scheduled" keeps the PT.
#: Written many ways: "was referred to PT in Feb; 'PT never called me back', has not started",
#: "sent to PT in February but hasn't started yet", "PT referral 2/10 - pt has not gone",
#: "referred to physio, did not start (cost)" (blind wave 57, HG/knee-arthroscopy-02).
_REFERRAL = (
    r"\b(?:referred|referral|ref'?d to|sent to|ordered|order placed|prescribed|recommended|"
    r"rx'?d)\b"
)
#: What lies between the referral and its words of never beginning: the same sentence, a quoted
#: remark or a clause after a semicolon, but no care begun ("completed", "8 visits") nor a
#: second referral (which is the one the words after it speak of).
_BETWEEN = (
    r"(?:(?!\b(?:referred|referral|completed|attended|finished|did|had|\d+\s*(?:visits?|"
    r"sessions?|wks?|weeks?))\b)[^.]){0,80}?"
)
NEVER_BEGUN = lazy_re.compile(
    _REFERRAL + _BETWEEN
    + r"\b(?:(?:was|has|had|is|have)\s+)?(?:never|not yet|not been|never been|wasn'?t|"
    r"hasn'?t been|hasn'?t|haven'?t|has not|have not|had not|did not|didn'?t)\s+(?:yet\s+)?"
    r"(?:been\s+)?(?:scheduled|started|start|begun|begin|attended|attend|set up|arranged|done|"
    r"filled|picked up|went|gone|go|called|followed up|heard back|made it"
    # ... and the booking itself never made (blind wave 109, OX/bariatric-03: "Referred to
    # Medical Weight Mgmt 1/2026 - did not schedule"; "never booked", "didn't make an appt").
    r"|schedule|book|booked|make\s+(?:an?\s+|the\s+)?(?:appt|appointment)s?)\b"
    r"|" + _REFERRAL + _BETWEEN
    + r"\b(?:pt|patient|she|he|they)\s+(?:never|did not|didn'?t|has not|hasn'?t|has yet to|"
    r"have not)\s+(?:yet\s+)?(?:go|went|gone|schedule|book|call|start|attend|fill|pick|follow|"
    r"heard|made)\w*",
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


#: Where :func:`sentence_at` cuts: a line break, or a full stop before a space (the space stays
#: with the next sentence).
_SENTENCE_CUT = lazy_re.compile(r"\n|\.(?= )")


def sentence_at(note_text: str, at: int) -> tuple[str, int]:
    """The whole sentence on its line around ``at`` of ``note_text``, and where it begins: a
    semicolon or a quoted remark cuts statements, not the sentence they were cut from."""
    low, high = clause_around(note_text, at, at, _SENTENCE_CUT)
    return note_text[low:high], low


def never_begun_in(note_text: str, at: int) -> bool:
    """Whether the care at ``at`` of ``note_text`` was never begun, read in its whole sentence on
    its line: the words of never beginning may follow a semicolon or a quoted remark that cut
    the statement ('referred to PT in Feb; "PT never called me back", has not started')."""
    sentence, low = sentence_at(note_text, at)
    return never_begun(sentence, at - low)


#: A course of care the patient left before it was done: appointments not kept, "stopped going",
#: "dropped out", "POC not completed" (the sessions that did happen still count); missed visits
#: counted ("then missed 3", "missed 2 PT visits") and a discharge under the clinic's attendance
#: policy ("discharged per PT policy 10/1": blind wave 20, BS/occ-03); the visits left cancelled
#: ("PT cancelled remaining appts - states he will exercise at gym" after visit 2 of 12: blind
#: wave 41, EZ/occ-03). Not missed days of work or doses, nor a discharge per protocol, nor one
#: visit cancelled ("cancelled Tuesday's visit").
COURSE_LEFT = lazy_re.compile(
    NO_SHOW.pattern
    + r"|\b(?:stopped (?:going|attending|coming)|dropped out|never (?:returned|went back|came "
    r"back)|did not (?:return|complete|finish|come back|go back)|didn'?t (?:return|complete|"
    r"finish|go back|come back)|not completed|self[- ]discharged|"
    r"lost to (?:follow[- ]?up|f/?u)|ltfu)\b"
    # "quit going", "stopped showing up", "no longer attending", "hasn't been back since", "never
    # finished PT" leave it as "stopped going" does (brief s70-f); not the gym's, work's or
    # school's ("quit going to the gym"), nor school never finished.
    r"|\b(?:(?:stopped|quit)\s+(?:showing\s+up|showing)|quit\s+(?:going|attending|coming)|"
    r"no\s+longer\s+(?:going|attending|coming|showing\s+up))\b"
    r"(?!\s+(?:to\s+)?(?:the\s+|his\s+|her\s+)?"
    r"(?:gym|work|school|church|class(?:es)?|yoga|pool)\b)"
    r"|\b(?:has\s*n[o']t|has not|had\s*n[o']t|had not)\s+"
    r"(?:been\s+back|returned|gone\s+back|come\s+back)\b"
    r"|\bnever\s+(?:finished|completed)\b(?=\s*(?:[.;,)]|$|(?:the\s+)?(?:pt|ot|therapy|poc|"
    r"course|program|series|sessions?|visits?)\b))"
    # "attended 4/17, 5/12; missed the rest" (blind wave 74, JW/workrehab-02's class)
    r"|\bmissed\s+(?:the\s+)?(?:rest|remaining|remainder)\b"
    r"|\bmissed\s+(?:\d{1,2}|two|three|four|five|six|several|multiple)"
    r"(?:\s+(?:more|further|consecutive))?(?:\s+(?:pt|ot|therapy|chiro\w*))?"
    r"(?:\s+(?:visits?|sessions?|appointments?|appts?))?\b"
    r"(?!\s*(?:days?|d|wks?|weeks?|months?|mos?|doses?|shifts?|hours?|hrs?|of)\b)"
    r"|\bdischarged\s+(?:\w+\s+){0,2}per\s+(?:(?:pt|ot|therapy|clinic|facility|attendance|"
    r"no-?show|cancell?ation)\s+){1,3}polic(?:y|ies)\b"
    r"|\bcancel(?:l?ed|s)\s+(?:(?:the|all|his|her|their)\s+)?(?:remaining|rest\s+of\s+"
    r"(?:the|his|her|their)|future|further)\s+(?:\d{1,2}\s+)?(?:(?:pt|ot|therapy|chiro\w*)\s+)?"
    r"(?:visits?|sessions?|appointments?|appts?)\b|\bcancel(?:l?ed|s)\s+(?:all\s+)?the\s+rest\b",
    re.IGNORECASE,
)
#: Care stopped ("pt stopped it on his own around 6/22", "discontinued 12/15 for GI upset",
#: "d/c'd (transaminases)", "no longer taking it since early October", "stopped d/t GI upset"):
#: what follows is when or why, or the care by a pronoun, never another named thing ("stopped
#: ibuprofen" stops the ibuprofen, "stopped going" is COURSE_LEFT).
CARE_STOPPED = lazy_re.compile(
    r"\b(?:stopped|stopping|discontinued|d/c'?d|dc'?d|quit|came off|ran out|no longer (?:taking|"
    r"using|on))\b"
    r"(?=\s*(?:$|[,.;:()\-–\"']|\d|(?:it|them|this|that|these|those|taking|using|the (?:med\w*|"
    r"drugs?|pills?)|on (?:his|her|their) own|by (?:the )?(?:patient|pt)|around|about|after|in|"
    r"on|at|due|d/t|because|for|when|early|last|himself|herself|themselves|abruptly|"
    # ... or its time: "d/c'd mid April", "stopped late Feb", "stopped April 3" (brief
    # s76-spans: "started early Feb; d/c'd mid April" ran on to the note). Not "may".
    r"mid|late|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|"
    r"july|august|september|october|november|december)\b))",
    re.IGNORECASE,
)


def therapy_document(title: str, opening: str) -> str | None:
    """The therapy concept a document is of (``occupational-therapy`` or ``physical-therapy``)."""
    found = THERAPY_DOCUMENT.search(title) or THERAPY_DOCUMENT.search(opening)
    if not found:
        return None
    kind = (found.group(1) or "").lower()
    return "occupational-therapy" if kind in ("occupational therapy", "ot") else "physical-therapy"
