"""notes.clause_spans: the clause around a span, cut by the caller's own breaks (s80-health).

The helper replaced hand-written copies in some thirty readers; these pin the boundaries those
copies gave, so each reader keeps its own: the last break before the span (searched up to the
span only, so a lookahead sees the span's start as the text's end), the first break from the
span's end, and the text's ends when there is none.
"""

from __future__ import annotations

import re

from smartapp.notes import cues
from smartapp.notes.clause_spans import (
    clause_around,
    clause_end,
    clause_start,
    clause_text,
    last_break,
    pieces,
)
from smartapp.notes.clauses import stop_bounded_clause

_COMMA = re.compile(r"[,;\n]|\.(?!\d)|\s[-\u2013]\s")
_STOP = re.compile(r"[.;\n]")


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_own_clause_between_the_breaks_either_side():
    text = "Tdap 2 yrs ago, QFT neg 14 months ago; CXR clear"
    assert clause_text(text, *_span(text, "QFT"), _COMMA) == " QFT neg 14 months ago"


def test_no_break_before_or_after_gives_the_text_s_ends():
    text = "QFT negative 14 months ago"
    assert clause_around(text, *_span(text, "negative"), _COMMA) == (0, len(text))


def test_each_caller_keeps_its_own_breaks():
    text = "APAP, ibuprofen without relief. Then PT"
    span = _span(text, "ibuprofen")
    assert clause_text(text, *span, _STOP) == "APAP, ibuprofen without relief"  # commas stay in
    assert clause_text(text, *span, _COMMA) == " ibuprofen without relief"


def test_a_decimal_point_is_no_break_where_the_pattern_says_so():
    text = "70% relief x 4.5 mo; then back"
    assert clause_text(text, *_span(text, "relief"), _COMMA) == "70% relief x 4.5 mo"


def test_the_break_search_before_stops_at_the_span():
    # A lookahead is read with the span's start as the text's end: ". " split by the span is no
    # break (cues.sentence_at's rule, once written with rfind(". ")).
    cut = re.compile(r"\n|\.(?= )")
    text = "Referred to PT. never went"
    at = text.index(" never")
    assert clause_start(text, at, cut) == 0
    assert clause_start(text, at + 1, cut) == at


def test_a_low_bound_starts_the_search_there():
    text = "Fell. Tripped on rug. Fell again"
    at = text.index("again")
    assert clause_start(text, at, re.compile(r"[.!?](?=\s|$)"), low=text.index("Tripped")) == (
        text.index(" Fell again")
    )
    assert clause_start(text, at, re.compile(r";"), low=6) == 6  # no break: the low bound


def test_last_break_opens_the_clause_and_ends_the_one_before():
    text = "L side worse, cannot kneel"
    cut = last_break(text, text.index("cannot"), _COMMA)
    assert cut is not None and text[: cut.start()] == "L side worse"
    assert last_break(text, 3, _COMMA) is None


def test_clause_end_from_a_point():
    text = "Plan: 2x/wk through 6/30. Goals"
    assert clause_end(text, 5, re.compile(r"\.(?:\s|$)|\n")) == text.index(". Goals")
    assert clause_end(text, text.index("Goals"), _STOP) == len(text)


def test_pieces_between_breaks_and_with_them():
    text = "Relief 80%; wore off at 4.5 months.\nBack pain"
    stop = re.compile(r"(?<!\d)\.(?!\d)|[;\n]")
    assert [text[a:b] for a, b in pieces(text, stop)] == [
        "Relief 80%", " wore off at 4.5 months", "", "Back pain"
    ]
    ends = re.compile(r"[.!?](?=\s)")
    assert [text[a:b] for a, b in pieces(text, ends, with_break=True)] == [
        "Relief 80%; wore off at 4.5 months.", "\nBack pain"
    ]


def test_pieces_leave_out_an_empty_last_piece():
    assert pieces("Back pain.", re.compile(r"\.")) == [(0, 9)]
    assert pieces("", re.compile(r"\.")) == []


def test_stop_bounded_clause_is_the_statement_scan():
    text = "PT x 6 wks, failed; TUG 15.2 s. Plan TKA"
    assert stop_bounded_clause(text, text.index("TUG")) == (
        text.index(" TUG"), text.index(". Plan")
    )


def test_sentence_at_reads_the_whole_sentence_on_its_line():
    text = 'Referred to PT in Feb; "PT never called me back". Next\nline'
    sentence, low = cues.sentence_at(text, text.index("PT never"))
    assert (sentence, low) == ('Referred to PT in Feb; "PT never called me back"', 0)
