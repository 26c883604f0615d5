"""A note that restates a study on file is dated by that study.

"Radiographs have confirmed moderate osteoarthritis of the right knee" in a letter written
this month is no new radiograph: it repeats the film the record holds, and the payer counts
that film's date. For an imaging criterion (``with_imaging``), a statement outside an imaging
report that gives no date of its own, reports a study in the past tense ("have confirmed",
"showed", "prior films") or as looked at ("X-rays reviewed") and does not say it was done that
day, takes the date of the newest report on file of the same modality and about the order's
region and side, dated on or before the statement's note. A film of the other knee is no such
report (the right knee's film is a year old, the recent one is of the left knee). Conversely a
statement that names no region but dates its film ("XR today (2/16) severe medial OA") is the
report on file that day: when every such report is of another region, it is no film of the
order's (``films_of_the_day``). So is one that names the joint but not its side ("XR knee
8/25/26 reviewed" when that day's only knee film is the left one, for a right TKA), and one
that gives neither day nor side nor says the film was taken that day ("XR shows OA."): it is
the films of the year on file of the order's joint, none of its side when all are the other's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from .. import lazy_re
from ..evidence.region_match import compatible, study_shows
from ..evidence.regions import regions_in_text, study_regions
from ..notes.seasons import SEASON
from .context import Context

#: "reviewed", "review of": films looked at, none said to be taken (blind wave 20, BR/hip-02:
#: "Imaging: X-rays reviewed - severe L hip OA." beside a 14-month-old film and nothing newer).
#: A study placed in a past season or year with no date, "MRI R knee from last fall", "last
#: winter", "this past year", is one done then (blind wave 23, CD/kas-02: the 10/30/2025 MRI).
RESTATED = lazy_re.compile(
    r"\b(?:(?:have|has|had)\s+(?:confirmed|shown|demonstrated|revealed)|confirmed|showed|"
    r"demonstrated|revealed|reviewed|review\s+of|(?:prior|previous|outside|old)\s+(?:films?|"
    rf"x-?rays?|xrs?|radiographs?|imaging|mri|ct)|(?:last|this\s+past)\s+(?:{SEASON}|year))\b",
    re.IGNORECASE,
)
_SIDE = lazy_re.compile(r"\b(?:right|left|rt|lt|r|l|bilat\w*|both)\b", re.IGNORECASE)
#: A month written without its day, "see 11/2025 report", "MRI Nov 2025": the study is the one
#: of that month on file (the finding's date is the month's first day).
_MONTH_ONLY = lazy_re.compile(
    r"(?<![\d/.-])(?:0?[1-9]|1[0-2])[/-](?:20)?\d{2}(?![\d/.-])"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:20)?\d{2}\b(?!\s*,)",
    re.IGNORECASE,
)
SAME_DAY = lazy_re.compile(
    r"\b(?:today|this visit|in (?:the )?(?:clinic|office)|obtained|taken)\b", re.IGNORECASE
)
MODALITIES = {
    "x-ray": re.compile(r"\b(?:x-?rays?|xrs?|radiographs?|radiographic|films?|views?)\b", re.I),
    "mri": re.compile(r"\b(?:mri|mr|magnetic resonance)\b", re.I),
    "ct": re.compile(r"\b(?:ct|cat scan|computed tomography)\b", re.I),
}


def modalities(text: str) -> set[str]:
    """The imaging modalities (keys of :data:`MODALITIES`) ``text`` names."""
    return {name for name, pattern in MODALITIES.items() if pattern.search(text)}


def _first_line(text: Any) -> str:
    return next(iter((text.text or "").strip().splitlines()), "")


def report_modalities(text: Any) -> set[str]:
    """The modalities an imaging report is of: its title's, else its first line's. A report
    filed as a "Diagnostic imaging study" names its study in its heading ("MRI KNEE RIGHT
    WITHOUT CONTRAST - 2/10/2026": blind wave 75, JY/tka-03); its findings further down may
    compare earlier films of another modality."""
    return modalities(text.title) or modalities(_first_line(text))


def restated_studies(
    findings: list[Any], ctx: Context, spec: dict[str, Any], reports: list[Any]
) -> list[Any]:
    """``findings`` with each restatement of a study on file dated by that study."""
    wanted = ctx.regions_for(spec)
    studies: list[tuple[date, set[str]]] = []
    for text in reports:
        head = f"{text.title} {(text.text or '')[:300]}"
        # The title's side may follow its region ("XR Knee Left 3 views": study_regions).
        regions = regions_in_text(head) | study_regions(text.title, text.codes)
        if text.date and text.date <= ctx.as_of and regions and compatible(wanted, regions):
            studies.append((text.date, modalities(head)))
    if not studies:
        return findings
    report_refs = {t.ref for t in reports}
    out = []
    for finding in findings:
        written = ctx.text_dates.get(finding.note_ref)
        said = finding.snippet
        if (
            written is None
            or finding.when
            or finding.copied_from
            or finding.note_ref in report_refs
            or not RESTATED.search(said)
            or SAME_DAY.search(said)
        ):
            out.append(finding)
            continue
        named = modalities(said)
        earlier = [d for d, kinds in studies if d <= written and (not named or named & kinds)]
        out.append(replace(finding, when=max(earlier)) if earlier else finding)
    return out


def films_of_the_day(
    findings: list[Any], ctx: Context, spec: dict[str, Any], reports: list[Any]
) -> list[Any]:
    """``findings`` less the statements that name no region and date their study to a day on
    which every report on file of that modality is of another region: "XR today (2/16) severe
    medial OA" in a visit about a shoulder and a knee is the knee film of 2/16 (blind wave 13,
    AP/tsa-03). With no such report that day, a statement is taken as written."""
    wanted = ctx.regions_for(spec)
    studies: dict[date, list[tuple[frozenset[str], set[str]]]] = {}
    for text in reports:
        regions = study_regions(text.title, text.codes)
        if text.date and regions:
            studies.setdefault(text.date, []).append((regions, modalities(text.title)))
    if not reports:  # a day's film, or an undated statement's film of the year (below)
        return findings
    report_refs = {t.ref for t in reports}
    out = []
    for finding in findings:
        day = finding.when or (
            ctx.text_dates.get(finding.note_ref) if SAME_DAY.search(finding.snippet) else None
        )
        named = modalities(finding.snippet)
        on_day = _studies_of(studies, day, finding.snippet)
        undated = not day and bool(named) and not side_named(finding.snippet)
        if undated:
            on_day = _films_before(reports, ctx, spec, ctx.text_dates.get(finding.note_ref))
            # Only the films of the order's joint: a chest film says nothing of a knee's.
            joint = {r for r in wanted if ":" not in r}
            on_day = [(r, kinds) for r, kinds in on_day if joint & r]
        that_day = [regions for regions, kinds in on_day if not named or named & kinds]
        if finding.regions and not undated:  # an undated one's regions are its note's
            # "XR knee 8/25/26 reviewed": the joint without its side is that day's film of the
            # joint (blind wave 21, BW/tka-03); a statement that gives its side stands.
            # "R knee pain. MRI 11/2/25 shows tear": the side the note gives the statement is
            # not the study's when the statement names none; the dated report's side is (blind
            # wave 86, LS/kas-03: "see 11/2025 report", the left knee's MRI, for a right scope).
            unsided = not any(":" in r for r in finding.regions) or not side_named(finding.snippet)
            that_day = [r for r in that_day if unsided and compatible(finding.regions, r)]
        if (
            finding.note_ref in report_refs
            or not that_day
            or any(study_shows(wanted, regions) for regions in that_day)
        ):
            out.append(finding)
    return out


def _studies_of(
    studies: dict[date, list[tuple[frozenset[str], set[str]]]], day: date | None, said: str
) -> list[tuple[frozenset[str], set[str]]]:
    """The reports on file of ``day``; of its month when none is of that day and the statement
    writes only the month ("(see 11/2025 report)": the report of 11/2/2025)."""
    if day is None:
        return []
    if day in studies or day.day != 1 or not _MONTH_ONLY.search(said):
        return studies.get(day, [])
    return [
        s for d, held in studies.items() if (d.year, d.month) == (day.year, day.month) for s in held
    ]


def side_named(statement: str) -> bool:
    """The statement itself names the side of what it reports ("R shoulder XR: severe OA"), not
    only the note around it; a bare side word counts ("XR right: severe OA")."""
    return bool(_SIDE.search(statement)) or any(":" in r for r in regions_in_text(statement))


def _films_before(
    reports: list[Any], ctx: Context, spec: dict[str, Any], written: date | None
) -> list[tuple[frozenset[str], set[str]]]:
    """(regions, modalities) of the reports on file in the criterion's window up to the note's
    day: what a statement that neither dates nor sides its film, nor says it was taken that
    day, reports. "XR shows OA." in a visit for the right shoulder when the only shoulder film
    of the year is the left one's (blind wave 35, EB/tsa-02) is that film, no radiograph of the
    right shoulder. A report is of what its title names, else its first line ("XR LEFT
    SHOULDER 2 VIEWS"): its indication ("bilateral shoulder pain") is why it was taken."""
    if written is None:
        return []
    out = []
    for text in reports:
        head = f"{text.title} {_first_line(text)}"
        regions = study_regions(text.title, text.codes) or frozenset(regions_in_text(head))
        if (
            regions
            and text.date
            and text.date <= written
            and ctx.in_window(text.date, spec.get("within_days"))
        ):
            out.append((regions, modalities(head)))
    return out
