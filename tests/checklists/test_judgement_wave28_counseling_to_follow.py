"""Blind wave 28: genetic counseling that is still to come is not pre-test counseling done.

CZ/gen-02 (GEN-002): the oncologist sends the hereditary panel first ("first available GC appt
7/22/26. Given treatment timing will send hereditary colon cancer panel now; genetic counseling
to follow with results."): counseling told after its name as to follow, after or with the
results, post-test, to be arranged or as what someone will do is a plan. Waves 21 and 24
(test_judgement_wave21_not_yet_done.py, test_judgement_wave24_booked_counseling.py) read the
booking; counseling done stays counted, also when a word of it done comes first ("Seen by
genetic counselor 6/1, who will call with results").
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
        "Will send hereditary colon cancer panel now; genetic counseling to follow with results.",
        "Genetic counseling to follow once results return.",
        "Genetic counseling after results are back.",
        "Genetics consult after the panel results.",
        "Post-test genetic counseling with results.",
        "Genetic counselor will review the results with pt.",
        "Genetic counseling to be arranged.",
        "Genetic counseling will be set up when the panel returns.",
        "Genetic counseling at the results visit.",
        "Genetic counseling later, when results are in.",
    ],
)
def test_counseling_still_to_come_is_not_counseling_done(text: str) -> None:
    assert not _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Genetic counseling completed 6/1/26; results to follow.",
        "Genetic counseling completed 6/1/26, results to follow.",
        "Pre-test genetic counseling provided today, post-test visit with results in 3 weeks.",
        "Seen by genetic counselor 6/1/26, who will call with results.",
        "Met with genetic counselor 6/1/26; will follow up with results.",
        "Genetic counselor seen 4/2/26, results appt 5/27.",
        "Genetic counseling session held 6/1/26, will send panel after insurance approval.",
    ],
)
def test_counseling_done_still_counts(text: str) -> None:
    assert _asserted(text), text
