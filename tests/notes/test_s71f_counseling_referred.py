"""A note that sends the patient on for formal genetic counseling tells none had yet (s71-f;
noticed at stop 52 beside HN/gen-02, without a blind case of its own).

"Counseled briefly re: hereditary cancer risk; referral to genetics for formal counseling" is
the ordering clinician's few words, and the note itself says the counseling GEN-002 asks for
(by a genetic counselor or a physician trained in genetics) is still to come. Counseling a
genetics professional gave ("Seen by genetic counselor 3/2", "GC visit completed") stands, and
so does a referral for something else, or for the results visit after it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_HPI = "HPI: 42F, breast ca at 45, mother ovarian ca at 50.\n"


def _counseled(text: str) -> bool:
    notes = [NoteInput(ref="n1", text=_HPI + text, date=dt.date(2026, 2, 24))]
    return any(f.concept == "genetic-counseling" and f.asserted for f in find_findings(notes))


@pytest.mark.parametrize(
    "text",
    [
        "Counseled briefly re: hereditary cancer risk; referral to genetics for formal counseling",
        "Counseled briefly re: hereditary cancer risk; referral to genetics for formal "
        "counseling - appt 4/30.",
        "Discussed hereditary cancer risk and counseled re BRCA testing. Referred to genetic "
        "counseling for formal pre-test counseling.",
        "Pt counseled re: Lynch syndrome risk; will refer to genetics for full counseling.",
        "counseled re brca/hereditary risk, refer GC for formal session",
        "Counseled on inherited cancer risk.\nPlan: genetics referral for pre-test counseling.",
        "A/P: Counseled re hereditary risk in brief; formal genetic counseling referral sent.",
        "Counselled re: BRCA, inheritance. Referred to cancer genetics clinic.",
        "Counseled pt about hereditary breast cancer syndromes; ref to genetic counselor.",
    ],
)
def test_a_referral_for_the_counseling_leaves_the_orderers_words_none(text: str) -> None:
    assert not _counseled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seen by genetic counselor 3/2 (pre-test counseling done)",
        "Pre-test genetic counseling completed by LCGC 3/2; referral to genetics for results "
        "visit.",
        "Counseled re Lynch syndrome, AD inheritance, cascade testing for his 2 kids and sister.",
        "Counseled re BRCA1/2 testing, VUS rate, GINA. Referred to breast surgery.",
        "Counseled re hereditary risk (genetic counselor visit 2/10). Refer to genetics for "
        "post-test results review.",
    ],
)
def test_counseling_had_stands(text: str) -> None:
    assert _counseled(text)
