"""A past inability in the patient's words is a limitation unless told over (brief
s82-function).

"Couldn't walk to the mailbox last month" and "couldn't climb stairs since the fall" were read
as no limitation: "couldn't" was no word of the activity vocabulary (targets.yaml), which reads
"can't walk". A recent or lasting past inability is the limit a walker or a wheelchair asks for;
one the statement tells over ("until PT, now independent", "as a child", "now walks a mile")
is none (past_inability.py), as is a "was unable to" told over the same way. Near misses that
name no limit of getting about stay out: "couldn't stand CPAP", "couldn't get off work",
"couldn't get a ride to PT", a relative's own ("Mother ... 'couldn't walk'").
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_LIMITS = {"walking-limitation", "activity-limitation", "standing-sitting", "adl-limitation"}


def _limits(text: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 10, 12))]
    return [f.text for f in find_findings(notes) if f.concept in _LIMITS and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Couldn't walk to the mailbox last month.",
        "Pt states she couldn't climb stairs since the surgery.",
        '"I couldn\'t even walk to the mailbox last week."',
        "Could not walk to the mailbox last month.",
        "Couldn't get out of bed without help for the past 2 weeks.",
        "Couldn't get up off the toilet yesterday, daughter helped.",
        "Couldn't make it to the bathroom in time twice this week.",
        "Couldn't stand long enough to cook over the holidays.",
        "Couldn't get up the stairs last week and still can't.",
        "Could not go up the stairs to her bedroom this month.",
    ],
)
def test_a_recent_or_lasting_past_inability_is_a_limit(text: str) -> None:
    assert _limits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Couldn't walk to the mailbox until PT, now independent.",
        "Couldn't walk for 2 weeks after her 2019 surgery, now walks a mile daily.",
        "Couldn't walk as a child.",
        "Could not climb stairs years ago after the accident; resolved.",
        "Was unable to walk to the mailbox until PT, now independent.",
        "Previously unable to climb stairs, now climbs independently.",
        "Pt couldn't stand CPAP.",
        "Says he couldn't stand it.",
        "PT referral: couldn't get off work.",
        "Never started PT - couldn't get a ride.",
        "Couldn't get an appointment until June.",
        'Mother had bilateral hip replacements in her 60s and "couldn\'t walk" before them.',
    ],
)
def test_an_inability_told_over_or_not_of_getting_about_is_none(text: str) -> None:
    assert _limits(text) == []


def test_a_present_inability_beside_an_aid_now_stays() -> None:
    """"Unable ... until she rests, now uses a cane": no past tense, a present limit."""
    assert _limits("Unable to walk >50 ft until she rests, now uses a cane.")
