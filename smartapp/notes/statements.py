"""One statement's findings: the targets spaCy matched in it and the pattern targets, each
flagged (negated, historical, hypothetical, family, planned, normal, speculative) from ConText's
modifiers, the statement's section and the cues around it, with the durations, dates, measured
value and body regions the statement gives. How the cues around one target correct its flags, or
drop it, is :mod:`.flag_corrections`; this module assembles the findings and adds the statement's
own (a therapy document's course line, an exam, goals or plan section, which :mod:`.own_findings`
reads, and a symptom's duration, which :mod:`.symptom_durations` reads).

Split out of findings.py, which keeps the assembly of a whole note (segmenting, parsing, the
regions carried from statement to statement, the per-note bounds, copied text, the memo).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from . import payer_criteria
from .care_judged import judged_only
from .care_on_condition import on_condition
from .caregiver_care import household_only, patients_care_need, told_by_informant
from .clause_orders import ordered_in_its_clause
from .clause_regions import finding_regions
from .current_values import CURRENT_DECIDES, current_value
from .devices_given_up import LABEL as GIVEN_UP
from .devices_given_up import given_up
from .ecg_not_taken import ecg_read
from .exam_labels import labelled_exam
from .family_reason import family_as_reason
from .finding_dates import nearest_date
from .flag_corrections import CARE, entity_flags
from .form_grids import grid_answer, unchosen_item
from .goal_lines import aimed_deficit
from .lines import NoteLines
from .measure_values import BOUND_IS_READING, measure_value
from .model import CARE_CATEGORIES, PLAN_CATEGORIES, PLANNED_CATEGORIES, NoteFinding, NoteInput
from .nested_denials import denied_within
from .own_findings import own_findings
from .pattern_flag_corrections import pattern_flags
from .payer_plans import payers_plan
from .plan_dated_past import dated_before_note
from .prefilter import gate
from .referral_reason import referred_to
from .regex_target_flags import regex_flags
from .reports_to_come import names_report, report_to_come
from .second_hand import is_result, result_not_in_hand
from .segments import Segment
from .specialty_titles import plan_heading_visit
from .statement_facts import StatementFacts
from .statement_kinds import INJECTION_CONCEPTS
from .symptom_durations import symptom_durations
from .ticked_boxes import answered_done, dated_tick, ticked
from .times_ago import result_ago
from .visits_to_come import dated_ahead, said_ahead
from .whose_item import relatives_own, relatives_self

#: Visits named by how they are held (clinical-notes concepts): dated after their note, they are
#: appointments, as a face-to-face visit is (blind wave 31, DI/homehealth-03).
VISIT_CONCEPTS = frozenset({"telehealth-visit", "remote-visit"})
#: A plan is filled only with all its fields: one left blank leaves the whole plan unfilled.
_FILLED_WHOLE = frozenset({"plan-of-care", "treatment-plan"})


def statement_findings(
    note: NoteInput,
    seg: Segment,
    doc: Any,
    regions: frozenset[str],
    remote: bool = False,
    under: Iterable[tuple[int, str, str]] = (),
    therapy: str | None = None,
    lines: NoteLines | None = None,
    relief: Iterable[tuple[int, int, float]] = (),
) -> list[NoteFinding]:
    # What the statement says of itself, read when a finding first needs it (statement_facts).
    facts = StatementFacts(note, seg)
    lines = lines or NoteLines(note.text)

    def finding(label: str, start: int, end: int, flags: dict[str, bool]) -> NoteFinding:
        category, concept = label.split("|", 1)
        measured = category == "measure"
        bound_read = concept in BOUND_IS_READING
        value = measure_value(note.text, end, seg.end, start, bound_read) if measured else None
        # "BMI 36.2 last summer, today 34.9": the visit's value decides, dated by the note
        # (current_values.py; brief s76-misc, LT/bari-02).
        current = (
            current_value(note.text, end, seg.end)
            if value is not None and concept in CURRENT_DECIDES
            else None
        )
        value = value if current is None else current
        # "Wife cannot reposition him": a carer's account of the patient's need (caregiver_care).
        carer = (
            facts.informant and told_by_informant(seg.text, start - seg.start, facts.speakers)
        ) or patients_care_need(seg.text, start - seg.start)
        carer = carer or (flags.get("family", False) and household_only(seg.text))
        # "MRI to r/o mets given family hx": the patient's plan, its reason theirs (family_reason)
        carer = carer or family_as_reason(label, seg.text, start - seg.start, end - seg.start)
        family = (flags.get("family", False) and not carer) or seg.section == "family"
        # "Brother has language delay - his CELF-5 CLS was 72", "Mother reports her own speech
        # is unclear": the relative's (whose_item.py)
        family = family or relatives_own(note.text, start) or relatives_self(note.text, start)
        restated = facts.restated
        required = (restated is not None and end - seg.start > restated) or (
            facts.pasted and payer_criteria.under_pasted_criteria(note.text, start, end)
        )
        if is_result(label) and result_not_in_hand(seg.text, start - seg.start, end - seg.start):
            # "MRI reportedly showed HNP - report not available", 'per pt "my BMI was 36"'
            required = True
        visit = category == "face-to-face" or concept in VISIT_CONCEPTS
        at, to = start - seg.start, end - seg.start
        if visit and (
            dated_ahead(seg.text, at, to, facts.mentions, note.date) or said_ahead(seg.text, at, to)
        ):
            # "In-person visit 3/30/26" written on 2/24, "next available video visit is
            # 01/12/2027" written on 10/29, "to be seen in person next wk": a visit still to
            # come, however it is to be held.
            required = True
        if (
            label == "clinical-notes|ecg"
            and dated_ahead(seg.text, at, to, facts.mentions, note.date)
            and not ecg_read(seg.text, at, to)
        ):
            required = True  # "- Resting ECG at lab visit 7/24" written 7/21: to come (wave 80)
        to_come = (
            names_report(concept, note.text[start:end])
            and report_to_come(seg.text, start - seg.start, end - seg.start, seg.section)
            and not labelled_exam(note.text, start, end)
        )  # "Plan: continue home PT; recert."; not "P: ... then reassess. Re-exam." (exam_labels)
        boxes_only = facts.boxes_only
        ticked_here = boxes_only and ticked(note.text, start)
        ticks = ticked_here and category not in CARE_CATEGORIES
        done = boxes_only and answered_done(note.text, end)  # "Re-exam: [x] Completed [ ] Due"
        # A ticked box of care ("[X] PT [ ] Chiro"): no dated trial, nor a denial (ticked_boxes).
        # ... unless the box's own item dates it: "[X] PT (8 visits 6-7/2026)" (ticked_boxes).
        dated = ticked_here and not ticks and dated_tick(note.text, start, note.date)
        care_tick = ticked_here and not ticks and not dated
        # A field's yes/no grid answers it, its empty box the option not taken (form_grids);
        # a pick-list's empty box of care leaves the care unchosen, not denied.
        grid = grid_answer(note.text, end)
        is_care = category in CARE_CATEGORIES
        care_tick = care_tick or (grid == "yes" and is_care)
        care_tick = care_tick or (is_care and boxes_only and unchosen_item(note.text, start))
        blanks = facts.blanks
        own_blank = blanks is None or _within(start, blanks) or category in _FILLED_WHOLE
        unfilled = grid in ("no", "blank") or (
            facts.placeholder
            and own_blank
            and not (is_result(label) and facts.leftover)  # "ECG: NSR ***": read, a leftover
            and not (ticks or done or care_tick or dated or grid == "yes")
        )
        given = category in CARE_CATEGORIES  # care is dated by its giving, not a study's date
        plan = category in PLAN_CATEGORIES  # a plan is not dated by a deed the statement recalls
        reading = category == "measure"  # another clause's "since 2023" is no reading's day
        when = (
            None if current is not None
            else nearest_date(facts.told, at, note.date, seg.text, given, plan, reading)
        )  # fmt: skip
        copied = facts.told is not facts.mentions
        if when is None and current is None and copied:  # the copied note's own day
            when = nearest_date(facts.mentions, at, note.date, seg.text, given, plan, reading)
        if when is None and category == "diagnostic-results":  # "QFT neg 14 months ago"
            when = result_ago(seg.text, start - seg.start, end - seg.start, note.date)
        # "A/P: R knee OA, KL3 (XR 1/2026)": dated before the note, had (plan_dated_past).
        # "UC failed mesalamine, start azathioprine x 12 wks": ordered in its clause (clause_orders)
        planned = not plan_heading_visit(label, note.text[start:end]) and (
            facts.planned
            or (seg.section == "plan" and ordered_in_its_clause(seg.text, start - seg.start))
        )  # the note's opening "A/P:" records its visit, held (specialty_titles)
        had = planned and dated_before_note(seg.text, when, note.date, facts.mentions)
        return NoteFinding(
            note.ref, category, concept, note.text[start:end], start, end,
            flags.get("negated", False) or _within(start, facts.retracted) or unfilled
            or payers_plan(label, seg.text, at, note.text, start, end),  # "CareSource requires"
            flags.get("historical", False) or seg.section == "pmh",
            # "STG: amb 150 ft; lift 20 lb floor to waist": a goal's target, no deficit (goal_lines)
            (flags.get("hypothetical", False) and not done) or required or care_tick
            or aimed_deficit(category, concept, note.text, seg, start), family,
            facts.longest,
            seg.text, seg.section,
            (planned and category in PLANNED_CATEGORIES and not had
             and not (facts.injected and concept in INJECTION_CONCEPTS)) or to_come, facts.dates,
            finding_regions(label, seg, start, end, regions), value,
            flags.get("normal", False),
            when, flags.get("speculative", False), flags.get("self_directed", False),
        )  # fmt: skip

    out = []
    care = [e.start_char for e in doc.ents if CARE.search(e.label_)]
    for ent in doc.ents:
        for label in ent.label_.split(";"):
            flags = entity_flags(ent, label, seg, note.text, lines, care, remote, facts.pointer)
            if flags is None:
                continue
            if CARE.search(label) and _put_off(seg.text, ent.start_char, ent.end_char):
                flags["hypothetical"] = True  # "CSI R knee if no better in 4 wks": to come
            start, end = seg.start + ent.start_char, seg.start + ent.end_char
            found = finding(label, start, end, flags)
            # Its sentence past the statement's cut: "Referred PT x 8 wks - completed".
            rest = note.text[end : end + 120]
            if CARE.search(label) and referred_to(seg.text, ent.start_char, ent.end_char, rest):
                found = replace(found, duration_days=None)  # "referred to PT x 8 wks": ordered
            out.append(found)
    # A table's relief column already gives a cell's percentage ("% relief" header): the same
    # cell read again with its hours ("| 95% | 3 h |", relief.py) is no second reading.
    cells = [seg.start + offset for offset, label, _ in under if label.endswith("block-relief")]
    for start, end, percent in relief:  # "Pre 8/10, post 1/10": relief as pain scores (relief.py)
        if any(start <= at < end for at in cells):
            continue
        flags = regex_flags(note.text, start, end, "measure|block-relief")
        block = finding("measure|block-relief", start, min(end, seg.end), flags)
        out.append(replace(block, value=percent))
    for offset, label, cell in under:  # a value under its table header: "SpO2" column, "86%"
        at = seg.start + offset
        out.append(replace(finding(label, at, at, {}), text=cell, end=at + len(cell)))
    # Only the patterns whose spelled-out words all occur in the statement (prefilter.py).
    for label, regex in _runnable(seg.text):
        for match in regex.finditer(seg.text):
            flags = pattern_flags(label, match, seg, lines)
            if flags is None:
                continue
            if CARE.search(label) and _put_off(seg.text, match.start(), match.end()):
                flags["hypothetical"] = True  # "Kenalog inj R knee if fails NSAIDs"
            out.append(finding(label, seg.start + match.start(), seg.start + match.end(), flags))
    # "... walker until spring; now knees buckle, 3 falls": a device given up, the reason told
    # past the semicolon that cut the statement (devices_given_up.py).
    for match in given_up(seg.text, lines.text[seg.end : seg.end + 200]):
        flags = pattern_flags(GIVEN_UP, match, seg, lines)
        if flags is not None:
            out.append(finding(GIVEN_UP, seg.start + match.start(), seg.start + match.end(), flags))
    out += own_findings(note, seg, facts, out, therapy, remote, lines, finding)
    out += symptom_durations(seg, facts, out, care, finding)
    return denied_within(out)  # "does not require positioning not feasible in ordinary bed"


@lru_cache(maxsize=8192)
def _runnable(text: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The pattern targets a statement's literals let run (prefilter.py), kept per text: a chart
    repeats its statements (a history copied forward, a template's fixed lines: half a generated
    bundle's statements are the text of another of its statements), and the answer depends on
    the text alone. Statements are at most segments.MAX_SEGMENT characters (issue 19)."""
    return tuple(gate().runnable(text))


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _put_off(text: str, start: int, end: int) -> bool:
    """Whether the care at [start, end) is not had: put off by a condition of failure after it
    ("CSI if no better", care_on_condition) or only judged ("a cane would not be enough")."""
    return on_condition(text, start, end) or judged_only(text, start, end)
