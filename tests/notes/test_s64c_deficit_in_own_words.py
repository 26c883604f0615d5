"""A denial word inside the patient's own account of a communication deficit, or an inability
that states one, denies no limit listed after it (brief s64-c; blind wave 62,
IE/therapy-speech-language-03: 'Reports she "hears sound but not words," relies on lip-reading,
avoids phone and church small groups' read as denied by the quote's "not"). The quoted words are
a sentence of their own, and "not able to hear words" is itself the deficit (denial_reach.py, as
for functional limits). A denial that heads the list still denies it: "denies difficulty
understanding speech or using the phone".
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limit_told(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/s1", text, dt.date(2026, 1, 13))])
    return any(f.concept == "communication-limitation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        'Reports she "hears sound but not words," relies on lip-reading, avoids phone and church '
        "small groups; husband interprets at appointments.",
        '"Hears the voice but not the words" - relies on lipreading at church.',
        'Per pt "not able to make out words on TV", avoids phone calls.',
        "Pt states \u201cI hear noise, not speech,\u201d avoids restaurants and meetings.",
        "Not able to hear words on the phone, relies on lip-reading.",
        "Can't understand speech without seeing the face, avoids phone calls.",
        "Hears sound but not words, relies on lip-reading with family.",
        "S: wife says he cannot follow what people say, asks others to repeat.",
    ],
)
def test_the_deficit_in_its_own_negative_words_leaves_the_rest_told(text: str) -> None:
    assert _limit_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "Denies difficulty understanding speech or using the phone.",
        "No difficulty following conversations, talks on phone daily.",
        "Denies trouble hearing, no difficulty with conversation.",
        "Not limited in phone calls or meetings since CI activation.",
        "Mother cannot follow conversations in groups (her own hearing loss).",
    ],
)
def test_a_denial_heading_the_list_still_denies(text: str) -> None:
    assert not _limit_told(text)
