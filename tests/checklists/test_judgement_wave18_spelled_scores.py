"""A functional score dictated in words is still a value (blind wave 18, BI/tsa-03).

Speech recognition writes "ASES eighty six, QuickDASH nine": read only from digits, the value was
missed and the score's name alone counted as a functional limitation, though ASES 86 and
QuickDASH 9 are in their bands of little limitation (score_bands.yaml). A poor score in words
still counts, and a word number that is a duration ("QuickDASH nine months ago") is no value.
"""

from __future__ import annotations

from smartapp.evidence.score_bands import little_limitation_written
from smartapp.evidence.spelled_numbers import digits_for_words


def test_a_good_score_in_words_is_no_limitation():
    assert little_limitation_written("ASES eighty six, QuickDASH nine.")
    assert little_limitation_written("QuickDASH nine.")
    assert little_limitation_written("ODI fourteen percent")
    assert little_limitation_written("KOOS JR eighty-four point six")


def test_a_poor_score_in_words_still_counts():
    assert not little_limitation_written("QuickDASH sixty one")
    assert not little_limitation_written("ODI forty two percent")
    assert not little_limitation_written("QuickDASH nine months ago was sixty")


def test_numbers_written_in_words():
    assert digits_for_words("flexion one hundred twenty five") == "flexion 125"
    assert digits_for_words("eighty-six; nine point one") == "86; 9.1"
    assert digits_for_words("for nine months, two visits") == "for nine months, two visits"
    assert digits_for_words("someone, often, tone") == "someone, often, tone"
