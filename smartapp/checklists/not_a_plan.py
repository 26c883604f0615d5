"""Statements and templates that are no plan of care of their own (blind waves 11 and 12).

A statement that only points at a plan ("cont POC", "see POC from 3/2", "Goals: per Riverbend
POC") or reports one reviewed elsewhere is no plan of its own (:func:`points_at_plan`), and
neither is one that only promises a plan still to come ("Will review plan of care with agency",
"Plan of care to be certified once SOC done": :func:`promises_plan`). Nor is a
progress report's grading of the goals ("Goals: ROM - progressing; grip - progressing", "Stairs -
MET"): it reports on a plan's goals, it sets none (:func:`grades_goal`). And a plan-of-care
template whose frequency, goals or signature are left "***" is not yet a plan (``filled: true``;
:data:`BLANK_FIELD`, :func:`left_blank`, :func:`blank_notes`).
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..notes.placeholders import PLACEHOLDER
from ..notes.signed_back import SIGNED_BACK, signed_back_after
from ..notes.statement_kinds import GOALS_NOT_SET
from .context import Context

#: A statement that only points at the plan of care: "Plan: cont POC.", "See POC from 3/2.",
#: "Continue per POC - see POC from 3/2.", "Goals: per Riverbend POC (records not received)."
#: (nothing of the plan itself is written there), or names what to find there: "See previous POC
#: for goals." (blind wave 37, EJ/hh-02: the plan it points at had ended 4/29).
_POINTER = lazy_re.compile(
    r"^\W*(?:plan|poc|goals?)?\s*:?\s*(?:(?:cont(?:inue)?\.?|see|per|as per|refer to|follow)\s+"
    r"(?:per\s+|the\s+)?(?:[A-Z][\w'-]*\s+){0,2}(?:poc|plan of care|(?:initial\s+)?eval(?:uation)?)"
    r"(?:\s+(?:(?:from|dated|of|on)\s+)?[\d/-]+)?(?:\s+for\s+(?:the\s+)?(?:goals?|details?|"
    r"frequency|interventions?))?(?:\s*\([^)]*\))?\W*){1,3}$",
    re.IGNORECASE,
)
#: The plan of care named only to send the reader to it, wherever in its statement: "Home health:
#: SN for IV abx - see POC." in the certifying practitioner's visit note (blind wave 75,
#: KA/home-health-03: the plan it sends to was an agency draft with its signature "***"), "SN for
#: wound care per agency POC", "refer to plan of care", "pls see 485". What the statement says
#: beside it (the discipline, its reason) is the need, not the plan: with no plan word left, no
#: signature and no visit frequency of its own, it states no plan (:func:`points_at_plan`).
_POINTED = lazy_re.compile(
    r"\b(?:see|per|refer\s+to)\s+(?:the\s+)?(?:attached\s+|agency(?:'s)?\s+|hh\s+|"
    r"home\s+health\s+)*(?:poc|plan of care|(?:cms[- ]?)?485)\b",
    re.IGNORECASE,
)
_PLAN_WORD = lazy_re.compile(
    r"\b(?:poc|plan of care|plan of treatment|treatment plan|(?:cms[- ]?)?485)\b", re.IGNORECASE
)
#: A statement that only reports a plan read or made elsewhere (blind wave 22): a physician's
#: "Home health: reviewed HH RN summary and current POC" (CB/hh-02, the plan then in force being
#: the lapsing one), a letter's "A plan of care with measurable goals has been established by her
#: SLP" (CB/slp-03, the plan's goals "TBD"). Nothing of the plan is written there. A review that
#: signs it ("Reviewed and signed POC") or goes on to the plan ("Reviewed POC: PT 2w4") is more.
_REPORTED = lazy_re.compile(
    r"^\W*(?:[a-z][\w ]{0,25}:\s*)?(?:(?:reviewed|discussed|went over)\b[^.;:]{0,40}?\b"
    r"(?:poc|plan of care)|(?:an?\s+|the\s+)?(?:poc|plan of care|goals?)\b[^.;:]{0,50}?\b"
    r"(?:has|have|had|was|were)\s+(?:been\s+)?(?:established|set|developed|written|created)"
    r"\b[^.;:]{0,40}?)\W*$",
    re.IGNORECASE,
)
#: The plan of care in the words: a plan of care, its abbreviation or the CMS-485 form.
_PLAN = r"(?:poc|plan of care|(?:cms[- ]?)?485)"
#: What may stand before that plan in a promise: an article or the agency's name for it.
_PLAN_OWNER = r"(?:(?:the|a|an|new|updated|initial|agency(?:'s)?|hh|home health|their)\s+)*"
#: A statement that only promises a plan of care still to come, stating nothing of it (the s46
#: session's probes: a practitioner's "Will review plan of care with agency" beside the agency
#: nurse's "SN 1x/wk" read as the certified plan). CMS asks for a plan the practitioner has
#: established, with its disciplines, frequency and goals (42 CFR 409.43); a plan "to follow",
#: "to be certified", "pending" or one someone "will review", "will establish" is none yet.
_PROMISED = lazy_re.compile(
    # "Will review plan of care with agency", "I will go over the POC with the HH RN".
    r"^\W*(?:[a-z][\w ]{0,25}:\s*)?(?:(?:i|we|md|pcp|provider|physician|agency|"
    r"dr\.?\s*[a-z'-]+)\s+)?(?:will|to|plan\s+to|needs?\s+to|would\s+like\s+to|going\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:review|discuss|go\s+over|establish|develop|set\s+up|create|write|"
    r"receive|obtain|coordinate|finalize|certify|approve|complete|draft|update)\b"
    rf"[^.;:]{{0,40}}?\b{_PLAN_OWNER}{_PLAN}\b[^.;:]{{0,60}}?\W*$"
    # "Plan of care to follow", "POC to be certified once agency completes SOC", "485 pending".
    rf"|^\W*(?:[a-z][\w ]{{0,25}}:\s*)?{_PLAN_OWNER}{_PLAN}\b[^.;:]{{0,30}}?\b(?:to\s+follow|"
    r"to\s+come|forthcoming|(?:is\s+|are\s+)?(?:to|will)\s+be\s+\w+|pending|not\s+yet\s+\w+|"
    r"not\s+(?:been\s+)?received|awaited)\b[^.;:]{0,60}?\W*$"
    # "Awaiting plan of care from agency", "Waiting on the 485".
    r"|^\W*(?:[a-z][\w ]{0,25}:\s*)?(?:awaiting|pending|waiting\s+(?:on|for))\s+"
    rf"{_PLAN_OWNER}{_PLAN}\b[^.;:]{{0,60}}?\W*$"
    # "POC: to follow", "Plan of care: will review with agency", "HH POC: pending SOC".
    rf"|^\W*(?:hh\s+|home health\s+)?{_PLAN}\s*:\s*(?:will|to\s+(?:follow|be|come)|pending|"
    r"awaiting|tbd|not\s+yet)\b[^.;:]{0,80}?\W*$",
    re.IGNORECASE,
)
#: A visit frequency ("SN 1x/wk", "PT 2w4", "3 visits/wk"): a statement with one states a plan.
_FREQUENCY = lazy_re.compile(
    r"\b\d+\s*(?:x|times)\b|\b\d\s*w\s*\d|\b\d+\s*(?:visits?|sessions?)\s*(?:/|per|a)\b",
    re.IGNORECASE,
)
_SIGNED = lazy_re.compile(r"\b(?:sign\w*|certif\w*|approv\w*|initial(?:ed|led))\b", re.IGNORECASE)
#: A goal graded at a progress report: "ROM - progressing", "Stairs - MET", "RTW full day - not
#: met.", "Running 2 mi - progressing (1 mi).", "STG 2: partially met" (the grade ends it).
_GRADED = lazy_re.compile(
    r"(?:[-–:=]|\bgoals?(?:\s+(?:is|are|was|were|has been|have been))?)\s*"
    r"(?:progressing|(?:partially|not(?:\s+yet)?)\s+met|met|achieved|ongoing|in progress)\b"
    r"(?:\s*\([^)]*\))?\W*$",
    re.IGNORECASE,
)


#: What may stand between a plan's field name and its colon: its label's other words ("SN
#: frequency", "Physician signature (Dr. A)"), never a sentence's end. "no ED visits. F2F: ***"
#: closes the plan's goals and opens the next field, the face-to-face's, whose blank is HHC-001's
#: matter, not the plan's (blind wave 73, JQ/hh-03). A full stop stays inside a label only
#: after an abbreviation: "Dr.", "Freq.", "Cert.", "Sig.", or with no space after it.
_LABEL_GAP = (
    r"(?:[^\n:.;]|\.(?=\S)|(?:(?<=\bdr)|(?<=\bfreq)|(?<=\bcert)|(?<=\bsig))\.)"
    r"{0,30}"
)
#: A plan's own field left unfilled: "SN frequency: ***", "Goals: ***", "Physician signature:
#: ______" (a blank "Face-to-face: ____" beside a filled plan is another item's matter). A
#: signature field answered that the signature is still to come is as unsigned: "Physician
#: signature: (pending) - faxed 02/18/2026" (blind wave 21, BU/hh-03), "Signature: awaiting MD",
#: "MD signature: not yet returned", "Signed: unsigned". So is the plan's own field ("POC update:
#: ***" closing a re-evaluation whose earlier plan had lapsed: blind wave 49, GF/slp-03), and a
#: signature whose field name stands inside the placeholder ("***physician signature***" closing
#: an agency's recert worksheet: blind wave 49, GF/hh-02).
BLANK_FIELD = lazy_re.compile(
    rf"\b(?:freq\w*|duration|goals?|visits|sign\w*|cert\w*|poc|plan of care)\b{_LABEL_GAP}:[ \t]*"
    rf"(?:{PLACEHOLDER.pattern})"
    r"|(?:\*{3}|_{4,})[ \t]*(?:[a-z]+[ \t]+){0,2}signature[ \t]*(?:\*{3}|_{4,})"
    rf"|\bsign(?:ature|ed)?\b{_LABEL_GAP}:[ \t]*[(\[]?[ \t]*(?P<waiting>pending|awaiting|"
    r"outstanding|unsigned|not\s+(?:yet\s+)?(?:signed|returned|received)|to\s+be\s+signed|"
    r"(?:sent|faxed|routed)\s+(?:to\s+\w+\s+)?for\s+signature)\b"
    # A signature field holding only its template's prompt or a short blank: "[signature]",
    # "<signature>", "[MD signature]", "___", "TBD", or nothing before its "Date:" (blind wave 75,
    # KA/home-health-03's class: an agency draft's signature and date left for the practitioner).
    rf"|\bsign(?:ature|ed)?\b{_LABEL_GAP}:[ \t]*(?:[\[<][ \t]*(?:(?:md|physician|provider|"
    r"practitioner)\s+)?(?:signature|sign(?:\s+here)?|name)[ \t]*[\]>]|_{2,3}(?!_)|tbd\b|"
    r"(?=date\s*:))",
    re.IGNORECASE,
)


def left_blank(text: str) -> bool:
    """True when ``text`` leaves a plan's frequency, duration, goals or signature field
    unfilled (``filled: true``): a signature field that waits on a signature the line then
    records back, dated, is signed ("MD signature: sent for signature 9/14; signed 9/15")."""
    return any(
        not (m["waiting"] and signed_back_after(text, m.end())) for m in BLANK_FIELD.finditer(text)
    )


def blank_notes(ctx: Context) -> set[str]:
    """The record's notes (and other texts) that leave such a field unfilled: what a criterion
    with ``filled: true`` does not read."""
    return {n.ref for n in ctx.record.all_texts() if n.text and left_blank(n.text)}


#: "Updated POC to be sent to MD for signature", "Recert pending physician signature", "POC
#: awaiting MD review/signature" (the s43-c session's note): the plan the note writes is not yet
#: the certified plan. The full stop of a title or an initial in the name it goes to ends no
#: sentence: "Recert POC sent to Ms. Mensah for signature", "to J. Ode, N.P. for signature"
#: (s75-g, a noticed wording: only "Dr." was let through, and the unsigned plan read as signed).
#: Not "MD." or "NP." written whole, which may end the sentence ("POC signed by Ode MD. Labs
#: sent for signature"); an initial's stop ("N.P.", "J. Ode") is a letter's.
_TITLE_STOP = r"(?<=\bdr)\.|(?<=\bmr)\.|(?<=\bms)\.|(?<=\bmrs)\.|(?<=\bprof)\.|(?<=\b[a-z])\."
_TO_BE_SIGNED = lazy_re.compile(
    r"\b(?:poc|plan(?:\s+of\s+care)?|re-?cert\w*)\b(?:[^.\n]|" + _TITLE_STOP + r"){0,40}?"
    r"\b(?:for\s+(?:\w+\s+)?signature|to\s+be\s+signed|(?:awaiting|pending)\s+(?:\w+\.?\s+){0,2}?"
    r"(?:review\s*(?:/|and|&)\s*)?(?:co-?)?signature|unsigned)\b",
    re.IGNORECASE,
)


#: The sending told in a sentence of its own after the plan's: "Recert 5/1/26: continue 1x/wk x
#: 8 wks, same goals. Sent to Dr. Lee for signature.", "... Awaiting MD signature.", "Pending
#: physician signature." (brief s80-poc: the recertification read as signed, where "Recert sent
#: to Dr. Lee for signature" in one sentence was not). Only at a sentence's start, where the
#: thing sent is the one the note writes: "Labs sent for signature" names its own paper.
_SENT_OFF = lazy_re.compile(
    r"(?:^|(?<=[.;!]))[ \t]*(?:(?:sent|faxed|e-?faxed|routed|forwarded|mailed)\s+"
    r"(?:to\s+(?:[^.\n]|" + _TITLE_STOP + r"){1,40}?\s+)?for\s+(?:\w+\s+)?(?:co-?)?signature"
    r"|(?:awaiting|pending)\s+(?:[\w']+\.?\s+){0,2}?(?:co-?)?signature|to\s+be\s+signed)\b",
    re.IGNORECASE | re.MULTILINE,
)
#: A signature with its day after the sending, by whoever and however the signer is named:
#: "Signed by surgeon M. Thibodeaux MD 10/22/26" (KU/therapy-pt-ot-chiro-03), which
#: signed_back.SIGNED_BACK's practitioner forms do not name. Not one to come or denied.
_SIGNED_LATER = lazy_re.compile(
    r"(?<!\bnot )(?<!\byet )(?<!\bbe )(?<!\bto )(?<!\bbeing )(?<!\bnever )"
    r"\b(?:co-?)?signed\b[^\n]{0,60}?\b\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)


def unsigned_notes(ctx: Context) -> set[str]:
    """The record's texts that send the plan they write for a signature still to come: "New
    POC to be sent to Dr. Oyelaran for signature" under a re-evaluation's "continue OT 2x/wk x
    6 wks" (blind wave 47, FW/therapy-03) is no certified plan yet, as a signature field left
    "pending" is not (``filled: true``)."""
    return {n.ref for n in ctx.record.all_texts() if n.text and _awaits_signature(n.text)}


def _awaits_signature(text: str) -> bool:
    """Whether ``text`` sends its plan for a signature and does not then record the signature
    back with its day: "Plan of care sent to Dr. Marchetti for signature 9/14; signed 9/15"
    closing an agency PT's evaluation is the signed plan (blind wave 73, JS/home-health-03)."""
    if any(not signed_back_after(text, m.end()) for m in _TO_BE_SIGNED.finditer(text)):
        return True
    # Sent in its own sentence: signed back on its line or a later one ("Sent to surgeon for
    # signature." then "Signed by surgeon M. Thibodeaux MD 10/22": KU/therapy-pt-ot-chiro-03).
    return any(
        SIGNED_BACK.search(text, m.end()) is None and _SIGNED_LATER.search(text, m.end()) is None
        for m in _SENT_OFF.finditer(text)
    )


