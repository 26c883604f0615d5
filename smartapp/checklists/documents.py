"""Operators over notes and coverage: has_document, note_finding, has_coverage."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from functools import cache
from typing import Any

from ..evidence.regions import compatible
from ..notes.model import PLAN_CATEGORIES
from .addenda import drop_corrected
from .context import MAX_EVIDENCE, Context, Outcome, cite, clip
from .films import restated_studies
from .home import in_the_home
from .plan_periods import (
    BLANK_FIELD,
    grades_goal,
    left_blank,
    notes_in_force,
    notes_lapsed,
    points_at_plan,
)
from .records import matches_concept
from .scheduled import notes_scheduling_order
from .signers import signed_by


def has_document(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Clinical notes (by type/category codes or title words) with readable text in the window."""
    low, high = ctx.window(spec.get("within_days"))
    statuses = spec.get("status", ["current"])
    wanted = [
        n
        for n in ctx.record.notes
        if n.status in statuses
        and (n.date is None or n.date <= high)
        and (
            ("codes" not in spec and "names" not in spec) or matches_concept(n.codes, n.title, spec)
        )
    ]
    min_chars = spec.get("min_chars", 1)
    # Only notes inside the window are decoded; older ones are named but do not count.
    recent = [n for n in wanted if low is None or (n.date is not None and n.date >= low)]
    in_window = [n for n in recent if n.text is not None and len(n.text.strip()) >= min_chars]
    older = [n for n in wanted if n not in recent]
    # A document counted by its title must still have its substance: a plan-of-care template
    # whose frequency, goals or signature fields are left "***" is not yet the plan.
    blank = [n for n in in_window if spec.get("filled") and left_blank(n.text or "")]
    in_window = [n for n in in_window if n not in blank]
    roles = spec.get("signed_by")  # the supplier's "seating assessment" is no PT/OT evaluation
    others = [n for n in in_window if roles and not signed_by(n.text or "", roles)]
    in_window = [n for n in in_window if n not in others]
    what = f"clinical notes {ctx.window_text(spec.get('within_days'))}"
    evidence = [
        cite(n.ref, f"{n.title or 'note'} on {n.date}: {clip(n.text or '', 120)}")
        for n in in_window[:MAX_EVIDENCE]
    ]
    if len(in_window) >= spec.get("min_count", 1):
        return Outcome("met", evidence, f"Found {len(in_window)} in {what}.")
    if in_window:
        return Outcome("partial", evidence, f"Searched {what}: found {len(in_window)}, too few.")
    unreadable = [n for n in recent if n.text is None and not n.not_fetched]
    empty = [n for n in recent if n.text is not None and n not in blank + others]
    if unreadable or ctx.record.is_unreadable("DocumentReference", "Binary"):
        return Outcome("unknown", [], f"Searched {what}: notes could not be read.")
    why = []
    if others:
        why.append(f"{len(others)} signed by others than a {' or '.join(roles or ())}")
    if blank:
        field = BLANK_FIELD.search(blank[0].text or "")
        quote = clip(field[0] if field else "", 60)
        why.append(f'{len(blank)} with fields left blank ("{quote}")')
    if empty:
        why.append(f"{len(empty)} note(s) with no text (under {min_chars} characters)")
    if older:
        why.append(
            "older notes: " + ", ".join(f"{n.title or 'note'} ({n.date})" for n in older[-3:])
        )
    detail = f" ({'; '.join(why)})" if why else ""
    return Outcome("missing", [], f"Searched {what}: none found{detail}.")


def note_dates(ctx: Context) -> dict[str, date | None]:
    """Text reference → its date (notes, report texts, order texts)."""
    return ctx.text_dates


