"""A patient's limit in daily life told through someone else (brief s65-limits, blind wave 109).

Three false alarms on functional deficits, one class each:

- furniture held on the way indoors is the limit a walker replaces (NCD 280.3's limit in the
  home): "Gets from bed to bathroom holding the dresser" (OV/dme-walker-02) was no finding at all;
- an informant prefix that names the patient with a relative ("Mom and pt:", "Pt/wife:") tells
  who reported the patient's limit, as "per mother:" does; it is not the relative's own limit
  (OV/therapy-speech-language-03, read as a family mention);
- a relative who brings the patient's meals is the patient's helper: "Sits to shower, wife
  brings meals to recliner, can't make it to back bathroom w/o stopping" is the patient's limit,
  not the wife's (OX/wheelchair-03).

Near misses that must stay not counted: the relative's own limit ("Mom uses a walker", "wife
can't climb stairs"), a limit denied ("no trouble reaching the bathroom", "does not need to hold
the dresser"), a goal ("goal: walk to bathroom without stopping"), a family history label before
the speakers.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.relative_helps import without_helpers
from smartapp.notes.relative_speaker import speaks_for_patient

from .test_judgement import _note, record, status

_DAY = date(2026, 9, 29)
_LIMITS = {"activity-limitation", "walking-limitation", "adl-limitation", "transfer-limitation"}


def _patients_limit(text: str, concepts: set[str] = _LIMITS) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, _DAY)])
    return any(f.concept in concepts and f.asserted for f in found)


def _wlk002(text: str) -> str:
    bundle = record("E0143", _note("n1", "2026-09-29", text), reason="G20.A1",
                    order_type="DeviceRequest")  # fmt: skip
    return status(bundle, "WLK-002", as_of=date(2026, 10, 1))["status"]


def _whc002(text: str) -> str:
    bundle = record("K0001", _note("n1", "2026-09-29", text), reason="I70.213",
                    order_type="DeviceRequest")  # fmt: skip
    return status(bundle, "WHC-002", as_of=date(2026, 10, 1))["status"]


def _slp003(text: str) -> str:
    bundle = record("92508", _note("n1", "2026-09-29", text), reason="F80.81")
    return status(bundle, "SLP-003", as_of=date(2026, 10, 1))["status"]


# --- furniture held indoors -------------------------------------------------------------------

_HOLDS = [
    # the case's own wording
    "Wife on camera: he walks the dog only to the corner now, shuffles. Gets from bed to "
    "bathroom holding the dresser.",
    "Gets from bed to bathroom holding the dresser.",
    "At home she grabs the door frame to get through to the kitchen.",
    "Walks to the bathroom at night holding on to the nightstand and the dresser.",
    "Moves room to room holding the backs of chairs.",
]


@pytest.mark.parametrize("text", _HOLDS)
def test_furniture_held_indoors_is_a_walking_limit(text: str) -> None:
    assert _patients_limit(text), text
    assert _wlk002(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "He does not need to hold the dresser to get to the bathroom.",
        "No longer holds onto the dresser since PT; walks the house without support.",
        "Goal: walk to bathroom without holding the dresser.",
        "Mom holds the dresser to get to the bathroom.",
    ],
)
def test_furniture_held_denied_planned_or_a_relatives_stays_unmet(text: str) -> None:
    assert _wlk002(text) != "met", text


# --- the patient named among the speakers -----------------------------------------------------

_JOINT = [
    # the case's own wording
    "Mom and pt: avoids ordering food, won't read aloud in class, skipped her science "
    "presentation.",
    "Pt and mom: can't order food at restaurants, won't answer the phone.",
    "Pt/mother: avoids talking in class, won't order at restaurants.",
    "per mother: avoids ordering food, won't read aloud in class.",
]


@pytest.mark.parametrize("text", _JOINT)
def test_a_limit_told_by_the_patient_with_a_relative_is_the_patient_s(text: str) -> None:
    assert _patients_limit(text, {"communication-limitation"}), text
    assert _slp003(text) == "met", text


def test_the_joint_speaker_is_an_informant() -> None:
    assert speaks_for_patient("Mom and pt: avoids ordering food.")
    assert speaks_for_patient("Patient & husband: can't walk to the mailbox.")
    assert speaks_for_patient("Pt/wife: needs help in the shower.")
    assert not speaks_for_patient("FHx: mom and pt: asthma.")


@pytest.mark.parametrize(
    "text",
    [
        "Mom: stutters, avoids ordering food.",  # the mother's, in an adult's note
        "Mother has a stutter, avoids ordering food.",
        "Mom and pt deny any trouble ordering food or reading aloud.",
        "Goal: order food independently 3/4 trials.",
    ],
)
def test_a_relative_s_own_denied_or_goal_stays_unmet(text: str) -> None:
    assert _slp003(text) != "met", text


# --- a relative who brings the patient's meals ------------------------------------------------

_BRINGS = [
    # the case's own wording
    "Sits to shower, wife brings meals to recliner, can't make it to back bathroom w/o "
    "stopping twice.",
    "Daughter carries his plate to the couch; can't walk to the kitchen.",
    "Husband brings her meals to bed, can't get to the bathroom without resting.",
]


@pytest.mark.parametrize("text", _BRINGS)
def test_a_limit_after_a_relative_brings_meals_is_the_patient_s(text: str) -> None:
    assert _patients_limit(text), text
    assert _whc002(text) == "met", text


def test_the_helper_phrase_is_blanked_not_the_relative_s_own() -> None:
    assert "wife" not in without_helpers("Sits to shower, wife brings meals to recliner, ")
    assert "Wife" in without_helpers("Wife can't climb stairs, ")
    assert "Wife" in without_helpers("Wife takes her meals in her room, ")


@pytest.mark.parametrize(
    "text",
    [
        "Wife can't climb stairs, uses a walker.",
        "Mom uses a walker.",
        "No trouble reaching the bathroom.",
        "Goal: walk to bathroom without stopping.",
        "Wife brings meals; pt walks to the bathroom without stopping.",
        "Wife brings meals, she can't climb stairs herself since her stroke.",
    ],
)
def test_a_relative_s_own_limit_denied_or_goal_stays_unmet(text: str) -> None:
    assert _whc002(text) != "met", text
