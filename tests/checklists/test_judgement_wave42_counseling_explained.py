"""Genetic counseling a clinician explains is no counseling had (blind wave 42, FC/genetic-02).
A PCP's education line, 'explained genetic counseling is used before testing to interpret
results', met GEN-002 (pre-test counseling by a qualified provider) though the counseling was
only a referral with its visit after the test date. Counseling named as what is explained,
taught, described or discussed is a service told about; counseling named as where or with whom
something happened ('after', 'at', 'with' the counselor) or done in a list cut by a comma was held.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status


def _counseling(line: str) -> str:
    text = (
        f"Wellness visit. FHx: aunt - pancreatic cancer at 52. No cancer herself.\n{line}\n"
        "Plan: germline multigene panel sent."
    )
    bundle = record("81432", _note("n1", "2026-02-18", text), reason="Z80.0")
    return status(bundle, "GEN-002", service="81432")["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed cancer risk; explained pre-test counseling helps decide which genes to test.",
        "Educated pt on the purpose of genetic counseling before germline testing.",
        "Described what a genetic counseling visit involves; she will think about it.",
        "Discussed genetic counseling with pt and daughter today.",
    ],
)
def test_counseling_told_about_is_not_counseling_had(line: str) -> None:
    assert _counseling(line) == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "Explained panel options after her genetic counseling visit on 2/11.",
        "Discussed with the genetic counselor 2/11: pedigree and limits of testing reviewed.",
        "Discussed risks, benefits and limits of testing, genetic counseling provided 2/11.",
    ],
)
def test_counseling_held_still_counts(line: str) -> None:
    assert _counseling(line) == "met"
