"""Care a note plans to begin has not been going on before that note: a later note's weeks
counted back past it overstate the episode.

A summary written at the request gives its weeks without dates ("Has failed 3 months of
conservative care including PT, NSAIDs and HEP"), and ``care_episode`` counts them back from its
note (episode_pieces.py). When an earlier note plans that care as new ("Plan: start naproxen 500
BID, PT referral, HEP" of 2/2), none of it ran before that day: the summary's modality begins
there at the earliest (blind wave 22, CA/spine-02: three months back from 4/14 was 1/14, a
96-day episode for a fusion's three months, where the record's care began 2/2, 77 days before
the request). A plan to continue or change care ("continue naproxen", "increase PT to 3x/wk")
is no start, nor is a plan in the same note as the summary or after it. A therapist's initial
evaluation ("PT INITIAL EVAL 2/10/26 R shoulder") begins that therapy as surely (blind wave 23,
CE/tsa-02: "Failed ~12 wks of PT" of 5/1 counted back to 2/6, four days before the evaluation,
made the 84 days a reviewer saw as 'about 12 weeks, under 3 months').

The other way round, a plan to begin care says when care a later note mentions with no date of
its own began: :func:`taken_since_plans`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from .. import lazy_re
from .care_piece import Piece
from .courses import MEDICATION_CONCEPTS
from .meds_taken import planned_drugs

#: Words that make a plan a beginning: "start naproxen", "PT referral", "refer to PT", "begin
#: HEP", "trial of meloxicam", "new Rx". Not "continue", "increase", "resume".
_BEGIN = lazy_re.compile(
    r"\b(?:start(?:ed|ing)?|begin|initiate[ds]?|trial of|refer(?:red|ral)?|new rx|rx'?d?)\b",
    re.IGNORECASE,
)
#: A therapy's first visit: "PT initial eval", "Initial evaluation", "OT initial assessment".
#: A re-evaluation or a discharge is none.
_INITIAL_EVALUATION = lazy_re.compile(
    r"\binitial\s+(?:eval(?:uation)?|assessment|visit|consult(?:ation)?)\b", re.IGNORECASE
)
_THERAPIES = frozenset({"physical-therapy", "occupational-therapy"})
_GOING_ON = lazy_re.compile(
    r"\b(?:continue[sd]?|cont|increase|decrease|resume|restart|refill)\b", re.I
)


#: A begin word that is a verb ahead of its care, and so governs the list after it: "Start PT
#: 2x/wk and meloxicam 15 mg", "trial of naproxen, HEP". A referral ("PT referral", "refer to
#: PT", "referred") and a start told after the care ("meloxicam started") govern their own item.
_BEGIN_AHEAD = lazy_re.compile(
    r"\b(?:start(?:ing)?|begin|initiate|trial of|new rx)\b", re.IGNORECASE
)
#: Where one item of a plan's list ends and the next begins: "PT referral placed, NSAIDs prn".
_ITEMS = lazy_re.compile(r"[,;+]|\s-\s")

#: A drug's own dose or schedule right after its name: "600 TID", "500 mg BID", "15 mg daily".
_DOSED = lazy_re.compile(
    r"\s*(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g)?\s*)?(?:bid|tid|qid|daily|qd|qhs|nightly|q\s?\d+\s?h)\b",
    re.IGNORECASE,
)
#: A drug left to the patient's need ("Ibuprofen prn OTC", "NSAIDs as needed") begins no
#: course: neither a dose in a plan that begins care (``_governed``) nor a plan naming it.
#: One reading for both (the narrower prn-only pattern once here was shadowed by this one).
_LEFT_TO_NEED = lazy_re.compile(
    r"\b(?:prn|as needed|when needed|otc|over the counter)\b", re.IGNORECASE
)


def _governed(snippet: str, text: str) -> bool:
    """Whether a begin word of the statement is about the care named ``text``: one in the
    care's own list item, or a verb ahead of it ("Start PT and meloxicam"). Not a referral or
    a start beside it in the list ("PT referral placed, NSAIDs prn"): that dates the therapy
    referred, not the drug listed next to it."""
    at = snippet.lower().find(text.lower()) if text else -1
    if at < 0:
        return bool(_BEGIN.search(snippet))  # the care is not found in its words: as a whole
    cuts = [0] + [m.end() for m in _ITEMS.finditer(snippet)] + [len(snippet)]
    first = max(c for c in cuts if c <= at)
    last = min((m.start() for m in _ITEMS.finditer(snippet, at + len(text))), default=len(snippet))
    if _BEGIN.search(snippet[first:last]) or _BEGIN_AHEAD.search(snippet[:at]):
        return True
    # "Ibuprofen 600 TID, home exercises, PT referral": a drug written with its dose or schedule
    # in a plan that begins care is a prescription written with it; "NSAIDs prn" is no order.
    item = snippet[at + len(text) : last]
    return bool(_BEGIN.search(snippet) and _DOSED.match(item) and not _LEFT_TO_NEED.search(item))


#: A statement opening with the command to begin care is a plan with no plan heading: "Start
#: meloxicam, refer PT 2x/wk." closing a new patient's visit note read as stated, not planned, so
#: a later summary's weeks were counted back past it (blind wave 47, FX/hip-arthroplasty-02:
#: "failed 3+ months" of 3/17 reached 12/17, twelve days before care began). Not "Started ...",
#: nor "Start of symptoms", "Start date".
_OPENS_WITH_BEGIN = lazy_re.compile(
    r"^\W*(?:start|begin|initiate|trial of)\b(?!\s+(?:of|date|time|dt)\b)", re.IGNORECASE
)


def _plans_to_begin(finding: Any) -> bool:
    """A planned mention that begins its care ("Start meloxicam", "PT referral"), not one that
    goes on with it ("continue naproxen"), nor one listed beside another care's referral."""
    if not (finding.planned or finding.hypothetical or _OPENS_WITH_BEGIN.match(finding.snippet)):
        return False
    if _GOING_ON.search(finding.snippet):
        return False
    return _governed(finding.snippet, getattr(finding, "text", ""))


