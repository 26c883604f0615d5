"""Blind wave 45: a step promised on a named finding the study may show is the decision the
imaging directs, with no alternative beside it ("Will refer ortho if meniscal tear",
FO/aim-02); a step promised on the symptoms, or a differential, is not.
"""

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _decision(text: str) -> bool:
    found = find_findings([NoteInput("D/9", text)])
    return any(f.concept == "decision-dependent" and not f.negated for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Order MRI L shoulder. Will send to sports med if full-thickness cuff tear.", True),
        ("MRI lumbar spine. Would refer neurosurgery if the MRI shows high-grade stenosis.", True),
        ("CT chest in 6 mo; will consult thoracic surgery if interval nodule growth.", True),
        ("Will refer to PT if pain persists after 2 weeks.", False),
        ("Will schedule follow-up if symptoms worsen.", False),
        ("MRI knee, r/o meniscal tear vs bone bruise.", False),
    ],
)  # fmt: skip
def test_a_step_on_a_finding(text: str, expected: bool) -> None:
    assert _decision(text) is expected
