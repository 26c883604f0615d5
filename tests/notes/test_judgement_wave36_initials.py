"""A person's initial ends no sentence (blind wave 36, ED/genetic-02).

"GC new pt visit booked 05/12/2026 with L. Baptiste, CGC." was cut after "L.", so "Baptiste,
CGC." stood alone and read as pre-test counseling held by a certified genetic counselor (GEN-002)
though the visit was still to come. An initial after the word that introduces a person (with,
by, per, seen, a counselor, a tech, Dr) keeps the statement whole; a capital letter that ends a
sentence ("started vitamin D. Recheck in 3 months") still cuts.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.segments import segment


@pytest.mark.parametrize(
    "text",
    [
        "New pt genetics visit booked 6/3/2026 with M. Okafor, CGC.",
        "Oximetry done by lab tech J. Ruiz: nadir 86%.",
        "Counseled by genetic counselor T. Lindqvist, MS, CGC on 2/2.",
        "Seen by Dr. A. Moreau for the knee.",
    ],
)
def test_an_initial_after_a_person_word_keeps_the_statement_whole(text: str) -> None:
    assert len(segment(text)) == 1, [s.text for s in segment(text)]


def test_a_capital_letter_ending_a_sentence_still_cuts() -> None:
    assert len(segment("Started vitamin D. Recheck level in 3 months.")) == 2


def test_a_booked_visit_with_a_counselor_is_no_counseling_held() -> None:
    text = "Phone note: genetics scheduling called - GC visit booked 6/3/2026 with M. Okafor, CGC."
    found = [
        f
        for f in find_findings([NoteInput("D/1", text)])
        if f.concept == "genetic-counseling" and f.asserted
    ]
    assert found == []
