"""The note_finding operator: asserted NLP findings of a category in notes, in the window.

Split out of documents.py: it decides met / partial / missing / unknown for a criterion that
notes' statements satisfy (with duration, plan-in-force, scheduling, signer and blank-template
clauses); which findings are relevant is relevant_findings.py, when they happened finding_dates.py.
Which of them count (fact, family, a visit's order) is counted_findings.py.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence.region_match import compatible
from .blank_fields import notes_leaving_blank
from .called_off import called_off, called_off_said
from .context import Context, Outcome, clip
from .counted_findings import counts
from .finding_dates import finding_date, note_dates
from .goal_refs import not_set_here
from .not_a_plan import blank_notes, grades_goal, points_at_plan, unsigned_notes
from .older_onsets import told_before_window
from .ordered_discipline import discipline_searched
from .ordered_scope import narrower_findings, scope_searched
from .pap_effective import effective_since, lab_night_only
from .plan_periods import notes_in_force, notes_lapsed
from .plans_ahead import plans_ahead
from .radicular_durations import radiation_not_denied, radicular_only
from .relevant_findings import finding_cites, relevant_findings
from .remote_notes import message_notes, remote_notes, remote_visit
from .renewed_plans import renewed_goals
from .same_series import series_latest_day
from .scheduled import notes_scheduling_order, plans_of_study_to_do
from .series_ends import span_end
from .signers import by_role, note_signed_by, written_only_by
from .symptom_lasting import counted_to, lasted_through, still_clause
from .symptom_months import lasted_months
from .told_apart import told_apart
from .unread import none_read_here
from .unread_met import unread_doubt
from .visit_about import notes_about, notes_elsewhere


def tested_negative(ctx: Context, spec: dict[str, Any], tests: list[str]) -> set[str]:
    """The notes whose exam of the order's region found every one of ``tests`` it did normal,
    none positive (blind wave 20 leftover AN/kas-04: "Mild medial joint line
    tenderness. McMurray negative. Lachman negative, stable": the tenderness beside negative
    mechanical tests shows no mechanical lesion)."""
    regions = ctx.regions_for(spec)
    done: dict[str, bool] = {}
    for f in ctx.record.findings or ():
        if f.category != "exam-findings" or f.concept not in tests or f.family:
            continue
        if (f.negated and not f.normal) or f.hypothetical:
            continue  # "McMurray not tested d/t pain": no result either way
        # A test read negative still counts when a "no" before it in the list also reached it
        # ("no effusion, McMurray neg, Lachman neg": blind wave 35, EB/kas-02): it was done.
        if spec.get("same_region") and not compatible(regions, f.regions):
            continue
        done[f.note_ref] = done.get(f.note_ref, False) or not f.normal
    return {ref for ref, positive in done.items() if not positive}


#: A visit numbered against the course's total: "visit 1 of 6", "Visit 2/6", "session #3 of 8".
_NUMBERED_VISIT = lazy_re.compile(
    r"\b(?:visit|session|class)\s*#?\s*(\d{1,2})\s*(?:of|/)\s*(\d{1,2})\b(?!/)", re.IGNORECASE
)


def under_way(finding: Any, ctx: Context) -> bool:
    """Whether the statement, or its note's first line, numbers its visit short of the course's
    total ("Pt seen for visit 1 of 6 of supervised wt mgmt program"): a program begun, not an
    attempt completed or failed (blind wave 30, DG/bariatric-01: the supervised program's first
    dietitian visit, eight days before the bariatric request; the reviewer: "has not been
    completed or failed"). A note of the last visit ("visit 6 of 6") still counts."""
    head = ctx.texts.get(finding.note_ref, "").lstrip().split("\n", 1)[0]
    numbers = [m for text in (finding.snippet, head) for m in _NUMBERED_VISIT.finditer(text)]
    return bool(numbers) and all(int(m.group(1)) < int(m.group(2)) for m in numbers)


def note_finding(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Asserted NLP findings of a category (and concepts) in notes, with duration and window."""
    # Only for the services listed (a PT plan's goals are no nursing need): nothing to say else.
    listed = spec.get("service_is")
    if listed and not listed.contains(ctx.service_system, ctx.service_code):
        return Outcome("missing", [], "")
    outcome = _note_finding(spec, ctx)
    if spec.get("in_home") and outcome.status != "met":
        outcome.searched += " Only a limitation inside the home counts, not one in the community."
    if spec.get("visit_about") and outcome.status != "met":
        outcome.searched += (
            " Only a note that speaks of the need counts, not one of a visit for another problem."
        )
    outcome.searched += discipline_searched(spec, outcome, ctx)  # a PT need for an OT order
    if spec.get("unless_called_off") and outcome.status != "met":
        outcome.searched += called_off_said(spec["unless_called_off"], ctx)
    if spec.get("as_broad_as_order") and outcome.status != "met":  # BRCA1/2 before a panel
        outcome.searched += scope_searched(spec, ctx, narrower_findings(spec, ctx))
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
    lapsed: set[str] = set()
    if spec.get("in_force"):  # "cont POC" is no plan, nor a note about a lapsed one, nor a
        lapsed = notes_lapsed(  # goal graded "progressing", nor "progressing toward goals"
            ctx, {f.note_ref for f in asserted}, on=ctx.in_force_on(spec)
        )
        asserted = [f for f in asserted
                    if not points_at_plan(f.snippet) and not grades_goal(f.snippet)
                    and not not_set_here(f, ctx.texts)]  # fmt: skip
    if spec.get("signed_by"):  # who wrote it: the supplier ATP's assessment is not the PT's
        others = {n.ref for n in ctx.record.all_texts()
                  if n.text and not note_signed_by(ctx, n, spec["signed_by"])}  # fmt: skip
        if spec.get("reviewed_with"):  # "POC reviewed with Dr. A by phone 6/16, signed 6/17"
            others = {r for r in others if not by_role(ctx, r, spec["signed_by"])}
        asserted = [f for f in asserted if f.note_ref not in others]
    if spec.get("not_by"):  # the PT's "Quad strength 4+/5" is no evaluation behind the order
        theirs = {n.ref for n in ctx.record.all_texts() if written_only_by(n, spec["not_by"])}
        asserted = [f for f in asserted if f.note_ref not in theirs]
    if spec.get("not_beside_normal"):  # "MJL tenderness. McMurray negative." (tested_negative)
        tested = tested_negative(ctx, spec, spec["not_beside_normal"])
        asserted = [f for f in asserted if f.note_ref not in tested]
    if spec.get("visit_about"):  # "Exam: abd soft, no CVAT" at a dysuria visit (visit_about.py)
        about = notes_about(ctx, spec["visit_about"])
        if {"elsewhere", "specialties"} & spec["visit_about"].keys():  # only another clinic's
            elsewhere = notes_elsewhere(ctx, spec["visit_about"])
            asserted = [f for f in asserted if f.note_ref not in elsewhere or f.note_ref in about]
        else:
            asserted = [f for f in asserted if f.note_ref in about]
    if spec.get("in_person") or spec.get("not_messages"):  # LCD L33718: a video note's "F2F
        # today" is no in-person visit; a portal message evaluates no one (remote_notes.py)
        remote = remote_notes(ctx) if spec.get("in_person") else message_notes(ctx)
        asserted = [f for f in asserted if not remote_visit(f, remote, dates)]
    if spec.get("filled"):  # "PLAN OF CARE" heading a template left blank names no plan
        fields = spec["filled"]  # or the element's own field: "Home accessibility: ***"
        # ... or a plan sent "to Dr. X for signature", not yet certified (not_a_plan.py)
        blank = (blank_notes(ctx) | unsigned_notes(ctx)) if fields is True else (
            notes_leaving_blank(ctx, fields))  # fmt: skip
        asserted = [f for f in asserted if f.note_ref not in blank]
    if spec.get("unless_pap_effective"):  # "CPAP intolerance ... Therapy effective when used"
        asserted = [f for f in asserted  # ... nor a titration night's discomfort alone
                    if not effective_since(f, ctx, dates) and not lab_night_only(f)]
    if spec.get("unless_called_off"):  # "ECG today" the day its order was revoked (called_off)
        asserted = called_off(asserted, spec["unless_called_off"], ctx)
    if spec.get("finished"):  # "seen for visit 1 of 6 of the program": a course under way
        asserted = [f for f in asserted if not under_way(f, ctx)]
    # "LBP x 4 months ... denies radiation": no radicular pain dated (radicular_durations.py).
    asserted = radiation_not_denied(asserted, spec, ctx.texts)
    # A lapsed plan's goals count only as a re-exam in force renews them (renewed_plans.py).
    of_lapsed = [f for f in asserted if f.note_ref in lapsed]
    asserted = [f for f in asserted if f.note_ref not in lapsed]
    in_window = [
        f for f in asserted if ctx.in_window(finding_date(f, dates), spec.get("within_days"))
    ]
    # "Supartz x5 weekly 12/15/25-1/12/26": its last day too (series_ends); any care so, as a PCP
    # program "2024-25" ran into a window opening mid-2024 (blind wave 48, FY/bar-02).
    if spec.get("dated") or spec.get("category") == "conservative-treatment":
        in_window += [
            f for f in asserted if f not in in_window
            and ctx.in_window(
                span_end(f, dates.get(f.note_ref), ctx.texts.get(f.note_ref, "")),
                spec.get("within_days"),
            )
        ]  # fmt: skip
    if spec.get("latest_day"):  # "Synvisc 2025": its year's last day too (latest_days.py),
        # unless it holds the days another mention gives the series ("spring 2026" beside
        # "3/10-4/14/26": same_series.py)
        in_window += [
            f for f in asserted if f not in in_window
            and ctx.in_window(series_latest_day(f, asserted, dates, ctx.texts),
                              spec.get("within_days"))
        ]  # fmt: skip
    # A plan of care for care starting after as_of, signed before it (plans_ahead.py).
    ahead = plans_ahead(ctx, {f.note_ref for f in asserted if f not in in_window})
    in_window += [f for f in asserted if f.note_ref in ahead and f not in in_window]
    if spec.get("in_force"):  # a plan certified for a period that runs today (plan_periods.py)
        older = [f for f in asserted if f not in in_window]
        running = notes_in_force(ctx, {f.note_ref for f in older}, ctx.in_force_on(spec))
        in_window += [f for f in older if f.note_ref in running]
    if spec.get("renewed"):  # the goals of the plan a re-exam in the window renews
        older = [f for f in asserted if f not in in_window]
        in_window += renewed_goals(ctx, spec, older, dates)
        in_window += renewed_goals(ctx, spec, of_lapsed, dates, lapsed=True)
    if spec.get("scheduled"):  # the plan of the note that scheduled this study (scheduled.py)
        older = [f for f in asserted if f not in in_window]
        scheduling = notes_scheduling_order(ctx, {f.note_ref for f in older})
        in_window += [f for f in older if f.note_ref in scheduling]
        # ...or planned it in its own words, not done since (plans_of_study_to_do)
        in_window += plans_of_study_to_do(ctx, [f for f in older if f.note_ref not in scheduling])
    needed = spec.get("min_duration_days")
    # The arm pain's weeks, not the ache's; nor the ache's when the note tells the leg pain new.
    kept = radicular_only(in_window, spec, in_window, ctx.texts)
    axial, in_window = [f for f in in_window if f not in kept], kept
    # ... up to the newest note that finds it still there (symptom_lasting.py).
    in_window, through = lasted_through(in_window, spec, ctx, dates)
    # ... or from an onset told before the window, the complaint still documented in it.
    before = [f for f in asserted if f not in in_window]
    older, carried = told_before_window(before, spec, ctx, dates)
    in_window, through = in_window + older, through | carried
    long_enough = [f for f in in_window if not needed or (f.duration_days or 0) >= needed]
    if months := spec.get("min_duration_months"):  # calendar months (symptom_months.py)
        long_enough = [
            f for f in long_enough if lasted_months(f, counted_to(f, through, dates), months)
        ]
    wanted = spec.get("min_count", 1)
    # Events, not mentions: one block restated in a summary is one block (measures.py).
    events = told_apart(long_enough, dates) if long_enough and wanted > 1 else len(long_enough)
    if long_enough and (wanted == 1 or events >= wanted):
        when = [d for d in (finding_date(f, dates) for f in long_enough) if d]
        doubt = unread_doubt(long_enough, relevant, spec, ctx, dates)
        if doubt:  # a met an unread note may undo (unread_met.py)
            return Outcome("unknown", finding_cites(long_enough),
                           f"Found in {what}, but not judged: {doubt}.", when)  # fmt: skip
        lasted = still_clause(long_enough, through)  # "... still there" (symptom_lasting.py)
        return Outcome("met", finding_cites(long_enough), f"Found in {what}{lasted}.", when)
    if long_enough:  # wanted > 1: "MBB #1 ... 85%" restated is one of the two blocks
        return Outcome(
            "missing", [], f"Searched {what}: {events} of the {wanted} needed (one event "
            "mentioned again counts once).",
        )  # fmt: skip
    if in_window and (needed or months):
        longest = max((f.duration_days or 0) for f in in_window)
        shown = f" (longest documented: {longest} days)" if longest else ""
        length = f"{months}+ months" if months else f"{needed}+ days"
        return Outcome(
            "partial",
            finding_cites(in_window),
            f"Found {label} in notes, but no duration of {length} documented{shown}.",
        )
    if axial and not in_window:  # "chronic axial LBP for years ... NEW R leg pain started ..."
        return Outcome("missing", [], f"Searched {what}: only the axial pain's length "
                       f'("{clip(axial[0].snippet, 80)}"); the note dates or tells the '
                       "radicular pain's start apart.")  # fmt: skip
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
    none_readable = none_read_here(spec, ctx)
    # A criterion on the order's own words (``kinds: [order]``) read all it reads.
    reads_notes = "note" in spec.get("kinds", ("note",))
    if reads_notes and (record.is_unreadable("DocumentReference", "Binary") or none_readable):
        return Outcome("unknown", [], f"Could not search {what}: notes could not be read.")
    return Outcome("missing", [], f"Searched {what}: none found.")
