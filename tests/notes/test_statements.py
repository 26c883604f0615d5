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
        ("since mid-July", (DATE - dt.date(2025, 7, 15)).days),
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
