"""How the cues around one matched target correct the flags ConText gave it, or drop it: a job's
demands, a quoted wish, another note's evaluation, an exam "unchanged", a field answered no, a
therapist's credential or "PT" the patient (a pattern target's are pattern_flag_corrections.py).
Split out of statements.py, which assembles a statement's findings from these flags. Whether the
care named was had (never begun, avoided, only offered) is care_had.py; whether a denial stands
(a sign written after it, an inability that is the limit) denials_settled.py; a functional
deficit its own score or test rates within normal deficits_rated_normal.py. Each is called at
its place in the one pass, as the corrections after it read the flags it leaves.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence.good_verdicts import excepted_rating
from . import cues, not_evidence
from .care_had import CARE, correct_care_flags
from .care_to_come import referral_asks_for
from .choice_made import choice_made
from .clauses import clause_of, joined_list_result, normal_in_own_clause
from .denials_settled import settle_denial
from .drug_workup import workup_only
from .ecg_called_off import sentence_after
from .ecg_not_taken import ecg_not_taken
from .elevation_degrees import elevation_under_30
from .exam_kinds import STABLE_RESULT, UNCHANGED_MEASURES, UNCHANGED_ONLY, UNEXPLAINED_AFTER
from .fall_aims import (
    fall_out_of_bed,
    fall_prevented,
    fall_risk_label,
    fall_risked,
    fall_screen_named,
    thing_falls,
)
from .field_answers import field_answered_no
from .finding_flags import done_before_cues, modifier_flags
from .gone_symptoms import said_gone
from .inability_not_activity import inability_not_activity
from .joined_stable import joined_list_stable
from .lines import NoteLines
from .model import PLAN_CATEGORIES
from .occasional_night_pain import NIGHT_PAIN, only_occasional
from .past_inability import inability_over
from .positioning_wishes import positioning_wished
from .referral_reason import COMPLAINTS, referral_onward, referral_reason_only
from .regex_target_hypothetical import FACTS, TOLD_INDICATION
from .relative_pronouns import relative_pronoun
from .repeat_results import repeat_measure_with_value, repeat_with_result
from .second_hand import SCORE_FROM_ELSEWHERE, other_notes_evaluation
from .segments import Segment
from .sentence_position import CAPACITY, asked_for, lead_of, quoted
from .signed_back import asked_and_signed
from .study_orders import study_as_ordered
from .target_drops import dropped_before_flags, not_therapy_word
from .tolerance import (
    READ_LESIONS,
    cause_of_inability,
    cause_only,
    could_of_could_not,
    others_intolerance,
)
from .visit_discussed import visit_held_then_discussed, visit_only_offered
from .work_context import (
    away_from_work,
    in_job_gloss,
    job_line,
    lift_as_limit,
    not_the_event,
    symptom_at_work,
)
from .work_status import status_flags

#: A joint line palpated and found nontender, written right after it ("Joint line nontender",
#: "joint line: non-tender", "joint lines NT", "joint line without tenderness"): a normal result
#: of the palpation, as "negative" is of McMurray (blind wave 82, LD/surgery-knee-arthroscopy-02).
#: Only after a joint line: "McMurray NT" is a test not done, which leaves tenderness beside it.
_LINE_NONTENDER = lazy_re.compile(
    r"^s?\s*(?:[:=\-]\s*)?(?:(?:is|was|are|were)\s+)?(?:non[\s-]?tender|not\s+tender|nt\b|"
    r"(?:without|w/o|no)\s+(?:tenderness|ttp)\b)",
    re.IGNORECASE,
)
#: ConText's "family history" overlaps a target that starts with "history" ("history of stroke")
#: and is dropped, so the relatives' history is read here (blind wave 24, CH/cpap-02's class).
_FAMILY_JUST_BEFORE = lazy_re.compile(r"\b(?:family|fam)\s+$", re.IGNORECASE)
#: Reports and evaluations done, whatever the next visit's plans after them.
_DONE_REPORTS = ("progress-report|", "exam-findings|therapy-evaluation")
_RESULTS = "diagnostic-results|"
_IN_PERSON = "face-to-face|in-person-visit"


def entity_flags(
    ent: Any,
    label: str,
    seg: Segment,
    note_text: str,
    lines: NoteLines,
    care: list[int],
    remote: bool,
    pointer: bool,
) -> dict[str, bool] | None:
    """The flags of a target spaCy matched (``ent``, one of its labels) in a statement, its
    ConText modifiers corrected by the cues around it; None when it is no finding. ``care``: where
    the statement's care targets start; ``remote``, ``pointer``: a remote contact's, or an exam
    line pointing elsewhere, which examines no one here."""
    if dropped_before_flags(ent, label, seg, note_text):
        return None  # another time's BMI, "APAP 650 mg", "Dtr drove her", ... (target_drops)
    flags = modifier_flags(ent)
    if flags["negated"] and cause_of_inability(ent):
        # "unable to complete 6MWT due to dyspnea": the dyspnea is why, not denied
        flags["negated"] = False
        flags["speculative"] = flags["speculative"] and not could_of_could_not(ent)
    if CARE.match(label) and referral_onward(ent, care):
        flags["hypothetical"] = False  # "PT x8 wks, failed; referred to ortho": the plan is ortho
    if (CARE.match(label) or label.startswith("functional-deficits|")
            or not READ_LESIONS.isdisjoint(label.split(";"))) and cause_only(ent):  # fmt: skip
        flags["hypothetical"] = False  # "unable to tolerate PT due to pain", "stenosis due to"
    if label in COMPLAINTS and referral_reason_only(ent):
        flags["hypothetical"] = False  # "Referred for snoring, witnessed pauses": why referred
    if label in COMPLAINTS and said_gone(seg.text[ent.end_char :]):
        flags["negated"] = True  # 'chest discomfort "pretty much gone" on the PPI': resolved
    if flags.get("normal") and not normal_in_own_clause(seg.text, ent.start_char, ent.end_char):
        flags["normal"] = False  # "Lachman neg, McMurray positive": McMurray's own result
    elif label.startswith("functional-deficits|") and excepted_rating(seg.text[ent.end_char :]):
        flags["normal"] = False  # "ADLs: WNL except bathing (needs help)": the exception limits
    elif label.startswith("exam-findings|") and joined_list_result(seg.text, ent.end_char):
        flags["normal"] = True  # "Lachman/ant drawer neg": the result of the whole list
    if label == "exam-findings|mechanical-test" and (
        STABLE_RESULT.match(seg.text[ent.end_char :]) or joined_list_stable(seg.text, ent.end_char)
    ):
        flags["normal"] = True  # "Lachman stable", "Lachman/ant drawer stable": no sign found
    if label == "exam-findings|mechanical-test" and "line" in ent.text.lower():
        if _LINE_NONTENDER.match(seg.text[ent.end_char :]):
            flags["normal"] = True  # "Joint line nontender": palpated, nothing found
    if label.startswith("diagnostic-results|") and UNEXPLAINED_AFTER.match(
        seg.text[ent.end_char :]
    ):
        flags["normal"] = True  # "L3-4 L stenosis - doesn't explain R L5 sx": not the cause
    if label.startswith(_RESULTS) and study_as_ordered(seg.text, ent.start_char, ent.end_char):
        flags["hypothetical"] = True  # "I placed the MRI order": asked for, not resulted
    ecg = label == "clinical-notes|ecg" and ecg_not_taken(
        seg, ent.start_char, ent.end_char, sentence_after(note_text, seg)
    )
    if ecg:
        flags[ecg] = True  # "P: EKG today -> stress test", "left before EKG" (ecg_not_taken)
    if flags.pop("need_only") and label.startswith("functional-deficits|"):
        flags["hypothetical"] = False  # "needs a riding cart" is a limit
    before = seg.text[: ent.start_char]
    if referral_asks_for(before[-40:], label):
        flags["hypothetical"] = True  # "Refer PT eval": the evaluation asked for (care_to_come)
    if label.startswith("conservative-treatment|") and not_evidence.done_instead(before):
        return None  # "HEP instead of PT": no PT that day, and no word on PT had before it
    # A list item split off its line ("Job demands: transfers, pushing wheelchairs")
    # keeps what its sentence said before it, never earlier sentences on the line.
    if label in CAPACITY and cues.JOB_CONTEXT.search(lead_of(lines, seg, before)):
        flags["hypothetical"] = True  # what the job requires, not what the worker can do
    if label == "work-injury|mechanism":
        lead, after = lead_of(lines, seg, before), seg.text[ent.end_char :]
        if (cues.JOB_DEMANDS.search(lead) or in_job_gloss(lead, after)
                or lift_as_limit(before, ent.text, after) or job_line(lead, after)
                or not_the_event(before, after)):  # fmt: skip
            # "job requires lifting", "is a CNA (patient handling, lifting)": not how it happened
            flags["hypothetical"] = True
        if away_from_work(clause_of(seg.text, ent.start_char)):
            flags["hypothetical"] = True  # "also fell on it at home": another injury's mechanism
    if label == "work-injury|injured-at-work" and symptom_at_work(before, ent.text):
        flags["hypothetical"] = True  # '"hurts at work"': when it hurts, not where it happened
    if label.split("|")[0] in PLAN_CATEGORIES and quoted(lines, seg, before):
        flags["speculative"] = True  # "I want to go ahead with the knee replacement."
    elif label.split("|")[0] in PLAN_CATEGORIES and choice_made(lines.text, seg.text, seg.end):
        flags["speculative"] = False  # "A vs continued nonop; pt prefers surgery" (choice_made)
    if label in not_evidence.WISHED_FOR and asked_for(lines, seg, seg.text[: ent.end_char]):
        flags["hypothetical"] = True  # 'Asks for hospital bed - "it's too low"': a wish
    correct_care_flags(ent, label, seg, note_text, lines, care, flags)
    if (
        flags.get("hypothetical")
        and label.startswith("plan-of-care|")
        and asked_and_signed(note_text, seg.start + ent.end_char, one_line=True)
    ):
        flags["hypothetical"] = False  # "POC sent to Dr. M for signature 9/14; signed 9/15"
    if flags.get("hypothetical") and label.startswith(_DONE_REPORTS) and done_before_cues(ent):
        flags["hypothetical"] = False  # "Progress report done 3/5, pt cancelled next visit"
    if flags.get("hypothetical") and label.startswith(_RESULTS) and repeat_with_result(ent):
        flags["hypothetical"] = False  # "Repeat QFT today negative": the repeat's result
    if (
        flags.get("hypothetical")
        and label.startswith("measure|")
        and repeat_measure_with_value(ent)
    ):
        flags["hypothetical"] = False  # "Repeat PSG: AHI 22": the repeat study's index
    if flags.get("hypothetical") and label == _IN_PERSON and visit_held_then_discussed(ent):
        flags["hypothetical"] = False  # "Saw pt in person, discussed next steps": held
    if label == _IN_PERSON and visit_only_offered(seg.text[ent.end_char :]):
        flags["hypothetical"] = True  # "Office visit offered, daughter cannot bring her"
    if other_notes_evaluation(label, before, seg.text[ent.end_char :]):
        flags["hypothetical"] = True  # "ODI 30% (from re-exam)": that re-exam's note
    if label == "functional-deficits|functional-score" and (
        SCORE_FROM_ELSEWHERE.match(seg.text[ent.end_char :])
    ):
        flags["hypothetical"] = True  # ... and so is the score copied from it
    if (remote or pointer) and label.startswith("exam-findings|"):
        flags["hypothetical"] = True  # "Exam: see 4/2 note" examines no one here
    if label in UNCHANGED_MEASURES and UNCHANGED_ONLY.match(
        clause_of(seg.text, ent.start_char).strip()
    ):
        flags["hypothetical"] = True  # "ER strength unchanged": no value of its own
    if label == NIGHT_PAIN and only_occasional(seg.text, ent.start_char, ent.end_char, note_text):
        flags["normal"] = True  # "night pain occasionally" beside "QuickDASH 11": no limit
    if flags.get("aggravating") and label.startswith("functional-deficits|"):
        flags["hypothetical"] = True  # "worse with standing": a trigger, not a limit
    if fall_prevented(label, seg.text, ent.start_char, ent.end_char):
        flags["hypothetical"] = True  # "to prevent falls": the aim, no fall had (fall_aims.py)
    if fall_screen_named(label, seg.text, ent.start_char, ent.end_char):
        flags["hypothetical"] = True  # "Falls screen neg": the screen, no fall found
    if fall_risked(label, seg.text, ent.start_char, ent.end_char):
        flags["hypothetical"] = True  # "At risk for falls.": a risk, no fall had (fall_aims.py)
    if thing_falls(label, seg.text, ent.start_char, ent.end_char):
        return None  # "Wedge falls off the bed": the wedge's fall, not the patient's
    if fall_out_of_bed(label, seg.text, ent.start_char, ent.end_char):
        return None  # "Pt falls off the bed at night": lying, not getting about (fall_aims.py)
    if inability_over(label, seg.text, ent.start_char, ent.end_char):
        return None  # "couldn't walk to the mailbox until PT, now independent" (past_inability)
    if inability_not_activity(label, seg.text, ent.start_char, ent.end_char):
        return None  # "can't get off work for PT": time off, not off work (inability_not_activity)
    at = seg.start + ent.start_char
    start = at - lines.line_start(at)
    if fall_risk_label(label, lines.line_at(at), start, start + len(ent.text)):
        flags["hypothetical"] = True  # "Fall risk: yes" alone on its line: a screen's flag
    if flags.get("aggravating") and label.startswith("exam-") and seg.section == "hpi":
        flags["hypothetical"] = True  # "HPI: LBP worse w/ extension": nor an exam
    if label not in FACTS and TOLD_INDICATION.search(before):
        flags["hypothetical"] = True  # "Told him BiPAP is for CPAP failure": what it is for
    if _FAMILY_JUST_BEFORE.search(before):
        flags["family"] = True  # "family history of stroke": the target took "history"
    if relative_pronoun(note_text, seg.start, seg.text):
        flags["family"] = True  # "Brother has OSA. His snoring is loud.": the brother's
    if CARE.match(label) and others_intolerance(seg.text, ent.start_char, ent.end_char):
        flags["family"] = True  # "Pt's friend 'couldn't tolerate CPAP'": the friend's
    settle_denial(ent, label, seg, lines, flags)
    if elevation_under_30(label, seg.text, ent.start_char, ent.end_char):
        return None  # "Head elevated 20-30°": under NCD 280.7's 30 degrees (elevation_degrees)
    if positioning_wished(label, seg.text, ent.start_char, ent.end_char):
        # "HOB elevation as needed", "prefers to sleep in recliner": a feature, a liking
        flags["hypothetical"] = True
    if label == "work-injury|work-status":  # "not released to full duty", "goal RTW full duty"
        status_flags(ent, seg.text, seg.section, flags)
    if field_answered_no(seg.text[ent.end_char :], label):
        flags["negated"] = True  # "Locked knee: No": the field answered no
    if workup_only(label, seg.text, ent.end_char, seg.start, lines):
        flags["hypothetical"] = True  # "Azathioprine: TPMT normal 5/30": readied, not taken
    if not_therapy_word(ent, seg, before):
        return None  # "Brooke Dunaway, PT", "ORTHO NEW PT", "PT states": no therapy
    return flags
