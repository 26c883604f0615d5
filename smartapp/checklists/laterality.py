"""The side of an order that names its body region but not its side.

A knee arthroplasty coded 27447 with a reason "osteoarthritis of knee" (M17.1, no side) is still a
one-sided request: the requester's plan says which ("P: R TKA"). Without the side, a film of the
other knee counts as the radiograph of this one (a left-knee X-ray after a fall is no evidence for
a right TKA). The side is read from the plan statements of the newest note that gives one for the
order's region; when that note plans for both sides differently (right and left), the order stays
unsided, so nothing is excluded on a guess. A bilateral plan makes the order bilateral, which
every side's evidence satisfies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from .. import lazy_re
from ..evidence.other_side import OTHER
from ..evidence.region_match import related
from ..notes.plan_dated_past import dated_before_note

#: Categories whose statements say what is being asked for, not what was found.
SIDE_CATEGORIES = frozenset({"treatment-plan"})
#: A plan line that only watches a side asks for nothing on it: "L shoulder monitor", "left knee
#: - observe", "R hip: watchful waiting" beside "Plan R reverse TSA" gave a right shoulder order
#: the left side, so a film of the left shoulder stood for it (blind wave 55, GY/sh-02). Only a
#: line whose plan is that word alone, at its end: "monitor INR after R TKA" plans the TKA.
_WATCHED_ONLY = lazy_re.compile(
    r"^[^.;:]{0,30}?[\s:,-]+(?:monitor|observe|observation|watch|watchful waiting|"
    r"surveillance|follow)(?:\s+(?:for\s+now|only|clinically))?\s*\.?\s*$",
    re.IGNORECASE,
)


def unsided_bases(regions: frozenset[str]) -> set[str]:
    """The order's regions that have no side, neither their own nor through the region lineage
    (``compatible``'s): the glenohumeral joint of a right-shoulder order is the right one, so a
    plan naming "L glenohumeral" gives it no second side."""
    sided = {r.split(":")[0] for r in regions if ":" in r}
    return {
        r for r in regions
        if ":" not in r and not any(related(r, base) for base in sided)
    }  # fmt: skip


def planned_sides(
    regions: frozenset[str],
    findings: Iterable[Any],
    text_dates: dict[str, date | None],
    as_of: date,
) -> frozenset[str]:
    """``regions`` plus ``base:side`` for each region the order names without a side, taken from
    the newest note (up to ``as_of``) whose asserted plan statements name that region with a side.
    """
    bases = unsided_bases(regions)
    if not bases:
        return regions
    findings = list(findings)
    told = _studies_told(findings, text_dates)
    # base -> note date -> sides planned in that day's notes
    by_note: dict[str, dict[date, set[str]]] = {}
    for finding in findings:
        if finding.category not in SIDE_CATEGORIES or finding.negated or finding.family:
            continue
        if finding.concept == "plan-section" and (finding.note_ref, finding.snippet) in told:
            continue  # "A/P: ... L knee MRI 1/2026 unremarkable.": a study had, nothing asked
        if finding.historical:
            # "s/p left reverse TSA March 2024 with excellent result" is a surgery had, no side
            # asked for: it gave a right reverse TSA the left side once its own side was read
            # (s71-f, target_sides.py; CI/tsa-01's film of the right shoulder then unread).
            continue
        if _WATCHED_ONLY.search(finding.snippet or ""):
            continue  # "L shoulder monitor": the other side watched, no care asked for it
        when = text_dates.get(finding.note_ref)
        if when is None or when > as_of:
            continue
        if dated_before_note(finding.snippet or "", finding.when, when):
            # "status post left reverse total shoulder arthroplasty March 2024 with excellent
            # result" is not marked historical: it had stood unsided only because a knee
            # concept misread its "arthroplasty" with the right side; read as the shoulder's
            # (s72-f), its left side sided a right TSA order. Dated before the note, looking
            # nowhere ahead, it is a surgery had.
            continue
        for region in finding.regions:
            base, _, side = region.partition(":")
            # "the other knee" gives the order no side: it is told relative to the order's.
            if side and side != OTHER and base in bases:
                by_note.setdefault(base, {}).setdefault(when, set()).add(side)
    added: set[str] = set()
    for base, notes in by_note.items():
        sides = notes[max(notes)]
        if "bilateral" in sides or sides == {"left", "right"}:
            # Both sides planned on the same day: a bilateral request only when it says so.
            if "bilateral" in sides:
                added.add(f"{base}:bilateral")
            continue
        added |= {f"{base}:{side}" for side in sides}
    return regions | frozenset(added)


#: The imaging studies a diagnostic-results finding names.
_IMAGING = frozenset({"x-ray", "mri", "ct", "ultrasound", "other-imaging"})


def _studies_told(findings: list[Any], text_dates: dict[str, date | None]) -> set[tuple[str, str]]:
    """(note, statement) of the plan-section statements that tell an imaging study dated before
    their note and ask for nothing of their own (no plan concept but the section's): an
    assessment's "L knee MRI 1/2026 for her anterior knee pain unremarkable" beside "Plan R knee
    arthroscopic partial medial meniscectomy" gave a right knee's order both sides, so none, and
    the left knee's MRI met the right one's imaging item (blind wave 100, NS/kas-03)."""
    studies = {
        (f.note_ref, f.snippet) for f in findings
        if f.category == "diagnostic-results" and f.concept in _IMAGING and not f.negated
        and dated_before_note(f.snippet or "", f.when, text_dates.get(f.note_ref))
    }  # fmt: skip
    asked = {
        (f.note_ref, f.snippet) for f in findings
        if f.category in SIDE_CATEGORIES and f.concept != "plan-section"
    }  # fmt: skip
    return studies - asked


#: Statements of care given: what a procedure note says was done, and where.
CARE_CATEGORIES = frozenset({"conservative-treatment", "medication-history"})


def _presumed_sides(regions: frozenset[str], order_regions: frozenset[str]) -> dict[str, str]:
    """The order's one side for each of its regions the procedure codes no side of: a joint
    injection coded without a site (CPT 20610 "Injection major joint", no bodySite) is kept as
    the order's region's on the presumption that it is, so that day's words must bear it out."""
    sided = {r.split(":")[0] for r in regions if ":" in r}
    wanted: dict[str, set[str]] = {}
    for base, _, side in (r.partition(":") for r in order_regions):
        if side and base not in sided:
            wanted.setdefault(base, set()).add(side)
    # A bilateral order (or one naming both sides) is met by either side's care: nothing to check.
    return {
        base: next(iter(sides)) for base, sides in wanted.items()
        if len(sides) == 1 and "bilateral" not in sides
    }  # fmt: skip


def note_names_other_side(
    regions: frozenset[str],
    day: date,
    findings: Iterable[Any],
    text_dates: dict[str, date | None],
    order_regions: frozenset[str] = frozenset(),
) -> bool:
    """Whether the notes written on a procedure's day say its care was given on another side
    than the one coded ('Left knee' bodySite, 'Procedure: RIGHT knee intra-articular
    corticosteroid injection' in that day's procedure note: blind wave 18, BI/hya-02). The
    note written at the procedure is the clinician's account; a bodySite is picked from a list.
    A note naming the coded side (or both sides, or none) leaves the coded side standing.

    A procedure coded with no side is presumed the order's side (``order_regions``), and that
    presumption yields to the same words: a 20610 with no bodySite whose own annotation reads
    "RIGHT knee CSI triamcinolone 40" is no injection of the left knee ordered for (blind wave
    44, FL/hya-03)."""
    coded = {base: side for base, _, side in (r.partition(":") for r in regions) if side}
    coded = {**_presumed_sides(regions, order_regions), **coded}
    if not coded:
        return False
    named: dict[str, set[str]] = {}
    for finding in findings:
        if finding.category not in CARE_CATEGORIES or not finding.asserted or finding.family:
            continue
        if text_dates.get(finding.note_ref) != day or finding.when not in (None, day):
            continue  # another day's care in that note ("R knee CSI 6/2025 helped")
        for region in finding.regions:
            base, _, side = region.partition(":")
            if side and side != OTHER and base in coded:
                named.setdefault(base, set()).add(side)
    return any(
        sides and coded[base] not in sides and "bilateral" not in sides
        for base, sides in named.items()
    )
