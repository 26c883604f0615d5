"""``visits_since_report``: a therapy progress report within the last N treatment visits;
``days_since_report``: an evaluation or re-evaluation within the last N days (Ohio Medicaid:
rehabilitative therapy runs at most 60 days without a re-evaluation, OAC 5160-8-32).

Medicare's rule (Benefit Policy Manual ch. 15 §220.3) counts treatment days, not calendar days:
a progress report is due at least once every 10 treatment days. The last report is the newest of
a re-evaluation procedure (97164/97168) or a done visit typed by its code, a note titled as a
progress report or re-evaluation, or a note statement that one was done; the visits after it are
the distinct days with a coded therapy procedure or encounter, an encounter typed in words the
checklist names as a therapy visit (``visit_names``: "PT Outpatient Visit", no evaluation), or a
daily treatment note (treatment_days.py counts them).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.placeholders import mostly_unfilled
from .coded_visits import coded_encounters
from .context import Context, Outcome, cite
from .denied_reports import (
    bare_recert_plan,
    bare_recert_title,
    bare_recertification,
    denied_reports,
    remeasured,
    therapist_progress_notes,
)
from .finding_dates import finding_date, note_dates
from .lapsed_plans import plan_run_out
from .not_a_plan import blank_notes
from .plan_periods import notes_lapsed
from .record_filters import done, matches_concept
from .relevant_findings import relevant_findings
from .report_settings import kept_here, named_elsewhere
from .signers import by_role
from .treatment_days import numbered_visits, visit_days, visits_counted
from .unread_notes import named, unread_texts

#: Note statements that are a report themselves (targets.yaml, progress-report).
_REPORTING = frozenset({"re-evaluation", "report-comparison"})
_SIGNED_PLAN = frozenset({"active", "completed", "on-hold"})


#: A statement marked as carried over from an earlier note with no date to move it to (copied.py
#: dates only the dated ones): 'Continue per previous orders. (copied from prior: "POC reviewed
#: with Dr N's office")' repeats the old review, it records none on this day.
_CARRIED = lazy_re.compile(
    r"\b(?:cop(?:ied|y)|carried|pulled)(?:[- ]?forward)?\s+from\b", re.IGNORECASE
)


def _carried_forward(finding: Any) -> bool:
    """True when the finding's statement says, before it, that its text was copied forward."""
    at = finding.snippet.find(finding.text)
    return bool(at > 0 and _CARRIED.search(finding.snippet[:at]))


