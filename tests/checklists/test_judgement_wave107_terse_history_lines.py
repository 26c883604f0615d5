"""Blind wave 107's false alarms (brief s90b-w107fa2): facts a terse note writes without the
words the reader looked for.

- A symptom's length straight after its name, closing the clause: "LBP 2 mo." (OQ/lmri-02;
  LMRI-002's six weeks), not a follow-up's interval, a denied complaint or a relative's.
- A work injury written "Work inj 2/18/26:" (OQ/work-02; OCC-001's date of injury), not a bare
  "Inj" (an injection), a denied one, a relative's, nor one dated outside the year.
- Falls counted and timed before the device: "Falls x3 since Thanksgiving with walker"
  (OR/wheelchair-02; WHC-003, NCD 280.3 B), not falls denied, before the device, only risked, a
  relative's, nor with a device yet to come.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _lumbar(text: str, day: str = "2026-02-20") -> str:
    bundle = record("72148", _note("n1", day, text), reason="M54.50")
    return status(bundle, "LMRI-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "LBP 2 mo. Rx cyclobenzaprine 3/16 (2 wks, sedating, stopped). Referred to chiro.",
        "Low back pain 8 wks, no radiation. SLR neg.",
        "L-sided LBP ~10 wks; worse with sitting.",
        "Sciatica 3 months, L leg to knee.",
    ],
)
def test_a_length_right_after_the_symptom_times_it(text: str) -> None:
    assert _lumbar(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "No LBP 2 mo. Here for anxiety f/u.",  # two months free of it
        "LBP flare. f/u LBP 6 wks.",  # when to come back
        "LBP. Recheck back pain 8 wks.",
        "LBP for 1 wk. Mother: LBP 3 mo.",  # the mother's pain
        "LBP 5 days. R knee pain 3 months.",  # another body part's months
        "LBP 2 wks post-op. Pain 3 months after the fall 2024.",
    ],
)
def test_near_misses_give_no_six_weeks(text: str) -> None:
    assert _lumbar(text) != "met", text


def test_the_terse_length_outside_the_window_does_not_count() -> None:
    # LMRI-002 reads durations in notes of the last 90 days only.
    assert _lumbar("LBP 2 mo. SLR neg.", day="2025-10-01") != "met"


def _injury(text: str, day: str = "2026-02-20") -> str:
    bundle = record("97545", _note("n1", day, text), reason="S46.011D")
    return status(bundle, "OCC-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Work inj 2/18/26: CNA at Maple Grove nursing home, R shoulder pain. WC claim filed."
        " Restricted duty no lifting >15 lb.",
        "Job inj 2/3/26 - R shoulder. WC claim filed. Restricted duty no lifting >15 lb.",
        "Occ inj on 2/3: R shoulder. Workers comp claim. Restricted to light duty.",
        "R shoulder. Inj date 2/18/26. WC claim filed. Restricted duty no lifting >15 lb.",
    ],
)
def test_a_work_injury_dated_after_inj_is_its_date(text: str) -> None:
    assert _injury(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        # "Inj" alone is as often an injection.
        "Inj 2/3/26: R subacromial steroid. WC claim filed. Restricted duty no lifting >15 lb.",
        "No work inj 2/18/26, R shoulder pain at home. WC claim filed. Restricted duty <15 lb.",
        "Husband's work inj 2/18/26. R shoulder pain. WC claim filed. Restricted duty <15 lb.",
        # An old work injury is outside OCC-001's year.
        "Prior work inj 3/2/2019, R shoulder. WC claim filed. Restricted duty no lifting >15 lb.",
    ],
)
def test_no_date_of_this_work_injury(text: str) -> None:
    assert _injury(text) != "met", text


def _walker(text: str) -> str:
    bundle = record("K0823", _note("n1", "2026-02-20", text), reason="G12.21",
                    order_type="DeviceRequest")  # fmt: skip
    return status(bundle, "WHC-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "58M ALS dx 2024. Falls x3 since Thanksgiving with walker. Cannot walk to bathroom.",
        "Fell 2x in Jan w/ rollator. Cannot walk to bathroom.",
        "Falls twice this month using her cane.",
        "Falls x 4 over the winter with his FWW.",
    ],
)
def test_falls_counted_before_the_device_they_happened_with(text: str) -> None:
    assert _walker(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "No falls x3 months with walker.",
        "Fell x2 in 2024 now walks safely with walker.",
        "Falls x3 before he got a walker.",
        "Falls x3 since Thanksgiving; walker ordered.",
        "At risk of falls x3 with walker.",
        "Mother falls x3 since Thanksgiving with walker.",
        "Fell x2, fewer since starting walker.",
        "Falls x3 since Thanksgiving with walker if he gets one.",
    ],
)
def test_falls_not_had_with_the_device(text: str) -> None:
    assert _walker(text) != "met", text
