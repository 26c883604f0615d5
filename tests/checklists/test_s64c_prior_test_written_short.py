"""An earlier germline cancer test written short, with no word "test" (brief s64-c, the lead's
examples of what still IS a prior test): "BRCA1/2 negative 2019 (Myriad)", "had Invitae panel
2021 - VUS only". The genes (or a genetic laboratory's panel), the result and a past year are a
test done, as the longer forms are; read as no prior test they made GEN-004 a false "met".
A relative's result, a tumor's, a carrier screen at the same laboratory and a result hoped for
are not the patient's earlier germline test.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note
from .test_judgement_wave31_prior_results_and_exams import _gen004


@pytest.mark.parametrize(
    "said",
    [
        "BRCA1/2 negative 2019 (Myriad).",
        "had Invitae panel 2021 - VUS only.",
        "Hx: BRCA1/BRCA2: negative (2018, Myriad).",
        "s/p Ambry panel 3/2020, neg.",
        "Genetics: BRCA2 VUS 2021, reclassified benign.",
        "Pt is BRCA1 positive (2017) - s/p RRSO.",
    ],
)
def test_a_short_prior_result_is_a_prior_test(said: str) -> None:
    assert _gen004(_note("hx", "2026-02-18", said)) == "missing"


@pytest.mark.parametrize(
    "said",
    [
        "Mother BRCA1 positive 2019.",
        "Sister: BRCA2 positive (2020), pt not yet tested.",
        "Invitae carrier screening panel 2022 - negative.",
        "Tumor NGS: BRCA2 negative 2024 (somatic).",
        "If BRCA1/2 negative 2026 results, routine screening.",
        "FHx: father BRCA2 pathogenic variant 2021.",
    ],
)
def test_a_relative_s_tumor_s_or_other_result_is_not(said: str) -> None:
    assert _gen004(_note("hx", "2026-02-18", said)) == "met"
