"""A joint replacement asks the film for advanced joint disease: a mild grade is not it.

An arthroplasty reviewer looks for radiographic evidence of advanced arthritis of the joint to be
replaced (joint space narrowing, osteophytes, sclerosis or cysts graded moderate or worse, a
Kellgren-Lawrence or Tönnis grade that says so). "RIGHT hip: mild joint space narrowing, small
osteophyte" and "Mild right hip osteoarthritis" on a pelvis film whose severe disease is the left
hip's show no arthritis that would justify a right hip replacement (blind wave 41, EW/hip-02).

For a criterion with ``advanced: true``, :func:`advanced_only` drops a finding whose own clause
grades it mild (a mild word before it, or after it as "narrowing mild") and grades nothing in
that clause higher ("mild-to-moderate" is moderate). It drops as well a note's restatement of a
film that names no side ("XR 3/2026 reviewed - 'severe OA'" in the right hip's visit) when every
film of the joint on file it can mean grades the order's side mild only: the severe disease that
film reported is the other side's, and a note's summary adds no film of its own.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..evidence.region_match import study_shows
from ..evidence.regions import study_regions
from ..notes.clause_spans import clause_around
from .context import Context
from .films import RESTATED, SAME_DAY, modalities, side_named

#: Grades of a mild, early or doubtful finding.
_MILD = lazy_re.compile(
    r"\b(?:mild(?:ly)?|minimal(?:ly)?|minor|slight(?:ly)?|subtle|early|small|tiny|trace|"
    r"doubtful|incipient)\b",
    re.IGNORECASE,
)
#: Grades of moderate or worse: any of these in the clause makes it no mild finding.
_HIGHER = lazy_re.compile(
    r"\b(?:mod(?:erate(?:ly)?)?|severe(?:ly)?|advanced|marked(?:ly)?|large|extensive|significant|"
    r"end[- ]stage|bone[- ]on[- ]bone|(?:near[- ])?complete|obliterat\w*|collapse\w*|"
    r"(?:kl|k-l|kellgren[- ]lawrence|grade|t(?:ö|o|oe)nnis)\s*(?:grade\s*)?(?:[2-4]|iii|iv))\b",
    re.IGNORECASE,
)
#: What ends a clause: a comma, a semicolon, a colon, a line, a spaced dash or a full stop.
_CLAUSE_END = lazy_re.compile(r"[,;:\n]|\s-\s|\.(?:\s|$)")


def graded_mild(text: str, start: int, end: int) -> bool:
    """Whether the clause of ``text`` holding [start, end) grades that finding mild only."""
    if not 0 <= start <= end <= len(text):
        return False
    low, high = clause_around(text, start, end, _CLAUSE_END)
    before, after = text[low:start], text[end:high]
    if _HIGHER.search(before + " " + after):
        return False
    return bool(_MILD.search(before) or _MILD.fullmatch(after.strip(" )\"'")))


def advanced_only(
    findings: list[Any], ctx: Context, spec: dict[str, Any], reports: list[Any]
) -> list[Any]:
    """``findings`` less those graded mild, and less the unsided restatements of films on file
    that grade the order's side mild only."""
    mild = {id(f) for f in findings if graded_mild(ctx.texts.get(f.note_ref, ""), f.start, f.end)}
    kept = [f for f in findings if id(f) not in mild]
    report_refs = {t.ref for t in reports}
    # The films on file whose findings of the order's side are all graded mild.
    graded: dict[str, bool] = {}
    for f in findings:
        if f.note_ref in report_refs:
            graded[f.note_ref] = graded.get(f.note_ref, True) and id(f) in mild
    wanted = ctx.regions_for(spec)
    films = []  # (date, modalities, graded mild only) of the films of the order's joint
    for text in reports:
        regions = study_regions(text.title, text.codes)
        if text.date and text.date <= ctx.as_of and regions and study_shows(wanted, regions):
            films.append((text.date, modalities(text.title), graded.get(text.ref, False)))
    if not any(only_mild for _, _, only_mild in films):
        return kept
    return [f for f in kept if not _restates_mild_film(f, ctx, films, report_refs)]


def _restates_mild_film(
    finding: Any, ctx: Context, films: list[tuple[date, set[str], bool]], report_refs: set[str]
) -> bool:
    """Whether ``finding`` is a note's unsided restatement of a film ("XR 3/2026 reviewed") and
    every film on file it can mean (same modality, its month when it dates one, none after its
    note) grades the order's side mild only."""
    said = finding.snippet
    written = ctx.text_dates.get(finding.note_ref)
    if finding.note_ref in report_refs or written is None or side_named(said):
        return False
    named = modalities(said)
    if not named or not (RESTATED.search(said) or finding.when or SAME_DAY.search(said)):
        return False
    when = finding.when or (written if SAME_DAY.search(said) else None)
    meant = [
        only_mild
        for day, kinds, only_mild in films
        if day <= written
        and (not kinds or named & kinds)
        and (when is None or (day.year, day.month) == (when.year, when.month))
    ]
    return bool(meant) and all(meant)
