"""A knee replacement's or a hyaluronan series' imaging item asks for a radiograph (blind wave 75).

JY/tka-03: a right TKA whose only knee radiographs were 16 months old met TKA-001 on a knee MRI
("grade IV chondromalacia", filed as a "Diagnostic imaging study" whose heading, not its title,
named the MRI) and the visit note's "Imaging: MRI 2/10/26 grade IV medial chondromalacia".
TKA-001 and HYA-001 ask for knee radiographs showing the arthritis (weight-bearing X-ray, LCD
L39529's "confirmed on radiographs"); the corpus reads a knee MRI as no such film (JI/knee-
arthroplasty-03, FA/hya-02). ``with_imaging: [x-ray]`` keeps the radiographs, and a report whose
title names no study is of the study its first line names.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_VISIT = "2026-02-20"
#: A radiology report filed as a document (LOINC 18748-4) under a title that names no study.
_IMAGING_DOC = {
    "type": {
        "coding": [
            {"system": "http://loinc.org", "code": "18748-4", "display": "Diagnostic imaging study"}
        ]
    }
}


def _report(title: str, conclusion: str, day: str = "2026-02-10") -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": "dr-1",
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}], "text": title},
        "effectiveDateTime": day,
        "conclusion": conclusion,
    }


def _filed(heading: str, impression: str) -> dict:
    """An imaging report filed as a document titled 'Diagnostic imaging study'."""
    text = f"{heading}\n\nIMPRESSION: {impression}"
    return _note("doc-4", "2026-02-10", text, extra=_IMAGING_DOC)


def _visit(said: str) -> dict:
    text = f"Ortho clinic. R knee pain x 3 yrs, failed PT and NSAIDs.\n{said}\nPlan: R TKA."
    return _note("doc-7", _VISIT, text)


def _item(code: str, item: str, *resources: dict) -> str:
    return status(record(code, *resources, reason="M17.11"), item)["status"]


def _tka(*resources: dict) -> str:
    return _item("27447", "TKA-001", *resources)


@pytest.mark.parametrize(
    "resources",
    [
        # The case: the MRI filed under a title that names no study, and the note restating it.
        (
            _filed(
                "MRI KNEE RIGHT WITHOUT CONTRAST - 2/10/2026",
                "Full thickness cartilage loss medial femoral condyle (grade IV chondromalacia).",
            ),
            _visit("Imaging: MRI 2/10/26 grade IV medial chondromalacia"),
        ),
        (_report("MRI Knee Right", "Severe tricompartmental OA, bone-on-bone medially."),),
        (_filed("MR KNEE RT W/O CONTRAST", "Advanced medial compartment osteoarthritis."),),
        (_visit("Imaging: MR R knee 1/2026 - severe medial compartment OA."),),
        (_visit("A: R knee OA - outside MRI 12/2025 showed advanced DJD medial compartment."),),
        (_visit("mri rt knee jan 2026 tricompartmental oa"),),
        (_visit("CT R knee 1/15/26: severe OA with subchondral cysts."),),
        (_visit("Magnetic resonance imaging R knee 02/2026: grade 4 osteoarthritis medially."),),
    ],
)
def test_an_mri_or_ct_of_the_knee_is_no_radiograph(resources: tuple[dict, ...]) -> None:
    assert _tka(*resources) == "missing"


@pytest.mark.parametrize(
    "resources",
    [
        (_report("XR Knee Right 3 views", "Moderate medial compartment osteoarthritis."),),
        (_filed("XR KNEE RIGHT 3 VIEWS STANDING - 2/10/2026", "Severe medial compartment OA."),),
        (_visit("Standing films R knee 2/10/26: bone-on-bone medial OA."),),
        (_visit("X-rays R knee today: severe tricompartmental OA."),),
        (_visit("XR and MRI R knee 1/2026: severe medial compartment OA."),),
        (_visit("Imaging: radiographs R knee 01/20/2026 show severe OA, KL grade 4."),),
    ],
)
def test_a_radiograph_of_the_knee_still_counts(resources: tuple[dict, ...]) -> None:
    assert _tka(*resources) == "met"


def test_a_hyaluronan_series_asks_for_the_radiograph_too() -> None:
    mri = _report("MRI Knee Right", "Moderate medial osteoarthritis with chondral thinning.")
    assert _item("J7325", "HYA-001", mri) == "missing"
    film = _report("XR Knee Right 3 views", "Moderate medial osteoarthritis, KL 3.")
    assert _item("J7325", "HYA-001", film) == "met"
