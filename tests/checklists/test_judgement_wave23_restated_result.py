"""A letter's undated lab result restates the test on file (blind wave 23, CC/inf-03): the only
QuantiFERON on file was drawn 04/15/2025, a year and a week before the review; the repeat was
only ordered. A letter of medical necessity written this month, "Pre-treatment screening: TB
screening negative (QuantiFERON).", gives no date of its own: it repeats the old result, and the
payer counts that test's date (as films.py dates a letter's "radiographs have confirmed" by the
film on file). A result the statement dates, or says was done today or is new, stands as written;
with no such test on file the statement keeps its note's date."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring import score_bundle

from .test_judgement import _note, record

AS_OF = date(2026, 4, 22)


def _qft(when: str) -> dict:
    return {
        "resourceType": "Observation",
        "id": f"qft{when}",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "71773-6"}],
                 "text": "M tuberculosis stimulated gamma interferon [Presence] in Blood"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": when,
        "valueString": "Negative",
    }  # fmt: skip


def _inf003(letter: str, *observations: dict) -> str:
    bundle = record("J1745", _note("n1", "2026-04-14", letter), *observations, reason="K51.011")
    report = score_bundle(bundle, as_of=AS_OF)
    return {i["id"]: i for i in report["items"]}["INF-003"]["status"]


@pytest.mark.parametrize(
    "letter",
    [
        "LETTER OF MEDICAL NECESSITY\nPre-treatment screening: TB screening negative "
        "(QuantiFERON). Hepatitis B surface antigen non-reactive.",
        "Letter. QuantiFERON negative. Requesting infliximab.",
    ],
)
def test_an_undated_result_restates_the_old_test_on_file(letter: str) -> None:
    assert _inf003(letter, _qft("2025-04-15")) == "missing", letter


@pytest.mark.parametrize(
    "letter",
    [
        "Letter. QuantiFERON 04/01/2026 negative.",
        "Letter. New QuantiFERON negative, reviewed with patient.",
        "Letter. QuantiFERON today negative.",
    ],
)
def test_a_dated_or_new_result_stands(letter: str) -> None:
    assert _inf003(letter, _qft("2025-04-15")) == "met", letter


def test_with_no_test_on_file_the_statement_keeps_its_notes_date() -> None:
    assert _inf003("Letter. QuantiFERON negative. Requesting infliximab.") == "met"


def test_a_recent_test_on_file_is_the_one_restated() -> None:
    letter = "Letter. QuantiFERON negative. Requesting infliximab."
    assert _inf003(letter, _qft("2025-04-15"), _qft("2026-04-01")) == "met"


@pytest.mark.parametrize("status", ["cancelled", "entered-in-error", "registered"])
def test_a_draw_with_no_result_is_not_the_one_restated(status: str) -> None:
    """A QuantiFERON cancelled ("Specimen not received"), voided or still awaiting its result
    has nothing to restate: "TB screening was negative" repeats the old test (blind corpus
    CY/inf-03, read once "was negative" no longer denied the screening: brief s68-n)."""
    draw = {**_qft("2026-04-01"), "status": status, "valueString": "Specimen not received"}
    letter = "Letter. TB screening was negative and she has no hepatitis B."
    assert _inf003(letter, _qft("2025-04-15"), draw) == "missing"
