""" "PT declined" after a semicolon: the patient refusing the care before it, or physical therapy
declined (brief s90-noticed1, item 3). Clinicians write the patient "PT" as often as "pt", so
"CSI L knee; PT declined" turned down the injection as "CSI L knee; pt declined" does; read as
physical therapy declined, the injection counted as given (a false "met" of HYA-003's failed
steroid injection). The context decides: where the clause before names care not told had, the
refusal stands after it and is the patient's; where that care was had ("Ibuprofen x 2 wks",
"CSI 1/2026 with relief") or is a drug in use at its dose ("Ibuprofen 800 tid"), or no care
stands before it, "PT declined" is the therapy declined (smartapp/notes/refused_next.py).
"""

from __future__ import annotations

import pytest
from stated_findings import found, stated


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("CSI L knee; PT declined", "corticosteroid-injection"),
        ("CSI L knee; PT declined.", "corticosteroid-injection"),
        ("Steroid injection L knee; PT declined (fear of needles).", "corticosteroid-injection"),
        ("Recommend CSI L knee; PT declines.", "corticosteroid-injection"),
        ("Kenalog inj R knee; Pt refused.", "corticosteroid-injection"),
        ("L knee OA. CSI L knee; PT declined for now.", "corticosteroid-injection"),
        ("Sleep study ordered; PT declined.", "sleep-study"),
    ],
)
def test_pt_declining_the_care_before_it_is_the_patient(text: str, concept: str) -> None:
    assert found(text, concept), "the care must still be read, then turned down"
    assert not stated(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # The care before was had: "PT" is the therapy declined beside it.
        ("Ibuprofen x 2 wks; PT declined.", "nsaid"),
        ("Steroid injection L knee 1/2026 with relief; PT declined.", "corticosteroid-injection"),
        ("s/p CSI L knee x2; PT declined.", "corticosteroid-injection"),
        # A drug in use at its dose.
        ("Ibuprofen 800 tid; PT declined.", "nsaid"),
        ("Naproxen 500 mg BID; PT declined.", "nsaid"),
        # Care in another clause or sentence than the refusal's.
        ("CSI L knee. PT declined.", "corticosteroid-injection"),
        ("CSI L knee\nPT declined.", "corticosteroid-injection"),
        # PT refused first, the care after it stands.
        ("PT declined; CSI L knee.", "corticosteroid-injection"),
        # "PT" refusing a named object declines that object, not the care before.
        ("CSI L knee; PT declined surgery.", "corticosteroid-injection"),
    ],
)
def test_pt_declined_as_the_therapy_leaves_the_care_before(text: str, concept: str) -> None:
    assert stated(text, concept)


@pytest.mark.parametrize(
    "text",
    [
        "CSI L knee; PT declined.",
        "Ibuprofen 800 tid; PT declined.",
        "PT declined.",
    ],
)
def test_physical_therapy_is_never_read_as_had(text: str) -> None:
    assert not stated(text, "physical-therapy")
