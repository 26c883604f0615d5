"""Care the statement says was some time ago, by a time of its own that is no date ("did well
with PT last fall"), does not take the statement's other weeks (blind wave 22, CB/lmri-03):
"(did well with PT last fall) presents with recurrence of LBP ... since shoveling snow the first
week of Feb (~10 wks)" made ten weeks of PT up to the visit, a six-week trial in the last three
months for a lumbar MRI, where the reviewer read PT months ago and only the patient's own
stretches and OTC ibuprofen since the recurrence. Care running from then ("PT since last fall")
and care with weeks of its own keep them."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.past_asides import past_aside as _past_aside
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _lmri(hpi: str) -> str:
    text = (
        f"Office Visit 04/16/2026\nHPI: {hpi}\nAssessment/Plan: lumbar radiculopathy. "
        "Start meloxicam 7.5 mg daily. MRI L-spine w/o contrast."
    )
    note = _note("n1", "2026-04-16", text)
    request = {"authoredOn": "2026-04-16", "occurrenceDateTime": "2026-04-27"}
    report = score_bundle(record("72148", note, order=request), as_of=date(2026, 4, 20))
    return {i["id"]: i for i in report["items"]}["LMRI-003"]["status"]


@pytest.mark.parametrize(
    "hpi",
    [
        "61M with known L4-5 stenosis (did well with PT last fall) presents with recurrence of "
        "LBP and L leg pain since the first week of Feb (~10 wks).",
        "61M, did well with PT a few years ago, now L leg pain and LBP since early Feb (~10 wks).",
    ],
)
def test_care_of_a_past_time_takes_no_symptom_weeks(hpi: str) -> None:
    assert _lmri(hpi) != "met"


def test_care_running_since_then_keeps_its_weeks() -> None:
    hpi = "61M with LBP and L leg pain since early Feb (~10 wks), in PT 2x/wk x 8 wks, no relief."
    assert _lmri(hpi) == "met"


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("stenosis (did well with PT last fall) presents with pain since Feb", "did well with PT"),
        ("Did PT last year, pain since Feb (~10 wks)", "Did PT"),
        ("PT 3 years ago for the other knee; pain x 10 wks", "PT for the other knee"),
        ("In PT since last fall, pain since Feb", None),
        ("Failed 8 wks conservative care (PT, NSAIDs) since Feb", None),
    ],
)
def test_what_is_an_aside_of_a_past_time(text: str, aside: str | None) -> None:
    found = _past_aside(text, text.find("PT"))
    # The time's own words are blanked: "a few years ago" is when, no three years of PT.
    assert (found is not None and found.split() == aside.split()) if aside else found is None
