"""Genetic tests that are not a prior hereditary cancer germline test of the patient (brief s64-c;
blind wave 62, IE/genetic-testing-02: "Prior genetic testing: expanded carrier screening 2022
only (reproductive, not cancer predisposition)" read as the earlier test GEN-004 asks about).

GEN-004 (NCD 90.2) asks whether the same germline cancer test was done before. A reproductive
carrier screen, a prenatal cell-free DNA screen, a pharmacogenomic panel and a consumer
(23andMe, AncestryDNA) kit test the patient for something else, and a relative's test is not
the patient's: the corpus labels them so (DK/genetic-testing-04, EU/genetic-testing-03,
GX/genetic-01, HT/gen-03, IC/genetic-testing-03). A cancer gene test named beside them still is
one ("carrier screening 2020 and BRCA1/2 full sequencing 2019 - negative").
"""

from __future__ import annotations

import pytest

from .test_judgement import _note
from .test_judgement_wave31_prior_results_and_exams import _gen004


@pytest.mark.parametrize(
    "said",
    [
        "Prior genetic testing: expanded carrier screening 2022 only (reproductive, not cancer"
        " predisposition).",
        "Prior genetic testing: carrier screen (CF/SMA) in 2022 pregnancy.",
        "Previous genetic testing - NIPT 2021, low risk.",
        "Prior genetic test: pharmacogenomic panel (CYP2D6/CYP2C19) 2023 for SSRI dosing.",
        "Prior genetic testing - PGx panel 2024 (GeneSight) for antidepressants.",
        "Prior genetic testing: 23andMe ancestry kit 2020 only.",
        "Previously had genetic testing with AncestryDNA, no medical report.",
        "Prior genetic testing: sister had BRCA testing 2019, negative.",
        "Prior genetic tests: prenatal cfDNA screen 2023 - low risk",
    ],
)
def test_another_kind_of_test_or_a_relative_s_is_no_prior_germline_test(said: str) -> None:
    assert _gen004(_note("hx", "2026-02-18", said)) == "met"


@pytest.mark.parametrize(
    "said",
    [
        "Prior genetic testing: BRCA1/2 negative 2019 (Myriad).",
        "Prior genetic testing: had Invitae panel 2021 - VUS only.",
        "Previous genetic testing: carrier screening 2020 and BRCA1/2 full sequencing 2019 -"
        " negative.",
        "Prior genetic testing: NIPT 2021, Myriad myRisk hereditary cancer panel 2020 negative.",
        "Pt had prior hereditary cancer panel in 2021: VUS in CHEK2.",
    ],
)
def test_a_cancer_gene_test_is_one_still(said: str) -> None:
    assert _gen004(_note("hx", "2026-02-18", said)) == "missing"
