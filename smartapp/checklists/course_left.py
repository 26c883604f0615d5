"""Which modalities of care the notes say were left before the course was done (split out of
courses.py, which judges whether the pieces of an episode make a course).

A modality left ("discharged for non-attendance", "stopped going to PT", "attended 3 visits then
stopped") counts only its coded days and the sessions a statement counts toward a completed
course (courses.a_course), unless care of it is taken up again after the note that left it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.cues import COURSE_LEFT, sentence_at
from ..notes.discharged_care import left_by_discharge
from ..notes.session_counts import session_count
from .courses import RESUMED, said_stopped


def left_modalities(
    findings: Iterable[Any],
    dates: dict[str, date | None],
    pieces: Iterable[Any],
    texts: dict[str, str] | None = None,
) -> set[str]:
    """Modalities a note says were left before the course was done, with no care of that
    modality begun after the note that says so. A later note that says the care was stopped
    ("Reports he stopped PT because of transportation") says it was left again, not that it was
    taken up again on that note's day (blind wave 22, BZ/occ-03). A therapy's discharge document
    (``texts``, by reference) says so of the therapy it is of in lines that name none
    (discharged_care.left_by_discharge)."""
    notes = left_notes(findings, dates, texts)
    left = {modality: max(when for when, _ in said) for modality, said in notes.items()}
    resumed = {p.modality for p in pieces if p.modality in left and p.start > left[p.modality]
               and _taken_up_again(p)}  # fmt: skip
    return set(left) - resumed


def left_notes(
    findings: Iterable[Any], dates: dict[str, date | None], texts: dict[str, str] | None = None
) -> dict[str, list[tuple[date, str]]]:
    """modality -> (the day, the note) of each note that says the modality's course was left
    before it was done (see :func:`left_modalities`)."""
    left: dict[str, list[tuple[date, str]]] = {}
    findings = list(findings)
    for finding in findings:
        when = dates.get(finding.note_ref)
        if finding.family or when is None:
            continue
        if not (
            COURSE_LEFT.search(finding.snippet)
            or _stopped_by_name(finding)
            or _few_then_stopped(finding)
            or _left_past_a_semicolon(finding, (texts or {}).get(finding.note_ref, ""), findings)
            or left_by_discharge((texts or {}).get(finding.note_ref, ""), finding.concept)
        ):
            continue
        left.setdefault(finding.concept, []).append((when, finding.note_ref))
    return left


def _taken_up_again(piece: Any) -> bool:
    """Whether care after the note that left it is care had again: dated, counted, or said to
    be resumed. An undated mention in a later visit's history only talks of the care left
    ('She says PT "didn't work around her kids' schedule"; d/c'd' six days after the PT's own
    discharge for no-shows: blind wave 69, JA/occupational-work-rehab-02)."""
    return bool(piece.timed or piece.sessions or RESUMED.search(piece.citation["snippet"]))


#: The words a clause may open with before it says the course was left: "; then stopped going",
#: "; but pt never returned". Not a care named first ("; naproxen - did not complete").
_CLAUSE_OPENING = lazy_re.compile(
    r"\s*(?:(?:then|but|and|so|after\s+that|pt|patient|she|he|they|has|had|was)\s+){0,3}$",
    re.IGNORECASE,
)


def _left_past_a_semicolon(finding: Any, note_text: str, findings: list[Any]) -> bool:
    """The clause after the semicolon that ends the care's statement opens by saying the course
    was left: "PT: eval 4/15, attended 4/17, 5/12; missed the rest" (s69-o, JW/workrehab-02's
    class) is cut at its semicolon, so the PT's statement kept its three visits and lost the
    rest not kept, and its weeks read as a course. Not when other care is named between the
    care and that clause's end ("PT 12 visits; chiro - stopped going")."""
    if not note_text or finding.start >= len(note_text):
        return False
    sentence, low = sentence_at(note_text, finding.start)
    semicolon = sentence.find(";", finding.start - low)
    if semicolon < 0:
        return False
    following = sentence.find(";", semicolon + 1)
    end = low + (following if following >= 0 else len(sentence))
    clause = note_text[low + semicolon + 1 : end]
    said = COURSE_LEFT.search(clause)
    if said is None or not _CLAUSE_OPENING.match(clause[: said.start()]):
        return False
    return not any(
        f.note_ref == finding.note_ref and f.concept != finding.concept
        and finding.start < f.start < end
        for f in findings
    )  # fmt: skip


#: A stop word right before the care it names: "stopped PT", "quit formal PT", "stopped going to
#: PT", "discontinued therapy". Not "stopped naproxen, started PT" (the PT's own words follow).
_STOP_BEFORE = lazy_re.compile(
    r"\b(?:stopped|quit|discontinued|dropped(?: out of)?|d/c'?d)\s+(?:going to\s+|attending\s+|"
    r"doing\s+)?(?:(?:his|her|their|the|formal|outpatient|outpt)\s+)*$",
    re.IGNORECASE,
)


def _stopped_by_name(finding: Any) -> bool:
    """The statement stops the care it names by naming it ("he stopped PT because of ...")."""
    at = finding.snippet.lower().find(finding.text.lower())
    return at > 0 and bool(_STOP_BEFORE.search(finding.snippet[max(0, at - 40) : at]))


def _few_then_stopped(finding: Any) -> bool:
    """The statement counts the sessions the care ran and says it stopped ("PT eval 10/14,
    attended 3 visits then stopped - ... gym since late October"): left after those sessions,
    whatever weeks follow (blind wave 29, DD/occ-03). A course with enough sessions is one by
    its count (``a_course``); care taken up again is not stopped (``said_stopped``)."""
    return session_count(finding.snippet) > 0 and said_stopped(finding)
