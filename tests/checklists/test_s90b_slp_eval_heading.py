"""A speech-language pathologist's note headed "Eval:" under a generic type is the evaluation
(blind wave 107, OR/therapy-slp-03).

The CCC-SLP's "Consult note" opened "Eval: 14F stutter since age 7; worse since spring semester;
avoids speaking in class ... POC: group fluency 1x/wk x 12 wks", and SLP-001 knew an evaluation
only by a title it listed or by the note reader's "speech-language evaluation" words: the bare
"Eval:" heading, the SLP's own shorthand, was read as nothing (OAC 5160-8-33 asks for the
evaluation, whatever the note's type says). The heading counts when the note's hand is known to
be the speech-language pathologist's: the Practitioner's suffix, the author's display or the
signature in the text (headed_notes.py). Near misses: an evaluation the heading's own clause puts
off (scheduled, deferred) or finds not needed after a normal screen, another discipline's
"Eval:", one whose author is not known, a school's note, and one outside the 12 months.
"""

from __future__ import annotations

import pytest

from smartapp.checklists.headed_notes import opens_as

from .test_judgement import _note, record, status

BODY = (
    "14F stutter since age 7; worse since spring semester; avoids speaking in class, won't order "
    "food, quit debate team. Frequent blocks in conversation. POC: group fluency 1x/wk x 12 wks; "
    "goals: use easy onset 80% in structured conversation."
)
SLP = {
    "resourceType": "Practitioner",
    "id": "slp",
    "name": [{"family": "Weller", "suffix": ["CCC-SLP"]}],
}
PT = {"resourceType": "Practitioner", "id": "dpt", "name": [{"family": "Lang", "suffix": ["DPT"]}]}


def _eval(text: str, author: dict, day: str = "2026-02-10", title: str = "Consult note") -> dict:
    return _note("e1", day, text, extra={"type": {"text": title}, "author": [author]})


def _slp001(note: dict) -> str:
    return status(record("92508", SLP, PT, note, reason="F80.81"), "SLP-001")["status"]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (f"Eval: {BODY}", {"display": "Cordelia Amsel, MS, CCC-SLP"}),
        (f"Evaluation: {BODY}", {"reference": "Practitioner/slp"}),
        (f"Initial eval - {BODY}\nJ. Ruiz, CCC-SLP 02/10/2026", {"display": "Clinic"}),
        (f"RE-EVAL: {BODY}", {"display": "Dana Weller, speech-language pathologist"}),
    ],
)
def test_an_slp_s_note_headed_as_the_evaluation_is_one(text: str, author: dict) -> None:
    assert _slp001(_eval(text, author)) == "met", text


@pytest.mark.parametrize(
    ("text", "author", "day", "title"),
    [
        # put off, or not needed after a normal screen
        (
            f"Eval: scheduled 3/5/26. Referral hx: {BODY}",
            {"display": "Cordelia Amsel, CCC-SLP"},
            "2026-02-10",
            "Consult note",
        ),
        (
            f"Eval: deferred - pt ill. Per referral: {BODY}",
            {"display": "Cordelia Amsel, CCC-SLP"},
            "2026-02-10",
            "Consult note",
        ),
        (
            "Eval: not indicated, passed speech screen; fluency WNL.",
            {"display": "Cordelia Amsel, CCC-SLP"},
            "2026-02-10",
            "Consult note",
        ),
        # another discipline's, or a hand not known
        (f"Eval: {BODY}", {"reference": "Practitioner/dpt"}, "2026-02-10", "Consult note"),
        (f"Eval: {BODY}", {"display": "Rob Lang, DPT"}, "2026-02-10", "Consult note"),
        (f"Eval: {BODY}", {"display": "Front desk"}, "2026-02-10", "Consult note"),
        # a school's note
        (
            f"Eval: {BODY}",
            {"display": "I. Castro, CCC-SLP"},
            "2026-02-10",
            "Lincoln Elementary - Speech Services Note",
        ),
        # outside the 12 months
        (f"Eval: {BODY}", {"display": "Cordelia Amsel, CCC-SLP"}, "2024-12-01", "Consult note"),
    ],
)
def test_a_put_off_another_s_or_an_old_eval_heading_is_none(
    text: str, author: dict, day: str, title: str
) -> None:
    assert _slp001(_eval(text, author, day, title)) == "missing", text


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("Eval: 14F stutter since age 7", True),
        ("  Initial evaluation \u2014 70M L MCA CVA", True),
        ("Re-eval: progress toward goals", True),
        ("Evaluation to be completed next visit", False),
        ("Eval: to be scheduled after audiology", False),
        ("Eval: pending insurance", False),
        ("Evaluated by PCP for ear pain", False),
        ("History: mother requests eval", False),
    ],
)
def test_the_heading_opens_the_note(text: str, heads: bool) -> None:
    names = ["eval", "evaluation", "initial evaluation", "re-eval"]
    assert opens_as(text, names) is heads, text
