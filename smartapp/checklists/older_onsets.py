"""An onset an older note states, with the same complaint documented inside the window: the
duration at the request runs from that onset.

"Axial R low back pain since 2024" in a note of 5/6 is outside a facet request's 90 days on
11/18, but the note of 11/16 ("NRS 7, ODI 36%. Exam: paraspinal TTP R L4-5, facet loading +")
still documents that back's pain: a reviewer reads the pain as present since 2024, years at the
request (blind wave 110, PA/esi-02, IPN-005). So "R buttock/leg pain since last spring" of 7/16
with "Still R leg pain to the foot 7/10" on the follow-up inside LMRI-002's window (PA/lmri-03).
A stated onset is a day the symptom began; the window asks that the record be current, and the
recent note makes it so. symptom_lasting.py lengthens durations already in the window; this
takes one written before it, when a note inside the window, of the same region,

- finds the symptom still there, or names it ("R leg pain 7/10"), or
- scores the pain (a pain score: "NRS 7") and names the same region ("paraspinal TTP R L4-5").

It does not count when any note after the onset's tells the symptom gone ("LBP resolved
6/2026") or a start of its own later than this one ("new onset 10/1 after lifting"): the pain
at the request is that new episode's, timed by its own words. Nor when the recent record is
silent on the complaint, or names only another region; a relative's onset ("FHx: mother - LBP
since 2010") is no finding of the patient's (``family``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from .. import lazy_re
from ..evidence.regions import regions_in_text
from ..notes.clause_spans import pieces
from ..notes.symptom_durations import SYMPTOM_WORDS, relatives_symptom
from .context import Context
from .finding_dates import written_date

# The chain's clauses, its region test and its words for a symptom gone, going on or supposed:
# the same complaint as symptom_lasting reads it.
from .symptom_lasting import _BREAKS, _GONE, _STILL, _SUPPOSED, _about, dated_notes, says

#: A new episode, not this one: "new onset LBP 10/1 after lifting", "new R low back pain",
#: "recurrence of LBP" (not "new EHL weakness", a sign of the same complaint).
_NEW = lazy_re.compile(
    r"\bnew(?:\s+onset|\s+episode)\b|\bnew\s+(?:\w+\s+){0,3}(?:pain|lbp|sciatica|ache)\b|"
    r"\brecurr\w*|\bre-?injur\w*",
    re.IGNORECASE,
)


def told_before_window(
    findings: list[Any], spec: dict[str, Any], ctx: Context, dates: dict[str, date | None]
) -> tuple[list[Any], dict[int, tuple[date, str]]]:
    """The symptom durations of ``findings`` (asserted, written before the window) whose
    complaint a note inside ``spec``'s window still documents, each lengthened to that note,
    and, by ``id`` of each, that note's day and reference (as ``lasted_through`` gives)."""
    within = spec.get("within_days")
    if spec.get("category") != "symptom-duration" or not within:
        return [], {}
    order = ctx.regions_for(spec) if spec.get("same_region") else frozenset()
    notes = dated_notes(ctx)
    out, through = [], {}
    for finding in findings:
        written = written_date(finding, dates)
        if not finding.duration_days or written is None or not finding.asserted:
            continue
        if getattr(finding, "family", False) or not finding.regions:
            continue
        onset = written - timedelta(days=finding.duration_days)
        last = None
        for note in notes:
            if note.date <= written:
                continue
            said = "ends" if _begun_anew(note, finding, order) else says(
                note, finding, onset, order, ctx)  # fmt: skip
            if said == "ends":  # resolved, or a new episode since: not this onset's pain
                last = None
                break
            current = said == "still" or _documented(note, finding, order, ctx)
            if current and ctx.in_window(note.date, within):
                last = note
        if last is None:
            continue
        days = (last.date - onset).days
        longer = replace(finding, duration_days=days, when=finding.when or onset)
        through[id(longer)] = (last.date, last.ref)
        out.append(longer)
    return out, through


def _same(clause: str, finding: Any, order: frozenset[str]) -> bool:
    """Whether ``clause`` names the dated symptom's own region (not a region merely compatible
    with it: a knee is no "R buttock/leg"), of the order's."""
    regions = regions_in_text(clause)
    return bool(regions & finding.regions) and _about(regions, finding, order)


def _clauses(note: Any) -> list[str]:
    return [note.text[low:high] for low, high in pieces(note.text, _BREAKS)]


def _begun_anew(note: Any, finding: Any, order: frozenset[str]) -> bool:
    """Whether ``note`` tells a new episode of the region's symptom ("new onset LBP 10/1")."""
    return any(_NEW.search(c) and _same(c, finding, order) for c in _clauses(note))


def _documented(note: Any, finding: Any, order: frozenset[str], ctx: Context) -> bool:
    """Whether ``note`` documents the symptom today: a clause naming it at its region ("R leg
    pain 7/10"), not denied, gone or supposed, nor a relative's; or a pain score beside the
    region named ("NRS 7 ... paraspinal TTP R L4-5": that back's pain, rated today)."""
    clauses = [c for c in _clauses(note) if _same(c, finding, order)]
    for clause in clauses:
        if not SYMPTOM_WORDS.search(clause) or _SUPPOSED.search(clause):
            continue
        if relatives_symptom(clause, len(clause)) or _GONE.search(_STILL.sub(" ", clause)):
            continue
        return True
    return bool(clauses) and any(
        f.note_ref == note.ref and f.concept == "pain-score" and f.asserted and not f.family
        for f in ctx.record.findings or ()
    )
