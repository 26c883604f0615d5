"""A practitioner's note that opens as the follow-up visit it records ("Neuro f/u s/p L MCA stroke
2/2026. R hemiparesis ...") or that says the patient is here, presents or returns for a follow-up,
records a visit held that day: the home health face-to-face encounter when it is about the reason
for home care (blind wave 79, KO/home-health-02: the neurologist's note of an in-person visit 14
days before the start of care). A follow-up still to come ("Neuro f/u in 3 mo", "return for
f/u", "F/u: 2 wk"), one by telephone or portal, or one denied is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _visit_held(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 3, 20))])
    return any(f.concept == "in-person-visit" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Neuro f/u s/p L MCA stroke 2/2026. R hemiparesis, walks 20 ft with quad cane + min A.",
        "NEUROLOGY FOLLOW-UP s/p CVA 2/2026. RUE 3/5, RLE 3+/5.",
        "Ortho f/u s/p R THA 2/10. WBAT, walker 50 ft.",
        "Pt here for f/u of R hemiparesis after stroke.",
        "Presents for follow-up of L MCA stroke; walks 20 ft with quad cane.",
        "Pt returns for neuro follow-up, still needs min A for transfers.",
        "S: 74M here today for post-stroke f/u with wife.",
        "Patient presents today for a follow up visit after hip fracture.",
        "Returns to clinic for f/u of CHF, SOB after 20 ft.",
    ],
)
def test_a_follow_up_visit_held_is_a_visit(text: str) -> None:
    assert _visit_held(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Neuro f/u in 3 months.",
        "Neuro f/u s/p stroke scheduled for 4/15.",
        "Return for f/u in 2 weeks.",
        "F/u: 2 wk with PCP.",
        "RTC for follow-up in 6 weeks.",
        "Pt to return for follow-up after MRI.",
        "Neuro f/u s/p stroke by telephone: pt doing well per wife.",
        "Did not present for follow-up; no-show x2.",
        "Will need to come in for f/u before HH can be certified.",
        "Pt here for f/u portal message re: refill.",
    ],
)
def test_a_follow_up_to_come_remote_or_missed_is_none(text: str) -> None:
    assert not _visit_held(text), text
