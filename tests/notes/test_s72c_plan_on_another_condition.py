"""A plan that depends on something other than the study's result (brief s72-c, found by the
lead's probe of stop 71's engine): "MRI L-spine, depending on insurance, ESI vs surgical
consult." was read as a decision that depends on the MRI, so an imaging item asking how the
result will change management was met. A plan that waits on insurance, authorization, cost,
scheduling, availability, the patient's preference or the patient's pain is no decision the
study's result makes; one that depends on the findings, their level, severity or pattern is
(item 2 of the brief: "depending on severity", "depending on tear pattern")."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _decided(text: str) -> bool:
    notes = [NoteInput("DocumentReference/a1", text, dt.date(2026, 2, 5))]
    found = find_findings(notes)
    return any(f.concept == "decision-dependent" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "MRI L-spine; depending on findings, ESI vs surgical referral.",
        "MRI L-spine. If herniation, will refer to spine.",
        "MRI results will determine surgical candidacy.",
        "MRI L-spine; depending on level, ESI vs surgical consult.",
        "MRI lumbar: depending on what it shows, TFESI vs neurosurgery referral.",
        "MRI L spine - depending on results ESI vs surg consult",
        "MRI L-spine; tx depends on MRI findings: ESI vs surgery.",
        "A/P: MRI lumbar spine, depending upon the results will refer for ESI vs surgical eval",
        "MRI L-spine; depending on MRI results and insurance, ESI vs surgery.",
        "MRI L-spine; if HNP and pt agrees, will refer NSGY",
        # item 2: a property of the finding the study will show
        "MRI L-spine, depending on severity, ESI vs surgical consult.",
        "MRI R knee; depending on tear pattern, repair vs PT.",
        "MRI R shoulder - depending on tear size, RCR vs PT",
        "MRI knee; depending on the type of tear, meniscectomy vs repair",
        "MRI L-spine; depending on degree of stenosis, ESI vs decompression.",
        "MRI L-spine; depending on severity of stenosis, ESI vs surgery.",
        "MRI L-spine, depending on how severe the stenosis is, ESI vs surgical consult",
    ],
)
def test_a_plan_on_the_result_is_a_decision(text: str) -> None:
    assert _decided(text)


@pytest.mark.parametrize(
    "text",
    [
        "MRI L-spine, depending on insurance, ESI vs surgical consult.",
        "MRI L-spine; depending on pt preference, ESI vs PT.",
        "If approved, schedule MRI L-spine.",
        "If approved, schedule MRI L-spine; ESI vs surgery.",
        "MRI L-spine depending on availability, then ESI vs surgical consult.",
        "MRI L-spine; depending on cost, ESI vs surgical consult.",
        "MRI L-spine; depending on insurance approval, ESI vs surgery.",
        "MRI L-spine; depends on prior auth, ESI vs surgery.",
        "MRI L-spine; depending on scheduling, ESI vs surgical consult",
        "MRI L-spine; if insurance approves, will proceed with ESI vs surgery.",
        "MRI L-spine; depending on what pt prefers, ESI vs PT.",
        "MRI L-spine; depending on coverage, ESI vs surgical consult.",
        "MRI L-spine; if authorized, ESI vs surgical consult",
        "MRI L-spine; if covered, will refer ortho",
        "MRI L-spine; depending on PA approval, ESI vs surgery",
        "MRI L-spine, depending on her work schedule, ESI vs PT",
        # item 2's near misses: the severity of the patient's pain, not of the finding
        "MRI L-spine, depending on pain severity, ESI vs surgical consult.",
        "MRI L-spine; depending on severity of pain, ESI vs PT.",
        "MRI L-spine; depending on symptom severity, ESI vs surgery",
    ],
)
def test_a_plan_on_anything_else_is_no_decision_on_the_result(text: str) -> None:
    assert not _decided(text)


@pytest.mark.parametrize(
    "text",
    [
        # No comma ends the condition: it waits on the MRI (DO/lmri-02).
        "P: MRI L-spine to look for HNP; depending on MRI may refer pain mgmt for ESI.",
        "MRI L-spine; depending on the MRI will refer for ESI vs surgery",
    ],
)
def test_a_condition_ends_at_the_step_it_leads_to(text: str) -> None:
    assert _decided(text)
