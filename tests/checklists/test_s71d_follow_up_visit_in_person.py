"""A practitioner's follow-up visit held in person, typed by the clinic or the problem it follows
and carrying no visit code ("Neuro follow-up - in person", "Ortho f/u", "PCP visit"), is the
home health face-to-face encounter (42 CFR 424.22(a)(1)(v), OAC 5160-12-01) when it is about the
reason for home care and falls 90 days before to 30 days after the start of care (blind wave 79,
KO/home-health-02: an AMB Encounter "Neuro follow-up - in person" 14 days before the original
start of care of a stroke patient's home PT, recertified). Only "follow-up visit" was a visit
word: the clinic's "follow-up" alone, or the visit's "in person", was none.

Not such a visit: one held by telephone or portal message, the home health agency's own nurse
or therapist's follow-up (the service itself), one outside the window, one planned, and a visit
named another clinic's whose note speaks of another problem.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-04-01", "occurrenceDateTime": "2026-04-03"}
_NOTE = (
    "s/p L MCA stroke 2/2026. R hemiparesis, walks 20 ft with quad cane + min A. Leaving home "
    "requires 2-person assist and wheelchair transport. Cont home PT for gait/transfers."
)


def _hhc001(kind: str, when: str = "2026-03-20", status: str = "finished",
            note: str = _NOTE, cls: str = "AMB") -> str:  # fmt: skip
    visit = {
        "resourceType": "Encounter",
        "id": "visit",
        "status": status,
        "class": {"code": cls},
        "subject": {"reference": "Patient/p"},
        "period": {"start": when, "end": when},
        "type": [{"text": kind}],
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
    }
    bundle = record("G0151", visit, _note("n1", when, note), reason="I69.351", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 4, 2))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


@pytest.mark.parametrize(
    "kind",
    [
        "Neuro follow-up - in person",
        "Neurology follow up",
        "Neurology followup",
        "Ortho f/u",
        "Follow-up - in person",
        "PCP follow-up",
        "PCP visit",
        "Neuro F/U (in person)",
        "In-person visit - neurology",
        "Stroke clinic fu, in person",
        "Physician visit - stroke",
    ],
)
def test_a_follow_up_visit_in_person_is_a_face_to_face(kind: str) -> None:
    assert _hhc001(kind) == "met", kind


@pytest.mark.parametrize(
    "kind",
    [
        "Neuro follow-up - telephone",
        "Follow-up - phone call",
        "Neurology follow-up (audio only)",
        "Follow-up - patient portal message",
        "Home health RN follow-up visit",
        "Skilled nursing follow-up",
        "Physical therapy follow-up visit",
        "PT home visit - gait training",
        "Home health aide follow-up",
        "Wound nurse follow-up",
    ],
)
def test_a_follow_up_by_phone_message_or_the_agency_is_none(kind: str) -> None:
    assert _hhc001(kind) != "met", kind


def test_a_follow_up_outside_the_window_is_none() -> None:
    assert _hhc001("Neuro follow-up - in person", when="2025-12-01") != "met"


def test_a_follow_up_still_to_come_is_none() -> None:
    assert _hhc001("Neuro follow-up - in person", when="2026-03-30", status="planned") != "met"


def test_another_clinics_follow_up_about_another_problem_is_none() -> None:
    rash = "Pruritic rash on forearms x 2 wk, likely contact dermatitis. Triamcinolone cream."
    assert _hhc001("Dermatology follow-up - in person", note=rash) != "met"


def _hhc001_note_only(text: str, when: str = "2026-03-20") -> str:
    bundle = record("G0151", _note("n1", when, text), reason="I69.351", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 4, 2))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


def test_the_follow_up_note_alone_records_the_visit() -> None:
    # KO/home-health-02's note, without its Encounter: the neurologist's own record of the visit.
    assert _hhc001_note_only(f"Neuro f/u s/p L MCA stroke 2/2026. {_NOTE}") == "met"


@pytest.mark.parametrize(
    "text",
    [
        f"Neuro f/u in 3 months. {_NOTE}",
        f"Return for f/u in 2 weeks. {_NOTE}",
        f"Neuro f/u s/p stroke by telephone, per wife. {_NOTE}",
    ],
)
def test_a_follow_up_note_of_a_visit_to_come_or_by_phone_is_none(text: str) -> None:
    assert _hhc001_note_only(text) != "met", text


def test_a_follow_up_note_outside_the_window_is_none() -> None:
    assert _hhc001_note_only(f"Neuro f/u s/p L MCA stroke. {_NOTE}", when="2025-12-01") != "met"