def begun_by_plan(findings: Iterable[Any], dates: dict[str, date | None]) -> dict[str, date]:
    """Modality -> the first day a note plans to begin it."""
    out: dict[str, list[date]] = {}
    for finding in findings:
        when = dates.get(finding.note_ref)
        if when is None or finding.family or finding.negated:
            continue
        if finding.asserted:
            if finding.concept in _THERAPIES and _INITIAL_EVALUATION.search(finding.snippet):
                out.setdefault(finding.concept, []).append(when)
            elif _OPENS_WITH_BEGIN.match(finding.snippet) and _plans_to_begin(finding):
                out.setdefault(finding.concept, []).append(when)
            continue
        if _plans_to_begin(finding):
            out.setdefault(finding.concept, []).append(when)
    return {concept: min(days) for concept, days in out.items()}


def drugs_begun(
    findings: Iterable[Any], dates: dict[str, date | None]
) -> dict[tuple[str, str], list[date]]:
    """(modality, drug as the plan writes it, lower case) -> the days notes plan to begin that
    drug ("Start PT 2x/wk and meloxicam 15 mg daily"): where a later course said stopped with
    its weeks but no date began (piece_anchors.anchored)."""
    out: dict[tuple[str, str], list[date]] = {}
    for finding in findings:
        when = dates.get(finding.note_ref)
        if when is None or finding.family or finding.negated:
            continue
        if finding.concept in MEDICATION_CONCEPTS and _plans_to_begin(finding):
            out.setdefault((finding.concept, finding.text.lower()), []).append(when)
    return out


def bounded_by_plans(pieces: list[Piece], begun: dict[str, date]) -> list[Piece]:
    """Each piece counted back from its note begins no earlier than the day a note before it
    planned to begin its modality."""
    out = []
    for piece in pieces:
        day = begun.get(piece.modality)
        if piece.counted_back and day is not None and piece.start < day < piece.end:
            piece = replace(piece, start=day)
        out.append(piece)
    return out