def _report_dates(spec: dict[str, Any], ctx: Context) -> list[tuple[date, str]]:
    found: list[tuple[date, str]] = []
    reports = {"codes": spec["reports"]} if spec.get("reports") is not None else None
    for item in ctx.record.of("Procedure"):
        if (
            reports
            and item.date
            and done(item)  # a re-evaluation "not-done" is none (brief s72-d)
            and matches_concept(item.codes, item.text, reports)
        ):
            found.append((item.date, item.ref))
    # An evaluation charted as the visit itself (an Encounter typed CPT 92523, no Procedure
    # beside it) is the evaluation on record, as has_procedure reads it (coded_visits.py).
    if reports:
        found += [(item.date, item.ref) for item in coded_encounters(reports, ctx) if item.date]
    names = {"names": spec.get("report_names", ())}
    titled = [n for n in ctx.record.notes
              if n.date and names["names"] and matches_concept((), n.title, names)]  # fmt: skip
    # A signed plan of care charted as a CarePlan ("Home health plan of care (SOC 3/2/2026)") is
    # the plan's review on the day it was written; a draft awaits the signature.
    # With ``care_plans: any`` every signed CarePlan is one, whatever its words: a home-health
    # plan charted "PT 2w8. Dx L hip fx. Goals: ..." is the plan a recertification reviews, so a
    # request with it on record is no first request (blind wave 19, BM/hh-02).
    any_plan = spec.get("care_plans") == "any"
    criterion = {"category": "progress-report"}
    findings = (
        [f for f in relevant_findings(criterion, ctx) if f.asserted] if ctx.record.findings else []
    )
    # "Progress note" is what EHRs call every visit note: it is the therapy progress report
    # only when the note compares progress with the goals ("goals partially met").
    compared = {f.note_ref for f in findings if f.concept == "goals-progress"}
    # "Progressing toward goals" compares with the goals where the note measures again what
    # goals name (blind wave 15, AY/pt-02: "QuickDASH 40.9", "flex 130"), not as a daily note's
    # copied line beside the exercises done (U/therapy-03).
    # Measured means a value taken: "AROM/PROM, putty, ADL sim" is the exercise list of a daily
    # note the EHR types "Progress Note", copied forward visit after visit with "progressing
    # toward goals" (blind wave 109, OV/therapy-pt-ot-chiro-03): no goal measured again, so no
    # report (MBPM ch. 15 §220.3), nor the re-evaluation OAC 5160-8-32 asks.
    measured = remeasured(ctx)
    valued = remeasured(ctx, scored=True)
    compared |= {
        f.note_ref for f in findings if f.concept == "goals-progressing" and f.note_ref in valued
    }
    compared |= therapist_progress_notes(findings, ctx, valued)  # "OT PROGRESS NOTE: DASH 38"
    bare = spec.get("recerts_remeasure")  # "OT POC recertification" re-signing the plan only
    found += [(n.date, n.ref) for n in titled
              if not (bare and bare_recert_title(n, names, measured | compared))]  # fmt: skip
    for plan in ctx.record.of("CarePlan"):
        if (plan.date and (names["names"] or any_plan) and plan.status in _SIGNED_PLAN
                and (any_plan or matches_concept((), plan.text, names))
                and not (spec.get("recerts_remeasure")  # a re-signed plan: denied_reports.py
                         and bare_recert_plan(plan, measured | compared))):  # fmt: skip
            found.append((plan.date, plan.ref))
    # A report another setting wrote ("IEP Progress Report (Lincoln Elementary)", a school SLP's
    # re-evaluation, for speech therapy a PT's) is not the treating clinic's: report_settings.py.
    discipline = spec.get("discipline")
    if spec.get("findings") is False:
        found = kept_here(found, ctx.record.all_texts(), discipline)
        return [(d, r) for d, r in found if d <= ctx.as_of]
    dates = note_dates(ctx)
    texts = ctx.texts

    def named_away(finding: Any) -> bool:
        return named_elsewhere(texts.get(finding.note_ref, ""), finding.start, discipline)

    for finding in findings:
        when = finding_date(finding, dates)
        # A measure set against the last report's ("45% -> 70% since last report") is the
        # comparison the report owes, whatever the note is called (targets.yaml).
        report = finding.concept in _REPORTING or (
            finding.concept == "progress-note" and finding.note_ref in compared
        )
        if report and spec.get("recerts_remeasure"):  # "recertification ... goals unchanged"
            report = not bare_recertification(finding, ctx, measured | compared)
        if report and when and not named_away(finding):
            found.append((when, f"{finding.note_ref}#{finding.start}-{finding.end}"))
    # An evaluation only a note's words state ("Informal assessment: ...", "SLP eval 11/04"):
    # the item asking for the evaluation finds it so, and the re-evaluation clock starts there
    # (blind wave 17, BE/slp-04); planned ones ("eval next session") are not asserted.
    stated = {"category": "clinical-notes", "concepts": spec.get("report_concepts"),
              "exclude_sections": ["plan", "goals"]}  # fmt: skip
    for finding in relevant_findings(stated, ctx) if stated["concepts"] else ():
        when = finding_date(finding, dates)
        if finding.asserted and when and not _carried_forward(finding) and not named_away(finding):
            found.append((when, f"{finding.note_ref}#{finding.start}-{finding.end}"))
    found = kept_here(found, ctx.record.all_texts(), discipline)
    denied = denied_reports(ctx)  # "Recertification (MD signature only, no re-assessment)"
    # A draft whose fields are still "***" measured and compared nothing: no report, whatever its
    # title (blind wave 65, IK/therapy-pt-ot-chiro-03: "OT PROGRESS REPORT (DRAFT - NOT SIGNED)").
    denied |= {n.ref for n in ctx.record.all_texts() if n.text and mostly_unfilled(n.text)}
    found = [(d, r) for d, r in found if r.split("#", 1)[0] not in denied]
    if spec.get("signed_by"):  # the agency PT's "Reassessment" is no practitioner's review
        found = [(d, r) for d, r in found if by_role(ctx, r.split("#", 1)[0], spec["signed_by"])]
    # A note counted by its title whose text could not be read may be the draft left "***"
    # (denied above when read), the lapsed plan or the re-signature only: it is no report on
    # record (the engine makes the gap "could not be checked", naming it: unread.py;
    # bench/unread.py found IK/therapy-pt-ot-chiro-03's draft met when its Binary was lost).
    unread = {n.ref for n in ctx.record.notes if n.text is None and not n.not_fetched}
    found = [(d, r) for d, r in found if r.split("#", 1)[0] not in unread]
    if spec.get("filled"):  # a recertification draft left "***" is a review still to come
        blank = blank_notes(ctx)
        found = [(d, r) for d, r in found if r.split("#", 1)[0] not in blank]
    if spec.get("in_force"):  # "Cert period 3/2-4/30 ended. Recert requested": no review yet
        lapsed = notes_lapsed(ctx, {r.split("#", 1)[0] for _d, r in found}, when_written=True)
        found = [(d, r) for d, r in found if r.split("#", 1)[0] not in lapsed]
    return [(d, r) for d, r in found if d <= ctx.as_of]


