"""Three diagnostic results blind wave 35 called done that were not, or missed one that was.

- An earlier germline panel listed under past history with its result after a dash ("PMH:
  germline cancer panel (Ambry 67 genes) 2022 for screening - negative") is one test and its
  result: the history list cut at the dash had parted them (EA/genetic-testing-03).
- A Lynch gene's own germline test, dated and with its result ("2022 outside report: MSH2 full
  gene sequencing (germline) - no pathogenic variant detected"), is a prior germline test as a
  BRCA one is (DZ/genetic-03); a tumor's MMR IHC or promoter methylation is not.
- A standardized test named for the next session ("Plan: CELF-5 next session", its score field
  left "***") has no score yet (EB/slp-02).
"""

from __future__ import annotations

import pytest

from smartapp.notes.segments import segment

from .test_judgement import _note, record, status
from .test_judgement_wave31_prior_results_and_exams import _gen004


@pytest.mark.parametrize(
    "said",
    [
        "PMH: germline cancer panel (Ambry 67 genes) 2022 for screening - negative; on file.",
        "Outside records received, 2022 report: MSH2 full gene sequencing (germline) - no"
        " pathogenic variant detected; tumor IHC: loss of MSH2/MSH6.",
        "Past history: PALB2 analysis 2021 - negative.",
    ],
)
def test_an_earlier_germline_test_listed_or_named_by_its_gene(said: str) -> None:
    assert _gen004(_note("hx", "2026-02-18", said)) == "missing"


@pytest.mark.parametrize(
    "said",
    [
        "2023: MLH1/PMS2 IHC of the tumor - loss of expression; MLH1 promoter methylation analysis"
        " positive.",
        "2022 tumor sequencing report: MSH6 analysis negative.",
        "Plan: MSH2 sequencing; PMH: HTN - controlled.",
    ],
)
def test_tumor_testing_or_a_test_to_come_is_no_earlier_germline_test(said: str) -> None:
    assert _gen004(_note("hx", "2026-02-18", said)) == "met"


def test_a_history_list_keeps_a_result_after_its_dash_but_cuts_other_remarks() -> None:
    texts = [s.text for s in segment("PMH: hep C antibody 2020 - negative, HTN - controlled")]
    assert "PMH: hep C antibody 2020 - negative" in texts
    assert "controlled" in texts


def _slp002(text: str) -> str:
    bundle = record("92508", _note("n1", "2026-02-20", text), reason="I69.320")
    return status(bundle, "SLP-002")["status"]


def test_a_standardized_test_named_for_the_next_session_has_no_score() -> None:
    text = ("SLP evaluation: nonfluent aphasia after stroke. Standardized testing: WAB-R AQ ***. "
            "Plan: WAB-R next session.")  # fmt: skip
    assert _slp002(text) == "missing"
    assert _slp002(text.replace("AQ ***", "AQ 48.6")) == "met"
