"""The regex targets' literal gate skips only patterns that could not have matched (issue 19)."""

from __future__ import annotations

import re

import pytest
from golden_notes import golden_note_texts

from smartapp.notes.pipeline import targets
from smartapp.notes.prefilter import FOLD, Gate, folded, gate, required_literals


def literals(pattern: str) -> list[set[str]]:
    return [set(s) for s in required_literals(pattern)]


EVERY = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_fold_covers_every_character_ignorecase_equates_with_an_ascii_letter() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    for letter in letters:
        for char in set(re.findall(letter, EVERY, re.IGNORECASE)):
            assert folded(char) == letter, (hex(ord(char)), letter)
    assert {chr(c) for c in FOLD} == {
        c for c in set(re.findall("[a-z]", EVERY, re.IGNORECASE)) if not c.isascii()
    }


def test_every_other_literal_character_matches_only_itself() -> None:
    used = {char for text in gate().prefixes for char in text if not char.isalpha()}
    assert {"-", "/", "→"} <= used
    for char in used:
        assert set(re.findall(re.escape(char), EVERY, re.IGNORECASE)) == {char}, hex(ord(char))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bdifficulty\b[^.;]{0,40}?\bwalk", [{"difficulty"}, {"walk"}]),
        (r"\b(?:walk\w*|ambulat\w*)\b", [{"ambulat", "walk"}]),
        (r"(?:length of need|lon)\b", [{"length of need", "lon"}]),  # prefix factored out
        (r"\b(?:c|a)pap\b", [{"cpap", "apap"}]),
        (r"\bgoals?\b", [{"goal", "goals"}]),  # redundant, still necessary
        (r"(?:\bfoo)?bar", [{"bar"}]),  # an optional part is no requirement
        (r"(?:foo)*bar", [{"bar"}]),
        (r"(?:foo)+", [{"foo"}]),
        (r"x(?=abc)", [{"abc"}]),  # a lookahead's text is in the statement too
        (r"(?!never)\w+", []),  # a negative lookaround requires nothing
        (r"foo|\d+", []),  # one branch without a literal: no requirement
        (r"(?:foo|)bar", [{"bar", "foobar"}]),
        (r"\d+\s*(?:lb|LBS)\b", [{"lb", "lbs"}]),  # searched lower-case
    ],
)
def test_required_literals(pattern: str, expected: list[set[str]]) -> None:
    assert literals(pattern) == expected


def test_a_statement_without_the_words_skips_the_pattern() -> None:
    walk = ("functional-deficits|walking-limitation", r"\bdifficulty\b[^.;]{0,40}?\bwalk")
    lonely = ("x|y", r"\d+")  # nothing to gate on: always runs
    gated = Gate([walk, lonely])
    walk, lonely = ((label, re.compile(source, re.IGNORECASE)) for label, source in (walk, lonely))
    assert gated.runnable("Walks 2 blocks daily.") == [lonely]
    assert gated.runnable("DIFFICULTY with long WALKS") == [walk, lonely]
    assert gated.runnable("diffıculty walkıng") == [walk, lonely]  # dotless i: IGNORECASE's i
    assert gated.present("abcd") == set()


def _statements() -> list[str]:
    """Every golden note, and each again with the case and Unicode spellings IGNORECASE reads
    as the same letters (upper case; dotless i, long s, Kelvin sign)."""
    texts = golden_note_texts()
    odd = str.maketrans({"i": "\u0131", "s": "\u017f", "k": "\u212a"})
    return texts + [t.upper() for t in texts] + [t.translate(odd) for t in texts]


def test_the_gate_lets_through_every_target_that_matches() -> None:
    statements = _statements()
    assert len(statements) > 300
    everything = [(label, re.compile(source, re.IGNORECASE)) for label, source in targets()[2]]
    skipped_some = False
    for text in statements:
        allowed = gate().runnable(text)
        for target in everything:
            if target[1].search(text):
                assert target in allowed, (target[0], target[1].pattern[:60], text[:80])
        skipped_some = skipped_some or len(allowed) < len(everything)
    assert skipped_some
