"""A note's own plan after an exam it copied forward, and the lumbar spine written "L-spine"
(blind wave 15, AX/spine-04): "EXAM (copied from 04/11/2023 visit):" in a note with no blank
line between its sections dated the rest of the note, its A/P and "Plan: R L5-S1
microdiscectomy", to 2023; and "MRI L-spine w/ addendum", read as a study of a LEFT spine, was
no study of a right L5-S1 discectomy's region. Each test names the class of record scored
wrong."""

from __future__ import annotations

from datetime import date

from smartapp.evidence.regions import regions_in_text, study_regions
from smartapp.notes.copied import copied_spans

from .test_judgement import _note, record, status

WRITTEN = date(2026, 2, 19)


def _copied(text: str) -> list[str]:
    return [text[s.start : s.end].strip() for s in copied_spans(text, WRITTEN)]


def test_a_copied_section_stops_at_the_next_section_of_the_note():
    text = (
        "CC: R leg pain.\nEXAM (copied from 04/11/2023 visit):\n  Neuro: L EHL 4/5.\n"
        "A/P: R S1 radiculopathy.\nPlan: R L5-S1 microdiscectomy."
    )
    assert _copied(text) == ["Neuro: L EHL 4/5."]
    # one of its own kind that says it is today's is the note's own too
    today = "EXAM (copied from 04/11/2023 visit):\nSLR + L.\nNeuro exam today: ***\nSLR neg."
    assert _copied(today) == ["SLR + L."]


def test_a_copied_section_runs_over_its_own_lines_and_sub_labels():
    # a label inside the copied exam is no new section; a blank line still ends the copy
    text = "HPI (copied from 12/02/2025 PCP note):\nBack pain x 3 wks.\nNo PT yet.\n\nPlan: MRI."
    assert _copied(text) == ["Back pain x 3 wks.\nNo PT yet."]
    exam = "EXAM (copied from 04/11/2023 visit):\nNeuro: SLR + L.\nStrength: 5/5.\nA/P: MRI."
    assert _copied(exam) == ["Neuro: SLR + L.\nStrength: 5/5."]


def test_the_plan_after_a_copied_exam_is_this_visit_s_plan():
    text = (
        "SPINE CLINIC 02/19/2026\nCC: R buttock pain to lateral foot since 11/2025.\n"
        "EXAM (copied from 04/11/2023 visit):\n  Neuro: L EHL 4/5, SLR + LEFT at 40 deg.\n"
        "A/P: R L5-S1 extrusion w/ R S1 radiculopathy.\n"
        "Plan: R L5-S1 microdiscectomy (63030). Expected 85-90% leg pain relief, RTW 4-6 wks."
    )
    bundle = record("63030", _note("n1", "2026-02-19", text), reason="M51.17")
    assert status(bundle, "SPS-006")["status"] == "met"
    assert status(bundle, "SPS-004")["status"] != "met"  # the 2023 exam is still 2023's


def test_l_spine_is_the_lumbar_spine_not_a_left_one():
    assert study_regions("MRI L-spine w/ addendum") == {"lumbar"}
    assert study_regions("MRI L spine w/o contrast") == {"lumbar"}
    assert regions_in_text("R L-spine pain") == {"lumbar", "lumbar:right"}
    # a side before a limb or a spine region is still a side
    assert regions_in_text("L knee pain") == {"knee", "knee:left"}
    assert regions_in_text("L lumbar radiculopathy") == {"lumbar", "lumbar:left"}


def test_a_right_sided_lesion_on_an_l_spine_study_is_imaging_of_the_order_s_region():
    report = _note(
        "mri",
        "2026-01-10",
        "MRI LUMBAR SPINE W/O 01/09/2026\nL5-S1: large right paracentral extrusion compressing "
        "the traversing S1 nerve root.",
        extra={"type": {"text": "MRI L-spine w/ addendum"}},
    )
    visit = _note("n1", "2026-02-19", "A/P: R L5-S1 extrusion, R S1 radiculopathy.")
    bundle = record("63030", report, visit, reason="M51.17")
    assert status(bundle, "SPS-002")["status"] == "met"
