"""The hip arthroplasty's imaging item is a radiograph of the hip (THA-001, blind wave 40).

An MRI that shows the femoral head's osteonecrosis is no film of it: a record whose only recent
study of the operated hip is an MRI, beside an old film of it and a recent film of the other hip,
lacks the radiograph the item asks for. A film of the hip that stages the AVN still meets it,
even when its read denies collapse ("no collapse (Ficat II)" grades the AVN it shows).
"""

from __future__ import annotations

from .test_judgement import _note, record, status


def _study(ident: str, when: str, title: str, conclusion: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": ident,
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "category": [
            {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD"}]}
        ],
        "code": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}], "text": title},
        "effectiveDateTime": when,
        "issued": f"{when}T18:00:00Z",
        "conclusion": conclusion,
    }


def _tha(*resources: dict) -> str:
    return status(record("27130", *resources, reason="M87.051"), "THA-001")["status"]


def test_an_mri_of_the_hip_is_no_radiograph() -> None:
    mri = _study(
        "dr-1", "2026-01-20", "MR Hip Right WO contrast", "Right femoral head AVN, collapse."
    )
    note = _note("doc-2", "2026-02-02", "Ortho: R hip pain.\nImaging: MRI R hip 1/20/26 AVN.\n")
    assert _tha(mri, note) == "missing"


def test_a_film_staging_the_avn_meets_it_though_it_denies_collapse() -> None:
    film = _study(
        "dr-1",
        "2026-01-20",
        "XR Hip Right",
        "Right femoral head sclerosis, no collapse (Ficat II).",
    )
    assert _tha(film) == "met"
