"""A drug the notes say is taken seldom is no sustained trial, and its order's span is not the
care's (blind wave 93, MR/lumbar-mri-02).

'cyclobenzaprine 10 MG Oral Tablet' ordered 2/20 with no sig ran as an active order to the MRI
request, 73 days of care, though the 5/1 visit says the patient 'Has been taking cyclobenzaprine
"some nights"' (PT never attended, two chiropractic visits on his own). Notes say seldom many
ways ('some nights', 'rarely', 'hardly uses', 'a few nights a week', 'only on bad days'); an
order with no dosage of its own is then that seldom use of the drug the note names. Near misses
keep their weeks: 'takes nightly', 'PRN, uses most days', an order whose own sig gives a
schedule, a note naming another drug of the class, and an order no note speaks of.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.occasional_use import taken_now_and_then
from smartapp.notes.model import NoteFinding
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _finding(snippet: str, text: str = "cyclobenzaprine") -> NoteFinding:
    start = snippet.lower().find(text.lower())
    return NoteFinding(
        "n", "conservative-treatment", "muscle-relaxant", text, start, start + len(text),
        False, False, False, False, None, snippet,
    )  # fmt: skip


@pytest.mark.parametrize(
    "snippet",
    [
        "Has been taking cyclobenzaprine 'some nights'.",
        "Takes cyclobenzaprine some nights when spasm bad.",
        "Rarely uses the cyclobenzaprine.",
        "Hardly uses the cyclobenzaprine.",
        "Hardly ever takes cyclobenzaprine.",
        "cyclobenzaprine a few nights a week",
        "cyclobenzaprine only on bad days",
        "Seldom needs cyclobenzaprine.",
        "Takes cyclobenzaprine infrequently.",
        "Uses cyclobenzaprine not very often.",
    ],
)
def test_how_notes_say_seldom(snippet: str) -> None:
    assert taken_now_and_then(_finding(snippet))


@pytest.mark.parametrize(
    "snippet",
    [
        "Takes cyclobenzaprine nightly.",
        "cyclobenzaprine PRN, uses most days",
        "cyclobenzaprine most nights",
        "cyclobenzaprine 10 mg qhs every night x 8 wks",
        "cyclobenzaprine TID, rarely misses a dose",
    ],
)
def test_regular_use_is_no_seldom_use(snippet: str) -> None:
    assert not taken_now_and_then(_finding(snippet))


def _order(drug: str = "cyclobenzaprine 10 MG Oral Tablet", sig: str | None = None) -> dict:
    order = {
        "resourceType": "MedicationRequest",
        "id": "mr",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": drug},
        "authoredOn": "2026-02-20",
    }
    if sig:
        order["dosageInstruction"] = [{"text": sig}]
    return order


def _lmri003(history: str, order: dict) -> str:
    """LMRI-003 for a back pain seen 2/20 (the drug ordered) and 5/1 (the MRI ordered)."""
    first = _note(
        "n1",
        "2026-02-20",
        "S: LBP x 10 days after shoveling snow. No radiation.\n"
        "O: paraspinal spasm, SLR neg bilat, strength 5/5.\nA: acute mechanical LBP.\n"
        "P: Ice/heat. F/u 6 wks.",
    )
    second = _note(
        "n2",
        "2026-05-01",
        f"HPI: LBP since Feb, now ~11 wks. {history}\n"
        "Exam: flexion 60 deg w/ pain, SLR neg bilat, strength 5/5, DTR 2+.\n"
        "A/P: Chronic LBP. MRI lumbar ordered.",
    )
    bundle = record(
        "72148", order, first, second, reason="M54.50",
        order={"authoredOn": "2026-05-01", "occurrenceDateTime": "2026-05-12"},
    )  # fmt: skip
    report = score_bundle(bundle, as_of=date(2026, 5, 4))
    return {i["id"]: i for i in report["items"]}["LMRI-003"]["status"]


@pytest.mark.parametrize(
    "history",
    [
        "Has been taking cyclobenzaprine 'some nights'.",
        "Rarely uses the cyclobenzaprine.",
        "Hardly uses his Flexeril.",
    ],
)
def test_an_order_with_no_sig_the_notes_say_is_taken_seldom_is_no_trial(history: str) -> None:
    assert _lmri003(history, _order()) != "met"


def test_the_order_runs_where_no_note_says_seldom() -> None:
    assert _lmri003("Takes cyclobenzaprine nightly.", _order()) == "met"
    assert _lmri003("Still sore in the mornings.", _order()) == "met"


def test_an_order_whose_own_sig_gives_a_schedule_keeps_its_weeks() -> None:
    scheduled = _order("naproxen 500 MG Oral Tablet", "500 mg PO BID x 8 wks")
    assert _lmri003("Takes naproxen some days, tylenol rarely.", scheduled) == "met"


def test_a_note_on_another_drug_of_the_class_is_not_this_orders() -> None:
    meloxicam = _order("meloxicam 15 MG Oral Tablet")
    assert _lmri003("Uses ibuprofen rarely.", meloxicam) == "met"
