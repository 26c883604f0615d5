"""A note or statement headed as the face-to-face examination itself is the visit held (blind
wave 108: "F2F mobility examination" opening the ordering neurologist's note, OR/wheelchair-02;
"LATE ENTRY for visit 8/11/2026. F2F mobility exam: 62F COPD ...", OR/wheelchair-03; a
hospitalist's discharge note "Discharge/F2F: 77M paraplegic ...", OR/home-health-01). A
face-to-face still needed, to be scheduled, held by telephone or video, or a form's field left
blank or answered "pending" is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _visit_held(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 8, 11))])
    return any(f.concept == "in-person-visit" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "F2F mobility examination\n58M ALS dx 2024. Falls x3 with walker.",
        "LATE ENTRY for visit 8/11/2026. F2F mobility exam: 62F COPD on 3L, OHS.",
        "Discharge/F2F: 77M paraplegic w/ stage 4 sacral PU. Homebound.",
        "Face-to-face encounter\nPt with CHF, homebound, needs SN.",
        "F2F visit: pt seen with daughter; weak, unable to stand unaided.",
    ],
)
def test_a_statement_headed_as_the_face_to_face_is_a_visit_held(text: str) -> None:
    assert _visit_held(text), text


@pytest.mark.parametrize(
    "text",
    [
        "F2F mobility exam needed before PMD order.",
        "F2F to be scheduled with PCP.",
        "Needs F2F exam. Pt ALS, weak.",
        "Phone/F2F: spoke with wife re chair.",
        "RN/F2F: reviewed wound care.",
        "F2F visit (video): reviewed sats.",
        "F2F: ___\nDx: ALS",
        "F2F: pending\nDx: ALS",
        "F2F mobility exam: not done, pt no-showed.",
        "Next F2F exam: 9/2/26.",
        "F2F: 12/1/25 w/ PCP, see scanned records.",
        "F2F: see attached.",
        "F2F: awaiting MD visit - sched w/ Dr Castellanos 6/15.",
        "F2F: needs to be done by PCP.",
        "F2F: will be done at next visit.",
        "F2F encounter: yes",
        "HH intake. F2F: per hospital d/c summary.",
    ],
)
def test_a_face_to_face_to_come_by_phone_or_left_blank_is_not(text: str) -> None:
    assert not _visit_held(text), text
