"""Suspected demyelination's symptom codes pair with a brain MRI (blind wave 22, BY/aim-02).

A brain MRI with and without contrast (70553) to rule out multiple sclerosis was ordered for
paresthesia (R20.2) and a visual disturbance (H53.8). The ACR Appropriateness Criteria the
advanced-imaging list cites rate MRI of the head without and with contrast usually appropriate
for suspected multiple sclerosis and other demyelinating disease (Demyelinating Diseases), for
optic neuritis and visual loss or field defects (Orbits, Vision and Visual Loss) and for
diplopia (Cranial Neuropathy): the sensory and visual symptom families, optic neuritis and the
other demyelinating diseases are listed, not the one code. Eye complaints no imaging
diagnoses (amblyopia, colour-vision deficiency, night blindness, refractive error) still do not
pair, and a visual symptom is about the head, not a knee or the lumbar spine."""

from __future__ import annotations

import pytest

from .test_judgement import record, status


@pytest.mark.parametrize(
    "code",
    [
        "R20.2",  # paresthesia of skin
        "R20.0",  # anesthesia of skin
        "R20.1",  # hypoesthesia of skin
        "H53.8",  # other visual disturbances
        "H53.2",  # diplopia
        "H53.122",  # transient visual loss, left eye
        "H53.461",  # homonymous bilateral field defects, right side
        "H53.9",  # unspecified visual disturbance
        "H46.9",  # unspecified optic neuritis
        "H47.11",  # papilledema associated with increased intracranial pressure
        "G37.9",  # demyelinating disease of central nervous system, unspecified
        "G36.0",  # neuromyelitis optica
    ],
)
def test_demyelination_symptoms_support_brain_mri(code):
    assert status(record("70553", reason=code), "CSU-005")["status"] == "met"


@pytest.mark.parametrize(
    "code",
    [
        "H53.001",  # amblyopia, right eye
        "H53.50",  # colour vision deficiency
        "H53.60",  # night blindness
        "H52.13",  # myopia, bilateral
        "H10.9",  # conjunctivitis
    ],
)
def test_eye_complaints_no_imaging_diagnoses_do_not_pair(code):
    assert status(record("70553", reason=code), "CSU-005")["status"] == "missing"


@pytest.mark.parametrize("service", ["73721", "72148"])
def test_a_visual_symptom_does_not_pair_with_imaging_of_another_region(service):
    assert status(record(service, reason="H53.8"), "CSU-005")["status"] == "missing"
