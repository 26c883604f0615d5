"""A repeat epidural's prior relief told over two visits (IPN-009; LCD L39240: 50% for 3 months).

JX/spinal-inj-03 (blind wave 74): a TFESI on 11/3/25, "Post-injection f/u: 75% relief leg pain"
on 12/1, then on 3/30 "relief lasted until about mid-March (~4.5 months), now leg pain back":
the percentage's statement gave no length, the later one no percentage, so no relief was read.
The length a later note tells (before the next injection) is the relief's; a later relief that
lasted weeks is short, and a later note about a knee shot's relief, a relief told before the
injection or no length at all leave it unread.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _tfesi(day: str, ident: str = "tf1") -> dict:
    return {
        "resourceType": "Procedure",
        "id": ident,
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "64483"}]},
        "performedDateTime": day,
    }


def _repeat(first: str, later: str, *extra: dict) -> str:
    notes = [
        _note("n1", "2025-12-01", f"Pain clinic. Post-injection f/u: {first}"),
        _note("n2", "2026-02-20", f"F/u: {later} Plan: repeat L L5-S1 TFESI."),
    ]
    bundle = record("64483", _tfesi("2025-11-03"), *notes, *extra, reason="M54.16")
    return status(bundle, "IPN-009")["status"]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("75% relief leg pain, back to walking 2 miles.",
         "relief lasted until about mid-February (~3.5 months), now leg pain back to 6/10."),
        ("~80% better.", "the relief lasted about 4 months, then pain crept back."),
        ("70% relief of leg pain.", "Good relief held until early February."),
        ("pain 8 -> 2 (75% improvement).", "relief wore off after 14 weeks."),
        ("60% relief.", "Relief lasted ~3.5 mo; leg pain returned."),
        ("leg pain 80% better, sleeping through the night.",
         "The improvement lasted until mid-Feb, now back to baseline."),
    ],
)
def test_a_relief_and_its_length_told_at_two_visits_is_met(first: str, later: str) -> None:
    assert _repeat(first, later) == "met"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("75% relief leg pain.", "relief lasted only about 3 weeks, pain back since Christmas."),
        ("75% relief leg pain.", "Pain is back to 6/10."),
        ("75% relief leg pain.", "R knee injection relief lasted 4 months."),
        ("30% relief leg pain.", "relief lasted about 4 months."),
    ],
)
def test_a_short_unmeasured_or_another_joints_relief_is_not_met(first: str, later: str) -> None:
    assert _repeat(first, later) != "met"


def test_a_length_told_after_a_later_injection_is_that_ones() -> None:
    between = _tfesi("2026-01-05", "tf2")
    assert _repeat("75% relief.", "relief lasted about 4 months.", between) != "met"