#: Findings that are events: the date their statement gives is when they happened ("XR from
#: 07/2025", "PT 3/2-4/20", "back pain for 8 weeks in 2019", trauma "MVC 2019"). States (a
#: limitation, an exam finding) are as the note records them on its own date, whatever onset
#: they mention ("paraplegia (MVC 2019)").
EVENT_CATEGORIES = frozenset(
    {"diagnostic-results", "conservative-treatment", "medication-history", "measure",
     "progress-report", "plan-of-care", "work-injury", "face-to-face", "symptom-duration",
     "red-flags"}
)  # fmt: skip


#: The finding is a fall itself (not a limitation whose statement says "since fall 2025").
_ONE_FALL = re.compile(r"\s*(?:a\s+)?(?:fall|fell)\s*", re.IGNORECASE)


def finding_date(finding: Any, dates: dict[str, date | None]) -> date | None:
    """When a finding happened: for an event, the date its statement gives, else the date of
    the note it is written in."""
    if finding.when and (
        finding.category in EVENT_CATEGORIES
        or (finding.category == "functional-deficits" and _ONE_FALL.fullmatch(finding.text))
    ):
        return finding.when  # a fall is an event: "fall off a ladder in 2019" is not recent
    return written_date(finding, dates)


def written_date(finding: Any, dates: dict[str, date | None]) -> date | None:
    """When the finding's statement was written: its note's date, or the date of the note it
    was copied from (text copied forward was written on the older note's day)."""
    return finding.copied_from or dates.get(finding.note_ref)


def note_authors(ctx: Context) -> dict[str, tuple[str, ...]]:
    """Text reference → the ids of its authors."""
    return {n.ref: n.authors for n in ctx.record.all_texts()}


#: Categories where a newer note can undo an older one ("never did PT" after "PT x 6 wks").
CONTRADICTABLE = frozenset({"conservative-treatment", "medication-history"})


def newest_wins(findings: list[Any], dates: dict[str, date | None]) -> list[Any]:
    """Drop asserted mentions of a concept when a strictly newer note only negates it
    ("completed PT" in March, "never did PT" in May → not done)."""
    by_concept: dict[str, list[Any]] = defaultdict(list)
    for finding in findings:
        by_concept[finding.concept].append(finding)
    kept = []
    for group in by_concept.values():
        asserted = [written_date(f, dates) or date.min for f in group if f.asserted]
        negated = [written_date(f, dates) or date.min for f in group if f.negated]
        if asserted and negated and max(negated) > max(asserted):
            kept += [f for f in group if not f.asserted]
        else:
            kept += group
    return kept


_IMAGING_CONCEPTS = frozenset({"x-ray", "mri", "ct", "ultrasound", "other-imaging"})
_IMAGING_TEXT = re.compile(r"\b(radiology|imaging|x-?ray|xr|mri|ct|radiograph\w*|18748-4)\b", re.I)


def _imaging_statements(ctx: Context) -> set[tuple[str, str]]:
    """(text ref, statement) of every statement that names an imaging study."""
    return {
        (f.note_ref, f.snippet)
        for f in ctx.record.findings or ()
        if f.category == "diagnostic-results" and f.concept in _IMAGING_CONCEPTS
    }


def _past_plan(finding: Any, written: date | None) -> bool:
    """A plan the statement dates a month or more before its note: an old plan, not this one."""
    when = finding.when or finding.copied_from
    return bool(when and written and when < written - timedelta(days=30))


def _is_imaging_report(text: Any) -> bool:
    return text.kind == "report" or bool(
        _IMAGING_TEXT.search(f"{text.title} {' '.join(c.code for c in text.codes)}")
    )


@cache
def _mentions_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


#: What an order can ask for but never show done: an evaluation, a re-evaluation or progress
#: report, a recertification. In the order under review "Recert: PT 2x/wk", "PT eval and treat"
#: or "Recert period 3 SN 2w4" name the service requested; only a statement that dates an earlier
#: one ("per 02/10 progress report", "Re-exam 06/26") points at a report on record (blind wave
#: 11: a home-health recertification order was its own 60-day plan review, "0 days ago").
_ORDER_ASKS_FOR = frozenset(
    {("progress-report", "*"), ("plan-of-care", "certified"),
     ("exam-findings", "therapy-evaluation"), ("clinical-notes", "slp-evaluation"),
     ("clinical-notes", "wheelchair-evaluation"), ("clinical-notes", "psych-evaluation"),
     ("clinical-notes", "nutrition-evaluation")}
)  # fmt: skip


