"""Imaging of instability is a lumbar or thoracic fusion's requirement, not a cervical one's
(blind wave 17, BG/spine-03).

SPS-007 cites LCD L33382, Lumbar Spinal Fusion for Instability and Degenerative Disc
Conditions: a lumbar fusion stabilizes, so the record must show what is unstable. A cervical
fusion is judged by the Cervical Fusion LCD (L39773 and its copies, e.g. L39788, effective 2024):
it covers a fusion that decompresses symptomatic nerve root or canal compression, with imaging
that shows stenosis, cord compression, tumor, infection, deformity or instability, any of them.
An anterior cervical discectomy and fusion for myelopathy with 'severe C5-6 stenosis with cord
compression' on MRI fused because the disc was removed, not because the spine moved; SPS-002
already asks for that imaging. A lumbar or thoracic fusion for stenosis alone still lacks it, and
the cervical fusion's other fusion items (the nonoperative trial, nicotine status) still apply.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_CERVICAL_MRI = (
    "MRI CERVICAL SPINE 02/20/2026. IMPRESSION: Severe C5-6 stenosis with cord compression and "
    "T2 signal change."
)
_LUMBAR_MRI = "MRI LUMBAR SPINE 02/20/2026. IMPRESSION: Severe L4-5 central canal stenosis."
#: A radiology report (LOINC 18748-4, diagnostic imaging study), as an Epic imaging result is filed.
_REPORT = {"type": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}]}}


@pytest.mark.parametrize("service", ["22551", "22554", "22600", "22595"])
def test_a_cervical_fusion_needs_no_imaging_of_instability(service):
    mri = _note("mri", "2026-02-20", _CERVICAL_MRI, extra=_REPORT)
    bundle = record(service, mri, reason="M50.022")
    assert status(bundle, "SPS-007")["status"] == "not_applicable"
    assert status(bundle, "SPS-002")["status"] == "met"


@pytest.mark.parametrize("service", ["22630", "22612", "22558", "22610"])
def test_a_lumbar_or_thoracic_fusion_for_stenosis_alone_still_lacks_it(service):
    mri = _note("mri", "2026-02-20", _LUMBAR_MRI, extra=_REPORT)
    assert status(record(service, mri, reason="M48.062"), "SPS-007")["status"] == "missing"


def test_the_cervical_fusions_other_fusion_items_still_apply():
    mri = _note("mri", "2026-02-20", _CERVICAL_MRI, extra=_REPORT)
    bundle = record("22551", mri, reason="M50.122")
    assert status(bundle, "SPS-009")["status"] != "not_applicable"
    assert status(bundle, "SPS-008")["status"] != "not_applicable"
