"""A relative given as the speaker ("Husband: she can't make a phone call") is an informant about
the patient (blind wave 81, KW/therapy-speech-language-02: the husband's account of the
patient's aphasia was read as the husband's own, and SLP-003 called missing). A family history's
"Mother: breast ca at 45", a relative's own pronoun after the colon, and a family history section
stay the family's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.relative_speaker import speaks_for_patient


def _findings(text: str, concept: str) -> list:
    found = find_findings([NoteInput("DocumentReference/r1", text, dt.date(2026, 5, 29))])
    return [f for f in found if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "Husband: she can order coffee now but can't make a phone call or tell the doctor "
            "her symptoms; quit her church choir group.",
            "communication-limitation",
        ),
        ("Wife: he can't get up from the couch without help.", "activity-limitation"),
        ('Daughter: "He gets lost in the house and can\'t dress himself."', "activity-limitation"),
        (
            "Mom (guardian): he only says about 10 words and can't ask for help.",
            "communication-limitation",
        ),
        ("Pt's son - she can't climb stairs anymore.", "activity-limitation"),
        ("HUSBAND: SHE CAN'T MAKE PHONE CALLS.", "communication-limitation"),
        ("Spouse: she can't follow a conversation at dinner.", "communication-limitation"),
        (
            "Husband: her speech is slurred, strangers can't understand her.",
            "communication-limitation",
        ),
        ("Wife at bedside: he can't get out of the chair by himself.", "activity-limitation"),
        (
            "SLP re-eval. Son on phone: she can't ask for what she needs at home.",
            "communication-limitation",
        ),
    ],
)
def test_what_a_relative_says_of_the_patient_is_the_patient_s(text: str, concept: str) -> None:
    found = _findings(text, concept)
    assert found and all(f.asserted and not f.family for f in found)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Husband: diabetic, uses a walker.", "activity-limitation"),
        ("Mother: breast ca at 45.", "hereditary-cancer-history"),
        ("Husband: he uses a walker since his stroke.", "activity-limitation"),
        ("FHx: Mother: she had a stroke at 60, uses a wheelchair.", "activity-limitation"),
        ("Sister: she can't walk, uses a wheelchair.", "activity-limitation"),
        (
            "FAMILY HISTORY:\nFather: she said he can't walk after his stroke.",
            "activity-limitation",
        ),
    ],
)
def test_a_relative_s_own_entry_stays_the_family_s(text: str, concept: str) -> None:
    found = _findings(text, concept)
    assert found and all(f.family for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Lives with husband; she is independent at home.",
        "Husband is diabetic: she cooks.",
        'FHx: father - "late talker", maternal uncle - stutters.',
        'FHx: mother - "heart problem" in her 80s.',
    ],
)
def test_a_relative_not_opening_as_the_speaker_is_none(text: str) -> None:
    assert not speaks_for_patient(text)