def _requested_by_order(finding: Any, text: Any) -> bool:
    """The order's own words naming an evaluation or report without dating an earlier one."""
    if text.kind != "order" or not (
        (finding.category, "*") in _ORDER_ASKS_FOR
        or (finding.category, finding.concept) in _ORDER_ASKS_FOR
    ):
        return False
    return not (finding.when and (text.date is None or finding.when < text.date))


def relevant_findings(spec: dict[str, Any], ctx: Context) -> list[Any]:
    """Findings of the spec's category/concepts, dated up to as_of, about the order's region."""
    category = spec["category"]
    concepts = set(spec.get("concepts", ()))
    sections = set(spec.get("sections", ()))
    excluded = set(spec.get("exclude_sections", ()))
    kinds = set(spec.get("kinds", ("note", "report", "order", "annotation")))
    texts = {n.ref: n for n in ctx.record.all_texts()}
    wanted_authors = set(ctx.order.requester_ids) if ctx.order else set()
    imaging_statements = _imaging_statements(ctx) if spec.get("with_imaging") else set()
    out = []
    for f in ctx.record.findings or ():
        text = texts.get(f.note_ref)
        if text is None or text.kind not in kinds or f.category != category:
            continue
        if text.kind == "order" and (ctx.order is None or text.ref != ctx.order.ref):
            continue  # another order's words say nothing about this one
        if _requested_by_order(f, text):
            continue  # "Recert: PT 2x/wk" asks for the recertification; it is not one
        if concepts and f.concept not in concepts:
            continue
        if (sections and f.section not in sections) or f.section in excluded:
            continue
        if text.date is not None and text.date > ctx.as_of:
            continue
        if spec.get("same_region") and not compatible(ctx.regions_for(spec), f.regions):
            continue
        if spec.get("by_requester") and not (wanted_authors & set(text.authors)):
            continue
        if category in PLAN_CATEGORIES and _past_plan(f, text.date):
            continue  # "Plan of care (initial, 11/03/25): OT 2x/wk x 8 wks - COMPLETED"
        if spec.get("exam_only") and _is_imaging_report(text):
            continue  # "Small effusion" on the MRI is imaging, not what the examiner found
        if spec.get("positive") and f.normal:
            continue
        if spec.get("dated") and not f.when:
            continue  # "Request: Synvisc-One R knee" is this request, not a dated past series
        if spec.get("definite") and f.speculative:
            continue  # "TKA may eventually be needed" is not the surgical plan
        mentions = spec.get("statement_mentions")
        if mentions and not _mentions_pattern(tuple(mentions)).search(f.snippet):
            continue
        if spec.get("with_imaging") and not (
            _is_imaging_report(text) or (f.note_ref, f.snippet) in imaging_statements
        ):
            continue  # "R knee OA" in the history is not what the radiograph showed
        out.append(f)
    out = drop_corrected(out, ctx.record.findings or ())  # "not June as stated above"
    if spec.get("with_imaging"):  # "Radiographs have confirmed ...": the film on file (films.py)
        reports = [t for t in texts.values() if _is_imaging_report(t)]
        out = restated_studies(out, ctx, spec, reports)
    if spec.get("in_home"):  # NCD 280.3: a limitation in the home (home.py)
        out = in_the_home(out, texts.values(), note_dates(ctx), ctx.as_of)
    if category not in CONTRADICTABLE:
        return out
    return newest_wins(out, note_dates(ctx))


