"""Diagnosis lists checked against the sources they cite (blind wave 17).

A Crohn's flare with obstruction (K50.012) pairs with a CT of the abdomen and pelvis (BH/aim-02):
the ACR Appropriateness Criteria the advanced-imaging list cites rate CT usually appropriate for
Crohn disease, suspected bowel obstruction, appendicitis, diverticulitis, acute pancreatitis,
mesenteric ischemia and GI bleeding, so the whole acute and inflammatory GI family is listed, not
one code. Tonsil and adenoid hypertrophy (J35.3) pairs with a child's polysomnography
(BG/sleep-04): the AAP (2012) and AAO-HNS (2011) pediatric guidelines make adenotonsillar
hypertrophy with snoring the usual reason for PSG before a tonsillectomy. Functional and
acid-peptic complaints (GERD, IBS, constipation), chronic tonsillitis and tonsil stones still do
not pair."""

from __future__ import annotations

import pytest

from .test_judgement import record, status


@pytest.mark.parametrize(
    "code",
    [
        "K50.012",  # Crohn's disease of small intestine with intestinal obstruction
        "K50.90",  # Crohn's disease, unspecified, without complications
        "K51.90",  # ulcerative colitis
        "K56.609",  # intestinal obstruction
        "K35.80",  # acute appendicitis
        "K85.90",  # acute pancreatitis
        "K55.069",  # acute vascular disorder of intestine
        "K65.1",  # peritoneal abscess
        "K61.1",  # rectal abscess
        "K63.1",  # perforation of intestine
        "K92.2",  # gastrointestinal hemorrhage
        "K81.0",  # acute cholecystitis
        "C25.9",  # malignant neoplasm of pancreas
    ],
)
def test_acute_and_inflammatory_gi_disease_supports_abdominal_ct(code):
    assert status(record("74177", reason=code), "CSU-005")["status"] == "met"


@pytest.mark.parametrize("code", ["K21.9", "K58.9", "K59.00", "K29.70", "K64.9"])
def test_functional_and_acid_peptic_complaints_do_not_pair_with_abdominal_ct(code):
    # GERD, IBS, constipation, gastritis and hemorrhoids are diagnosed without cross-sectional
    # imaging (endoscopy or none); they are no CT indication.
    assert status(record("74177", reason=code), "CSU-005")["status"] == "missing"


@pytest.mark.parametrize(
    "service,code",
    [("73721", "K56.609"), ("70553", "K50.012"), ("71250", "K92.2"), ("73221", "K35.80")],
)
def test_a_gi_diagnosis_still_does_not_pair_with_imaging_of_another_region(service, code):
    # The abdomen-pelvis region names the whole family (regions.yaml): bowel obstruction does not
    # support a knee MRI, nor appendicitis a shoulder MRI.
    assert status(record(service, reason=code), "CSU-005")["status"] == "missing"


@pytest.mark.parametrize("code", ["J35.1", "J35.2", "J35.3", "Q90.9"])
def test_adenotonsillar_hypertrophy_supports_pediatric_psg(code):
    assert status(record("95810", reason=code), "CSU-005")["status"] == "met"


@pytest.mark.parametrize("code", ["J35.01", "J35.8", "J03.90"])
def test_tonsil_infection_is_no_sleep_study_indication(code):
    # Recurrent or chronic tonsillitis is a tonsillectomy's other indication, not a sleep one.
    assert status(record("95810", reason=code), "CSU-005")["status"] == "missing"
