"""Blind wave 24: genetic counseling only booked, told by the appointment's confirmation.

CJ/gen-02 (GEN-002): an RN's phone note "Pt called re: genetic counseling appt. Confirmed 4/14/26
at 10:00 w/ cancer genetics clinic." read the clinic as counseling given; a slot confirmed for a
date (or an appointment named before the clinic) is counseling still to come. Wave 21's forms
(tests/checklists/test_judgement_wave21_not_yet_done.py) name the booking after the counseling.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == "genetic-counseling" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Confirmed 4/14/26 at 10:00 w/ cancer genetics clinic.",
        "Confirmed for 04/14/2026 with genetic counselor.",
        "Appt confirmed 4/14 w/ genetics clinic.",
        "Appointment 4/14 with genetic counselor (K. Brandt).",
        "Next available appt w/ genetics clinic 4/14/26.",
    ],
)
def test_a_confirmed_or_named_appointment_is_not_counseling_done(text: str) -> None:
    assert not _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Seen by genetic counselor 4/2/26, pre-test counseling completed.",
        "Pt confirmed she met with a genetic counselor in 2020 before her BRCA test.",
        "Genetic counselor seen 4/2/26, results appt 5/27.",
        "Confirmed with genetic counselor's note of 4/2/26: pre-test counseling completed.",
    ],
)
def test_counseling_done_still_counts(text: str) -> None:
    assert _asserted(text), text