def finding_cites(found: list[Any]) -> list[dict[str, str]]:
    """Cite each supporting statement once (several targets in one statement cite it once)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for f in found:
        key = (f.note_ref, f.snippet)
        if key in seen:
            continue
        seen.add(key)
        quote = f.snippet or f.text
        if f.copied_from:  # the reader must see that the note only carries older text forward
            quote = f"(copied from {f.copied_from.isoformat()}) {quote}"
        out.append(cite(f"{f.note_ref}#{f.start}-{f.end}", quote))
        if len(out) == MAX_EVIDENCE:
            break
    return out


def counts(finding: Any, spec: dict[str, Any]) -> bool:
    """Whether a finding counts for a note_finding criterion. By default only what is stated
    as fact about the patient; with ``family: true`` only what is stated about a relative (a
    family-history section or a FAMILY-modified statement), for criteria where the relatives'
    history is the evidence (hereditary cancer). Negated statements never count ("no family
    history of cancer")."""
    if spec.get("family"):
        return finding.family and not finding.negated
    return finding.asserted


def note_finding(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Asserted NLP findings of a category (and concepts) in notes, with duration and window."""
    outcome = _note_finding(spec, ctx)
    if spec.get("in_home") and outcome.status != "met":
        outcome.searched += " Only a limitation inside the home counts, not one in the community."
    return outcome


def _note_finding(spec: dict[str, Any], ctx: Context) -> Outcome:
    record = ctx.record
    category = spec["category"]
    concepts = set(spec.get("concepts", ()))
    label = f"{category} ({', '.join(sorted(concepts))})" if concepts else category
    what = f"note text for {label} {ctx.window_text(spec.get('within_days'))}"
    if record.findings is None:
        return Outcome("unknown", [], f"Could not search {what}: note analysis unavailable.")
    dates = note_dates(ctx)
    relevant = relevant_findings(spec, ctx)
    asserted = [f for f in relevant if counts(f, spec)]
    if spec.get("in_force"):  # "cont POC" is no plan, nor a note about a lapsed one, nor a
        lapsed = notes_lapsed(ctx, {f.note_ref for f in asserted})  # goal graded "progressing"
        asserted = [f for f in asserted if f.note_ref not in lapsed
                    and not points_at_plan(f.snippet) and not grades_goal(f.snippet)]  # fmt: skip
    if spec.get("signed_by"):  # who wrote it: the supplier ATP's assessment is not the PT's
        others = {n.ref for n in ctx.record.all_texts()
                  if n.text and not signed_by(n.text, spec["signed_by"])}  # fmt: skip
        asserted = [f for f in asserted if f.note_ref not in others]
    if spec.get("filled"):  # "PLAN OF CARE" heading a template left blank names no plan
        blank = {n.ref for n in ctx.record.all_texts() if n.text and left_blank(n.text)}
        asserted = [f for f in asserted if f.note_ref not in blank]
    in_window = [
        f for f in asserted if ctx.in_window(finding_date(f, dates), spec.get("within_days"))
    ]
    if spec.get("in_force"):  # a plan certified for a period that runs today (plan_periods.py)
        older = [f for f in asserted if f not in in_window]
        running = notes_in_force(ctx, {f.note_ref for f in older})
        in_window += [f for f in older if f.note_ref in running]
    if spec.get("scheduled"):  # the plan of the note that scheduled this study (scheduled.py)
        older = [f for f in asserted if f not in in_window]
        scheduling = notes_scheduling_order(ctx, {f.note_ref for f in older})
        in_window += [f for f in older if f.note_ref in scheduling]
    needed = spec.get("min_duration_days")
    long_enough = [f for f in in_window if not needed or (f.duration_days or 0) >= needed]
    if len(long_enough) >= spec.get("min_count", 1):
        when = [d for d in (finding_date(f, dates) for f in long_enough) if d]
        return Outcome("met", finding_cites(long_enough), f"Found in {what}.", when)
    if in_window and needed:
        longest = max((f.duration_days or 0) for f in in_window)
        shown = f" (longest documented: {longest} days)" if longest else ""
        return Outcome(
            "partial",
            finding_cites(in_window),
            f"Found {label} in notes, but no duration of {needed}+ days documented{shown}.",
        )
    if asserted:
        old = "; ".join(f'"{clip(f.snippet, 60)}" ({finding_date(f, dates)})' for f in asserted[:3])
        return Outcome("missing", [], f"Searched {what}: found only outside the window ({old}).")
    negated = [f for f in relevant if not counts(f, spec)]
    if negated:
        quote = (negated[0].snippet or negated[0].text).strip()
        # With `family: true` the patient's own history is what does not count here.
        kinds = (
            "negated or the patient's own mentions"
            if spec.get("family")
            else "negated, planned or family mentions"
        )
        return Outcome(
            "missing",
            [],
            f'Searched {what}: only {kinds} ("{clip(quote, 100)}"), which do not count.',
        )
    # Notes not fetched (outside every window) are neither readable nor unreadable here.
    fetched = [n for n in record.notes if not n.not_fetched]
    none_readable = fetched and all(n.text is None for n in fetched)
    if record.is_unreadable("DocumentReference", "Binary") or none_readable:
        return Outcome("unknown", [], f"Could not search {what}: notes could not be read.")
    return Outcome("missing", [], f"Searched {what}: none found.")


def _unnamed_payor(coverage: dict[str, Any], ctx: Context) -> bool:
    """Whether a payor of the coverage has no name the record can read (no display, and the
    Organization it references is not in the record)."""
    payors = coverage.get("payor") if isinstance(coverage.get("payor"), list) else []
    return any(
        isinstance(p, dict) and not p.get("display")
        and not (ctx.record.resolve(p.get("reference")) or {}).get("name")
        for p in payors
    )  # fmt: skip


def has_coverage(spec: dict[str, Any], ctx: Context) -> Outcome:
    """CareSource Coverage with a member ID, active on the date of service."""
    payors = [p.lower() for p in spec.get("payor_names", ["caresource"])]
    what = f"Coverage for payor {'/'.join(payors)} on {ctx.service_date.isoformat()}"
    coverages = [e for e in ctx.record.of("Coverage") if e.status != "entered-in-error"]
    ours = [c for c in coverages if any(p in c.payors for p in payors)]
    if not ours:
        if ctx.record.is_unreadable("Coverage"):
            return Outcome("unknown", [], f"Could not search {what}: Coverage could not be read.")
        unnamed = [c for c in coverages if _unnamed_payor(c.raw, ctx)]
        if unnamed:
            # Payor: Reference(Organization) with no display, and the Organization not read:
            # that coverage may well be CareSource's, so none found is no "missing".
            why = f"{len(unnamed)} coverage(s) name their payor only by a reference not read"
            return Outcome("unknown", [], f"Could not search {what}: {why}.")
        others = f" ({len(coverages)} other coverage found)" if coverages else ""
        return Outcome("missing", [], f"Searched {what}: none found{others}.")
    problems: list[str] = []
    for coverage in ours:
        active = (
            coverage.status in ("active", "")
            and (coverage.date is None or coverage.date <= ctx.service_date)
            and (coverage.end is None or coverage.end >= ctx.service_date)
        )
        gaps = []
        if spec.get("member_id", True) and not coverage.member_id:
            gaps.append("no member ID")
        if spec.get("active_on_service_date", True) and not active:
            gaps.append(f"not active on {ctx.service_date.isoformat()}")
        evidence = [cite(coverage.ref, f"CareSource member {coverage.member_id or '(no ID)'}")]
        if not gaps:
            return Outcome("met", evidence, f"Found {what}.")
        problems.append(f"{coverage.ref}: {', '.join(gaps)}")
    return Outcome(
        "partial",
        [cite(c.ref, "CareSource coverage") for c in ours[:MAX_EVIDENCE]],
        f"Searched {what}: " + "; ".join(problems) + ".",
    )
