"""What kind of statement a section or document makes (findings.py, statements.py): a plan
line that reports care done or is clerical, an exam line that points elsewhere, examines no one
or compares only, a goals line by reference, an imaging report, a telephone or video contact and
what its video could not test. Split out of cues.py.
"""

from __future__ import annotations

import re
from datetime import date

from .. import lazy_re
from .seasons import SEASON

#: Words that make a statement in a plan section report what was done, not what is planned.
#: "Finished PT x 10 wks (11/2025-1/2026)" under an A/P heading is care done, past tense (blind
#: wave 19, BN/occ-02); "finish PT" in a plan is still to come. So is a disease "failing" a drug
#: ("UC failing 5-ASA and thiopurine x ~21 months": blind wave 71, JL/inf-03): the drug was taken;
#: one its own clause orders ("failing mesalamine, start AZA x 12 wks") stays planned
#: (clause_orders.py).
DONE = lazy_re.compile(
    r"\b(failed|failing|tried|completed|finished|underwent|continue[sd]?|continuing|despite|"
    r"without (?:relief|improvement|benefit)|no (?:relief|improvement|benefit)|s/p|status post|"
    # A trial judged by its result ("CPAP trial x 7 wks ineffective") was had (blind wave 32,
    # DB/cpap-03): a result is told of care done, not of care to come.
    r"ineffective|unsuccessful|not effective|"
    # ... as is care told with the outcomes context.yaml reads as one ("3 wks chiropractic (Jan)
    # then 4 wks PT (Feb-Mar 6) + ibuprofen - no change" under a "Follow-up:" heading: blind wave
    # 43, FG/lmri-01); not "no change in meds" or "no change to the plan", which plan.
    r"no (?:real )?change(?!\s+(?:in|to|of)\b)|no better|no help|no response|"
    # A line labelled with what was given ("Treated: PT x 8 wks (2025), chiropractic 6 wks,
    # 2 ESIs - all temporary" in an Assessment and Plan: blind wave 41, EZ/sps-03) lists care
    # had; "will be treated with PT" has no label's colon.
    r"treated(?=\s*:)|"
    r"previously|prior|has had|had|did "
    r"not help|"
    # Care told in the past tense of its doing: "Did formal PT 2x/wk x 8 wks (3/23-5/12) +
    # naproxen BID - still catching" under an "A/P (Sports Med f/u):" heading that opens the
    # note (blind wave 76, KC/kneescope-01); "attended", "went to", "took". Not "did not start
    # PT", which tells none had, nor an order's "attend", "go to", "take".
    r"did(?!\s+not\b)|attended|went\s+to|took|"
    r"ongoing|already|refractory|persist\w*|cont|loss of response|partial response|"
    r"(?:has |have )?been on|currently on|remains on)\b"
    # A drug course told as stopped, past tense, is a course had: "MTX x 4 mo, stopped for LFTs",
    # "sulfasalazine discontinued d/t rash", "HCQ d/c'd 2024" under an A/P heading (brief s74-n:
    # the same line in the history met INF-001). Not an order ("stop MTX", "d/c MTX") nor a stop
    # still to come ("MTX to be stopped", "will be discontinued", "if stopped").
    r"|(?<!\bbe )(?<!\bif )(?<!\bonce )(?<!\bwhen )\b(?:stopped|discontinued|d/c'?e?d|dc'?e?d)"
    r"(?=\s+(?:for|d/t|due|because|b/c|after|by|in|on|at|secondary|2/2|given|with|when|[(,;.\-]"
    r"|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|\s*(?:[(,;.\-]|$))"
    # "On mesalamine 4.8 g/d since July 2024" in an Assessment and Plan: what the patient has
    # been taking, not what is planned ("since" with a date, not "since pain persists").
    # ... and the patient's own stop, told of them: "Pt stopped taking MTX after 4 mo", "she
    # quit naproxen in May" under an A/P (brief s75-f); not "if pt stopped".
    r"|(?<!\bif )\b(?:pt|patient|he|she|they)\s+(?:self[- ])?(?:stopped|quit|discontinued)\b"
    r"|\bsince (?:(?:early|mid|late)[- ]?)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec|last|20\d\d)"
    # ... as is a disease or patient "on" a drug for a stated time: "UC on azathioprine x 21
    # months, still bleeding" (brief s68-l). Not an order's "on" ("start on", "will put on",
    # "Plan: on AZA x 12 wks"), nor a time still to run ("x 12 wks then reassess").
    r"|\b(?!(?:start|starts|starting|started|restart\w*|put|puts|putting|begin|begins|beginning"
    r"|will|would|plan|p|rx|recs?|recommend\w*|keep|kept|place|placed|go|goes|stay|remain|try"
    r"|trial|then|and|to|be|get|initiate\w*|switch\w*|change\w*|transition\w*)\b)"
    r"[a-z][\w/-]*,?\s+on\s+[a-z0-9][\w-]*(?:\s+[\w./-]+){0,3}?\s+(?:x|for)\s*~?\s*\d+\+?\s*"
    r"(?:mos?|months?|yrs?|years?|wks?|weeks?)\b"
    r"(?![^.;]{0,20}\b(?:then|more|longer|total|course|trial|re-?eval\w*|reassess\w*|recheck"
    r"|f/u|follow|until|before|to see)\b)"
    # ... as is a span from a date to now: "naproxen 2024-present" under A/P (blind wave 43,
    # FE/hyaluronan-knee-02); not "present to ED", whose "present" follows no date.
    r"|(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s*"
    r"(?:[-\u2013]|\b(?:to|through|thru|until)\b)\s*(?:the\s+)?(?:present|now|current)\b",
    re.IGNORECASE,
)
#: A plan line that measures how care worked reports care had: "CSI L knee 3/10/26 - 50% better
#: for ~8 wks", "Kenalog L knee 9/2025 - 3 wks relief", "(good relief until May)" under an A/P
#: heading (blind wave 35, DY/hya-02 and EB/hya-02), as DONE's "ineffective" does; no plan
#: gives its care's relief in percent or weeks before the care is had.
MEASURED_RESULT = lazy_re.compile(
    r"\b\d{1,3}\s*%\s*(?:better|improved|improvement|relief|reduction)\b|"
    r"\b(?:better|relief|improved|improvement)\s+(?:for|x|lasting)\s*~?\s*\d|"
    r"\brelief\s+until\s+[a-z]+\b|"
    r"\b\d+\s*(?:d|days?|wks?|weeks?|mos?|months?)\s+(?:of\s+)?relief\b|"
    # ... or that calls its relief short-lived: "2 ESIs - all temporary", "gave only temporary
    # relief" (blind wave 41, EZ/sps-03); a plan cannot know how long its care will help. A bare
    # "only temporary" or "was temporary" is left out: "work restrictions only temporary" beside
    # a planned PT course says nothing of care had.
    r"\b(?:all|each|both)\s+(?:were\s+)?(?:only\s+)?temporary\b|"
    r"\b(?:relief|benefit|improvement|response)\s+(?:was\s+|were\s+)?(?:only\s+)?temporary\b|"
    r"\b(?:with|w/|gave|provided|had)\s+(?:only\s+)?temporary\s+(?:relief|benefit|improvement)\b",
    re.IGNORECASE,
)
#: A season of a year ("PT 12 visits summer 2025"): a plan sets a day or a span from now, not a
#: past season; one before the note's year is care had then (blind wave 35, EB/hya-02).
_SEASON_YEAR = lazy_re.compile(rf"\b{SEASON}\s+(?:of\s+)?(20\d\d)\b", re.I)
#: ... so is a month of a year before the note's ("L knee: steroid 5/2025 and 11/2025 each ~4-6
#: wks" under an Assessment and Plan of 10/2026: blind wave 56, HD/hyaluronan-knee-03): a plan
#: dates what is to come, not a month of a year gone.
_MONTH_YEAR = lazy_re.compile(
    r"(?<![\d/])(?:0?[1-9]|1[0-2])/(20\d\d)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*\.?\s+(20\d\d)\b",
    re.IGNORECASE,
)


