"""One statement's findings: the targets spaCy matched in it and the pattern targets, each
flagged (negated, historical, hypothetical, family, planned, normal, speculative) from ConText's
modifiers, the statement's section and the cues around it, with the durations, dates, measured
value and body regions the statement gives.

Split out of findings.py, which keeps the assembly of a whole note (segmenting, parsing, the
regions carried from statement to statement, the per-note bounds, copied text, the memo).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from ..evidence.demand_levels import capacity_meets_demand, weight_meets_demand
from ..evidence.score_bands import balance_tested_well, little_limitation_written, rated_well
from . import cues, not_evidence, tables
from .clause_regions import finding_regions
from .clauses import clause_of, denial_in_own_clause, normal_in_own_clause
from .durations import find_dates, find_durations, relief_held
from .finding_flags import modifier_flags, verb_denial_elsewhere
from .lines import NoteLines
from .measure_values import QUALIFIED, WITH_RERAS, measure_value
from .model import CARE_CATEGORIES, PLAN_CATEGORIES, PLANNED_CATEGORIES, NoteFinding, NoteInput
from .prefilter import gate
from .regex_target_flags import regex_flags
from .segments import Segment
from .self_directed import self_directed
from .tolerance import cause_only, others_intolerance, untolerated_exam
from .visits_to_come import dated_ahead

SYMPTOM_WORDS = re.compile(
    r"\b(pain\w*|ache\w*|lbp|symptoms?|numbness|tingling|paresthesias?|radiat\w*|sciatica|"
    r"stiffness|swelling|snor\w*|sleepiness|somnolence|fatigue|weakness|unsteady|falls?|"
    r"dyspnea|sob|shortness of breath|locking|catching|giving way|instability|hurt\w*|"
    r"flare|discomfort|radiculopathy|injury)\b",
    re.IGNORECASE,
)
_CAPACITY = frozenset(
    {"functional-deficits|activity-limitation", "functional-deficits|lifting-limitation"}
)
_WORDS = re.compile(r"[a-z]{3}", re.IGNORECASE)
_DENIED_JUST_BEFORE = re.compile(r"\b(?:no|not|without|denies|denied|never)\s+$", re.IGNORECASE)
#: ConText's "family history" overlaps a target that starts with "history" ("history of stroke")
#: and is dropped, so the relatives' history is read here (blind wave 24, CH/cpap-02's class).
_FAMILY_JUST_BEFORE = re.compile(r"\b(?:family|fam)\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:(]|\s[-–]\s")
#: Categories whose finding a verb's own "not" in another clause does not deny.
_VERB_SCOPED = frozenset({"exam-findings", "functional-deficits"})
#: Labels ("category|concept", several joined by ";") of care a patient may have chosen alone.
_CARE = re.compile(rf"(?:^|;)(?:{'|'.join(map(re.escape, sorted(CARE_CATEGORIES)))})\|")


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
    durations = find_durations(seg.text, note.date)
    longest = max((d.days for d in durations), default=None)
    mentions = [  # "ADDENDUM 2/17/2026: ..." was written that day, not done then
        m for m in find_dates(seg.text, note.date)
        if not cues.entry_label_date(seg.text, m.start, m.end)
    ]  # fmt: skip
    dates = tuple(sorted({d.when for d in mentions}))
    history_section = seg.section == "pmh"
    planned = seg.section == "plan" and not cues.DONE.search(seg.text)
    informant = bool(cues.INFORMANT.search(seg.text))
    placeholder = bool(cues.PLACEHOLDER.search(seg.text))
    pointer = bool(cues.EXAM_POINTER.search(seg.text))
    restated = not_evidence.restated_from(seg.text)  # "CareSource requires ...": no evidence
    if not_evidence.bare_claim(seg.text, bool(mentions or durations)):
        restated = 0  # "... has failed supervised weight loss and meets all criteria"
    lines = lines or NoteLines(note.text)
    retracted = [(seg.start + a, seg.start + b) for a, b in not_evidence.retracted_spans(seg.text)]
    pasted = not_evidence.pasted_criteria_near(note.text, seg.start, seg.end)

    def finding(label: str, start: int, end: int, flags: dict[str, bool]) -> NoteFinding:
        category, concept = label.split("|", 1)
        measured = category == "measure"
        value = measure_value(note.text, end, seg.end, start) if measured else None
        family = (flags.get("family", False) and not informant) or seg.section == "family"
        required = (restated is not None and end - seg.start > restated) or (
            pasted and not_evidence.under_pasted_criteria(note.text, start, end)
        )
        if category == "diagnostic-results" and not_evidence.result_not_in_hand(
            seg.text, start - seg.start, end - seg.start
        ):
            required = True  # "MRI reportedly showed HNP - report not available"
        if category == "face-to-face" and dated_ahead(
            seg.text, start - seg.start, end - seg.start, mentions, note.date
        ):
            required = True  # "In-person visit 3/30/26" written on 2/24: still to come
        return NoteFinding(
            note.ref, category, concept, note.text[start:end], start, end,
            flags.get("negated", False) or placeholder or _within(start, retracted),
            flags.get("historical", False) or history_section,
            flags.get("hypothetical", False) or required, family, longest, seg.text, seg.section,
            planned and category in PLANNED_CATEGORIES, dates,
            finding_regions(label, seg, start, end, regions), value,
            flags.get("normal", False),
            cues.nearest_date(mentions, start - seg.start, note.date, seg.text),
            flags.get("speculative", False), flags.get("self_directed", False),
        )  # fmt: skip

    out = []
    care = [e.start_char for e in doc.ents if _CARE.search(e.label_)]
    for ent in doc.ents:
        for label in ent.label_.split(";"):
            if label.startswith("measure|") and QUALIFIED.search(seg.text[: ent.start_char]):
                continue
            if label == "measure|rdi" and WITH_RERAS.search(note.text):
                continue  # a study whose RDI counts RERAs: not the LCD's RDI
            flags = modifier_flags(ent)
            if _CARE.match(label) and cause_only(ent):
                flags["hypothetical"] = False  # "unable to tolerate PT due to pain": a cause
            if flags.get("normal") and not normal_in_own_clause(
                seg.text, ent.start_char, ent.end_char
            ):
                flags["normal"] = False  # "Lachman neg, McMurray positive": McMurray's own result
            if flags.pop("need_only") and label.startswith("functional-deficits|"):
                flags["hypothetical"] = False  # "needs a riding cart" is a limit
            before = seg.text[: ent.start_char]
            # A list item split off its line ("Job demands: transfers, pushing wheelchairs")
            # keeps what its sentence said before it, never earlier sentences on the line.
            if label in _CAPACITY and cues.JOB_CONTEXT.search(_lead(lines, seg, before)):
                flags["hypothetical"] = True  # what the job requires, not what the worker can do
            if label == "work-injury|mechanism" and cues.JOB_DEMANDS.search(
                _lead(lines, seg, before)
            ):
                flags["hypothetical"] = True  # "job requires lifting": not how it happened
            if label.split("|")[0] in PLAN_CATEGORIES and _quoted(lines, seg, before):
                flags["speculative"] = True  # "I want to go ahead with the knee replacement."
            if label in not_evidence.WISHED_FOR and _asked_for(
                lines, seg, seg.text[: ent.end_char]
            ):
                flags["hypothetical"] = True  # 'Asks for hospital bed - "it's too low"': a wish
            if label.startswith("conservative-treatment|") and (
                cues.NO_SHOW.search(seg.text) or cues.never_begun(seg.text, ent.start_char)
            ):
                flags["negated"] = True  # "no-showed 3/16", "referred to PT but never scheduled"
            if label in cues.AVOIDABLE and cues.AVOIDED.search(clause_of(seg.text, ent.start_char)):
                flags["negated"] = True  # "Oral NSAIDs avoided (on apixaban)"
            if _CARE.match(label) and not_evidence.OFFERED_AFTER.match(seg.text[ent.end_char :]):
                flags["hypothetical"] = True  # "Azathioprine was offered in December"
            if _CARE.match(label):  # "ibuprofen 600 mg OTC on his own" (self_directed.py)
                flags["self_directed"] = self_directed(
                    seg.text, ent.start_char, care, flags.get("self_directed", False)
                )
            if not_evidence.other_notes_evaluation(label, before, seg.text[ent.end_char :]):
                flags["hypothetical"] = True  # "ODI 30% (from re-exam)": that re-exam's note
            if label == "functional-deficits|functional-score" and (
                not_evidence.SCORE_FROM_ELSEWHERE.match(seg.text[ent.end_char :])
            ):
                flags["hypothetical"] = True  # ... and so is the score copied from it
            if (remote or pointer) and label.startswith("exam-findings|"):
                flags["hypothetical"] = True  # "Exam: see 4/2 note" examines no one here
            if label in cues.UNCHANGED_MEASURES and cues.UNCHANGED_ONLY.match(
                clause_of(seg.text, ent.start_char).strip()
            ):
                flags["hypothetical"] = True  # "ER strength unchanged": no value of its own
            if flags.get("aggravating") and label.startswith("functional-deficits|"):
                flags["hypothetical"] = True  # "worse with standing": a trigger, not a limit
            if flags.get("aggravating") and label.startswith("exam-") and seg.section == "hpi":
                flags["hypothetical"] = True  # "HPI: LBP worse w/ extension": nor an exam
            if _FAMILY_JUST_BEFORE.search(before):
                flags["family"] = True  # "family history of stroke": the target took "history"
            if _CARE.match(label) and others_intolerance(seg.text, ent.start_char, ent.end_char):
                flags["family"] = True  # "Pt's friend 'couldn't tolerate CPAP'": the friend's
            if label.startswith("exam-findings|") and untolerated_exam(before):
                flags["negated"] = True  # "Did not tolerate ROM testing": not examined
            if not flags.get("negated") and _DENIED_JUST_BEFORE.search(before):
                # "no difficulty reaching": ConText's "no difficulty" trigger overlaps the target
                # "difficulty reaching" and is dropped, so the denial is read here.
                flags["negated"] = True
            if label == "functional-deficits|functional-score" and (
                little_limitation_written(seg.text[ent.start_char :])
                or capacity_meets_demand(lines.line_at(seg.start + ent.start_char))
            ):
                # "KOOS JR 84.6", "ODI 14%", "FCE: PDC LIGHT-MEDIUM; job demand LIGHT": no limit
                flags["normal"] = True
            elif label.startswith("functional-deficits|") and (
                rated_well(seg.text, ent.start_char, ent.end_char)
                or balance_tested_well(seg.text, ent.start_char, ent.end_char)
                or weight_meets_demand(seg.text)
            ):  # "standing balance good with rollator", "unsteadiness, low fall risk on testing",
                # "Floor-to-waist lift | 55 lb x 5 | 50 lb occasional |"
                flags["normal"] = True
            if flags.get("negated") and not denial_in_own_clause(
                seg.text, ent.start_char, ent.end_char
            ):
                flags["negated"] = False  # "Has not tried injections, completed 6 wks PT"
            if flags.get("negated") and label.split("|")[0] in _VERB_SCOPED:
                # "cannot passively extend, lg effusion, MJL ttp"; "can't button shirts, and
                # gait unsteadiness w/ 2 falls": the inability is a limit, the falls another.
                if verb_denial_elsewhere(ent, label.startswith("functional-deficits|")):
                    flags["negated"] = False
            if flags.get("negated") and cues.POSITIVE_MARK.match(seg.text[ent.end_char :]):
                flags["negated"] = False  # "no effusion, McMurray + medial": its own sign wins
            if label == "functional-deficits|positioning-need" and not_evidence.AT_WILL.match(
                seg.text[ent.end_char :]
            ):
                flags["hypothetical"] = True  # "HOB elevation as needed": a feature, no need
            if not_evidence.field_answered_no(seg.text[ent.end_char :], label):
                flags["negated"] = True  # "Locked knee: No": the field answered no
            if ent.text in cues.CREDENTIALS and cues.SIGNATURE.search(before):
                continue  # "Brooke Dunaway, PT": the therapist's credential, not therapy
            if (
                ent.text == "PT"
                and cues.VISIT_TYPE_BEFORE.search(before)
                and cues.VISIT_TYPE_AFTER.match(seg.text[ent.end_char :])
            ):
                continue  # "ORTHO NEW PT 8/20/26": a new patient's visit, not therapy
            if ent.text == "PT" and cues.PATIENT_PREDICATE.match(seg.text[ent.end_char :]):
                continue  # "PT is a 56 y/o M", "PT states ...": the patient, not therapy
            start, end = seg.start + ent.start_char, seg.start + ent.end_char
            out.append(finding(label, start, end, flags))
    for start, end, percent in relief:  # "Pre 8/10, post 1/10": relief as pain scores (relief.py)
        flags = regex_flags(note.text, start, end)
        block = finding("measure|block-relief", start, min(end, seg.end), flags)
        out.append(replace(block, value=percent))
    for offset, label, cell in under:  # a value under its table header: "SpO2" column, "86%"
        at = seg.start + offset
        out.append(replace(finding(label, at, at, {}), text=cell, end=at + len(cell)))
    # Only the patterns whose spelled-out words all occur in the statement (prefilter.py).
    for label, regex in gate().runnable(seg.text):
        for match in regex.finditer(seg.text):
            if (
                label == "work-injury|date-of-injury"
                and match.group()[:1].isdigit()
                and not_evidence.SURGERY_BEFORE_DATE.search(seg.text[: match.start()])
            ):
                continue  # "s/p L ACL recon 6/2/26, injured at work": the surgery's date
            flags = regex_flags(seg.text, match.start(), match.end(), label)
            if not_evidence.field_opens_answered_no(
                seg.text[: match.start()], seg.text[match.start() :], label
            ):
                flags["negated"] = True  # "Hypoglycemia: neg - no lows": the field answered no
            if label in _CAPACITY and cues.JOB_CONTEXT.search(seg.text[: match.start()]):
                flags["hypothetical"] = True  # what the job requires, not what the worker can do
            if label == "work-injury|mechanism" and cues.JOB_DEMANDS.search(
                _lead(lines, seg, seg.text[: match.start()])
            ):  # "job requires overhead lifting 20 lb" (blind wave 27, CT/occ-02): the job's
                flags["hypothetical"] = True  # demand, as the word list reads it, not the injury
            if label.startswith("functional-deficits|") and (
                rated_well(seg.text, match.start(), match.end())
                or balance_tested_well(seg.text, match.start(), match.end())
                or weight_meets_demand(seg.text)
            ):
                flags["normal"] = True  # "TUG 9.8 s with rollator": how she did well
            if label in not_evidence.WISHED_FOR and _asked_for(lines, seg, seg.text[: match.end()]):
                flags["hypothetical"] = True  # the patient's words for a request: a wish
            out.append(finding(label, seg.start + match.start(), seg.start + match.end(), flags))
    clinical = not cues.CLERICAL.search(seg.text) and _WORDS.search(seg.text) and not placeholder
    if (
        therapy
        and cues.session_count(seg.text)
        and not any(f.category == "conservative-treatment" for f in out)
    ):
        # A therapy document's course line ("15 visits 12/8/25-2/18/26") is that therapy.
        out.append(finding(f"conservative-treatment|{therapy}", seg.start, seg.end, {}))
    seen = not remote or (  # "Exam (video): ...", not "Unable to perform McMurray via video"
        cues.VIDEO_EXAM.search(lines.line_at(seg.start)) and not cues.UNTESTED.search(seg.text)
    )
    if seg.section == "exam" and clinical and seen and _examined(seg.text):
        # Documenting a normal exam is documenting an exam: this finding is never negated.
        out.append(finding("exam-findings|exam-section", seg.start, seg.end, {}))
    if seg.section == "goals" and clinical and not cues.BY_REFERENCE.search(seg.text):
        # Each line under a GOALS header is a goal, whether or not it says "goal".
        out.append(finding("plan-of-care|goals", seg.start, seg.end, {}))
    if seg.section == "plan" and clinical:
        negated = any(f.negated for f in out) and not any(not f.negated for f in out)
        out.append(finding("treatment-plan|plan-section", seg.start, seg.end, {"negated": negated}))
    if durations and SYMPTOM_WORDS.search(seg.text):
        negated = any(f.negated for f in out) and not any(f.asserted for f in out)
        for duration in durations:
            if _treatment_clause(seg.text[: duration.start]):
                continue  # "sciatica - naproxen, PT 2x/wk x 6 wks": how long the PT is to run
            if relief_held(seg.text, duration, SYMPTOM_WORDS):
                continue  # "50% relief ..., lasted about 5 wks": how long the relief held
            start, end = seg.start + duration.start, seg.start + duration.end
            symptom = finding("symptom-duration|duration", start, end, {"negated": negated})
            out.append(_with_duration(symptom, duration.days))
    return out


def _examined(text: str) -> bool:
    """A statement under an exam header that reports an examination: not "exam deferred", a
    pointer ("Exam: see 4/2 note"), a grid's heading row ("Measure | Initial | Current |") or a
    patient-reported score alone ("Oswestry | 40% | 36% |" in a PT discharge's Objective)."""
    row = tables.cells(text)
    return not (
        cues.NOT_EXAMINED.search(text)
        or cues.EXAM_POINTER.search(text)
        or tables.heading_row(row)
        or tables.self_reported_only(text)
    )


def _lead(lines: NoteLines, seg: Segment, before: str) -> str:
    return lines.sentence_lead(seg.start) + before


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _quoted(lines: NoteLines, seg: Segment, before: str) -> bool:
    """Inside a quotation: the patient's words, not the clinician's plan."""
    opened = before.count('"') + before.count("\u201c") - before.count("\u201d")
    return (lines.quotes_before(seg.start) + opened) % 2 == 1


def _asked_for(lines: NoteLines, seg: Segment, before: str) -> bool:
    """Ends inside the quotation a request opens: the patient's reason for asking for the item."""
    return bool(not_evidence.QUOTED_REQUEST.search(_lead(lines, seg, before)[-200:]))


def _treatment_clause(before: str) -> bool:
    """The clause a duration closes names a treatment or a follow-up, not a symptom."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    return bool(cues.TREATMENT_CLAUSE.search(clause)) and not SYMPTOM_WORDS.search(clause)


def _with_duration(finding: NoteFinding, days: int) -> NoteFinding:
    return replace(finding, duration_days=days, planned=False)
