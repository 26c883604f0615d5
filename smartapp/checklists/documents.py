"""The has_document operator: clinical notes (by type/category codes or title words) with
readable text in the window, filled in and signed by the right role when the spec asks.

note_finding (note_findings.py), the finding helpers (relevant_findings.py, finding_dates.py)
and has_coverage (coverage.py) lived here too until they outgrew one module.
"""

from __future__ import annotations

from typing import Any

from ..evidence.record import Note
from ..notes.late_entries import late_entry_spans
from .author_names import signed_or_named
from .context import MAX_EVIDENCE, Context, Outcome, cite, clip
from .cosigned import requester_names
from .headed_notes import headed_kept
from .not_a_plan import BLANK_FIELD, left_blank
from .note_heading import title_states
from .plan_periods import notes_lapsed
from .record_filters import matches_concept
from .signers import note_signed_by
from .unread_amendments import unread_amended
from .unread_notes import named


def named_notes(spec: dict[str, Any], ctx: Context) -> list[Note]:
    """The clinical notes ``has_document`` looks at: of the statuses and types (codes or title
    words) it names, written by the end of the window (older ones are named in its answer)."""
    low, high = ctx.window(spec.get("within_days"))
    statuses = spec.get("status", ["current"])
    headed = bool({"opens_as", "written_by"} & spec.keys())
    excluded = tuple(spec.get("exclude_names", ()))
    return [
        n
        for n in ctx.record.notes
        if n.status in statuses
        and (n.date is None or n.date <= high)
        and (
            not {"codes", "names", "title_concepts"} & spec.keys()
            or (bool({"codes", "names"} & spec.keys()) and matches_concept(n.codes, n.title, spec))
            # A title read by a note concept's words, setting and kind between ("SLP Outpatient
            # Evaluation": blind wave 74, JR/slp-02), as the note reader reads its text.
            or title_states(n.title, spec.get("title_concepts", ()))
        )
        # "Telephone visit" names a visit, and was none held with the patient.
        and not (excluded and matches_concept((), n.title or "", {"names": excluded}))
        and (not spec.get("by_requester") or _by_requester(n, ctx))
        and (not spec.get("visit_note") or _visit_note(n, ctx))
        # A note headed "Eval:" by the speech-language pathologist (headed_notes.py); only
        # notes in the window are opened to read their heading.
        and (
            not headed
            or (
                (low is None or (n.date is not None and n.date >= low))
                and headed_kept(spec, ctx, n)
            )
        )
    ]


def _by_requester(note: Note, ctx: Context) -> bool:
    """The order's requester wrote the note or co-signed it (cosigned.py): a visit note of the
    ordering practitioner is that practitioner's visit (CGM-002's face-to-face)."""
    wanted = set(ctx.order.requester_ids) if ctx.order else set()
    if wanted & set(note.authors):
        return True
    return signed_or_named(note, requester_names(ctx), ctx)  # or a display name alone


#: How far into a note a late-entry label dates the whole note (late_entries.py).
_HEAD_CHARS = 200


def _visit_note(note: Note, ctx: Context) -> bool:
    """The note is itself the record of a visit held on its day: not one filed under an
    Encounter (the Encounter is the visit, judged by its own date and type: a note signed
    8/4 for the visit of 7/10, DP/cgm-03), nor a late entry for an earlier day."""
    raw = ctx.record.resolve(note.ref) or {}
    context = raw.get("context") if isinstance(raw.get("context"), dict) else {}
    if context.get("encounter"):
        return False
    head = (note.text or "")[:_HEAD_CHARS]
    return not late_entry_spans(head, note.date)


def has_document(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Clinical notes (by type/category codes or title words) with readable text in the window."""
    low, _ = ctx.window(spec.get("within_days"))
    wanted = named_notes(spec, ctx)
    min_chars = spec.get("min_chars", 1)
    # Only notes inside the window are decoded; older ones are named but do not count.
    recent = [n for n in wanted if low is None or (n.date is not None and n.date >= low)]
    in_window = [n for n in recent if n.text is not None and len(n.text.strip()) >= min_chars]
    older = [n for n in wanted if n not in recent]
    # A document counted by its title must still have its substance: a plan-of-care template
    # whose frequency, goals or signature fields are left "***" is not yet the plan.
    blank = [n for n in in_window if spec.get("filled") and left_blank(n.text or "")]
    in_window = [n for n in in_window if n not in blank]
    lapsed: list[Note] = []
    if spec.get("in_force"):  # a plan certified for a period that ended before the service
        ended = notes_lapsed(ctx, {n.ref for n in in_window}, on=ctx.in_force_on(spec))
        lapsed = [n for n in in_window if n.ref in ended]
        in_window = [n for n in in_window if n.ref not in ended]
    roles = spec.get("signed_by")  # the supplier's "seating assessment" is no PT/OT evaluation
    others = [n for n in in_window if roles and not note_signed_by(ctx, n, roles)]
    in_window = [n for n in in_window if n not in others]
    what = f"clinical notes {ctx.window_text(spec.get('within_days'))}"
    evidence = [
        cite(n.ref, f"{n.title or 'note'} on {n.date}: {clip(n.text or '', 120)}")
        for n in in_window[:MAX_EVIDENCE]
    ]
    if len(in_window) >= spec.get("min_count", 1):
        # An amending order in force only because the plan it changes is unread (invariant a).
        doubted = unread_amended(in_window, ctx) if spec.get("in_force") else {}
        if doubted and len(in_window) - len(doubted) < spec.get("min_count", 1):
            unread = sorted({ref for refs in doubted.values() for ref in refs})
            return Outcome(
                "unknown", evidence,
                f"Found {len(in_window)} in {what}, but not judged: an order that amends a plan "
                f"of care runs only as long as that plan, and a note that could not be read may "
                f"be the plan it amends ({named(unread)}).",
            )  # fmt: skip
        return Outcome("met", evidence, f"Found {len(in_window)} in {what}.")
    if in_window:
        return Outcome("partial", evidence, f"Searched {what}: found {len(in_window)}, too few.")
    unreadable = [n for n in recent if n.text is None and not n.not_fetched]
    empty = [n for n in recent if n.text is not None and n not in blank + others + lapsed]
    if unreadable or ctx.record.is_unreadable("DocumentReference", "Binary"):
        return Outcome("unknown", [], f"Searched {what}: notes could not be read.")
    why = []
    if others:
        why.append(f"{len(others)} signed by others than a {' or '.join(roles or ())}")
    if blank:
        field = BLANK_FIELD.search(blank[0].text or "")
        quote = clip(field[0] if field else "", 60)
        why.append(f'{len(blank)} with fields left blank ("{quote}")')
    if lapsed:
        why.append(f"{len(lapsed)} for a plan period ended before {ctx.in_force_on(spec)}")
    if empty:
        why.append(f"{len(empty)} note(s) with no text (under {min_chars} characters)")
    if older:
        why.append(
            "older notes: " + ", ".join(f"{n.title or 'note'} ({n.date})" for n in older[-3:])
        )
    detail = f" ({'; '.join(why)})" if why else ""
    return Outcome("missing", [], f"Searched {what}: none found{detail}.")
