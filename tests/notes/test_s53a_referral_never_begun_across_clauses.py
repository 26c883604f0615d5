"""Care referred and never begun is no care, though the words saying so come after a semicolon,
a quoted remark or a bare "has not started" (blind wave 57, HG/knee-arthroscopy-02: 'Pt was
referred to PT in Feb; "PT never called me back", has not started.' began an episode in
February). The sentence is read whole, and the never-begun words take "has not", "hasn't",
"did not" as well as "never"."""

from __future__ import annotations

import pytest
from stated_findings import stated as _stated

_PT = "physical-therapy"


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ('Referred to PT in January; "nobody ever called me", has not started.', _PT),
        ("Was sent to PT in December but hasn't started yet.", _PT),
        ("Ref'd to PT 1/12; pt hasn't gone yet.", _PT),
        ("Chiropractic referral given 1/15; patient never followed up.", "chiropractic"),
        ("Home exercise program prescribed 1/20; has not started it.", "home-exercise"),
        ('Referred to OT 1/8; "they never called", not started.', "occupational-therapy"),
        ("Physical therapy ordered 12/2025; she did not start (copay).", _PT),
    ],
)
def test_a_referral_never_begun_is_no_care(text: str, concept: str) -> None:
    assert not _stated(text, concept), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Completed 8 PT visits in Jan; referred to pain mgmt, never scheduled.", _PT),
        ("Referred to PT 12/2025; attended 6 visits; ortho referral not yet scheduled.", _PT),
        ("PT 2x/wk x 6 wks completed; ortho referral placed, has not gone.", _PT),
        ("Did PT in Dec-Jan. Referred to pain clinic, never went.", _PT),
        ("Referred to PT in Dec, attended 8 visits, no better.", _PT),
    ],
)
def test_care_begun_beside_a_referral_never_begun_still_counts(text: str, concept: str) -> None:
    assert _stated(text, concept), text
