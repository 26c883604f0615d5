"""A 5-ASA given rectally is topical therapy, not the conventional drug a biologic follows
(blind wave 96, NG/inf-03: "Mesalamine 1 g PR suppository qHS x 6 wks (Jul-Aug) - minimal help"
in a pancolitis met INF-001 and INF-007). The ACG's UC guideline puts rectal 5-ASA first for
proctitis and left-sided disease, oral 5-ASA for extensive colitis; the step therapy the items
ask for in UC is the oral drug. Near misses count as before: oral mesalamine, an oral brand
("Lialda"), both routes ("mesalamine PO + PR"), and a rectal word in another drug's clause."""

from __future__ import annotations

import pytest

from .test_judgement_wave20_mesalamine import _statuses


@pytest.mark.parametrize(
    "text",
    [
        "UC pancolitis. Mesalamine 1 g PR suppository qHS x 6 wks (Jul-Aug) - minimal help. "
        "Prednisone 40 taper x2.",
        "Tried rectal mesalamine 3/2025-9/2025, no response; prednisone bursts.",
        "Mesalamine enema 4 g qHS 3/2025-9/2025 - stopped, no benefit.",
        "5-ASA suppositories nightly 3/2025-9/2025 without relief.",
        "Mesalamine foam per rectum BID 3/2025-9/2025, stopped - no response.",
    ],
)
def test_a_rectal_5_asa_is_no_step_therapy(text: str) -> None:
    assert _statuses("K51.011", text) == ("missing", "missing")


@pytest.mark.parametrize(
    "text",
    [
        "Mesalamine 4.8 g PO daily 3/2025-9/2025, stopped - no response.",
        "Lialda 4.8 g daily 3/2025-9/2025 - no response; Canasa PR added.",
        "Mesalamine PO + PR 3/2025-9/2025, stopped - no response.",
        "Oral mesalamine 3/2025-9/2025 failed. Hydrocortisone enema PR added in June.",
    ],
)
def test_an_oral_5_asa_still_counts(text: str) -> None:
    assert _statuses("K51.011", text) == ("met", "met")


@pytest.mark.parametrize(
    "text",
    [
        # The oral course with a rectal one beside it (blind BJ/inf-03, CM/inf-03).
        "UC pancolitis. Mesalamine 4.8 g/d since 3/2025 (~6 mo) + rectal mesalamine, inadequate "
        "response.",
        "Mesalamine 4.8 g/day 3/2025-9/2025 with rectal mesalamine -> lost response.",
        "Mesalamine 4.8 g/day 3/2025-9/2025 w/ mesalamine enemas, no response.",
    ],
)
def test_an_oral_course_beside_a_rectal_one_still_counts(text: str) -> None:
    assert _statuses("K51.011", text) == ("met", "met")
