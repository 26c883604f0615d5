"""A prescription the pharmacy reports unfilled is no trial of the drug (brief s81-near).

"Med rec: methotrexate Rx remains unfilled per pharmacy" and "methotrexate - unfilled" were read
as methotrexate taken, as "never filled" no longer is (refused_after.py); then a letter's
"failed methotrexate" kept its claim (checklists/letter_claims.py reads only a mention not
asserted as the denial). Near misses keep their trial: another drug unfilled after a course
taken, a drug taken after all, and a form "not filled out".
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _taken(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/m1", text, dt.date(2026, 10, 12))])
    return any(f.asserted for f in found if f.concept == "methotrexate")


@pytest.mark.parametrize(
    "text",
    [
        "Med rec: methotrexate Rx remains unfilled per pharmacy.",
        "methotrexate - unfilled",
        "Methotrexate Rx not filled per pharmacy.",
        "Methotrexate Rx still unfilled.",
        "Methotrexate: unfilled at pharmacy.",
        "Methotrexate Rx not yet filled due to cost.",
    ],
)
def test_an_unfilled_prescription_is_no_trial(text: str) -> None:
    assert not _taken(text)


@pytest.mark.parametrize(
    "text",
    [
        "Methotrexate 15 mg weekly x 6 months, failed; Humira Rx unfilled per pharmacy.",
        "Methotrexate unfilled in Jan, now taking it since March.",
        "Methotrexate 15 mg weekly since 2024; consent form not filled out.",
        "Methotrexate 20 mg weekly, filled 3/2.",
    ],
)
def test_a_drug_taken_stays_a_trial(text: str) -> None:
    assert _taken(text)
