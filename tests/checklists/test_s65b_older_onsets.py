"""An onset told in a note before the window counts when a note inside the window still
documents the same complaint (brief s65b-onset; older_onsets.py).

- PA/esi-02 (blind wave 110): "Axial R low back pain since 2024" on 5/6/2026, and on 11/16
  "NRS 7, ODI 36%. Exam: paraspinal TTP R L4-5, facet loading +": IPN-005 (3 months of axial
  pain, 90 days) for an RFA asked 11/18 had found the onset only outside the window.
- PA/lmri-03: "R buttock/leg pain since last spring" on 7/16/2026, 97 days before the request,
  and "Still R leg pain to the foot 7/10" on the follow-up of 10/19: LMRI-002 likewise.

Near misses that must not count: the complaint resolved since, or begun anew ("new onset 10/1
after lifting"), the recent record silent on it or about another region, denied or only
supposed in the recent note, and a relative's onset.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_LMRI_FIRST = (
    "R buttock/leg pain since last spring, worse over summer. FHx: brother - lumbar fusion. "
    "SLR + R. Start PT 2x/wk x 6 wks, gabapentin 300 tid, Medrol dosepak."
)
_IPN_FIRST = (
    "Axial R low back pain since 2024, worse w/ extension/rotation, no radiation. PT 8 wks "
    "(spring 2026), meloxicam, HEP. NRS 6, ODI 34%. Facet loading + R L4-5. Neuro intact. "
    "Plan MBB x2 then RFA if positive."
)


def _lmri002(*notes: tuple[str, str]) -> str:
    """LMRI-002's status for a lumbar MRI asked 10/21/2026 over ``notes`` (day, text)."""
    made = [_note(f"n{i}", day, text) for i, (day, text) in enumerate(notes)]
    order = {"authoredOn": "2026-10-21", "occurrenceDateTime": "2026-10-30"}
    bundle = record("72148", *made, reason="M51.16", order=order)
    report = score_bundle(bundle, as_of=date(2026, 10, 21))
    return {i["id"]: i for i in report["items"]}["LMRI-002"]["status"]


def _ipn005(*notes: tuple[str, str]) -> str:
    """IPN-005's status for a lumbar facet RFA asked 11/18/2026 over ``notes`` (day, text)."""
    made = [_note(f"n{i}", day, text) for i, (day, text) in enumerate(notes)]
    order = {"authoredOn": "2026-11-18", "occurrenceDateTime": "2026-12-10"}
    bundle = record("64635", *made, reason="M47.816", order=order)
    report = score_bundle(bundle, as_of=date(2026, 11, 18))
    return {i["id"]: i for i in report["items"]}["IPN-005"]["status"]


@pytest.mark.parametrize(
    "later",
    [
        # the case's own words
        "Completed 12 PT visits (2x/wk Jul-Aug). Gabapentin ongoing, Medrol pack helped 1 wk. "
        "Still R leg pain to the foot 7/10; stopped gardening, can't stand to cook a full meal.",
        # other wordings of the same fact
        "R leg pain 7/10, worse with standing. SLR + R.",
        "R buttock and leg pain persists, 6/10.",
        "R leg pain unchanged, 6/10.",
    ],
)
def test_an_older_onset_counts_when_the_window_still_documents_it(later: str) -> None:
    assert _lmri002(("2026-07-16", _LMRI_FIRST), ("2026-10-19", later)) == "met"


@pytest.mark.parametrize(
    "later",
    [
        # the case's own words
        "MBB #1 10/28: 85% relief x 3h per diary. Second (confirmatory) block booked 12/2. "
        "NRS 7, ODI 36%. Exam: paraspinal TTP R L4-5, facet loading +, SLR neg, neuro intact.",
        # other wordings of the same fact
        "Axial R low back pain 6/10, worse with extension.",
        "Pain score 7/10. Exam: R lumbar facet tenderness L4-5.",
        "R low back pain continues despite PT and meloxicam.",
    ],
)
def test_an_axial_onset_of_2024_runs_to_the_recent_note(later: str) -> None:
    assert _ipn005(("2026-05-06", _IPN_FIRST), ("2026-11-16", later)) == "met"


def test_the_older_note_alone_is_still_outside_the_window() -> None:
    assert _lmri002(("2026-07-16", _LMRI_FIRST)) != "met"
    assert _ipn005(("2026-05-06", _IPN_FIRST)) != "met"


@pytest.mark.parametrize(
    "later",
    [
        # the recent record silent on the complaint, or about another region
        "Follow-up for hypertension. BP 128/82, doing well.",
        "R shoulder pain 7/10 after a fall; XR shoulder ordered.",
        "NRS 7. Exam: R knee effusion, joint line tender.",
        # denied, or only supposed
        "Denies back or leg pain today. Here for med refill.",
        "Return if leg pain recurs.",
        # resolved since, or begun anew
        "Prior LBP resolved 6/2026. New onset LBP 10/1 after lifting, 6/10.",
        "Leg pain resolved after PT. Here for knee f/u.",
    ],
)
def test_near_misses_do_not_carry_the_older_onset(later: str) -> None:
    assert _lmri002(("2026-07-16", _LMRI_FIRST), ("2026-10-19", later)) != "met"


def test_a_resolution_between_the_notes_stops_the_older_onset() -> None:
    notes = (
        ("2026-05-06", _IPN_FIRST),
        ("2026-07-01", "LBP resolved 6/2026 after PT. No back pain."),
        ("2026-11-16", "Axial R low back pain 6/10, worse with extension."),
    )
    assert _ipn005(*notes) != "met"


def test_a_new_episode_in_the_window_is_timed_by_its_own_words() -> None:
    later = "New onset R low back pain 10/1 after lifting, 6/10. Facet loading +."
    assert _ipn005(("2026-05-06", _IPN_FIRST), ("2026-11-16", later)) != "met"


def test_a_relatives_onset_is_not_the_patients() -> None:
    first = "FHx: mother - low back pain since 2010, lumbar fusion. Pt here for annual exam."
    later = "Axial R low back pain 6/10, worse with extension."
    assert _ipn005(("2026-05-06", first), ("2026-11-16", later)) != "met"
