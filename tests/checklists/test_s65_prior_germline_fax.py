"""GEN-004 with a prior germline result in a faxed outside record (brief s65-reports; blind wave
109, OX/genetic-02): the same BRCA1/2 test done in 2021 makes the repeat no first test (NCD 90.2),
as its OCR'd report and the counselor's "Pt had BRCA1/2 (Myriad) 2021 neg." say; a relative's
test, one sent and pending, and a tumor profile's gene lines leave none (notes:
test_s65_prior_germline_ocr.py reads the wordings).
"""

from __future__ import annotations

import pytest

from .test_judgement import _note
from .test_judgement_wave31_prior_results_and_exams import _gen004

_COUNSELING_CASE = (
    "Genetic counseling: 38F, mother ovarian ca dx 51. Pt had BRCA1/2 (Myriad) 2021 neg. "
    "Pt prefers repeat BRCA1/2 at new lab."
)


def test_a_faxed_prior_germline_report_makes_the_repeat_no_first_test() -> None:
    fax = (
        "Scanned outside record (fax) - OCR:\nMYRIAD GENETIC LABORATORIES  BRCAnalysis CDx\n"
        "Collected: 0B/12/2021\nBRCA1: N0 CLINICALLY SIGNIFICANT MUTATI0N IDENTIFIED\n"
        "BRCA2: NO CLINICALLY SIGNIF1CANT MUTATION IDENTIFIED"
    )
    assert _gen004(_note("fax", "2026-02-18", fax)) == "missing"
    assert _gen004(_note("gc", "2026-02-18", _COUNSELING_CASE)) == "missing"


@pytest.mark.parametrize(
    "said",
    [
        "Sister had BRCA1/2 (Myriad) 2021 neg; pt never tested.",
        "BRCA 1/2 sent today (Invitae), results pending.",
        "Tumor NGS (FoundationOne CDx, tissue)\nBRCA1: no pathogenic variant detected",
    ],
)
def test_a_relative_s_pending_or_tumor_test_leaves_no_prior_test(said: str) -> None:
    assert _gen004(_note("n", "2026-02-18", said)) == "met", said
