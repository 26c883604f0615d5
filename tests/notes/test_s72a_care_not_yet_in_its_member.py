"""A treatment whose own list member says it has not been had ("not yet", "pending", "yet to
start", "no", "never", "declined") is not had, even when the list's first member was tried; and
that status does not reach back to a member before it that carries its own verb or duration
(member_reach.py; noticed by the lead probing stop 71's final engine, brief s72-a, no blind case).

"NSAIDs tried, PT not yet." read the PT as asserted: a conservative-treatment item that needs
PT could be met on a note saying PT was never done (a false "met"). And "Naproxen 500 bid x
8 wks, physical therapy hasn't started." read the naproxen as denied by the PT's "hasn't
started" (a false "missing").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _had(text: str) -> set[str]:
    found = find_findings([NoteInput("DocumentReference/x", text, dt.date(2026, 3, 1))])
    return {f.concept for f in found if f.category == "conservative-treatment" and f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        "PT: not yet",
        "NSAIDs tried, PT not yet.",
        "Tried ibuprofen; PT not yet started.",
        "NSAIDs x 6 wk, PT pending auth.",
        "Meloxicam helped a little, has yet to do PT.",
        "Conservative: NSAIDs yes / PT no",
        "Ibuprofen for 2 months; PT yet to start.",
        "S: naproxen bid since jan, helps some. physio - not yet",
        "Tx so far: meloxicam 15 mg x 8 wks; PT pending insurance approval.",
        "NSAIDS tried. Formal PT - not yet, pt wants to wait.",
        "ibuprofen x 3 wks, pt referral not yet",
        "Naproxen 500 bid x 8 wks, physical therapy hasn't started.",
        "naproxen since jan / PT never",
        "Meds: APAP prn. Conservative tx: ibuprofen x 3 wks; PT not yet (waiting on auth)",
    ],
)
def test_care_its_own_member_says_not_had_is_not_had(text: str) -> None:
    assert "physical-therapy" not in _had(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tried ibuprofen; PT not yet started.",
        "NSAIDs x 6 wk, PT pending auth.",
        "Meloxicam helped a little, has yet to do PT.",
        "Conservative: NSAIDs yes / PT no",
        "NSAIDs tried, PT not yet.",
        "Naproxen 500 bid x 8 wks, physical therapy hasn't started.",
        "Ibuprofen x 4 wks; PT not yet tried.",
        "Took ibuprofen x 2 wks, PT not tried.",
        "Tx so far: meloxicam 15 mg x 8 wks; PT pending insurance approval.",
    ],
)
def test_the_member_tried_before_it_stays_tried(text: str) -> None:
    assert "nsaid" in _had(text)


@pytest.mark.parametrize(
    "text",
    [
        "PT x 6 wk, not yet improved.",
        "PT done, not yet back to work.",
        "PT 12 visits, not yet at goal.",
        "Completed PT (8 visits); no relief.",
        "PT 2x/wk x 6 wks, helped some.",
    ],
)
def test_a_not_yet_about_the_outcome_leaves_the_therapy_had(text: str) -> None:
    assert "physical-therapy" in _had(text)


@pytest.mark.parametrize(
    "text",
    [
        "NSAIDs not yet helpful.",
        "Naproxen x 6 wks, no better.",
        "NSAIDs tried, not yet improved, PT not yet.",
    ],
)
def test_a_drug_not_yet_helpful_was_taken(text: str) -> None:
    assert "nsaid" in _had(text)


@pytest.mark.parametrize(
    "text",
    [
        "NSAIDs, PT not tried.",
        "No NSAIDs or PT yet.",
        "Has not tried NSAIDs, PT pending.",
    ],
)
def test_a_bare_member_stays_in_the_list_the_status_closes(text: str) -> None:
    assert "nsaid" not in _had(text)