def reports_done(text: str, written: date | None) -> bool:
    """Whether a plan-section statement reports care done rather than planned: DONE's words,
    a measured result, or a season or month of a year before the one it is written in."""
    if DONE.search(text) or MEASURED_RESULT.search(text):
        return True
    return written is not None and any(
        int(m[m.lastindex or 0]) < written.year
        for pattern in (_SEASON_YEAR, _MONTH_YEAR)
        for m in pattern.finditer(text)
    )


#: An inline label of history ("Hx:", "History:", "h/o:", "Tx hx:"), the last words of the last
#: label (``_LABEL``: "Plan:", "Function:") before a statement on its line; not a family's or a
#: social history, which tell no care of the patient's.
_HISTORY_LABEL = lazy_re.compile(
    r"(?:^|\b)(?<!family )(?<!fam )(?<!social )"
    r"(?:hx|history|h/o|pmh|past history|prior (?:tx|care|treatment))$",
    re.IGNORECASE,
)
_LABEL = lazy_re.compile(r"([a-z][a-z/ ]{0,24}?)\s*:(?!\d)", re.IGNORECASE)


def under_history_label(text: str, start: int, statement: str = "") -> bool:
    """Whether the statement at ``start`` (``statement``) opens with or follows an inline
    history label on its own line, with no other label between: "68M, R knee OA. Hx: PT 2024 x
    8 wks, then HEP; naproxen BID >1 yr; three steroid injections (3/2025, 7/2025, 11/2025)"
    under an "Assessment and Plan:" heading recounts care had, every clause of it, not care
    planned (blind wave 55, GX/tka-03). Headers are matched at a line's start (sections.yaml);
    this label opens only the rest of its line."""
    opening = _LABEL.match(statement.lstrip())  # the statement's own label: "Hx: PT 2024 ..."
    line = text[text.rfind("\n", 0, start) + 1 : start] + (opening.group() if opening else "")
    labels = list(_LABEL.finditer(line))
    return bool(labels) and bool(_HISTORY_LABEL.search(labels[-1].group(1).strip()))


