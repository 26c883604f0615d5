"""A drug a note names as taken as needed, with no date or weeks of its own, is no course.

"Acetaminophen PRN" in one visit and "uses ibuprofen as needed" in another five months later
were two days of an episode that ran between them, as were a medication list's "naproxen ... 2
times daily as needed" copied into two visits eleven weeks apart: a reviewer reads neither as a
provider-directed trial with a start, a length and an outcome. The same drugs written with
their weeks ("ibuprofen PRN for 4 months, no relief") or taken on a schedule ("naproxen 500 mg
BID") are still care; so is care that ran, with an as-needed drug beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.as_needed import taken_as_needed
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _hip(first: str, second: str) -> str:
    """THA-002 (three months of nonoperative care) for a hip seen on 10/6/25 and 3/9/26."""
    visit = _note(
        "v1", "2025-10-06", f"PCP 10/6/25: L hip pain since summer, groin. {first} Return 6 wks."
    )
    consult = _note(
        "v2",
        "2026-03-09",
        f"ORTHO CONSULT 3/9/26\nHPI: L hip pain 8/10, groin. {second}\n"
        "Function: limps after a block, cannot tie shoes.\nXR: severe L hip OA.\n"
        "A/P: L hip OA. Plan L THA.",
    )
    order = {"authoredOn": "2026-03-09", "occurrenceDateTime": "2026-04-06"}
    bundle = record("27130", visit, consult, reason="M16.12", order=order)
    report = score_bundle(bundle, as_of=date(2026, 3, 12))
    return {i["id"]: i for i in report["items"]}["THA-002"]["status"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Acetaminophen PRN.", "Uses ibuprofen as needed."),
        ("Tylenol prn.", "Takes tylenol occasionally."),
    ],
)
def test_as_needed_mentions_make_no_course_between_them(first: str, second: str) -> None:
    assert _hip(first, second) != "met", (first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Weeks of their own, or a scheduled drug: a course, as before.
        ("Acetaminophen PRN.", "Tried ibuprofen PRN for 4 months, no relief."),
        ("Naproxen 500 mg BID.", "Naproxen 500 mg BID, no relief."),
        # Care that ran, with an as-needed drug in the later note.
        ("Start PT 2x/wk.", "Completed PT 10/13/25-1/9/26, no relief. Tylenol PRN."),
    ],
)
def test_care_with_its_own_time_still_counts(first: str, second: str) -> None:
    assert _hip(first, second) == "met", (first, second)


_LISTED = "naproxen (NAPROSYN) 500 mg tablet  Take 1 tablet by mouth 2 times daily{}"


def _lumbar(entry: str) -> str:
    """LMRI-003 (six weeks of provider-directed care) with a medication list in two visits."""
    notes = [
        _note(
            ident,
            when,
            f"HPI: LBP with R leg pain since May.\nCurrent Outpatient Medications:\n - {entry}\n"
            " - sertraline 50 mg daily\nExam: SLR + R, Achilles 1+ R.\nPlan: f/u.",
        )
        for ident, when in (("l1", "2026-06-08"), ("l2", "2026-08-24"))
    ]
    order = {"authoredOn": "2026-08-24", "occurrenceDateTime": "2026-09-08"}
    bundle = record("72148", *notes, reason="M54.16", order=order)
    report = score_bundle(bundle, as_of=date(2026, 8, 31))
    return {i["id"]: i for i in report["items"]}["LMRI-003"]["status"]


def test_an_as_needed_list_entry_copied_forward_is_no_course() -> None:
    assert _lumbar(_LISTED.format(" as needed")) != "met"


def test_a_scheduled_list_entry_copied_forward_still_counts() -> None:
    assert _lumbar(_LISTED.format("")) == "met"


class _Mention:
    def __init__(self, snippet: str, text: str, concept: str = "nsaid") -> None:
        self.snippet, self.text, self.concept = snippet, text, concept


@pytest.mark.parametrize(
    ("snippet", "text", "prn"),
    [
        ("Tylenol PRN.", "Tylenol", True),
        ("ibuprofen 600 mg q6h as needed for pain", "ibuprofen", True),
        ("naproxen 500 mg BID", "naproxen", False),
        # The as-needed drug is the other one in the statement.
        ("Meloxicam 15 mg daily; tylenol prn.", "Meloxicam", False),
    ],
)
def test_as_needed_is_read_in_the_drugs_own_clause(snippet: str, text: str, prn: bool) -> None:
    assert taken_as_needed(_Mention(snippet, text)) is prn, snippet
