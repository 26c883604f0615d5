"""Care a letter of medical necessity dates by a time it names ("Since March she has had PT ...")
is care the letter dates, not weeks it only claims (attested_care.py).

Blind wave 79, KR/surgery-spine-03: the only note, a letter of 11/20, wrote "Since March she has
had PT at two clinics (12 visits spring, 10 visits late summer), NSAIDs/duloxetine, and 2 ESIs
(May, Aug) without durable relief". "Since March" is a duration counted back from the letter's
day, so the attestation rule dropped it with "failed 3+ months of conservative care", and SPS-003
found no care at all. A named start (a month, a date, a season, "3/2026-present") dates the care
as "PT 1/8-2/12" does; a bare length ("x 3 months", "for the past 6 months") or a start no
calendar names ("since her fall") is still the letter's claim alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.durations import find_durations
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_LISTHESIS = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M43.16"}]},
    "onsetDateTime": "2025-06-02",
}


def _sps003(letter_body: str) -> str:
    """SPS-003 (six weeks of nonoperative care) when a letter of 11/20/26 is the only note."""
    letter = _note(
        "lmn",
        "2026-11-20",
        "LETTER OF MEDICAL NECESSITY\nRe: L4-5 spondylolisthesis, request for L4-5 TLIF.\n"
        + letter_body,
    )
    request = {"authoredOn": "2026-12-01", "occurrenceDateTime": "2026-12-28"}
    bundle = record("22630", _LISTHESIS, letter, reason="M43.16", order=request)
    report = score_bundle(bundle, as_of=date(2026, 12, 1))
    return {i["id"]: i for i in report["items"]}["SPS-003"]["status"]


@pytest.mark.parametrize(
    "body",
    [
        # KR/surgery-spine-03's words
        "Since March she has had PT at two clinics (12 visits spring, 10 visits late summer), "
        "NSAIDs/duloxetine, and 2 ESIs (May, Aug) without durable relief.",
        "She has been in physical therapy since 3/2026 and on meloxicam since April, with no "
        "lasting benefit.",
        "Conservative tx: PT since mid-March; naproxen 500 BID since 4/1/26. Both failed.",
        "Pt has attended PT since Mar. 2026 and takes gabapentin, without relief.",
        "Since the spring of 2026 she has done supervised PT and a home exercise program.",
        "Treatment to date: naproxen 3/2026-present and PT, neither durably effective.",
        "S: Since 04/2026 pt has done PT 2x/wk and meloxicam 15 mg daily w/o relief.",
        "Since last winter she has been on duloxetine and in PT with minimal improvement.",
    ],
)
def test_care_the_letter_dates_by_a_named_start_counts(body: str) -> None:
    assert _sps003(body) == "met"


@pytest.mark.parametrize(
    "body",
    [
        # a bare length: the letter's claim alone (test_s42a_attested_weeks.py)
        "She has failed more than 3 months of conservative treatment including PT and NSAIDs.",
        "Over the past 6 months she has had PT and NSAIDs without relief.",
        # a start no calendar names
        "Since her fall she has had PT and NSAIDs without relief.",
        # the named time is the pain's, the care a bare length in a sentence of its own
        "Her leg pain has been constant since March. She has failed 3+ months of PT and NSAIDs.",
        # declined, planned
        "Since March she has been offered PT and NSAIDs but has declined both.",
        "Since March we have recommended PT; she will start next week.",
        # dated, but before the year's window
        "She had PT from March to May 2025 and naproxen in the spring of 2025.",
    ],
)
def test_care_a_letter_only_claims_or_that_is_no_care_had_does_not(body: str) -> None:
    assert _sps003(body) != "met"


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Since March she has had PT", True),
        ("naproxen since 5/2025", True),
        ("naproxen 3/2026-present", True),
        ("since last winter on duloxetine", True),
        ("failed 3+ months of PT", False),
        ("PT x 8 wks", False),
        ("over the past 6 months", False),
        ("LBP since childhood", False),
    ],
)
def test_a_duration_from_a_named_time_is_dated(text: str, dated: bool) -> None:
    found = find_durations(text, date(2026, 11, 20))
    assert found and all(d.dated == dated for d in found)
