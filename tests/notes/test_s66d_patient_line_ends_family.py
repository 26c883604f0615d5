"""A line that opens with the patient ends a family history written on its header's line above
it (brief s66-d; blind wave 68, IW/genetic-testing-02: "FHx: father colon ca 49 ..." then "Pt
seen by our genetic counselor Ama Sarpong, CGC, 7/8/26 (pretest counseling completed)" read as
the father's counseling). A line naming a relative, or "He"/"She" who may be the relative just
listed, stays the family's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_FHX = "FHx: father colon ca 49 (deceased), paternal uncle gastric ca. Mother healthy."


def _counseled(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/g1", text, dt.date(2026, 7, 10))])
    return any(f.concept == "genetic-counseling" and f.asserted for f in found)


@pytest.mark.parametrize(
    "line",
    [
        "Pt seen by our genetic counselor Ama Sarpong, CGC, 7/8/26 (pretest counseling completed).",
        "Patient met with genetic counselor 7/8 - pretest counseling done.",
        "Pt. had pre-test genetic counseling 7/8/26 with CGC.",
        "The patient completed genetic counseling on 7/8/26.",
        "- pt seen by genetics counselor, consent signed",
        "PT SEEN BY GENETIC COUNSELOR 7/8/26.",
    ],
)
def test_a_line_of_the_patient_ends_the_family_history(line: str) -> None:
    assert _counseled(f"{_FHX}\n{line}")


@pytest.mark.parametrize(
    "line",
    [
        "Pt's father had genetic counseling in 2019.",
        "Pt reports his sister saw a genetic counselor last year.",
        "He had genetic counseling before he died.",
    ],
)
def test_a_relative_s_line_stays_the_family_s(line: str) -> None:
    assert not _counseled(f"{_FHX}\n{line}")
