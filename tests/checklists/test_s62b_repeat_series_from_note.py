"""HYA-002 before a repeat series reads the prior series as HYA-006 does, from a note when no
coded Procedure dates it: "Synvisc-One 11/18/25 worked well ~6 mo" beside a Procedure whose date
is only text made HYA-006 judge a repeat and HYA-002 a first series, asking three months again
of care documented over years (blind wave 62, HZ/hya-02). A series only planned, declined or
older than the two years stays a first series."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_ORDER = {"authoredOn": "2026-06-23", "occurrenceDateTime": "2026-07-07"}
_CARE = "Prior tx: PT 2025 (12 visits each), naproxen (GI upset). HEP daily."


def _hya_002(prior: str) -> str:
    text = (
        f"S: L knee pain back since about May. {prior}\n{_CARE}\n"
        "O: L knee crepitus, small effusion.\nA/P: L knee OA. Cont HEP."
    )
    bundle = record("J7325", _note("n1", "2026-06-23", text), reason="M17.12", order=_ORDER)
    return status(bundle, "HYA-002", as_of=date(2026, 6, 30))["status"]


@pytest.mark.parametrize(
    "prior",
    [
        'Synvisc-One 11/18/25 worked well ~6 mo ("best winter in years").',
        "s/p Euflexxa series x3 L knee Oct-Nov 2025, good relief until May.",
        "Last HA inj (Monovisc) L knee 12/2025 - ~5 mo relief.",
        "Gel-One L knee on 11/3/2025 helped a lot.",
        "Prior viscosupplementation L knee 10/2025 (Durolane) w/ good response.",
        "Had hyaluronic acid injection left knee 9/15/2025, relief x 6 months.",
        "orthovisc x3 L knee 8/2025 -- helped till spring",
        "Supartz series completed 12/15/25-1/12/26, good relief.",
    ],
)
def test_a_prior_series_told_in_a_note_makes_a_repeat(prior: str) -> None:
    assert _hya_002(prior) == "met", prior


@pytest.mark.parametrize(
    "prior",
    [
        "No prior injections.",
        "Discussed Synvisc-One; wants to think about it.",
        "Declined Synvisc-One 11/2025.",
        "Synvisc-One L knee 3/2023, helped.",
    ],
)
def test_no_prior_series_in_the_two_years_is_a_first_series(prior: str) -> None:
    assert _hya_002(prior) != "met", prior
