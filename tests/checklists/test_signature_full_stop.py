"""A signature that a full stop closes at its line's end is still a signature.

"Signed R. Vance DPT." was read as carrying no signing credential, while "Signed R. Vance DPT"
was: a therapist's own plan of care then passed as one signed by the physician (noticed while
fixing blind wave 45's home-health cases). Credentials that also name a service ("continue home
PT.") or a state ("Columbus, PA.") do not sign this way.
"""

from __future__ import annotations

import pytest

from smartapp.checklists.signers import credentials


@pytest.mark.parametrize(
    ("text", "credential"),
    [
        ("Gait training, HEP reviewed.\nSigned Lena Okafor DPT.", "DPT"),
        ("Plan of care as above. Electronically signed: J. Marsh, OTR/L.", "OTR/L"),
        ("Reviewed and agreed. Signed Priya Nand MD.", "MD"),
    ],
)
def test_a_credential_closed_by_a_full_stop_signs(text: str, credential: str) -> None:
    assert credential in credentials(text)


@pytest.mark.parametrize(
    "text",
    ["Plan: continue Home PT.", "Mailing address on file in Columbus, PA.", "Referred to OT."],
)
def test_a_service_or_a_place_before_a_full_stop_signs_nothing(text: str) -> None:
    assert not credentials(text)
