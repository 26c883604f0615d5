"""Blind wave 29: pre-test counseling said not done, after its name, is not counseling done.

DD/gen-02 (GEN-002): "Refer to genetic counseling -- pt will meet with GC after results ...
Pre-test counseling not done today; pt prefers to expedite." A denial after the counseling's
name ("not done", "not performed", "not completed", "wasn't done", "has not been done",
"never done") takes it back; the matched statement runs to its end, so ConText's own "not done"
sat inside the target and denied nothing. Wave 21 (test_judgement_wave21_not_yet_done.py) read
only "not yet done". Counseling done stays counted, also when "not" speaks of something else
("genetic counseling completed, testing not done yet").
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
        "Pre-test counseling not done today; pt prefers to expedite.",
        "Pre-test counseling not performed.",
        "Genetic counseling not completed.",
        "Genetic counseling was not done prior to testing.",
        "Genetic counseling has not been done.",
        "Genetic counseling wasn't done.",
        "Genetic counseling never done.",
        "Pretest counseling: not done.",
        "Genetics consult not yet performed.",
    ],
)
def test_counseling_said_not_done_is_not_counseling_done(text: str) -> None:
    assert not _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Genetic counseling completed 6/1/26; germline testing not done yet.",
        "Genetic counseling completed 6/1/26, panel not performed yet.",
        "Pre-test genetic counseling provided today.",
        "Seen by genetic counselor 6/1/26.",
    ],
)
def test_counseling_done_still_counts(text: str) -> None:
    assert _asserted(text), text
