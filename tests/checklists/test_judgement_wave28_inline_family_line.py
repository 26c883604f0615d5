"""A family history labelled inside a sentence line holds for that line only.

Wave 16 (BN/bar-02) and wave 24 (CH/cpap-02) ended an inline "FHx:" at its line's end in a
history list ("PMH: none. FHx: father - stroke."), but in a line of narrative ("HPI: 52M with
loud snoring. FHx: father - stroke.") the label set the section for every line after it until the
next header: the AHI and the patient's own hypertension on later lines were read as the family's,
and CPAP-002 went missing (noticed in earlier stops). A label written after other text on its
line ends with that line, as in a list; a family-history header that opens its own line, or
stands alone above its list, still holds for the lines under it.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.segments import segment

from .test_judgement import _note, record, status


def _sections(text: str) -> list[tuple[str, str]]:
    return [(s.section, s.text) for s in segment(text)]


@pytest.mark.parametrize(
    "text",
    [
        "HPI: 52M with loud snoring. FHx: father - stroke.\nHTN on lisinopril.",
        "52M with loud snoring. FHx: father - stroke. Wife notes apneas.\nHTN on lisinopril.",
        "S: snoring, daytime sleepiness. Family history: mother with CAD.\nHTN on lisinopril.",
        "Knee pain x 6 mo. FH: mother - RA.\nHTN on lisinopril.",
    ],
)
def test_the_next_line_is_the_patients_again(text: str) -> None:
    sections = _sections(text)
    assert sections[-1] == ("" if text[0] in "5K" else "hpi", "HTN on lisinopril."), sections
    assert any(section == "family" for section, _ in sections), sections


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Family history:\nMother - stroke\nFather - HTN", "Father - HTN"),
        ("FHx: mother breast ca at 45\nMaternal aunt ovarian ca", "Maternal aunt ovarian ca"),
        ("HPI: snoring.\nFHx: father - stroke\nBrother - HTN", "Brother - HTN"),
    ],
)
def test_a_family_header_opening_its_line_still_holds(text: str, last: str) -> None:
    assert _sections(text)[-1] == ("family", last)


def _cpap_002(text: str) -> str:
    bundle = record(
        "E0601", _note("n1", "2026-02-20", text), reason="G47.33", order_type="DeviceRequest"
    )
    return status(bundle, "CPAP-002")["status"]


def test_the_patients_own_comorbidity_after_the_line_counts() -> None:
    text = "HPI: 52M, loud snoring. FHx: father - stroke.\nHSAT 2/1/26: AHI 9.\nHTN on lisinopril."
    assert _cpap_002(text) == "met"


def test_the_fathers_stroke_is_still_not_the_patients() -> None:
    assert _cpap_002("HPI: 52M with loud snoring. FHx: father - stroke.\nHSAT 2/1/26: AHI 9.") != (
        "met"
    )


def test_a_test_planned_for_next_session_is_no_score() -> None:
    # Blind wave 18, BJ/slp-02: the inline "Family hx: older brother ... PLS-5" label had hidden
    # "PLS-5 Spanish: planned for next session" below it; read as the patient's again, a test
    # only planned is no standardized score (targets.yaml already refused "at next session").
    text = (
        "HISTORY: Mom reports he talks little. Family hx: older brother had speech delay.\n"
        "Hearing screen passed.\n- PLS-5 Spanish: planned for next session if child is regulated."
    )
    found = find_findings([NoteInput("D/1", text)])
    assert not [f for f in found if f.concept == "standardized-scores" and f.asserted]