#: A statement that says the care ended, wherever the words stand ("Stopped meloxicam after a
#: few days, GI upset", "meloxicam - quit, made him drowsy"): no course on to its note. A short
#: course "completed" is as ended as one "finished" (brief s67-c: "Completed prednisone taper,
#: no relief" ran from the plan's day to the note, 48 days of a six-day taper).
_ENDED = lazy_re.compile(
    r"\b(?:stopped|stopping|discontinued|d/c'?d|dc'?d|quit|came off|ran out|no longer|held|"
    r"finished|completed|done with|used up)\b",
    re.IGNORECASE,
)
#: So is a course told in the past tense (brief s67-i: "Took prednisone taper, no relief",
#: "Tried meloxicam", "Was on Medrol"): over, not still running up to the note ...
_PAST_TOLD = lazy_re.compile(
    r"\b(?:took|tried|was on|were on|had been on|had taken)\b", re.IGNORECASE
)
#: ... unless it was taken on a schedule the follow-up looks back on ("Took meloxicam daily +
#: HEP - no relief" since the plan: test_s54l_nerve_signs_after_care), and that is no short
#: course by its nature (a taper, a dose pack, a burst, "x 5 days").
_REGULAR = lazy_re.compile(
    r"\b(?:daily|qd|bid|tid|qid|q\s?\d+\s?h|every day|twice a day|as prescribed|regularly)\b",
    re.IGNORECASE,
)
_SHORT_COURSE = lazy_re.compile(
    r"\b(?:taper\w*|dose\s?pa?c?k|dosepak|burst|x\s*\d+\s*d(?:ays?)?)\b", re.IGNORECASE
)


def _said_ended(snippet: str) -> bool:
    """Whether a later note's statement of a drug says its course was over by then."""
    if _ENDED.search(snippet):
        return True
    return bool(_PAST_TOLD.search(snippet)) and (
        not _REGULAR.search(snippet) or bool(_SHORT_COURSE.search(snippet))
    )


def named_by_plans(findings: Iterable[Any], dates: dict[str, date | None]) -> dict[str, date]:
    """Drug modality -> the first day a plan names it to be taken, with no word that begins it
    ("Plan: protected WB w/ crutches x6 wks, PT, meloxicam, avoid impact" of a new patient's
    visit): taken from then as surely as "start meloxicam", once a later note mentions it taken
    ("F/u: crutches then cane, PT 8 visits, meloxicam 15 daily": blind wave 44,
    FI/hip-arthroplasty-01). Not a drug left to the patient's need ("Ibuprofen prn OTC"),
    only talked about or turned down (FI/lumbar-mri-02): meds_taken.planned_drugs' reading,
    less what is left to need."""
    return planned_drugs([f for f in findings if not left_to_need(f.snippet)], dates)


def left_to_need(snippet: str) -> bool:
    """Whether a plan leaves its drug to the patient's need ("Ibuprofen prn OTC")."""
    return bool(_LEFT_TO_NEED.search(snippet))


def listed_in(findings: Iterable[Any]) -> set[tuple[str, str]]:
    """(note, statement) of the medication-list entries among ``findings``: a list carries an
    entry on whether it is taken or not ("ibuprofen 800 mg tab ... (historical med, not
    taking)"), so it says no drug a plan named was taken since."""
    return {(f.note_ref, f.snippet) for f in findings if f.section == "medications"}


def taken_since_plans(
    pieces: list[Piece], begun: dict[str, date], listed: set[tuple[str, str]] | None = None
) -> list[Piece]:
    """A drug an earlier note planned to begin, which a later note mentions as going
    on with no date or weeks of its own ("Taking meloxicam daily, no relief"), ran from the
    plan's day to that note: the plan says when it began, the mention that it was taken (blind
    wave 27, CU/lmri-03). A drug only: a prescription begins about when it is written, therapy
    when a first visit is had, weeks after its referral (a home program "Continue HEP" of the
    discharge summary ran from the PT's first visit, not the referral: blind wave 20,
    BS/lmri-02). Not care the mention says was stopped, nor a now-and-then use, nor an entry of
    ``listed`` (medication lists' (note, statement): see :func:`listed_in`)."""
    out = []
    for piece in pieces:
        day = begun.get(piece.modality)
        if piece.modality not in MEDICATION_CONCEPTS:
            out.append(piece)  # a PT referral is no first visit: waitlists (BS/lmri-02, CI/occ-03)
            continue
        bare = not (piece.timed or piece.stopped or piece.sporadic or piece.floating)
        bare = bare and not _said_ended(piece.citation["snippet"])
        where = (piece.citation["reference"].split("#")[0], piece.citation["snippet"])
        bare = bare and where not in (listed or ())
        if bare and "#" in piece.citation["reference"] and day is not None and day < piece.start:
            piece = replace(piece, start=day, timed=True)
        out.append(piece)
    return out
