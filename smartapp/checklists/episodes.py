"""``care_episode``: conservative care judged as one episode built from every modality.

Payers ask for "six weeks of conservative care", not six weeks of one modality: physical therapy,
then NSAIDs, then a home exercise program, then an injection add up. Each piece of care becomes an
interval — a procedure's performed date or period, a therapy visit's day (``encounters``: a
course charted only as ten "OT Hand Therapy Daily Note" encounters, blind wave 12), a medication
from its start to its recorded end (an active order runs to ``as_of`` until stopped), a note's
mention from the start its duration or dates give ("PT x 6 wks", "since mid-July", "3/2–4/20")
to the note's date — and the episode runs from the earliest start to the latest end inside the
window. Care for another body region, care only planned or declined, and care a newer note says
never happened do not count; nor does care begun with the request beside earlier care
(``tried_before``). Care stopped, then a pause longer than the trial asks for, then care begun
anew, are two episodes (``episodes_of``). Both are read in episode_spans.py.

``per_modality: true`` judges each modality on its own instead (step therapy: twelve weeks of one
drug, not three drugs for four weeks each); a coded medication is the modality whose vocabulary
names it (``methotrexate 2.5 MG Oral Tablet`` is ``methotrexate``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from .attested_care import unattested
from .calendar_months import month_measure, months_text
from .care_begun import (
    begun_by_plan,
    bounded_by_plans,
    drugs_begun,
    listed_in,
    named_by_plans,
    taken_since_plans,
)
from .care_piece import Piece
from .coded_pieces import structured_pieces
from .context import MAX_EVIDENCE, Context, Outcome
from .course_left import left_modalities
from .course_under_way import plan_runs_past
from .courses import a_course, discharge_days_dropped, session_days
from .episode_pieces import note_criterion, note_pieces
from .episode_spans import episode_span, episodes_of, longest_days, tried_before, with_request
from .finding_dates import note_dates
from .followed_plans import followed_plan_drugs
from .left_restated import left_restatements_dropped
from .meds_taken import meds_taken_since_plans, planned_drugs
from .piece_anchors import anchored
from .relevant_findings import relevant_findings
from .still_on import unread_still
from .topical_plans import by_mouth_plans
from .unread_anchors import placed_by_notes, unread_anchor
from .unread_denials import unread_taken_back
from .unread_mentions import unread_mention
from .unread_stops import unread_pause, unread_stop

_DEFAULT_SPAN = 42


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


def _texts(ctx: Context) -> dict[str, str]:
    """Each note's text by reference (a therapy's discharge document says what it is of)."""
    return {n.ref: n.text or "" for n in ctx.record.all_texts()}


def _left(spec: dict[str, Any], ctx: Context, pieces: list[Piece]) -> set[str]:
    """Modalities the notes say were left before the course was done (see courses.py)."""
    if ctx.record.findings is None:
        return set()
    said = relevant_findings(note_criterion(spec), ctx)
    return left_modalities(said, note_dates(ctx), pieces, _texts(ctx))


def care_episode(spec: dict[str, Any], ctx: Context) -> Outcome:
    """One episode of care from every modality, judged against ``min_span_days``, or
    ``min_span_months`` calendar months (calendar_months.py)."""
    within = spec.get("within_days")
    low, high = ctx.window(within)
    floor = low or date.min
    months = spec.get("min_span_months")
    needed = months * 28 if months else spec.get("min_span_days", _DEFAULT_SPAN)

    def measure(some: list[Piece]) -> int:
        """An episode's span: days, or with ``min_span_months`` 28-day months reached."""
        return month_measure(some, floor) if months else episode_span(some)[2]

    pieces = structured_pieces(spec, ctx)
    placed: dict = {}  # undated care a plan in another note places (unread_anchors.py)
    said: list = []  # the statements of care read (unread_denials.py)
    if ctx.record.findings is not None:
        coded = {p.modality for p in pieces}
        # Where coded data says when a modality ran, an undated mention in a later note ("was
        # discharged from PT") does not stretch it to that note's day.
        # A letter's "failed 3+ months of care" attests; it is no care of its own weeks.
        stated = unattested(note_pieces(spec, ctx), ctx)
        pieces += [p for p in stated if p.timed or p.modality not in coded]
        pieces = discharge_days_dropped(pieces)  # "d/c'd from PT per attendance policy 2/10"
        said = relevant_findings(note_criterion(spec), ctx)
        # "attended 4 visits 5/1-5/15, then no-showed x3 ... D/C from PT", then "did PT for a
        # while": a course left early is not stretched by a later bare mention (left_restated)
        pieces = left_restatements_dropped(pieces, said, note_dates(ctx), _texts(ctx))
        placed = placed_by_notes(pieces)
        plans = by_mouth_plans(said, spec, ctx)  # a gel planned begins no drug by mouth
        pieces = anchored(pieces, drugs_begun(plans, note_dates(ctx)))
        # "Has failed 3 months of PT, NSAIDs" counted back past "Plan: start naproxen, PT
        # referral" of an earlier note begins there (care_begun.py).
        pieces = bounded_by_plans(pieces, begun_by_plan(said, note_dates(ctx)))
        pieces = taken_since_plans(pieces, begun_by_plan(plans, note_dates(ctx)))
        # ... and one a plan names with no word that begins it (care_begun.named_by_plans).
        named = named_by_plans(plans, note_dates(ctx))
        pieces = taken_since_plans(pieces, named, listed_in(said))
        # "Plan: meloxicam ..." then "meds not helping" (meds_taken.py).
        pieces += meds_taken_since_plans(ctx, planned_drugs(plans, note_dates(ctx)))
        # "Cyclobenzaprine, meloxicam, PT x 6 wks." then PT had: begun that day (followed_plans).
        pieces += followed_plan_drugs(plans, note_dates(ctx), pieces, ctx.record.findings)
    # Clip to the window: care before it does not count toward "N weeks in the last 3 months".
    inside = [
        replace(
            p,
            start=max(p.start, floor),
            end=min(p.end, high),
            floating=False,
            through=p.through and min(p.through, high),
            late_start=p.late_start and max(p.late_start, floor),
        )
        for p in pieces
        # "naproxen earlier in the fall" may be of the fall's first days: not inside a window
        # begun after them, though its latest day is (brief s70-h).
        if p.end >= floor and p.start <= high and not (p.season and p.season[0] < floor)
    ]
    inside = tried_before(inside, ctx.order_date)
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
    episodes = [e for group in groups.values() for e in episodes_of(group, needed)]

    def longest(some: list[Piece]) -> int:
        """The longest episode ``some`` make, grouped as ``inside`` is."""
        parts: dict[str, list[Piece]] = {}
        for piece in some:
            part = piece.modality if spec.get("per_modality") else "all"
            parts.setdefault(part, []).append(piece)
        return max(longest_days(part, needed, measure) for part in parts.values())

    best = max(episodes, key=measure)
    start, end, days = episode_span(best)
    span = measure(best)
    length = months_text(best, floor, months) if months else f"{days} days"
    cites = _citations(best)
    sessions = spec.get("min_sessions")
    left = _left(spec, ctx, pieces) if sessions and span >= needed else set()
    if span >= needed and sessions and not a_course(best, sessions, left):
        # An evaluation, one visit and a discharge for non-attendance span weeks but are not
        # a completed course of therapy.
        # The sessions a statement counts are days of care too ("attended 2 visits").
        days = max(len(session_days(best, left)), *(p.sessions for p in best))
        stopped = f" ({', '.join(sorted(left))} left before it was completed)" if left else ""
        return Outcome(
            "partial",
            cites,
            f"Searched {what}: care on {days} day(s) from {start} to {end}{stopped}, no course of "
            f"at least {sessions} sessions or a stated duration.",
        )
    running = plan_runs_past(best, ctx.order_date) if spec.get("finished") else None
    if span >= needed and running:  # a plan of care still in force: begun, not completed
        # or a course its latest statement says goes on (course_under_way.said_going)
        return Outcome(
            "partial",
            cites,
            f"Searched {what}: care from {start} to {end}, a course still under way (a plan "
            f"of care or its latest statement runs through {running}), not completed.",
        )
    # When the care began (for ``after``): a mention with no date of its own speaks of care
    # before the note that writes it ("has taken naproxen"), so it began the day before; a
    # medication list's undated line only says the drug is on the list at that visit: it dates
    # no trial at all, neither before that visit nor on its day. With nothing else dated, the
    # trial is undated and ``after`` asks a follow-up of an earlier visit instead: the only
    # visit's exam is still none (blind wave 45, FP/lumbarmri-02: "Current Outpatient
    # Medications: cyclobenzaprine ..."), but a visit 3/12 whose list holds the "ibuprofen 200 mg
    # tab - OTC prn" the 1/12 visit's exam and plan ("Ibuprofen prn", a PT referral) began is
    # its follow-up, not the trial's first day (blind wave 91, ML/lumbar-mri-02).
    began = [p.start if p.timed else p.start - timedelta(days=1) for p in best if not p.listed]
    if not needed and all(with_request(p, ctx.order_date) for p in best):
        # No length asked (the facet LCD's "documented failure" of care): what began with the
        # request ("Rx meloxicam started today"), kept above for want of earlier care, is still
        # no care tried and failed before it.
        found = f"Searched {what}: care found began with the request ({start})."
        return Outcome("partial", cites, found, began)
    if span >= needed:
        found = f"Found an episode of {what}: {start} to {end} ({length})"
        unread = unread_stop(best, needed, ctx, lambda kept: longest_days(kept, needed, measure))
        if unread:  # long enough only while a stale order runs on: its stop may be unread
            return Outcome("unknown", cites, f"{found}, but not judged: an open medication "
                           f"order carries it, and a note that could not be read may say it "
                           f"stopped ({unread}).", began)  # fmt: skip
        unread = unread_pause(best, needed, ctx, lambda kept: longest_days(kept, needed, measure))
        if unread:  # long enough only across a pause after coded care an unread note may end
            return Outcome("unknown", cites, f"{found}, but not judged: it joins coded care to "
                           f"later care across a pause, and a note that could not be read may "
                           f"say the earlier care was stopped ({unread}).", began)  # fmt: skip
        unread = unread_anchor(inside, placed, needed, floor, ctx, longest)
        if unread:  # long enough only where the read notes place undated care
            return Outcome("unknown", cites, f"{found}, but not judged: it rests on care stated "
                           f"with no date of its own, and a note that could not be read may hold "
                           f"the plan that dates it ({unread}).", began)  # fmt: skip
        doubt = unread_taken_back(inside, said, needed, ctx, longest)
        if doubt:  # care stated in notes that a newer, unread one may take back
            return Outcome("unknown", cites, f"{found}, but not judged: {doubt}.", began)
        unread = unread_mention(inside, needed, ctx, longest)
        if unread:  # "had not filled in Jan", "no-showed x3 ... D/C from PT" may be unread
            return Outcome("unknown", cites, f"{found}, but not judged: it rests on care "
                           f"mentioned with no date of its own, and a note that could not be "
                           f"read may say it was not had then or that the course was left "
                           f"before it ({unread}).", began)  # fmt: skip
        return Outcome("met", cites, f"{found}.", began)
    unread = unread_still(best, ctx)
    if unread:  # "Still on naproxen": since an earlier note that could not be read, maybe
        found = f"care documented from {start} to {end} ({length}), said still going on"
        return Outcome("unknown", cites, f"Searched {what}: {found}; not judged: a note that "
                       f"could not be read may say since when ({unread}).", began)  # fmt: skip
    if all(p.sporadic for p in best):  # "Tylenol PRN" in two visits: no course between them
        found = f"only a drug taken as needed or now and then ({start} to {end}), no course"
        return Outcome("partial", cites, f"Searched {what}: {found}.", began)
    return Outcome(
        "partial",
        cites,
        f"Searched {what}: care documented from {start} to {end} ({length})"
        + ("." if months else f", {needed} needed."),
        began,
    )
