"""A recommendation belongs to its own clause (brief s72-c, item 3, the lead's probe of stop 71's
engine): in "Surgery recommended, PT completed x 6 wks" ConText reads "recommended" forward over
the comma, and in "PT completed x 6 wks, surgery recommended" backward, so the PT the note says
was completed read as care still to come. Care whose own clause says it was had (completed,
done, finished, underwent, tried, failed, s/p) keeps that status whatever the clause beside it
recommends. A list the recommendation closes ("PT, NSAIDs and injections recommended"), care
its own clause puts ahead ("PT to be completed first", "will complete PT") and care recommended
in its own words stay to come."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _pt(text: str) -> list[bool]:
    """Whether each physical-therapy finding of ``text`` reads as to come (hypothetical)."""
    notes = [NoteInput("DocumentReference/a1", text, dt.date(2026, 5, 5))]
    return [f.hypothetical for f in find_findings(notes) if f.concept == "physical-therapy"]


@pytest.mark.parametrize(
    "text",
    [
        "PT completed x 6 wks, surgery recommended.",
        "Surgery recommended, PT completed x 6 wks",
        "Completed 6 wks of PT, TKA recommended.",
        "s/p PT x6wk, ESI recommended",
        "TSA recommended - pt completed 12 visits of PT",
        "Pt underwent PT x 6 wks, surgical consult recommended.",
        "Recommend TKA, has tried PT x 8 wks",
        "Dr. X recommended surgery, PT finished 3/2026.",
        "Surgery recommended, PT done x 6 wks",
        "ESI recommended, PT completed 3/2026",
        "Surgery recommended, failed PT x 6 wks",
        "rec'd L4-5 microdiscectomy, pt did PT x 8 weeks w/o relief",
    ],
)
def test_care_its_own_clause_says_was_had_is_had(text: str) -> None:
    found = _pt(text)
    assert found and not any(found), found


@pytest.mark.parametrize(
    "text",
    [
        "PT, NSAIDs and injections recommended.",
        "Surgery recommended, PT to be completed first.",
        "Recommended PT x 6 wks, then reassess.",
        "Recommend completing PT x 6 wks, surgery if no better",
        "Surgery recommended, will complete PT x 6 wks first",
        "Surgery recommended, PT 2x/wk x 6 wks recommended",
        "Surgery recommended, needs to complete PT x 6 wks first",
        "PT x 6 wks recommended, completed HEP instruction",
        "Recommend ESI, PT done if no relief",
    ],
)
def test_care_still_to_come_stays_to_come(text: str) -> None:
    found = _pt(text)
    assert found and all(found), found


def test_a_failure_its_own_clause_tells_is_had() -> None:
    text = "Surgery recommended, failed naproxen x 6 wks"
    notes = [NoteInput("DocumentReference/a1", text, dt.date(2026, 5, 5))]
    found = [f for f in find_findings(notes) if f.concept == "inadequate-response"]
    assert found and not any(f.hypothetical for f in found), found


def _status(text: str, concept: str) -> list[bool]:
    """Whether each ``concept`` finding of ``text`` reads as denied."""
    notes = [NoteInput("DocumentReference/a1", text, dt.date(2026, 5, 5))]
    return [f.negated for f in find_findings(notes) if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("PT completed x 6 wks, ESI not done", "physical-therapy"),
        ("Tried naproxen x 8 wks, PT not tried", "nsaid"),
        ("Completed 8 wks of PT, injections not tried", "physical-therapy"),
        ("s/p PT x 6 wks, has not had ESI", "physical-therapy"),
        ("TKA recommended, PT not completed", "knee-replacement-plan"),
        ("ESI planned, PT not done", "spine-injection-plan"),
        ("Plan L4-5 TFESI, NSAIDs not tried d/t CKD", "spine-injection-plan"),
        ("PT completed, not ESI", "physical-therapy"),
    ],
)
def test_a_later_clause_denies_only_its_own_subject(text: str, concept: str) -> None:
    found = _status(text, concept)
    assert found and not any(found), found


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("PT, NSAIDs, ESI not tried", "physical-therapy"),
        ("PT, NSAIDs, ESI not tried", "nsaid"),
        ("Has not tried PT, NSAIDs", "nsaid"),
        ("PT not completed, ESI not done", "physical-therapy"),
        ("Did not complete PT, ESI not done", "physical-therapy"),
        ("PT completed x 6 wks, ESI not done", "epidural-injection"),
    ],
)
def test_a_denial_of_its_own_clause_or_list_stands(text: str, concept: str) -> None:
    found = _status(text, concept)
    assert found and all(found), found
