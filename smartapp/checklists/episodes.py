"""``care_episode``: conservative care judged as one episode built from every modality.

Payers ask for "six weeks of conservative care", not six weeks of one modality: physical therapy,
then NSAIDs, then a home exercise program, then an injection add up. Each piece of care becomes an
interval — a procedure's performed date or period, a therapy visit's day (``encounters``: a
course charted only as ten "OT Hand Therapy Daily Note" encounters, blind wave 12), a medication
from its start to its recorded end (an active order runs to ``as_of`` until stopped), a note's
mention from the start its duration or dates give ("PT x 6 wks", "since mid-July", "3/2–4/20")
to the note's date — and the episode runs from the earliest start to the latest end inside the
window. Care for another body region, care only planned or declined, and care a newer note says
never happened do not count.

``per_modality: true`` judges each modality on its own instead (step therapy: twelve weeks of one
drug, not three drugs for four weeks each); a coded medication is the modality whose vocabulary
names it (``methotrexate 2.5 MG Oral Tablet`` is ``methotrexate``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..notes.cues import session_count
from .context import MAX_EVIDENCE, Context, Outcome, cite
from .courses import (
    MEDICATION_CONCEPTS,
    a_course,
    care_days,
    left_modalities,
    own_occasional_use,
    said_stopped,
    session_days,
    taken_now_and_then,
)
from .finding_dates import note_dates
from .records import OPERATORS, TOPICAL, _end, _keep
from .relevant_findings import finding_cites, relevant_findings

_DEFAULT_SPAN = 42


@dataclass(frozen=True)
class Piece:
    """One piece of care: when, which modality, and what to cite."""

    start: date
    end: date
    modality: str
    citation: dict[str, str]
    #: the interval comes from a date or duration (not just the day something was written down)
    timed: bool = True
    #: the sessions the statement counts ("plateaued after 18 PT visits")
    sessions: int = 0


def _modality_of(label: str, category: str) -> str:
    """The note concept whose phrases name a coded medication (else its first word)."""
    from ..notes.findings import load_targets

    text = label.lower()
    for concept, phrases in load_targets().get(category, {}).items():
        for phrase in phrases:
            if isinstance(phrase, str) and re.search(
                rf"(?<![\w-]){re.escape(phrase.lower())}(?!\w)", text
            ):
                return concept
    return text.split(" ")[0] if text else "medication"


def _structured(spec: dict[str, Any], ctx: Context) -> list[Piece]:
    """Coded procedures and medications as pieces of care."""
    out = []
    category = spec.get("category", "conservative-treatment")
    for key, operator in (
        ("procedures", "has_procedure"),
        ("encounters", "has_encounter"),
        ("medications", "has_medication"),
    ):
        criterion = spec.get(key)
        if criterion is None:
            continue
        criterion = {**criterion, "same_region": spec.get("same_region", False)}
        types = OPERATORS[operator][0]
        if criterion.get("prescribed"):
            # Provider-directed care: what was prescribed or given, not what the patient reports
            # taking on their own (MedicationStatement: "OTC ibuprofen now and then").
            types = tuple(t for t in types if t != "MedicationStatement")
        for item in ctx.record.of(*types):
            if item.date is None or not _keep(item, operator, criterion, ctx):
                continue
            end = max(_end(item, ctx) or item.date, item.date)
            # Coded therapy procedures are the physical-therapy modality of the notes' vocabulary;
            # a therapy visit ("OT Hand Therapy Daily Note (visit 3)") the one its type names.
            modality = (
                "physical-therapy" if key == "procedures" else _modality_of(item.label(), category)
            )
            label = f"{item.label()} from {item.date}" + (f" to {end}" if end != item.date else "")
            out.append(Piece(item.date, end, modality, cite(item.ref, label)))
    return out


def _note_criterion(spec: dict[str, Any]) -> dict[str, Any]:
    """The note_finding criterion a care_episode reads statements of care with."""
    return {
        "category": spec.get("category", "conservative-treatment"),
        "concepts": spec.get("concepts", ()),
        "same_region": spec.get("same_region", False),
        "exclude_sections": ["family"],
    }


def _from_notes(spec: dict[str, Any], ctx: Context) -> list[Piece]:
    """Pieces of care from asserted note mentions."""
    criterion = _note_criterion(spec)
    dates = note_dates(ctx)
    systemic = (spec.get("medications") or {}).get("route") == "systemic"
    out = []
    for finding in relevant_findings(criterion, ctx):
        note_date = dates.get(finding.note_ref)
        if not finding.asserted or note_date is None:
            continue
        mentioned = sorted(d for d in finding.dates if d <= note_date)
        if (finding.section == "pmh" or finding.historical) and not mentioned:
            continue  # past history with no date: not this episode
        if spec.get("provider_directed") and finding.self_directed:
            continue  # "heating pad + OTC Tylenol" on the patient's own is not directed care
        if spec.get("provider_directed") and own_occasional_use(finding):
            continue  # "Takes tylenol sometimes": the patient's own now and then, not a trial
        if systemic and _applied_to_skin(finding):
            continue  # "Using diclofenac gel": no systemic NSAID trial
        days = care_days(finding, note_date)  # "helped for a few days": the relief's days
        if days and finding.concept in MEDICATION_CONCEPTS and taken_now_and_then(finding):
            days = None  # "ibuprofen 'on and off' for a few weeks": no sustained trial
        if mentioned and days and said_stopped(finding):
            # "started 5/11, stopped it 6/22": no course running on to the note's day.
            days = None if mentioned[0] + timedelta(days) >= note_date else days
        start, end = _interval(mentioned, days, note_date)
        out.append(
            Piece(
                start,
                end,
                finding.concept,
                finding_cites([finding])[0],
                bool(mentioned or days),
                session_count(finding.snippet),
            )
        )
    return out


def _applied_to_skin(finding: Any) -> bool:
    """A medication statement that says it is put on the skin ("diclofenac gel", "topical
    NSAID", "Voltaren 1% gel to R shoulder QID"): the words next to the drug's name."""
    if finding.concept not in MEDICATION_CONCEPTS:
        return False
    snippet = finding.snippet
    at = snippet.lower().find(finding.text.lower())
    if at < 0:
        return bool(TOPICAL.search(snippet))
    return bool(TOPICAL.search(snippet[max(0, at - 25) : at + len(finding.text) + 25]))


def _interval(mentioned: list[date], days: int | None, note_date: date) -> tuple[date, date]:
    """When a mentioned piece of care ran: "3/2–4/20" → both dates (widened to a longer stated
    duration); "started 12/8, ~6 wks" →
    from the date for the duration (never past the note); "x 6 wks" → the weeks before the note;
    a bare mention → the note's day."""
    if len(mentioned) >= 2:
        start, end = mentioned[0], mentioned[-1]
        if days and (end - start).days < days:
            # "PT x 12 wks (Sept–Nov 2025)": month dates are coarse, the weeks are what was said
            # (counted from the first date, never past the note).
            end = max(end, min(start + timedelta(days=days), note_date))
        return start, end
    if mentioned:
        start = mentioned[0]
        return start, min(start + timedelta(days=days), note_date) if days else start
    if days:
        return note_date - timedelta(days=days), note_date
    return note_date, note_date


def _citations(pieces: list[Piece]) -> list[dict[str, str]]:
    """What to show for an episode: where it starts and ends, then what the notes say of it
    (a clinician reads "completed 8 weeks of PT without relief" faster than five visit codes)."""
    ordered = sorted(pieces, key=lambda p: (p.start, p.end))
    first, last = ordered[0], max(ordered, key=lambda p: p.end)
    notes = [p for p in ordered if "#" in p.citation["reference"]]
    chosen: dict[tuple[str, str], dict[str, str]] = {}
    for piece in [first, last, *notes, *ordered]:
        # A statement naming two modalities ("8 weeks of PT and naproxen") is cited once.
        key = (piece.citation["reference"].split("#")[0], piece.citation["snippet"])
        chosen.setdefault(key, piece.citation)
    return list(chosen.values())[:MAX_EVIDENCE]


def _left(spec: dict[str, Any], ctx: Context, pieces: list[Piece]) -> set[str]:
    """Modalities the notes say were left before the course was done (see courses.py)."""
    if ctx.record.findings is None:
        return set()
    return left_modalities(relevant_findings(_note_criterion(spec), ctx), note_dates(ctx), pieces)


def _span(pieces: list[Piece]) -> tuple[date, date, int]:
    start, end = min(p.start for p in pieces), max(p.end for p in pieces)
    return start, end, (end - start).days


def care_episode(spec: dict[str, Any], ctx: Context) -> Outcome:
    """One episode of care from every modality, judged against ``min_span_days``."""
    within = spec.get("within_days")
    low, high = ctx.window(within)
    floor = low or date.min
    needed = spec.get("min_span_days", _DEFAULT_SPAN)
    pieces = _structured(spec, ctx)
    if ctx.record.findings is not None:
        coded = {p.modality for p in pieces}
        # Where coded data says when a modality ran, an undated mention in a later note ("was
        # discharged from PT") does not stretch it to that note's day.
        pieces += [p for p in _from_notes(spec, ctx) if p.timed or p.modality not in coded]
    # Clip to the window: care before it does not count toward "N weeks in the last 3 months".
    inside = [
        Piece(max(p.start, floor), min(p.end, high), p.modality, p.citation, p.timed, p.sessions)
        for p in pieces
        if p.end >= floor and p.start <= high
    ]
    scope = "each modality" if spec.get("per_modality") else "all modalities"
    what = f"conservative care ({scope}) {ctx.window_text(within)}"
    if not inside:
        if pieces:
            return Outcome("missing", [], f"Searched {what}: care found only outside the window.")
        unknown = ctx.record.findings is None or ctx.record.is_unreadable(
            "Procedure", "MedicationRequest", "DocumentReference"
        )
        return Outcome("unknown" if unknown else "missing", [], f"Searched {what}: none found.")
    groups: dict[str, list[Piece]] = {}
    for piece in inside:
        groups.setdefault(piece.modality if spec.get("per_modality") else "all", []).append(piece)
    best = max(groups.values(), key=lambda g: _span(g)[2])
    start, end, span = _span(best)
    cites = _citations(best)
    sessions = spec.get("min_sessions")
    left = _left(spec, ctx, pieces) if sessions and span >= needed else set()
    if span >= needed and sessions and not a_course(best, sessions, left):
        # An evaluation, one visit and a discharge for non-attendance span weeks but are not
        # a completed course of therapy.
        days = len(session_days(best, left))
        stopped = f" ({', '.join(sorted(left))} left before it was completed)" if left else ""
        return Outcome(
            "partial",
            cites,
            f"Searched {what}: care on {days} day(s) from {start} to {end}{stopped}, no course of "
            f"at least {sessions} sessions or a stated duration.",
        )
    # When the care began (for ``after``): a mention with no date of its own speaks of care
    # before the note that writes it ("has taken naproxen"), so it began the day before.
    began = [p.start if p.timed else p.start - timedelta(days=1) for p in best]
    if span >= needed:
        return Outcome(
            "met", cites, f"Found an episode of {what}: {start} to {end} ({span} days).", began
        )
    return Outcome(
        "partial",
        cites,
        f"Searched {what}: care documented from {start} to {end} ({span} days), {needed} needed.",
        began,
    )
