"""Typographic quotes in a note read as the plain ones the vocabularies are written with
(stop 60): Epic's autocorrect and text pasted from a word processor give "can’t lie flat" and
“no help”, which no phrase written "can't lie flat" matched. One character for one, so what a
finding quotes is the text shown; dashes are kept as written."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.extract import extract_text


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("<p>HPI: Pt can\u2019t lie flat, sleeps in recliner.</p>", "text/html"),
        ("HPI: Pt can\u2019t lie flat, sleeps in recliner.", "text/plain"),
        ("{\\rtf1 HPI: Pt can\\'92t lie flat, sleeps in recliner.\\par}", "text/rtf"),
    ],
)
def test_a_curly_apostrophe_reads_as_a_plain_one(body: str, kind: str) -> None:
    text = extract_text(body.encode("cp1252" if kind == "text/rtf" else "utf-8"), kind)
    assert "can't lie flat" in text
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 10, 1))])
    assert any(f.concept == "positioning-need" and not f.negated for f in found)


def test_curly_double_quotes_and_other_marks_become_plain_and_dashes_stay() -> None:
    html = "<p>\u201cNo help\u201d from PT \u2018per pt\u2019 \u2013 stopped \u2014 x6 wks</p>"
    text = extract_text(html.encode(), "text/html")
    assert text == "\"No help\" from PT 'per pt' \u2013 stopped \u2014 x6 wks"
