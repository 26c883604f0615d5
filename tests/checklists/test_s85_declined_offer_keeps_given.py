"""Care offered now and declined does not take back care an earlier record shows given (brief
s85-tsa, blind wave 100, NQ/hyal-03; declined_offers.py).

The case: a faxed outside urgent-care record of 1/2026, "Procedure: R knee intra-articular
injection Kenalog 40 mg + lidocaine, tolerated. Addendum: pt called, relief maybe a week.", and
the ortho note of 9/2026, "Offered CSI - pt declined (fear of needles ...)". The newer note's
refusal was read as a newer note denying the injection (finding_dates.newest_wins), and HYA-003
was called missing: the declined one was a repeat. An outside record's injection of the same
knee counts; one of the other knee, a planned one, one declined then, or a family member's does
not, and a newer note that says none was ever had, or that the refusal was of an earlier offer,
still takes it back.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.declined_offers import declined_now_only
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

AS_OF = date(2026, 9, 21)
OUTSIDE = (
    "[FAXED OUTSIDE RECORD recd 9/10/26 - Quick Care] R knee pain, OA. Procedure: R knee "
    "intra-articular injection Kenalog 40 mg + lidocaine, tolerated. Addendum: pt called, "
    "relief maybe a week."
)
ORTHO = (
    "Ortho f/u R knee OA. PT since spring (Apr-Jul, 12 visits) + HEP, ibuprofen 600 TID -> GI "
    "upset, now topical diclofenac gel. {offer} Pain limits walking > 15 min, kneeling. Plan: "
    "Orthovisc R knee weekly x3."
)
CASE_OFFER = "Offered CSI - pt declined (fear of needles, sister had steroid flare)."
RIGHT_KNEE = {"bodySite": [{"text": "Right knee"}], "authoredOn": "2026-09-14",
              "occurrenceDateTime": "2026-09-30"}  # fmt: skip


def _hya003(outside: str, offer: str = CASE_OFFER) -> str:
    bundle = record(
        "J7324",
        _note("n1", "2026-01-19", outside),
        _note("n2", "2026-09-14", ORTHO.format(offer=offer)),
        reason="M17.11",
        order=RIGHT_KNEE,
    )
    return status(bundle, "HYA-003", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "outside",
    [
        OUTSIDE,  # the case's own words
        "Outside records (Quick Care, 1/19/26): R knee injected with triamcinolone 40 mg, ~1 wk "
        "relief.",
        "Outside urgent care note: steroid injection R knee given, tolerated well.",
        "Records from Dr. Patel's office: R knee intra-articular Kenalog injection, tolerated.",
    ],
)
def test_an_outside_record_s_injection_stands_beside_a_declined_repeat(outside: str) -> None:
    assert _hya003(outside) == "met"


@pytest.mark.parametrize(
    "offer",
    [
        "Declines steroid injection today.",
        "CSI offered, declined.",
        "Repeat cortisone injection offered but declined.",
    ],
)
def test_other_words_of_declining_now_keep_it(offer: str) -> None:
    assert _hya003(OUTSIDE, offer) == "met"


@pytest.mark.parametrize(
    "outside",
    [
        # the other knee
        OUTSIDE.replace("R knee", "L knee"),
        # planned, not given
        "[FAXED OUTSIDE RECORD - Quick Care] R knee pain, OA. Plan: R knee intra-articular "
        "Kenalog injection at next visit if no better.",
        # declined then
        "[FAXED OUTSIDE RECORD - Quick Care] R knee pain, OA. Offered R knee Kenalog injection - "
        "declined.",
        # a relative's
        "Outside records: mother had R knee steroid injections.",
    ],
)
def test_the_other_knee_a_planned_declined_or_family_injection_does_not_count(
    outside: str,
) -> None:
    assert _hya003(outside) != "met"


@pytest.mark.parametrize(
    "offer",
    [
        # a newer note that says none was had still wins
        "No prior steroid injections. Offered CSI - pt declined.",
        "Never had a knee injection; declines CSI.",
        # a refusal of an earlier offer may be the very injection called given
        "Pt declined the steroid injection at the last visit.",
        "Refused CSI in January.",
    ],
)
def test_a_newer_denial_or_an_earlier_refusal_still_takes_it_back(offer: str) -> None:
    assert _hya003(OUTSIDE, offer) != "met"


def _declined(text: str) -> list[bool]:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 14))])
    return [declined_now_only(f) for f in found if f.concept == "corticosteroid-injection"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Offered CSI - pt declined (fear of needles).", [True]),
        ("Pt declines steroid injection at this time.", [True]),
        ("Prior IA steroid: none (declined).", [False]),
        ("Declined CSI previously.", [False]),
        ("Has not had the steroid injection - declined, afraid of flares.", [False]),
        ("Steroid injection R knee 1/2026, ~1 wk relief.", [False]),
    ],
)
def test_which_negations_only_decline_now(text: str, expected: list[bool]) -> None:
    assert _declined(text) == expected
