"""A prior germline panel named by its syndrome, behind a field label, is a test done (blind
wave 27, CS/gen-03): a faxed outside record's "Germline: Hereditary colorectal panel (19 genes)
sent 10/2022 - NEGATIVE" did not read as a prior germline test, which only knew "hereditary
cancer" panels. A panel ordered now, or a relative's, stays no prior test of the patient's."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _prior(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == "prior-germline-test" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Germline: Hereditary colorectal panel (19 genes) sent 10/2022 - NEGATIVE, no pathogenic"
        " variants.",
        "Hereditary breast/ovarian panel 2021: VUS in ATM.",
    ],
)
def test_a_syndrome_panel_with_a_past_result_is_a_prior_test(text: str) -> None:
    assert _prior(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Order hereditary colon panel; if Lynch confirmed -> colonoscopy q1-2y.",
        "Sister had hereditary colorectal panel in 2020, negative.",
        "Pt elects multigene panel.",
    ],
)
def test_a_panel_ordered_now_or_a_relatives_is_no_prior_test(text: str) -> None:
    assert not _prior(text), text
