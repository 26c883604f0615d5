"""A home health face-to-face encounter may be a practitioner's visit in the patient's home (42 CFR
424.22(a)(1)(v) allows a physician, NP or PA): a note headed "HOME VISIT - F2F for HH" that the NP
signs at its end names itself the encounter, though no credential stands beside "home visit".
A face-to-face still to be done ("F2F to be scheduled") is none."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-09-01", "occurrenceDateTime": "2026-09-08"}


def _hhc001(text: str) -> str:
    bundle = record("G0151", _note("n1", "2026-09-04", text), reason="S72.001D", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 9, 5))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


_BODY = (
    " s/p R hip hemiarthroplasty 8/28. Rollator, 20 ft then rests; cannot manage the 4 front "
    "steps without 2 helpers. Needs skilled PT for gait and transfers. -M. Okafor NP"
)


@pytest.mark.parametrize("heading", ["HOME VISIT - F2F for HH.", "F2F home visit 9/4/26."])
def test_a_home_visit_that_names_itself_the_face_to_face_counts(heading: str) -> None:
    assert _hhc001(heading + _BODY) == "met"


def test_a_face_to_face_still_to_come_is_none() -> None:
    assert _hhc001("RN home visit. F2F to be scheduled with PCP." + _BODY) != "met"
