"""A need for a clinician is the words "needs", "requires" or "in need of" with only the
clinician's kind between them and the clinician ("needs intermittent skilled nursing", "requires
skills of a licensed PT", "need: PT for gait"). The reader let any 30 characters stand between,
so an instruction to the patient ("Needs to call nurse if SpO2 < 88%"), a nurse line to phone, a
nurse practitioner to follow up with, a ride to therapy or "pt" (the patient) after another need
read as the skilled need HHC-002 asks for: a false "met" (lead's note, session s67-f). Calling a
nurse is no nursing care given (42 CFR 409.42(c): the services need a nurse's skill).
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _skilled(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "skilled-need")


@pytest.mark.parametrize(
    "text",
    [
        "Needs intermittent skilled nursing and PT; homebound.",
        "needs intermittent SN and PT",
        "Pt requires skills of a licensed PT for progression.",
        "Needs HH PT/SN.",
        "need: PT for gait/balance training",
        "Pt needs home nursing for heel ulcer.",
        "Lives alone, needs a home nurse",
        "needs intermittent skilled PT",
        "Pt will still need home OT for ADLs.",
        "Requires physical therapy 2x/wk.",
        "in need of home health nursing",
        "requires the services of a licensed nurse",
    ],
)
def test_a_need_naming_the_clinician_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Needs to call nurse if SpO2 < 88%.",
        "Pt needs to call the nurse line with questions.",
        "Pt needs to contact a nurse if drainage increases.",
        "Needs to phone the RN on call if fever > 101.",
        "needs to call nurse triage if temp >101",
        "Patient needs follow-up with nurse practitioner in 2 wks.",
        "Needs nurse to call back re: refill.",
        "Requires transport to therapy.",
        "Needs a ride to PT appts",
        "Needs help at home, pt lives alone.",
        "Needs walker order, PT recommended it.",
        "Needs: pt lives alone with dog.",
        "No further OT needs - OT signed off.",
    ],
)
def test_a_call_a_ride_or_the_patient_after_needs_is_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text
