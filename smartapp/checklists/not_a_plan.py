"""Statements and templates that are no plan of care of their own (blind waves 11 and 12).

A statement that only points at a plan ("cont POC", "see POC from 3/2", "Goals: per Riverbend
POC") or reports one reviewed elsewhere is no plan of its own (:func:`points_at_plan`). Nor is a
progress report's grading of the goals ("Goals: ROM - progressing; grip - progressing", "Stairs -
MET"): it reports on a plan's goals, it sets none (:func:`grades_goal`). And a plan-of-care
template whose frequency, goals or signature are left "***" is not yet a plan (``filled: true``;
:data:`BLANK_FIELD`, :func:`left_blank`, :func:`blank_notes`).
"""

from __future__ import annotations

import re

from ..notes.cues import PLACEHOLDER
from .context import Context

#: A statement that only points at the plan of care: "Plan: cont POC.", "See POC from 3/2.",
#: "Continue per POC - see POC from 3/2.", "Goals: per Riverbend POC (records not received)."
#: (nothing of the plan itself is written there), or names what to find there: "See previous POC
#: for goals." (blind wave 37, EJ/hh-02: the plan it points at had ended 4/29).
_POINTER = re.compile(
    r"^\W*(?:plan|poc|goals?)?\s*:?\s*(?:(?:cont(?:inue)?\.?|see|per|as per|refer to|follow)\s+"
    r"(?:per\s+|the\s+)?(?:[A-Z][\w'-]*\s+){0,2}(?:poc|plan of care|(?:initial\s+)?eval(?:uation)?)"
    r"(?:\s+(?:(?:from|dated|of|on)\s+)?[\d/-]+)?(?:\s+for\s+(?:the\s+)?(?:goals?|details?|"
    r"frequency|interventions?))?(?:\s*\([^)]*\))?\W*){1,3}$",
    re.IGNORECASE,
)
#: A statement that only reports a plan read or made elsewhere (blind wave 22): a physician's
#: "Home health: reviewed HH RN summary and current POC" (CB/hh-02, the plan then in force being
#: the lapsing one), a letter's "A plan of care with measurable goals has been established by her
#: SLP" (CB/slp-03, the plan's goals "TBD"). Nothing of the plan is written there. A review that
#: signs it ("Reviewed and signed POC") or goes on to the plan ("Reviewed POC: PT 2w4") is more.
_REPORTED = re.compile(
    r"^\W*(?:[a-z][\w ]{0,25}:\s*)?(?:(?:reviewed|discussed|went over)\b[^.;:]{0,40}?\b"
    r"(?:poc|plan of care)|(?:an?\s+|the\s+)?(?:poc|plan of care|goals?)\b[^.;:]{0,50}?\b"
    r"(?:has|have|had|was|were)\s+(?:been\s+)?(?:established|set|developed|written|created)"
    r"\b[^.;:]{0,40}?)\W*$",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"\b(?:sign\w*|certif\w*|approv\w*|initial(?:ed|led))\b", re.IGNORECASE)
#: A goal graded at a progress report: "ROM - progressing", "Stairs - MET", "RTW full day - not
#: met.", "Running 2 mi - progressing (1 mi).", "STG 2: partially met" (the grade ends it).
_GRADED = re.compile(
    r"(?:[-–:=]|\bgoals?(?:\s+(?:is|are|was|were|has been|have been))?)\s*"
    r"(?:progressing|(?:partially|not(?:\s+yet)?)\s+met|met|achieved|ongoing|in progress)\b"
    r"(?:\s*\([^)]*\))?\W*$",
    re.IGNORECASE,
)


#: A plan's own field left unfilled: "SN frequency: ***", "Goals: ***", "Physician signature:
#: ______" (a blank "Face-to-face: ____" beside a filled plan is another item's matter). A
#: signature field answered that the signature is still to come is as unsigned: "Physician
#: signature: (pending) - faxed 02/18/2026" (blind wave 21, BU/hh-03), "Signature: awaiting MD",
#: "MD signature: not yet returned", "Signed: unsigned". So is the plan's own field ("POC update:
#: ***" closing a re-evaluation whose earlier plan had lapsed: blind wave 49, GF/slp-03), and a
#: signature whose field name stands inside the placeholder ("***physician signature***" closing
#: an agency's recert worksheet: blind wave 49, GF/hh-02).
BLANK_FIELD = re.compile(
    r"\b(?:freq\w*|duration|goals?|visits|sign\w*|cert\w*|poc|plan of care)\b[^\n:]{0,30}:[ \t]*"
    rf"(?:{PLACEHOLDER.pattern})"
    r"|(?:\*{3}|_{4,})[ \t]*(?:[a-z]+[ \t]+){0,2}signature[ \t]*(?:\*{3}|_{4,})"
    r"|\bsign(?:ature|ed)?\b[^\n:]{0,30}:[ \t]*[(\[]?[ \t]*(?:pending|awaiting|outstanding|"
    r"unsigned|not\s+(?:yet\s+)?(?:signed|returned|received)|to\s+be\s+signed|"
    r"(?:sent|faxed|routed)\s+(?:to\s+\w+\s+)?for\s+signature)\b",
    re.IGNORECASE,
)


def left_blank(text: str) -> bool:
    """True when ``text`` leaves a plan's frequency, duration, goals or signature field
    unfilled (``filled: true``)."""
    return BLANK_FIELD.search(text) is not None


def blank_notes(ctx: Context) -> set[str]:
    """The record's notes (and other texts) that leave such a field unfilled: what a criterion
    with ``filled: true`` does not read."""
    return {n.ref for n in ctx.record.all_texts() if n.text and left_blank(n.text)}


#: "Updated POC to be sent to MD for signature", "Recert pending physician signature", "POC
#: awaiting MD review/signature" (the s43-c session's note): the plan the note writes is not yet
#: the certified plan.
_TO_BE_SIGNED = re.compile(
    r"\b(?:poc|plan(?:\s+of\s+care)?|re-?cert\w*)\b(?:[^.\n]|(?<=dr)\.){0,40}?"
    r"\b(?:for\s+(?:\w+\s+)?signature|to\s+be\s+signed|(?:awaiting|pending)\s+(?:\w+\.?\s+){0,2}?"
    r"(?:review\s*(?:/|and|&)\s*)?(?:co-?)?signature|unsigned)\b",
    re.IGNORECASE,
)


def unsigned_notes(ctx: Context) -> set[str]:
    """The record's texts that send the plan they write for a signature still to come: "New
    POC to be sent to Dr. Oyelaran for signature" under a re-evaluation's "continue OT 2x/wk x
    6 wks" (blind wave 47, FW/therapy-03) is no certified plan yet, as a signature field left
    "pending" is not (``filled: true``)."""
    return {n.ref for n in ctx.record.all_texts() if n.text and _TO_BE_SIGNED.search(n.text)}


def points_at_plan(statement: str) -> bool:
    """True when ``statement`` only refers to a plan of care written elsewhere, or only
    reports one reviewed or established without stating it."""
    text = statement.strip()
    reported = _REPORTED.match(text) is not None and not _SIGNED.search(text)
    return reported or _POINTER.match(text) is not None


def grades_goal(statement: str) -> bool:
    """True when ``statement`` grades progress toward a goal rather than setting one."""
    return bool(_GRADED.search(statement.strip()))
