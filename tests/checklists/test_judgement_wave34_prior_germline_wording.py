"""Two wordings of an earlier germline test that GEN-004 (not tested before with the same test)
missed in blind wave 34.

- A laboratory's cancer gene panel named by its product ("Prior testing: Invitae Multi-Cancer
  panel 4/2023 (84 genes incl MLH1 ...) - no pathogenic variants": DX/gen-03, an MLH1 test
  requested though the panel already sequenced MLH1). A panel named a tumor (somatic) one is
  still no germline test.
- A dated lab report whose result reads "no clinically significant mutation identified" after
  the test's name ("Myriad report 03/14/2019: BRCA1 and BRCA2 full sequencing and large
  rearrangement analysis - NO CLINICALLY SIGNIFICANT MUTATION IDENTIFIED": DU/genetic-03).
"""

from __future__ import annotations

import pytest

from .test_judgement import _note
from .test_judgement_wave31_prior_results_and_exams import _gen004


@pytest.mark.parametrize(
    "said",
    [
        "Prior testing: Ambry Multi-Cancer panel 6/2022 (67 genes incl BRCA1, BRCA2, PALB2) - no"
        " pathogenic variants.",
        "Previously had a cancer panel 2021 (30 genes) - negative.",
        "OUTSIDE LAB 08/02/2018, patient DOB 03/03/1970: BRCA1 and BRCA2 full sequencing and"
        " deletion analysis - NO CLINICALLY SIGNIFICANT MUTATION IDENTIFIED.",
    ],
)
def test_an_earlier_germline_test_in_its_lab_s_words(said: str) -> None:
    assert _gen004(_note("hx", "2026-02-18", said)) == "missing"


@pytest.mark.parametrize(
    "said",
    [
        "Prior testing: FoundationOne tumor cancer panel 2025 - no pathogenic variants in tumor.",
        "Plan: multi-cancer panel; if no clinically significant mutation, routine screening.",
    ],
)
def test_a_tumor_panel_or_a_panel_to_come_is_no_earlier_germline_test(said: str) -> None:
    assert _gen004(_note("hx", "2026-02-18", said)) == "met"
