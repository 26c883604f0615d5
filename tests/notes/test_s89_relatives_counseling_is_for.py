"""The relatives a counseling is for, on the patient's line after a family history written on its
header's line (blind wave 104, OH/genetic-03; relatives_served.py): "Pt never had germline
testing. Pre-test counseling done: Lynch syndrome, implications for relatives, ..." under "FHx:
father - colon ca 55; ..." was read as the family's, so GEN-002 found no counseling. A relative
the line tells of keeps it the family's; counseling denied or still to come is none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.relatives_served import without_relatives_served

_HEAD = (
    "CANCER GENETICS - TELEHEALTH (video) 08/28/2026 - S. Lindgren APRN, AGN-BC\n"
    "48M, colon ca dx 6/2026 age 47 with MSI-H, MLH1/PMS2 loss, BRAF neg -> suspicious for Lynch.\n"
    'FHx: father - colon ca 55; paternal uncle - "stomach ca?".\n'
)


def _own_counseling(line: str) -> bool:
    text = _HEAD + line + "\nPlan: MLH1 germline sequencing (81292)."
    notes = [NoteInput(ref="n1", text=text, date=dt.date(2026, 8, 28))]
    return any(
        f.concept == "genetic-counseling" and f.asserted and not f.family
        for f in find_findings(notes)
    )


@pytest.mark.parametrize(
    "line",
    [
        # The case's own words.
        "Pt never had germline testing. Pre-test counseling done: Lynch syndrome, implications "
        "for relatives, surveillance (colonoscopy q1-2y), insurance/GINA. Consent signed.",
        "Pt has had tumor testing only. Pre-test counseling done: Lynch, cascade testing for his "
        "2 kids/sister, GINA.",
        "Patient: no prior germline test. Genetic counseling provided: inheritance, 50% risk to "
        "each child, surveillance.",
        "Pt never tested. Pretest counseling completed - Lynch syndrome, testing of at-risk "
        "relatives, sharing results with family members.",
    ],
)
def test_counseling_whose_topics_name_the_relatives_is_the_patients(line: str) -> None:
    assert _own_counseling(line)


@pytest.mark.parametrize(
    "line",
    [
        # A relative the line tells of: the family's.
        "Pt reports his sister had genetic counseling done 2021 (MLH1+), implications for "
        "relatives.",
        "Pt states father had pre-test counseling done at UC; cascade testing for relatives.",
        # Denied, or still to come.
        "Pt never had germline testing. Pre-test counseling not done; implications for relatives "
        "to be discussed.",
        "Pt to have pre-test counseling: implications for relatives, GINA.",
        "Pt needs genetic counseling re implications for relatives.",
        "Pt agreed to undergo genetic counseling (implications for relatives) before testing.",
        "Patient to have genetics visit 9/3; cascade testing for kids after.",
    ],
)
def test_a_relatives_or_a_missing_counseling_is_none(line: str) -> None:
    assert not _own_counseling(line)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("implications for relatives, surveillance", "surveillance"),
        ("cascade testing for his 2 kids/sister", ""),
        ("risk to each child", ""),
        ("father had colon ca; implications for relatives", "father"),
        ("colon ca in 2 of his brothers", "brothers"),  # no topic before it: the family's
    ],
)
def test_only_the_relatives_a_topic_is_for_are_blanked(line: str, kept: str) -> None:
    blanked = without_relatives_served(line)
    assert len(blanked) == len(line)
    assert (kept in blanked) if kept else not any(
        word in blanked for word in ("relatives", "kids", "sister", "child")
    )