def visits_since_report(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Met when the last progress report is at most ``max_visits`` treatment days old; not
    applicable before the ``max_visits``-th visit with no report."""
    limit = spec["max_visits"]
    reports = _report_dates(spec, ctx)
    days = visit_days(spec, ctx)
    what = f"progress reports and treatment visits up to {ctx.as_of.isoformat()}"
    # Due "at least once every 10 treatment days": by the 10th visit after the last one.
    numbered = numbered_visits(ctx)
    if not reports:
        count = visits_counted(len(days), numbered, None)
        if count < limit:
            # Not due is not documented: the item does not apply yet (and shows no evidence).
            return Outcome(
                "not_applicable", [], f"Searched {what}: {count} visits, no report due yet."
            )
        return Outcome(
            "missing", [], f"Searched {what}: no progress report in {count} treatment visits."
        )
    last, ref = max(reports)
    since = visits_counted(len([d for d in days if d > last]), numbered, last)
    evidence = [cite(ref, f"progress report on {last.isoformat()}; {since} visits since")]
    if since < limit:
        # A note after the report that could not be read may be a visit, or a daily note whose
        # visit number shows visits the record left out (bench/unread.py, invariant a).
        notes = unread_texts(ctx, ("note",))
        unread = [n.ref for n in notes if n.date and last < n.date <= ctx.as_of]
        if unread:
            why = f"but not judged: a note after it could not be read ({named(unread)})"
            return Outcome("unknown", evidence, f"Found a report {since} visits ago, {why}.")
        return Outcome("met", evidence, f"Found a progress report {since} visits ago.")
    return Outcome(
        "missing",
        [],
        f"Searched {what}: the last progress report ({last.isoformat()}) is {since} treatment "
        f"visits old; one is due every {limit}.",
    )


def days_since_report(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Met when the newest evaluation/re-evaluation is at most ``max_days`` old on the anchor;
    not applicable when there is none (the evaluation item asks for one)."""
    limit = spec["max_days"]
    reports = _report_dates({**spec, "findings": spec.get("findings", True)}, ctx)
    what = f"evaluations and re-evaluations up to {ctx.as_of.isoformat()}"
    # A plan of care that ran out within the limit makes the request a recertification, not a
    # first request: the review is due (lapsed_plans.py; blind wave 96, NG/hh-02).
    lapsed = plan_run_out(ctx, limit) if not reports and spec.get("in_force") else None
    if lapsed:
        ref, ended = lapsed
        return Outcome(
            "missing",
            [],
            f"Searched {what}: none in force; the plan of care on record ({named([ref])}) ran "
            f"out on {ended.isoformat()}, and no review or recertification since.",
        )
    if not reports:
        return Outcome("not_applicable", [], f"Searched {what}: none found yet.")
    last, ref = max(reports)
    age = (ctx.as_of - last).days
    evidence = [cite(ref, f"evaluation on {last.isoformat()} ({age} days ago)")]
    if age <= limit:
        return Outcome("met", evidence, f"Found an evaluation {age} days ago.")
    return Outcome(
        "missing",
        [],
        f"Searched {what}: the last one ({last.isoformat()}) is {age} days old; treatment may run "
        f"at most {limit} days without a re-evaluation.",
    )


def service_is(spec: Any, ctx: Context) -> Outcome:
    """Met when the requested service code is in the list (for ``applies_when``)."""
    if spec.contains(ctx.service_system, ctx.service_code):
        return Outcome("met", [], f"The service {ctx.service_code} is in {spec.name}.")
    return Outcome("missing", [], f"The service {ctx.service_code} is not in {spec.name}.")
