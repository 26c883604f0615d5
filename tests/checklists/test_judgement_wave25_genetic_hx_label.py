"""Blind wave 26: "Genetic testing hx:" is the patient's own earlier test, read whole.

CR/gen-03 (GEN-004): a counselor's note put "Family hx: sister - breast ca 58" on one line and
"Genetic testing hx: Pt reports she 'had the BRCA test years ago' - 2019 outside report reviewed
in Media tab: BRCA1/2 sequencing + del/dup, negative." on the next. With no header of its own the
line stayed in the family section (wave 24 added "prior genetic testing" and "genetic testing
history", not the "hx" shorthand), and the repeat BRCA1/2 test went through. The label is a
section of its own results, read as one statement: a history list is cut at commas, which would
part "sequencing + del/dup" from its "negative". A relative named on the line stays theirs.
"""

from __future__ import annotations

import pytest

from .test_judgement import one_note_record, status

_GC = (
    "GENETIC COUNSELING NOTE (video visit, 45 min)\n"
    "Pt is a 56 y/o with high-grade serous carcinoma of the R ovary dx 10/2025.\n"
    "Family hx: sister - breast ca 58. Mother - d. 81 of CHF.\n"
    "{line}\n"
    "Counseled re: multigene panel, VUS possibility, GINA. Pt wishes to proceed."
)


def _status(line: str) -> str:
    text = _GC.format(line=line)
    bundle = one_note_record("81162", "2026-02-20", text, reason="C56.1", ident="gc")
    return status(bundle, "GEN-004")["status"]


@pytest.mark.parametrize(
    "line",
    [
        'Genetic testing hx: Pt reports she "had the BRCA test years ago" - 2019 outside report'
        " reviewed in Media tab: BRCA1/2 sequencing + del/dup, negative.",
        "Genetic hx: 2019 outside report reviewed: BRCA1/2 sequencing + del/dup, negative.",
        "Germline testing hx: BRCA1/2 full seq 2019, negative.",
    ],
)
def test_a_prior_test_under_a_hx_label_is_the_patients(line: str) -> None:
    assert _status(line) == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "Genetic testing hx: none.",
        "Genetic testing hx: sister had BRCA1/2 testing in 2019, negative.",
    ],
)
def test_no_test_of_hers_under_the_label_is_no_prior_test(line: str) -> None:
    assert _status(line) == "met"