def points_at_plan(statement: str) -> bool:
    """True when ``statement`` only refers to a plan of care written elsewhere, only reports
    one reviewed or established without stating it, only promises one to come, or labels goals
    not set yet."""
    text = statement.strip()
    reported = _REPORTED.match(text) is not None and not _SIGNED.search(text)
    return (
        reported
        or _POINTER.match(text) is not None
        or promises_plan(text)
        or _sends_to(text)
        or GOALS_NOT_SET.match(text) is not None  # "Goals: TBD", "Goals: none set yet"
    )


def _sends_to(statement: str) -> bool:
    """True when every plan of care ``statement`` names is one it sends the reader to (see
    _POINTED), and it signs none and gives no visit frequency of its own ("SN 3w6 per POC")."""
    if not _POINTED.search(statement) or _SIGNED.search(statement):
        return False
    rest = _POINTED.sub(" ", statement)
    return not _PLAN_WORD.search(rest) and not _FREQUENCY.search(statement)


def promises_plan(statement: str) -> bool:
    """True when ``statement`` only promises a plan of care still to come ("Plan of care to
    follow", "Will review POC with agency") and states no visit frequency of it."""
    text = statement.strip()
    return _PROMISED.match(text) is not None and not _FREQUENCY.search(text)


def grades_goal(statement: str) -> bool:
    """True when ``statement`` grades progress toward a goal rather than setting one."""
    return bool(_GRADED.search(statement.strip()))
