"""Which note findings speak to a checklist criterion, and how they are cited.

Split out of documents.py: relevant_findings filters the record's NLP findings by a spec's
category, concepts, sections, kinds of text, region, requester, imaging and home clauses, and
finding_cites quotes them as evidence. note_finding, measures, visits and episodes share both.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import Any

from ..evidence.region_match import compatible
from ..notes.model import PLAN_CATEGORIES
from .abbreviated_findings import branches_on_abbreviation
from .addenda import drop_corrected, drop_withdrawn
from .advanced_films import advanced_only
from .allergy_trials import used_on_allergy_line
from .author_names import signed_or_named
from .cane_independence import without_independent_cane
from .capacity_met import before_capacity_met
from .cloned_exams import cloned_exams
from .context import MAX_EVIDENCE, Context, cite
from .cosigned import requester_names
from .differential_branches import branches_on_differential
from .elided_subject import said_of
from .exam_in_plan import plan_exam_counts
from .felt_regions import felt_after_care
from .films import films_of_the_day, restated_studies
from .finding_dates import CONTRADICTABLE, newest_wins, note_dates
from .gait_remarks import without_outweighed_remarks
from .home import in_the_home
from .imaging_texts import imaging_statements, is_imaging_report, of_modality, study_of_region
from .inadequate_studies import inadequate_statement
from .letter_claims import drop_claims_never_begun
from .letters import is_letter_of_necessity
from .named_only import said_beyond_name
from .need_stated import stated_as_need
from .never_taken import drop_listed_denied, drop_listed_never_taken
from .order_asks import requested_by_order
from .ordered_discipline import of_ordered, ordered_disciplines
from .ordered_scope import order_rank, statement_narrower
from .pending_results import awaiting_refs
from .plan_told_given import told_as_given
from .plans_ahead import plan_ahead
from .radicular_durations import joint_pain_only
from .rectal_mesalamine import without_rectal
from .restated_results import restated_results
from .results_of_another import results_of_another
from .supplier_notes import supplier_written
from .told_symptoms import told_as_symptom
from .topic_regions import injection_of_another_topic, of_note_topic
from .undecided_choice import choice_left_open
from .walk_tests import walk_test_heading


def _past_plan(finding: Any, written: date | None) -> bool:
    """A plan the statement dates a month or more before its note: an old plan, not this one."""
    when = finding.when or finding.copied_from
    return bool(when and written and when < written - timedelta(days=30))


@cache
def _mentions_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    # A word named singular is found plural too: "If new enhancing / T2 lesions -> switch DMT"
    # names the lesion the study may show (blind wave 24, CH/aim-03).
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(r"\b(" + alternatives + r")(?:s|es)?\b", re.IGNORECASE)


#: Concepts a criterion reads only when it names them (or, for walking aids, asks for
#: ``assistive_devices``): "Now using a walker" is care tried where a payer counts an assistive
#: device as nonoperative care (the hip arthroplasty's THA-002), and elsewhere a limit.
OPT_IN_CONCEPTS = frozenset({"assistive-device"})


def relevant_findings(spec: dict[str, Any], ctx: Context) -> list[Any]:
    """Findings of the spec's category/concepts, dated up to as_of, about the order's region."""
    category = spec["category"]
    concepts = set(spec.get("concepts", ()))
    sections = set(spec.get("sections", ()))
    excluded = set(spec.get("exclude_sections", ()))
    kinds = set(spec.get("kinds", ("note", "report", "order", "annotation")))
    texts = {n.ref: n for n in ctx.record.all_texts()}
    wanted_authors = set(ctx.order.requester_ids) if ctx.order else set()
    cosigned: dict[str, bool] = {}
    names: set[str] | None = None
    named_studies = imaging_statements(ctx) if spec.get("with_imaging") else set()
    # A test awaiting its result says none in its own comments or value (pending_results.py).
    awaiting = awaiting_refs(ctx.record.of("Observation", "DiagnosticReport"))
    disciplines = spec.get("of_ordered_discipline") or []
    ordered = ordered_disciplines(disciplines, ctx) if disciplines else []
    scopes = spec.get("as_broad_as_order") or []
    scope_ordered = order_rank(scopes, ctx) if scopes else None
    out = []
    for f in ctx.record.findings or ():
        text = texts.get(f.note_ref)
        if text is None or text.kind not in kinds or f.category != category:
            continue
        if text.kind == "order" and (ctx.order is None or text.ref != ctx.order.ref):
            continue  # another order's words say nothing about this one
        if text.kind == "annotation" and text.ref.split("#note", 1)[0] in awaiting:
            continue  # "PPD induration: Placed L forearm 10/2 - not read" is no result
        if requested_by_order(f, text):
            continue  # "Recert: PT 2x/wk" asks for the recertification; it is not one
        if concepts and f.concept not in concepts:
            continue
        if f.concept in OPT_IN_CONCEPTS and f.concept not in concepts and not spec.get(
            "assistive_devices"
        ):
            continue  # a walker is care only where the criterion names assistive devices
        if sections and f.section not in sections:
            continue
        if f.section in excluded and not plan_exam_counts(spec, f):
            continue  # "A/P: ... SLR neg bilat, strength 5/5" is the exam (exam_in_plan.py)
        if text.date is not None and text.date > ctx.as_of and not plan_ahead(text, ctx):
            continue  # ... but a plan of care signed before the care it plans (plans_ahead.py)
        if spec.get("same_region") and not compatible(ctx.regions_for(spec), f.regions):
            if not felt_after_care(f, ctx.regions_for(spec)) and not of_note_topic(
                f, text.text or "", ctx.regions_for(spec)
            ):  # "Functional: can't kneel" in a note about the L knee alone (topic_regions.py)
                continue  # "- still leg pain below knee" is where it failed (felt_regions.py)
        if spec.get("same_region") and injection_of_another_topic(
            f, text.text or "", ctx.regions_for(spec)
        ):  # "L knee pain. Injected with triamcinolone today. Right knee asymptomatic."
            continue
        if spec.get("same_region") == "referred" and joint_pain_only(f, ctx.order_regions):
            continue  # "knee pain since childhood" times the knee (radicular_durations.py)
        if spec.get("same_region") and not study_of_region(text, spec, ctx):
            continue  # "Hips partially imaged" on a lumbar spine film is no film of the hip
        if spec.get("by_requester") and not (wanted_authors & set(text.authors)):
            if text.ref not in cosigned:  # "Kara Webb NP / cosign M. Greer MD" (cosigned.py)
                names = names if names is not None else requester_names(ctx)
                cosigned[text.ref] = signed_or_named(text, names, ctx)  # or a display name
            if not cosigned[text.ref]:
                continue
        if category in PLAN_CATEGORIES and _past_plan(f, text.date):
            continue  # "Plan of care (initial, 11/03/25): OT 2x/wk x 8 wks - COMPLETED"
        if category in PLAN_CATEGORIES and told_as_given(f):
            continue  # "Durolane L knee last spring - helped ~6 mo": a series given
        if spec.get("records_only") and is_letter_of_necessity(text):
            continue  # "LMN: insulin-treated diabetic" attests; the record must show it
        if spec.get("in_use") and f.section == "allergies":
            if not used_on_allergy_line(f, text.text or ""):
                continue  # "Allergies: insulin detemir - rash (2021)" (allergy_trials.py)
        if spec.get("not_by_supplier") and supplier_written(text):
            continue  # the DME supplier may not perform the test (NCD 240.2; supplier_notes.py)
        if spec.get("adequate") and inadequate_statement(
            text.text or "", f.start, f.end, f.category == "measure"
        ):
            continue  # "HST ... only recorded 2.9 h - technically inadequate" (inadequate_studies)
        if spec.get("exam_only") and is_imaging_report(text):
            continue  # "Small effusion" on the MRI is imaging, not what the examiner found
        if spec.get("exam_only") and told_as_symptom(f):
            continue  # "Interval: ... locking episodes intermittently" (told_symptoms.py)
        if spec.get("positive") and f.normal:
            continue
        if spec.get("dated") and not f.when:
            continue  # "Request: Synvisc-One R knee" is this request, not a dated past series
        if not of_ordered(f.snippet, disciplines, ordered):
            continue  # "PT 2w4 for gait" is no need for the OT ordered (ordered_discipline.py)
        if statement_narrower(f.snippet, scopes, scope_ordered):
            continue  # a BRCA1/2-only test before a panel is no same test (ordered_scope.py)
        if spec.get("definite") and f.speculative:
            continue  # "TKA may eventually be needed" is not the surgical plan
        if (
            spec.get("definite")
            and f.concept.endswith("-plan")
            and choice_left_open(text.text or "", f.start, f.end)
        ):
            continue  # "Plan L shoulder replacement - type TBD" names no kind (undecided_choice)
        if spec.get("not_as_need") and stated_as_need(text.text or "", f.start):
            continue  # "pt needs head elevation" is the bed's reason, not its plan (need_stated)
        mentions = spec.get("statement_mentions")
        if (
            mentions
            and not _mentions_pattern(tuple(mentions)).search(
                # a walk test's report or caption heads its clauses' readings (walk_tests.py)
                f"{walk_test_heading(f, text)} {said_of(f.snippet, f.start, text, ctx.order)}"
            )
            and not (
                f.concept == "decision-dependent"
                and (
                    branches_on_differential(f.snippet, text.text or "")
                    or branches_on_abbreviation(
                        f.snippet, ctx.order_regions | (f.regions or frozenset())
                    )
                )
            )
        ):
            # "MRI ...; will determine need for PT vs injection" (elided_subject.py); a branch
            # on the differential ("If ileitis -> GI referral") is the study's (differential_
            # branches.py), and so is one on the finding's abbreviation ("if MMT -> APM" for a
            # knee: abbreviated_findings.py)
            continue
        if f.concept == "decision-dependent" and results_of_another(
            f.snippet, f.start, text.text or "",
            ctx.regions_for(spec) if spec.get("same_region") else None,
        ):  # fmt: skip
            continue  # "UA sent; treat per results" (results_of_another.py)
        if spec.get("with_imaging") and not (
            is_imaging_report(text) or (f.note_ref, f.snippet) in named_studies
        ):
            continue  # "R knee OA" in the history is not what the radiograph showed
        if not of_modality(text, f.snippet, spec.get("with_imaging")):
            continue  # a flexion-extension radiograph is no MRI or CT (SPS-002)
        out.append(f)
    out = drop_corrected(out, ctx.record.findings or ())  # "not June as stated above"
    if any(f.concept == "mesalamine" for f in out):  # "mesalamine PR supp" (rectal_mesalamine)
        out = without_rectal(out, {ref: t.text or "" for ref, t in texts.items()})
    out = drop_withdrawn(out, texts)  # "Correction to Functional Status above - ... in error"
    if spec.get("beyond_name"):  # "DME order: Hospital bed hi-lo." names the item (named_only)
        out = said_beyond_name(out, texts)
    if category == "exam-findings":  # the 1/5 exam repeated word for word in a 3/25 letter
        out = cloned_exams(out, texts)
    if category == "functional-deficits":  # an FCE since that finds the worker meets the job
        out = before_capacity_met(out, texts)
    if spec.get("with_imaging"):  # "Radiographs have confirmed ...": the film on file (films.py)
        reports = [t for t in texts.values() if is_imaging_report(t)]
        out = restated_studies(out, ctx, spec, reports)
        if spec.get("same_region"):  # "XR today (2/16)" when the film of 2/16 is the knee's
            out = films_of_the_day(out, ctx, spec, reports)
        if spec.get("advanced"):  # "mild right hip OA" is no advanced disease (advanced_films)
            out = advanced_only(out, ctx, spec, reports)
    if spec.get("results_on_file"):  # a letter's undated "TB screening negative" (restated_results)
        out = restated_results(out, ctx, spec["results_on_file"])
    if spec.get("in_home"):  # NCD 280.3: a limitation in the home (home.py)
        out = in_the_home(out, texts.values(), note_dates(ctx), ctx.as_of)
        out = without_independent_cane(out, texts)  # "Independent; ambulates with a cane"
        out = without_outweighed_remarks(out, texts)  # "Amb indep w/o AD. Gait mildly antalgic."
    if category not in CONTRADICTABLE or spec.get("planned") or spec.get("next_step"):
        return out  # what a visit ordered it ordered, though the patient never began it
    out = drop_listed_never_taken(out, ctx)  # a med list still naming a drug never taken
    out = drop_listed_denied(out)  # ... or one the same note says was not taken
    out = drop_claims_never_begun(out, texts, note_dates(ctx))  # "never picked up" the MTX
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
        if f.copied_from and f.late_entry:  # written later about that day's visit
            quote = f"(late entry for the visit of {f.copied_from.isoformat()}) {quote}"
        elif f.copied_from:  # the reader must see that the note only carries older text forward
            quote = f"(copied from {f.copied_from.isoformat()}) {quote}"
        out.append(cite(f"{f.note_ref}#{f.start}-{f.end}", quote))
        if len(out) == MAX_EVIDENCE:
            break
    return out
