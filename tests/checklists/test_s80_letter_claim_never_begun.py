"""A first-hand record that a drug was never begun outweighs a letter's claim of its trial
(brief s80-care, blind wave 94, MX/inf-03).

Methotrexate was prescribed 7/15 ('Rx MTX sent.'); a pharmacist's review on 9/02 says the
prescription was never picked up and the patient never started it; a letter of medical necessity
on 11/24 says she 'has failed methotrexate and steroids'. The letter summarises the chart: it is
no trial the chart denies. Near misses keep their trial: the chart saying the drug was begun
after all, a letter that dates a course the denial does not speak of, a denial of another drug
or of taking the drug regularly, and a letter with no first-hand denial beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.letter_claims import drop_claims_never_begun, never_begun
from smartapp.notes.model import NoteFinding
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_RHEUM = "Rheum: seroneg RA. Offered MTX trial; pt hesitant. Pred 10 mg burst. Rx MTX sent."
_LETTER = (
    "LETTER OF MEDICAL NECESSITY: Ms. Oakes has failed methotrexate and steroids and requires "
    "infliximab. T-SPOT neg 10/20/26."
)


def _items(second: str, letter: str = _LETTER) -> dict[str, str]:
    """INF-001, INF-002 and INF-006 for an RA patient: the rheumatologist's 7/15 note,
    ``second`` on 9/02 and ``letter`` on 11/24."""
    notes = [
        _note("n1", "2026-07-15", _RHEUM),
        _note("n2", "2026-09-02", second),
        _note("n3", "2026-11-24", letter),
    ]
    request = {"authoredOn": "2026-11-24", "occurrenceDateTime": "2026-12-07"}
    bundle = record("J1745", *notes, reason="M06.09", order=request)
    report = score_bundle(bundle, as_of=date(2026, 11, 30))
    wanted = ("INF-001", "INF-002", "INF-006")
    return {i["id"]: i["status"] for i in report["items"] if i["id"] in wanted}


@pytest.mark.parametrize(
    "second",
    [
        "Pharmacist med review: methotrexate Rx from 7/15 never picked up; pt states she never "
        "started it. Taking prednisone intermittently.",
        "Pharmacy called: MTX never filled.",
        "RN phone note: pt did not pick up the methotrexate, worried about hair loss.",
        "Pt has not started methotrexate yet. Prednisone as needed.",
        "Pt never took the methotrexate.",
        "Pharmacy: MTX Rx never picked up.",
    ],
)
def test_a_first_hand_record_of_a_drug_never_begun_outweighs_the_letter(second: str) -> None:
    items = _items(second)
    assert items["INF-001"] != "met", second
    assert items["INF-006"] != "met", second
    assert items["INF-002"] != "met", second


def test_the_drug_begun_after_all_keeps_its_trial() -> None:
    second = "Pt initially did not pick up the methotrexate; now taking MTX 15 mg weekly."
    assert _items(second)["INF-006"] == "met"


def test_a_letter_dating_a_course_the_denial_does_not_speak_of_keeps_it() -> None:
    letter = (
        "LETTER OF MEDICAL NECESSITY: methotrexate 15 mg weekly 1/2025-6/2025, stopped for "
        "transaminitis; requires infliximab."
    )
    items = _items("Pharmacist: methotrexate Rx from 7/15 never picked up.", letter)
    assert items["INF-006"] == "met"
    assert items["INF-002"] == "met"


@pytest.mark.parametrize(
    "second",
    [
        "Pharmacist: sulfasalazine Rx never filled.",
        "Pt not taking the methotrexate regularly, misses doses.",
        "Doing OK. Joint pain unchanged.",
    ],
)
def test_no_denial_of_this_drugs_start_leaves_the_letter_standing(second: str) -> None:
    assert _items(second)["INF-006"] == "met", second


def _finding(snippet: str, negated: bool = True, text: str = "methotrexate") -> NoteFinding:
    start = snippet.lower().find(text.lower())
    return NoteFinding(
        "n", "medication-history", "methotrexate", text, start, start + len(text),
        negated, False, False, False, None, snippet,
    )  # fmt: skip


@pytest.mark.parametrize(
    "snippet",
    [
        "methotrexate Rx from 7/15 never picked up",
        "never picked it up - methotrexate",
        "Has not filled the methotrexate",
        "methotrexate not yet started",
        "Didn't start methotrexate",
        "methotrexate unfilled",
    ],
)
def test_how_notes_say_never_begun(snippet: str) -> None:
    assert never_begun(_finding(snippet))


@pytest.mark.parametrize(
    "snippet",
    [
        "methotrexate never picked up at first, now taking it",
        "hasn't taken methotrexate this week (sick)",
        "not taking methotrexate regularly",
        "methotrexate stopped 6/2026 for nausea",
    ],
)
def test_a_course_begun_or_taken_irregularly_is_no_start_denied(snippet: str) -> None:
    assert not never_begun(_finding(snippet))


def test_an_asserted_or_relatives_mention_denies_nothing() -> None:
    assert not never_begun(_finding("never started methotrexate", negated=False))
    family = _finding("Mother never started methotrexate")
    assert not never_begun(NoteFinding(**{**family.__dict__, "family": True}))


def test_a_denial_in_another_clause_is_another_drugs() -> None:
    finding = _finding("Offered methotrexate; never filled the tramadol", negated=False)
    assert not never_begun(NoteFinding(**{**finding.__dict__, "hypothetical": True}))


class _Text:
    def __init__(self, text: str) -> None:
        self.title = ""
        self.text = text


def _said(ref: str, snippet: str, *, negated: bool = False, hypothetical: bool = False):
    start = snippet.lower().find("pt")
    return NoteFinding(
        ref, "conservative-treatment", "physical-therapy", "PT", start, start + 2,
        negated, False, hypothetical, False, None, snippet,
    )  # fmt: skip


def test_a_negated_denial_leaves_older_notes_to_newest_wins() -> None:
    # "Ref PT 2x/wk x 6 wks, meloxicam." stays: it tells episode_pieces the weeks are the
    # order's, not the meloxicam's (blind LR/sps-02); newest_wins weighs the negation.
    texts = {"a": _Text("Ref PT 2x/wk x 6 wks."), "b": _Text("Still has not started PT.")}
    dates = {"a": date(2026, 1, 20), "b": date(2026, 2, 10)}
    older = _said("a", "Ref PT 2x/wk x 6 wks, meloxicam.")
    negated = _said("b", "Still has not started PT.", negated=True)
    assert drop_claims_never_begun([older, negated], texts, dates) == [older, negated]
    started = _said("b", "PT never started.", hypothetical=True)
    assert drop_claims_never_begun([older, started], texts, dates) == [started]