#: An injection a plan line says was given at the visit ("L GH CSI (triamcinolone 40) today under
#: US", "CSI performed today, tolerated well", "Injected R knee today"): done that day, not
#: planned (found with blind wave 28, CW/tsa-02). Only for the injection concepts: "start
#: meloxicam today" is a course still to begin. INJECTION_OFFERED keeps one still offered
#: ("CSI today if agreeable", "consider CSI today vs PT", "next visit", "declined"), and one
#: the words "given" or "today" only explain ("hold CSI given A1c 11", "CSI handout given").
INJECTION_DONE = lazy_re.compile(
    r"\b(?:today|performed|done|given|administered|injected|tolerated)\b", re.IGNORECASE
)
INJECTION_OFFERED = lazy_re.compile(
    r"\b(?:if|consider\w*|vs\.?|versus|offer\w*|discuss\w*|will|would|may|might|next|"
    r"schedul\w*|agreeable|candidate|option\w*|declin\w*|defer\w*|refus\w*|wants?|"
    r"plan(?:s|ning)? (?:to|for)|to be|prior auth\w*|auth(?:orization)?|request\w*|order\w*|"
    r"tomorrow|return|hold\w*|avoid\w*|handouts?|info\w*|educat\w*|pamphlets?|literature|"
    r"counsel\w*)\b",
    re.IGNORECASE,
)
#: The concepts INJECTION_DONE reads a plan line's injection with.
INJECTION_CONCEPTS = frozenset({"corticosteroid-injection", "epidural-injection"})
#: Plan-section lines that are clerical, not clinical plans.
CLERICAL = lazy_re.compile(
    r"\b(front desk|scheduling (?:staff|team|dept)|call center|billing|signed electronically|"
    r"electronically signed|cc:|copy to|dictated by|transcribed|time spent|minutes? (?:spent|of))",
    re.IGNORECASE,
)
#: A document that is an imaging report: its statements are about the region its title names.
IMAGING_TITLE = lazy_re.compile(
    r"\b(radiology|imaging|x-?ray|xr|mri|ct|radiograph\w*|18748-4)\b", re.I
)
#: A telephone or portal contact examines no one: exam words in it ("numbness unchanged") are
#: what the patient reports.
#: The contact named by its medium: "Phone note: spoke w/ pt re PWC paperwork", "Phone f/u",
#: "Virtual visit", "Called pt with results" (blind wave 21, BW/whc-02's PA phone note).
REMOTE = lazy_re.compile(
    r"\b(telephone|phone call|phone encounter|phone (?:note|visit|contact|f/?u|follow[- ]?up)|"
    r"pt call(?:ed|ing)|patient call(?:ed|ing)|"
    r"called (?:in|the clinic|(?:the\s+)?(?:pt|patient)(?![\w'’]))|"
    r"portal message|mychart message|e-?visit|(?:video|virtual) visit|telehealth|"
    r"audio[- ]only)\b",
    re.IGNORECASE,
)
#: "Video visit converted to in-person due to poor connection": a contact that opened as a remote
#: one and was held in person after all examines the patient (and is an in-person visit).
CONVERTED_IN_PERSON = lazy_re.compile(
    r"\b(?:converted|changed|switched|transitioned)\s+to\s+(?:an?\s+)?in[- ]?person\b", re.I
)
#: An exam a video visit says it made by video ("Exam (video): well-appearing, speaking full
#: sentences", "Video exam:", "Observed on video: walks 20 ft w/ RW"; blind wave 16 BB/aim-02): an
#: examination by inspection, documented as one. What it cannot test stays untested.
VIDEO_EXAM = lazy_re.compile(
    r"\b(?:(?:video|virtual|telehealth)\s+(?:physical\s+)?exam(?:ination)?|"
    r"exam(?:ination)?\s*\(\s*(?:via\s+|by\s+|on\s+)?(?:video|virtual|telehealth)[^)]{0,20}\)|"
    r"exam(?:ination)?\s+(?:via|by|on|over)\s+video|observed\s+(?:on|via|by|over)\s+video)",
    re.IGNORECASE,
)
#: What a video could not test ("Unable to perform McMurray/Lachman via video"): no exam made.
UNTESTED = lazy_re.compile(
    r"\b(?:unable to|could not|cannot|can'?t)\s+(?:perform|assess|test|examine)", re.I
)
#: "Goals: per the outside POC" names goals kept elsewhere; it states none.
BY_REFERENCE = lazy_re.compile(r"^\W*(?:goals?\W*)?(?:per|see|as per|refer to)\b", re.IGNORECASE)
#: A goals label that says its goals are not set yet states none either: "Goals: to be set at
#: next visit", "Goals: TBD", "LTG: deferred until pain settles", "Goals: none set yet" (brief
#: s72-w4, the class of blind wave 81, KW/therapy-pt-ot-chiro-01). Goals are future by nature,
#: so "Goals: pt will sit 60 min" is a goal; only goals said to be still to come are none.
GOALS_NOT_SET = lazy_re.compile(
    r"^\W*(?:(?:pt|patient|treatment|tx|therapy|functional|rehab)\W*s?\s+)?(?:goals?|stgs?|ltgs?|"
    r"(?:short|long)[- ]term\s+goals?)\b[^:\n]{0,20}:\s*(?:tbd|tba|n/?a\b|none\b|pending\b|"
    r"deferred\b|to\s+follow\b|(?:to\s+be|will\s+be|will|not\s+(?:yet\s+)?(?:been\s+)?)\s*"
    r"(?:set|establish\w*|determin\w*|develop\w*|writ\w*|discuss\w*|finali[sz]\w*|add\w*)\b)",
    re.IGNORECASE,
)
