"""Pre-test genetic counseling written as a counselor's note lists it (blind wave 51).

- "Counseled:" or "Counseled -" followed by the genetic topics gone through ("panel (BRCA1/2,
  PALB2 ...) - VUS rate, GINA"), and counseling told done with them ("Counseling done: Lynch
  implications, cascade testing"), are counseling held (GK/genetic-02, GK/genetic-03). Diet or
  smoking counseling, counseling denied or still to come, is none.
- A label line telling counseling given ends a family history written on its header's line
  above it, though it names the relatives cascade testing is for: it is the visit's own act,
  not the clinician's talk about the history (GK/genetic-03, list_ends.py).
"""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.segments import segment


def _counseled(text: str) -> bool:
    return any(
        f.asserted and f.concept == "genetic-counseling" and not f.family
        for f in find_findings([NoteInput("DocumentReference/g1", text)])
    )


@pytest.mark.parametrize(
    "text",
    ["Video visit. Counseled: multigene panel incl. BRCA2, ATM - VUS chance, cost, GINA.",
     "Counseled - hereditary risk for her daughters, germline vs tumor results.",
     "Counseling provided: Lynch syndrome genes and screening if positive.",
     "Pre-test counseling completed - inheritance, cascade testing of siblings."],
)  # fmt: skip
def test_counseling_with_genetic_topics_after_a_colon_is_held(text: str) -> None:
    assert _counseled(text)


@pytest.mark.parametrize(
    "text",
    ["Counseled: low-fat diet and walking 30 min daily.",
     "Counseling provided: smoking cessation.",
     "Counseling not done: Lynch implications to be covered by genetics.",
     "No counseling done re BRCA testing today.",
     "Will be counseled: BRCA panel options at the genetics visit."],
)  # fmt: skip
def test_other_counseling_or_counseling_not_held_is_none(text: str) -> None:
    assert not _counseled(text)


def test_counseling_given_after_a_family_line_is_the_patients() -> None:
    text = (
        "CANCER GENETICS\n52F endometrial ca at 49.\nFHx: sister - colon ca 44; mother - "
        "endometrial ca 60.\nCounseling done: Lynch implications, testing for her children."
    )
    assert segment(text)[-1].section == ""
    assert _counseled(text)


def test_counseling_talk_after_a_family_line_stays_in_it() -> None:
    text = "CONSULT\nFHx: father - CAD, HTN; sister - T2DM.\nCounseling: reviewed his risk."
    assert segment(text)[-1].section == "family"
