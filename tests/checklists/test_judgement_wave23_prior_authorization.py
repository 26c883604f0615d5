"""'Prior authorization' is no prior test (blind wave 23, CF/gen-02): a PA form's title, "CARESOURCE
PRIOR AUTHORIZATION REQUEST - GENETIC TESTING (office copy)", was read as a prior germline test
('prior ... genetic testing'), and GEN-004 went missing though the oncology note says "Prior
germline testing: none (pt and family never tested)". "Prior" that begins "prior authorization",
"prior auth", "prior approval", "prior notification", or "prior to" (a step before the test, as
payer policy words it) names no earlier test; a test written as earlier still does."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _prior(text: str) -> bool:
    return any(
        f.asserted and f.concept == "prior-germline-test"
        for f in find_findings([NoteInput("D/1", text)])
    )


@pytest.mark.parametrize(
    "text",
    [
        "CARESOURCE PRIOR AUTHORIZATION REQUEST - GENETIC TESTING (office copy)",
        "Prior auth submitted for germline multigene panel.",
        "Prior-authorization for hereditary cancer panel pending.",
        "Prior approval needed for BRCA testing.",
        "Counseling must be performed prior to germline testing.",
        "Prior notification for genetic testing faxed.",
    ],
)
def test_prior_authorization_is_no_prior_test(text: str) -> None:
    assert not _prior(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Prior genetic testing: BRCA1/2 negative 2019.",
        "Previous germline panel 2021 showed a VUS in ATM.",
        "Prior BRCA testing was negative.",
    ],
)
def test_an_earlier_test_still_counts(text: str) -> None:
    assert _prior(text), text


def test_a_pa_form_title_leaves_the_narratives_never_tested_standing() -> None:
    bundle = record(
        "81435",
        _note(
            "n1",
            "2026-02-17",
            "Onc note. Colon ca dx age 37, dMMR.\nPrior germline testing: none (pt and family "
            "never tested).",
        ),
        _note(
            "n2",
            "2026-02-18",
            "CARESOURCE PRIOR AUTHORIZATION REQUEST - GENETIC TESTING (office copy)\n"
            "Test: Hereditary colon cancer syndromes panel (CPT 81435)",
        ),
        reason="C18.7",
    )
    assert status(bundle, "GEN-004")["status"] == "met"
