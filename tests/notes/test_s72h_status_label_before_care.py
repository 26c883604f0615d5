"""A status written before the care as a label ("Not done: PT 2x/wk x 6 wks, naproxen x 8 wks")
governs every item after it up to the end of its line, or the bullets under it when the label
ends its line; the next sentence, and an item whose own words say it was done, are free.

Found by fix session s72-h on the s72 engine (no blind case yet): ConText's "declined" and
"cancelled" reached only the first item of the list after them, "N/A:" denied nothing, a label
over a bulleted list denied none of its bullets, and so "Cancelled: PT lumbar 2x/wk, naproxen
x 8 wks" met LMRI-003's six weeks of conservative care with the naproxen.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_CARE = frozenset({"conservative-treatment", "medication-history"})


def _counted(text: str) -> list[str]:
    """The care the note says was had (neither denied nor still to come)."""
    note = NoteInput("DocumentReference/n1", "Return visit, low back pain.\n" + text + "\n",
                     date(2026, 9, 14))
    return [f.text.lower() for f in find_findings([note]) if f.category in _CARE and f.asserted]


@pytest.mark.parametrize(
    "said",
    [
        "Declined: PT lumbar 2x/wk 7/1-8/20; naproxen 500 BID x 8 wks",
        "Cancelled: PT lumbar 2x/wk, naproxen x 8 wks, chiro 6 visits",
        "Canceled - PT lumbar 2x/wk, naproxen x 8 wks",
        "N/A: PT lumbar 2x/wk x 6 wks, naproxen x 8 wks",
        "- Refused: naproxen 500 bid x 6 wks; PT 2x/wk x 6 wks",
        "Not done:\n- PT 2x/wk x 6 wks\n- naproxen 500 BID x 8 wks",
        "Never started:\n  * meloxicam 15 mg daily x 6 wks\n  * chiropractic 8 visits",
        "| Cancelled | PT lumbar 2x/wk x 6 wks, naproxen x 8 wks |",
        "CX'D: PT 2x/wk x 6wks, naproxen x 8wks",
        "Not attended -- chiro x 6 wks, PT 12 visits",
        "Status: declined - meloxicam 15 mg x 6 wks, PT 2x/wk x 6 wks",
    ],
)
def test_a_status_label_denies_all_the_care_after_it(said: str) -> None:
    assert _counted(said) == []


@pytest.mark.parametrize(
    "said",
    [
        "Pending: PT lumbar 2x/wk x 6 wks; naproxen x 8 wks",
        "Pending -\n- PT 2x/wk x 6 wks\n- naproxen x 8 wks",
    ],
)
def test_care_pending_after_its_label_is_still_to_come(said: str) -> None:
    assert _counted(said) == []


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Done: PT x 6 wks, naproxen x 8 wks", ["pt", "naproxen"]),
        ("Completed: PT 12 visits, naproxen x 8 wks", ["pt", "naproxen"]),
        # The next sentence is free of the label.
        ("Not done: MRI. PT x 6 wks completed, naproxen x 8 wks.", ["pt", "naproxen"]),
        ("Not done today: injection (done 3/2). PT x 6 wks, naproxen x 8 wks", ["pt", "naproxen"]),
        # An item whose own words say it was done is not the label's.
        ("Not done today: ESI (done 8/2), PT x 6 wks completed", ["esi", "pt"]),
        ("Declined: surgery; PT x 6 wks completed 7/1-8/20", ["pt"]),
        ("Cancelled: 2 of 14 PT visits; attended 12 PT visits 7/1-8/20", ["pt visits"]),
        # A label over a list ends where the bullets end.
        ("Not done:\n- ESI\nPT 2x/wk x 6 wks 7/1-8/20, naproxen x 8 wks", ["pt", "naproxen"]),
        # A status word that is no label: the drug it is about is the one after it.
        ("Naproxen x 8 wks; declined PT", ["naproxen"]),
    ],
)
def test_care_done_near_a_status_label_still_counts(said: str, kept: list[str]) -> None:
    assert _counted(said) == kept
