"""Reading a note as clinicians write it (issue 14): sections, lists, tables, wrapped lines, and
the cues that make a mention not count — each a class of error seen on blind documentation."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.durations import find_dates, find_durations
from smartapp.notes.segments import segment

DATE = dt.date(2026, 3, 30)


def findings(text, title=""):
    return find_findings([NoteInput("DocumentReference/n1", text, DATE, title)])


def concept(text, name, title=""):
    found = [f for f in findings(text, title) if f.concept == name]
    assert found, f"no {name} in {text!r}"
    return found[0]


def test_statements_keep_their_section_and_their_offsets():
    text = (
        "SUBJECTIVE\nLBP x 8 wks. Failed PT.\nA/P: Lumbar radiculopathy.\n"
        "Assessment and Plan: MRI L-spine\nMedications:\n- ibuprofen 800 mg, cyclobenzaprine\n"
        "Plan / DME\nSemi-electric bed | side rails |"
    )
    statements = segment(text)
    assert all(text[s.start : s.end] == s.text for s in statements)
    sections = [(s.section, s.text) for s in statements]
    assert ("hpi", "LBP x 8 wks.") in sections
    assert ("plan", "A/P: Lumbar radiculopathy.") in sections
    assert ("medications", "ibuprofen 800 mg") in sections  # list items, one at a time
    assert ("plan", "Semi-electric bed | side rails |") in sections  # "Plan / DME" header


def test_hard_wrapped_dictation_is_one_statement():
    text = "He took naproxen then celecoxib 200 mg\ndaily since 2025, tramadol prn."
    assert [s.text for s in segment(text)] == [text.replace("\n", " ")]


def test_dictated_paragraphs_opening_with_their_section_word_stay_apart():
    """Transcribed dictation prints each paragraph in lower case with no punctuation; a line
    that opens with a section word starts a new statement, so a "no", a date or a side of one
    paragraph does not reach into the next."""
    text = (
        "returning for the left shoulder pain with reaching overhead since 2024\n"
        "imaging left shoulder mri of 05/2024 shows a full thickness supraspinatus tear no new"
        " studies\n"
        "assessment left shoulder rotator cuff tear\n"
        "plan we discussed arthroscopic rotator cuff repair and he wants to proceed"
    )
    sections = [(s.section, s.text.split()[0]) for s in segment(text)]
    assert sections == [("", "returning"), ("results", "imaging"), ("assessment", "assessment"),
                        ("plan", "plan")]  # fmt: skip
    assert concept(text, "plan-section").asserted  # not denied by "no new studies"
    # A hard wrap ending on a word that leads on is still one sentence, section word or not;
    # a capitalised "Plan to..." line is prose, not a dictated header.
    wrapped = "We reviewed the outside report and\nimaging from the ED visit with him."
    assert [s.text for s in segment(wrapped)] == [wrapped.replace("\n", " ")]
    assert segment("Seen today.\nPlan to recheck in May.")[1].section == ""


def test_run_on_dictation_starts_a_sentence_where_the_patient_is_the_subject_again():
    text = (
        "he is here for the right knee he tried ibuprofen for two months without relief he went"
        " to a massage therapist on his own he has worn a hinged brace since june he can no"
        " longer climb the stairs at work since he fell in march"
    )
    starts = [s.text.split()[:2] for s in segment(text)]
    assert starts == [["he", "is"], ["he", "tried"], ["he", "went"], ["he", "has"], ["he", "can"]]
    assert concept(text, "bracing").asserted  # "without relief" denies nothing after it


def test_run_on_dictation_opens_its_next_section_mid_line():
    text = (
        "seen for low back pain radiating to the left leg for eight weeks she denies bowel or"
        " bladder change on exam tenderness over the left sciatic notch straight leg raise"
        " positive on the left at 40 degrees reflexes 1 plus left ankle impression left L5"
        " radiculopathy plan MRI lumbar spine and the treatment plan was reviewed with her"
    )
    sections = [(s.section, " ".join(s.text.split()[:2])) for s in segment(text)]
    assert sections == [("", "seen for"), ("", "she denies"), ("exam", "on exam"),
                        ("assessment", "impression left"), ("plan", "plan MRI")]  # fmt: skip
    assert concept(text, "straight-leg-raise").asserted  # "she denies" does not reach it


def test_a_medication_list_item_does_not_negate_the_next_drug():
    text = "Medications: methylprednisolone acetate injectable, preservative free, ibuprofen 800 mg"
    assert concept(text, "nsaid").asserted


def test_a_plan_section_states_the_plan_even_when_conditional():
    plan = concept("Plan: if full-thickness tear -> arthroscopic repair referral.", "plan-section")
    assert plan.asserted and plan.category == "treatment-plan"
    planned_pt = concept("Plan: start PT 2x/wk x 6 wks.", "physical-therapy")
    assert not planned_pt.asserted  # a treatment named in a plan is not yet tried
    assert concept("Plan: continue PT, failed 6 weeks so far.", "physical-therapy").asserted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Family History: mother with breast cancer.", "cancer-history"),
        ("Mother had knee OA and a TKA.", "oa-findings"),
        ("She is caregiver for her husband, who needs help with transfers.", "activity-limitation"),
        ("He has not started PT yet.", "physical-therapy"),
        ("PT referral was placed but he never started PT.", "physical-therapy"),
        ("Repeat QFT ordered today, pending.", "tb-screening"),
        ("We discussed a cortisone injection into the knee.", "corticosteroid-injection"),
        ("Oswestry form given to pt to complete at home.", "functional-score"),
        ("Independent with ADLs, works full time.", "adl-limitation"),
        ("ADLs: ***", "adl-limitation"),
        ("Gait non-antalgic, steady.", "walking-limitation"),
        ("No h/o cancer.", "cancer-history"),
        ("Right knee: No effusion.", "effusion"),
    ],
)
def test_mentions_that_do_not_count(text, name):
    assert not any(f.asserted for f in findings(text) if f.concept == name), text


@pytest.mark.parametrize(
    "text",
    [
        "Kenalog injection to the knee: offered at last visit - she declined.",
        "Prior cortisone injection: none (declined).",
        "Cortisone shot offered, declined; prefers to wait.",
    ],
)
def test_care_declined_after_it_is_named_is_not_care_received(text):
    assert not any(f.asserted for f in findings(text) if f.concept == "corticosteroid-injection")


def test_a_course_done_before_more_was_declined_still_counts():
    text = "Completed PT x 6 wks, pt declined further sessions."
    assert concept(text, "physical-therapy").asserted


def test_an_informant_is_not_family_history():
    text = "His wife reports that he cannot reposition himself in bed."
    finding = concept(text, "transfer-limitation")
    assert finding.asserted and not finding.family


def test_a_normal_result_is_a_result_but_not_a_positive_finding():
    tb = concept("QuantiFERON negative 1/10/2026.", "tb-screening")
    assert tb.asserted and tb.normal
    mcmurray = concept("McMurray negative, Lachman negative.", "mechanical-test")
    assert mcmurray.normal


def test_speculation_is_not_a_surgical_plan_but_a_condition_is():
    maybe = concept("Discussed that TKA may eventually be needed.", "knee-replacement-plan")
    assert maybe.speculative
    conditional = concept("If films confirm OA, proceed with R TKA.", "knee-replacement-plan")
    assert conditional.asserted and not conditional.speculative


def test_a_telephone_note_examines_no_one():
    text = "Pt calling: numbness middle finger unchanged, tenderness at the elbow."
    assert not any(f.asserted for f in findings(text) if f.category == "exam-findings")


def test_measures_carry_their_value_and_sub_measures_do_not_count():
    values = {
        f.concept: f.value
        for f in findings("PSG: AHI 11.3/hr, supine AHI 51. SpO2 <=88% for 42 min.")
        if f.category == "measure" and f.value is not None
    }
    assert values == {"ahi": 11.3, "spo2": 88.0}
    assert not [f for f in findings("SpO2 <=88% for 3.2 minutes.") if f.value is not None]


def test_table_rows_and_regions_carry_to_the_statements_under_them():
    text = "Exam:\nRight knee: small effusion.\nMcMurray positive."
    mcmurray = concept(text, "mechanical-test")
    assert "knee:right" in mcmurray.regions and not mcmurray.normal


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("LBP x 8 wks", 56),
        ("pain for the past 3 mos", 90),
        ("two months of knee pain", 60),
        ("~14 wks", 98),
        ("completed 12 PT visits at 2x/week", 42),
        ("started PT in March", (DATE - dt.date(2026, 3, 1)).days),
        ("celecoxib daily since 2025", (DATE - dt.date(2025, 1, 1)).days),
        ("since mid-July", (DATE - dt.date(2025, 7, 20)).days),  # its latest day
    ],
)
def test_durations_in_the_forms_notes_use(text, days):
    assert max(d.days for d in find_durations(text, DATE)) == days


def test_dates_in_notes_and_scores_that_are_not_dates():
    assert [m.when for m in find_dates("MRI 1/2025, XR from 07/2025", DATE)] == [
        dt.date(2025, 1, 1),
        dt.date(2025, 7, 1),
    ]
    assert find_dates("Strength 5/5, pain 7/10, BP 146/94", DATE) == []
    assert [m.when for m in find_dates("first PT visit 4/12", DATE)] == [dt.date(2026, 4, 12)]
    assert [m.when for m in find_dates("MRI last March", DATE)] == [dt.date(2025, 3, 1)]


def test_lines_under_a_goals_header_are_goals_and_a_pointer_elsewhere_is_not():
    goals = [
        f
        for f in findings(
            "GOALS (6 wks)\n1. R shoulder flexion >= 165 deg.\n2. Sleep through night."
        )
        if f.concept == "goals"
    ]
    assert len(goals) == 2 and all(g.asserted and g.section == "goals" for g in goals)
    pointer = findings("Goals:\nper Riverbend POC.")
    assert not [f for f in pointer if f.concept == "goals" and f.snippet.startswith("per")]


def test_an_outcome_does_not_deny_the_treatment_after_it():
    text = "On Mobic since Sept with no real change, and L knee cortisone shots in Oct and Jan."
    assert concept(text, "corticosteroid-injection").asserted


def test_dates_of_one_night_and_of_a_span_of_months():
    when = [m.when for m in find_dates("Overnight oximetry 5/9-10/26: 71 min at <=88%", DATE)]
    assert when == [dt.date(2026, 5, 9)]  # one night, not October 26
    when = [m.when for m in find_dates("PT x 12 wks (Sept-Nov 2025)", DATE)]
    assert when == [dt.date(2025, 9, 1), dt.date(2025, 11, 1)]
    assert find_dates("the pain may be worse in may be", DATE) == []  # the verb, not the month


@pytest.mark.parametrize(
    "text",
    [
        "Overnight oximetry: 71 min at <=88%, nadir 80%.",
        "T88 = 42 minutes.",
        "Spent 12 minutes below 88%.",
    ],
)
def test_time_at_or_below_88_percent_qualifies(text):
    assert concept(text, "qualifying-desaturation").asserted


def test_three_minutes_below_88_percent_does_not_qualify():
    assert not [
        f for f in findings("Spent 3 min below 88%.") if f.concept == "qualifying-desaturation"
    ]


def test_a_lifting_limit_is_a_deficit_and_the_job_demand_is_not():
    text = "Job requires lifting 50 lb; currently limited to 15 lb."
    limits = [f for f in findings(text) if f.concept == "lifting-limitation"]
    assert [f.text for f in limits if f.asserted] == ["limited to 15 lb"]


def test_a_sided_exam_table_header_starts_the_exam_section():
    text = (
        "Family history: Mother had knee replacements.\n\nLeft knee exam |\n\nEffusion | Moderate |"
    )
    effusion = concept(text, "effusion")
    assert effusion.section == "exam" and effusion.asserted  # not the mother's


def test_a_test_marked_positive_is_not_denied_by_an_earlier_no():
    text = "L knee: no effusion, medial JLT, McMurray + medial (click), Thessaly +, Lachman neg."
    assert concept(text, "effusion").negated
    assert concept(text, "mechanical-test").asserted  # McMurray +
    signs = [f for f in findings(text) if f.concept == "mechanical-test" and f.asserted]
    assert [f.text for f in signs if not f.normal] == ["McMurray", "Thessaly"]
    # "Lachman neg" is the test done and found normal, as it is on its own: the "no" before
    # "effusion" does not deny it (blind wave 62, HY/surgery-spine-03's class).
    assert [f.text for f in signs if f.normal] == ["Lachman"]


@pytest.mark.parametrize(
    ("text", "limited"),
    [
        ("Walks 30 min most days with her dog.", False),
        ("Walks only 10 min before resting.", True),
        ("Walks 1 block, then has to sit.", True),
    ],
)
def test_minutes_of_walking_are_a_limit_only_when_said_to_be(text, limited):
    found = [f for f in findings(text) if f.category == "functional-deficits" and f.asserted]
    assert bool(found) == limited


def test_a_questionnaire_not_completed_is_no_score():
    assert concept("NDI - pt again did not complete (ran late).", "functional-score").negated


def test_an_exam_section_that_examined_no_one_is_no_exam():
    text = "Objective: not re-assessed - pt did not attend scheduled re-evaluation visit."
    assert not [f for f in findings(text) if f.concept == "exam-section"]
    assert concept("Objective: L4-5 tenderness, SLR neg.", "exam-section").asserted


def test_an_rdi_that_counts_reras_is_not_the_rdi():
    assert not [
        f for f in findings("PSG 8/20: AHI 3.8, RDI 9.4 driven by RERAs.") if f.concept == "rdi"
    ]
    assert concept("HST: REI 18, RDI 21/hr.", "rdi").value == 21


def test_a_value_in_a_table_takes_the_measure_its_column_header_names():
    text = (
        "Condition | O2 | SpO2 | HR |\n\nAt rest | room air | 92% | 88 |\n\n"
        "Ambulating | room air | 86% | 112 |"
    )
    values = [f.value for f in findings(text) if f.concept == "spo2" and f.value is not None]
    assert values == [92, 86]


def test_the_scoring_rule_between_a_measure_and_its_value_is_not_the_value():
    assert concept("pAHI 3%: 27.9 /h", "ahi").value == 27.9
    assert concept("REI by 3% rule 27.9 events/h", "rei").value == 27.9


def test_an_imaging_report_keeps_the_side_of_its_study():
    text = "EXAM: XR LEFT KNEE 3 VIEWS\nHISTORY: knee pain, osteoarthritis\nFINDINGS: Osteophytes."
    found = findings(text, title="diagnostic imaging study")
    assert all("knee:left" in f.regions for f in found if f.concept == "oa-findings")


def test_a_need_is_a_limit_but_a_job_demand_is_not():
    assert concept(
        "Needs riding cart in store, uses arms to rise from toilet.", "walking-limitation"
    ).asserted
    demand = "job = climbing ladders, carrying 80-lb shingle bundles"
    assert not [f for f in findings(demand) if f.category == "functional-deficits" and f.asserted]


def test_care_the_patient_chose_alone_is_marked_self_directed():
    text = "Has been using heating pad + OTC Tylenol. Naproxen 500 mg BID prescribed 1/5."
    by_text = {f.text: f.self_directed for f in findings(text)}
    assert by_text["Tylenol"] and by_text["heating pad"]
    assert not by_text["Naproxen"]
