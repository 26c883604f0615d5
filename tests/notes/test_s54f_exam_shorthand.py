"""A chiropractor's or therapist's examination written in the trade's shorthand is the therapy
evaluation PT-002 asks for: "Chiro exam:", "Initial chiro exam 3/2:", "OT eval:", "PT IE 3/2/26:",
a dated re-examination opening its statement. One asked for, still to come, or another sense of
the letters (a discharge "DC exam") is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 6, 1)


def _asserted(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return any(f.asserted for f in found if f.concept == "therapy-evaluation")


@pytest.mark.parametrize(
    "text",
    [
        "Chiro exam: low back pain since a fall in April. ODI 42%.",
        "CHIRO EXAM 04/02/26 - lumbar flexion 40 deg, L4-5 fixation.",
        "Chiro eval: segmental dysfunction T6-7 and L3.",
        "Initial chiro exam 4/2: ODI 38%, SLR negative.",
        "New patient chiropractic examination 4/2/2026: thoracic pain.",
        "Chiropractic consultation & examination - neck pain after lifting.",
        "Seen for chiro exam 04/02/26: C2 fixation.",
        "OT eval: R wrist, grip 10 kg, QuickDASH 48.",
        "PT initial eval 4/2/26: LEFS 31, gait antalgic.",
        "PT IE 4/2/26: knee flex 95, ext lag 10.",
        "Re-exam 5/14/26: ODI 26% from 42%.",
        "RE-EXAMINATION 05/14/2026 - NDI 18%.",
    ],
)
def test_the_exam_in_shorthand_is_an_evaluation(text: str) -> None:
    assert _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Chiro exam next visit.",
        "Chiro exam scheduled for 6/10.",
        "Re-exam in 4 weeks.",
        "Next re-exam 6/20.",
        "Referral placed for OT eval.",
        "Pt to get chiro exam before starting CMT.",
        "HH OT eval and treat.",
        "OT eval ordered.",
        "No chiro exam on file.",
        "DC exam: stable for discharge home.",
    ],
)
def test_one_not_done_is_none(text: str) -> None:
    assert not _asserted(text), text
