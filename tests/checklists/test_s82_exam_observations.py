"""A knee exam charted only as an Observation is the exam's findings (brief s82-exam).

Blind wave 97, NK/kas-02 (KAS-002, a false missing): the ligament exam was charted as one
Observation of category exam, "Knee ligament exam R", a component per test ('Lachman' "3+ soft
endpoint", 'Pivot shift' "positive", 'Effusion' "moderate"), and no note restated it. Only an
Observation's top-level valueString was read, so the exam was "none found". Each charted result
is now read as a line of an exam, with the note reader's vocabularies and negation: a negative
test, the other knee, an Observation withdrawn or cancelled, a component without a value and
one older than the item's 90 days still show no mechanical sign of this knee.
"""

from __future__ import annotations

import pytest

from smartapp.evidence.exam_observations import exam_lines, is_exam_observation

from .test_judgement import _note, record, status

EXAM = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                    "code": "exam"}]}  # fmt: skip


def _obs(ident="o1", when="2026-02-20", name="Knee ligament exam R", components=(), **extra):
    return {
        "resourceType": "Observation",
        "id": ident,
        "status": "final",
        "category": [EXAM],
        "code": {"text": name},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": when,
        "component": [
            {"code": {"text": test}, **({"valueString": value} if value else {})}
            for test, value in components
        ],
        **extra,
    }


LIGAMENTS = (("Lachman", "3+ soft endpoint"), ("Pivot shift", "positive"),
             ("Effusion", "moderate"))  # fmt: skip
HISTORY = "Twisted R knee playing soccer, felt a pop, knee gives way. A/P: ACL reconstruction."


def _kas002(*observations) -> str:
    bundle = record("29888", _note("n1", "2026-02-20", HISTORY), *observations, reason="S83.511A")
    return status(bundle, "KAS-002")["status"]


def test_a_ligament_exam_charted_as_components_is_the_exam() -> None:
    assert _kas002(_obs(components=LIGAMENTS)) == "met"


@pytest.mark.parametrize(
    "observation",
    [
        # one Observation per test, its answer coded or a yes/no
        _obs(
            name="McMurray test right knee",
            valueCodeableConcept={
                "coding": [
                    {"system": "http://snomed.info/sct", "code": "10828004", "display": "Positive"}
                ],
                "text": "Positive",
            },
        ),
        _obs(name="Pivot shift test, right knee", valueBoolean=True),
        _obs(name="Lachman R", valueCodeableConcept={"coding": [{"code": "10828004"}]}),
        {**_obs(name="Lachman test", valueString="2+ no endpoint"), "category": []},
        _obs(name="Knee exam", components=[("Lachman", "3+")], bodySite={"text": "Right knee"}),
    ],
)
def test_other_ways_of_charting_a_positive_test(observation) -> None:
    assert _kas002(observation) == "met"


@pytest.mark.parametrize(
    "observation",
    [
        # normal results: negative tests, no effusion
        _obs(
            components=[("Lachman", "negative"), ("Pivot shift", "negative"), ("Effusion", "none")]
        ),
        _obs(name="Pivot shift test, right knee", valueBoolean=False),
        _obs(name="Lachman R", valueCodeableConcept={"coding": [{"code": "260385009"}]}),
        # the other knee, by a bare letter or by its bodySite
        _obs(name="Knee ligament exam L", components=LIGAMENTS),
        _obs(name="Knee ligament exam", components=LIGAMENTS, bodySite={"text": "Left knee"}),
        # withdrawn, cancelled, no value, too old for KAS-002's 90 days
        {**_obs(components=LIGAMENTS), "status": "entered-in-error"},
        {**_obs(components=LIGAMENTS), "status": "cancelled"},
        _obs(components=[("Lachman", ""), ("Pivot shift", "")]),
        _obs(when="2025-09-01", components=LIGAMENTS),
    ],
)
def test_near_misses_show_no_mechanical_sign_of_this_knee(observation) -> None:
    assert _kas002(observation) != "met"


def test_each_result_is_a_line_of_its_own_with_its_side() -> None:
    lines = exam_lines(_obs(components=[*LIGAMENTS, ("Anterior drawer", "")]))
    assert lines == [
        "Right: knee ligament exam r - lachman: 3+ soft endpoint.",
        "Right: knee ligament exam r - pivot shift: positive.",
        "Right: knee ligament exam r - effusion: moderate.",
    ]


def test_a_body_site_is_written_and_a_letter_inside_a_word_is_no_side() -> None:
    site = _obs(name="Knee exam", components=[("McMurray", "+")], bodySite={"text": "Right knee"})
    assert exam_lines(site) == ["knee exam (right knee) - mcmurray: +."]
    spine = _obs(name="L-spine exam", valueString="SLR positive at 40 deg")
    assert exam_lines(spine) == ["l-spine exam: SLR positive at 40 deg."]


def test_only_exam_observations_are_read_so() -> None:
    lab = {"resourceType": "Observation", "status": "final", "code": {"text": "QuantiFERON"},
           "category": [{"coding": [{"code": "laboratory"}]}],
           "valueCodeableConcept": {"text": "Negative"}}  # fmt: skip
    assert not is_exam_observation(lab) and exam_lines(lab) == []
    assert is_exam_observation({**lab, "category": [], "code": {"text": "Lachman test"}})
    walk = _obs(name="Timed Up and Go", valueQuantity={"value": 18, "unit": "s"})
    assert exam_lines(walk) == []  # numbers are read as readings, not words


def _esi_exam(*observations) -> str:
    """IPN-004, the spine exam behind an epidural, on a record whose note examined no one."""
    note = _note("n1", "2026-02-20", "L leg pain x 8 wks despite PT. Plan: L5-S1 ESI.")
    return status(record("62323", note, *observations, reason="M54.16"), "IPN-004")["status"]


def test_a_neuro_exam_charted_as_components_is_the_spine_exam() -> None:
    reflexes = _obs(name="Lumbar neuro exam", components=[("Ankle jerk L", "absent")])
    assert _esi_exam(reflexes) == "met"
    assert _esi_exam(_obs(name="Lumbar neuro exam", components=[("Ankle jerk", "")])) != "met"
    withdrawn = {**reflexes, "status": "entered-in-error"}
    assert _esi_exam(withdrawn) != "met"
