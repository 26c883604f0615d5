"""Genetic counseling told as what is advised is no counseling given (blind wave 33, DT/gen-02).
A PCP's education line, 'explained that testing looks for inherited mutations ... and that
genetic counseling is recommended before testing', met GEN-002 (pre-test counseling by a
qualified provider) though the only counseling was a referral with its first visit weeks away.
Counseling that is 'recommended', 'advised', 'suggested' or 'encouraged' after its name is a
standard told to the patient, as one that 'must be performed prior to testing' already was
(wave 21); counseling done and then something else recommended still counts.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status


def _counseling(line: str) -> str:
    text = (
        f"Annual visit. FHx: sister - ovarian cancer at 49. Pt has no cancer history.\n{line}\n"
        "Plan: hereditary cancer panel ordered."
    )
    bundle = record("81432", _note("n1", "2026-02-20", text), reason="Z80.41")
    return status(bundle, "GEN-002", service="81432")["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Teaching: told pt that genetic counseling is recommended before any germline test.",
        "Genetic counseling strongly advised prior to the panel.",
        "Discussed that pre-test counseling is suggested by guidelines.",
        "Genetic counselling encouraged before testing; pt prefers to proceed.",
    ],
)
def test_counseling_told_as_advised_is_not_counseling_given(line: str) -> None:
    assert _counseling(line) == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "Genetic counseling completed 2/10 with a certified counselor; testing recommended.",
        "Seen by genetic counselor 2/12: pedigree reviewed, risks and limits of testing explained.",
    ],
)
def test_counseling_given_still_counts(line: str) -> None:
    assert _counseling(line) == "met"
