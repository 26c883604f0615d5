"""An epidural's imaging item asks for the MRI or CT of the radicular level; a radiograph's
finding is not it (blind wave 51, GI/spinalinj-02).

The note restated cervical films ("XR - C5-6 spondylosis w/ L foraminal narrowing") while the
MRI was still to come, and IPN-003 ("MRI/CT matching the radicular level") took the films as
the study. Radiographs show bone and disc space, not the nerve root the injection targets."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _ipn003(text: str) -> str:
    note = _note("n1", "2026-02-10", text)
    return status(record("62323", note, reason="M54.16"), "IPN-003")["status"]


def test_a_radiograph_finding_is_not_the_advanced_imaging():
    films = (
        "S: R leg pain to the foot x 10 wks. Imaging: L-spine XR 1/5 - L4-5 disc space narrowing "
        "w/ R foraminal narrowing. MRI lumbar ordered. A: R L5 radiculopathy."
    )
    assert _ipn003(films) != "met"


def test_an_mri_finding_still_counts():
    mri = (
        "S: R leg pain to the foot x 10 wks. Imaging: MRI L-spine 1/5 - L4-5 disc herniation "
        "w/ R foraminal narrowing. A: R L5 radiculopathy."
    )
    assert _ipn003(mri) == "met"
