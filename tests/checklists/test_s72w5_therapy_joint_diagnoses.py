"""The joint findings therapy treats support therapy codes (brief s72-w5, item 3, blind wave 83,
LE/therapy-pt-ot-chiro-02): OT's therapeutic activities (97530) for "Stiffness of right hand"
(M25.641) after a thumb fracture paired with no therapy diagnosis, since the list held pain in
joint (M25.5-) but not stiffness (M25.6-) nor effusion (M25.4-) of the same block, and only
the hip and knee replacements (Z96.64-, Z96.65-) of the joint-replacement status codes therapy
follows. Diagnoses therapy does not treat stay out."""

from __future__ import annotations

import pytest

from .test_judgement import record, status


@pytest.mark.parametrize(
    ("cpt", "code"),
    [
        ("97530", "M25.641"),  # stiffness of right hand
        ("97110", "M25.661"),  # stiffness of right knee
        ("97140", "M25.611"),  # stiffness of right shoulder
        ("97110", "M25.60"),  # stiffness of unspecified joint
        ("97110", "M25.461"),  # effusion, right knee
        ("97530", "M25.431"),  # effusion, right wrist
        ("97110", "Z96.611"),  # presence of right artificial shoulder joint
        ("97110", "Z96.661"),  # presence of right artificial ankle joint
        ("97530", "M25.541"),  # pain in joints of right hand (already listed)
        ("97110", "M24.561"),  # contracture, right knee (already listed)
        ("97110", "M62.81"),  # muscle weakness (already listed)
        ("97116", "R26.2"),  # difficulty in walking (already listed)
        ("97110", "Z47.1"),  # aftercare following joint replacement (already listed)
    ],
)
def test_joint_findings_therapy_treats_support_therapy(cpt: str, code: str) -> None:
    assert status(record(cpt, reason=code), "CSU-005")["status"] == "met", code


@pytest.mark.parametrize(
    ("cpt", "code"),
    [
        ("97530", "E11.9"),  # type 2 diabetes without complications
        ("97110", "J45.909"),  # asthma
        ("97110", "Z96.1"),  # presence of intraocular lens: no joint
        ("97530", "M25.00"),  # hemarthrosis: bleeding into the joint, not a therapy diagnosis here
    ],
)
def test_diagnoses_therapy_does_not_treat_stay_out(cpt: str, code: str) -> None:
    assert status(record(cpt, reason=code), "CSU-005")["status"] != "met", code
