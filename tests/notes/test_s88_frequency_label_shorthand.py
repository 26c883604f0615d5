"""Home health's visit shorthand after the plan's frequency label is the plan's frequency (brief
s88-hh-slp, blind wave 102, NZ/homehealth-2): "Freq: 2w6." on a signed "HH PT Evaluation / Plan of
care" named no frequency, since "2w6" counted only after a discipline ("PT 2w6") or chained ("3w2,
2w3"), and "Freq" was not "Frequency". The label says what the shorthand is; a field left blank or a
frequency still to be set is none, and bare "2w" beside another word ("urinary freq 2w ago") is no
visit rate."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _frequency(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 5, 12))])
    return [
        f for f in found if f.category == "plan-of-care" and f.concept == "frequency" and f.asserted
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Goals: TUG <20 s in 6 wks; independent transfers.\nFreq: 2w6. Signed: G. Sterling MD.",
        "Freq 3w2, then 2w3.",
        "Freq/dur: 1w8",
        "Frequency/duration - 2w4",
        "Visit freq: 2 w 6",
    ],
)
def test_shorthand_after_the_frequency_label_is_the_frequency(text: str) -> None:
    assert _frequency(text)


@pytest.mark.parametrize(
    "text",
    [
        "Freq: ***",
        "Freq: 2w6 pending MD signature.",
        "Urinary freq 2w ago, resolved.",
        "Reports freq and urgency.",
    ],
)
def test_a_blank_pending_or_urinary_frequency_is_none(text: str) -> None:
    assert not _frequency(text)
