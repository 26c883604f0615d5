"""A time written after the last item of a comma list dates that item alone (brief s70-f,
listed_apart.py): "naproxen, PT, heating pad on his own since Oct" gave the naproxen and the PT
the heating pad's months, and LMRI-003's six weeks of provider-directed care were met by care
the patient chose alone. Shared still where the list says so ("both", "all"), where the time
opens the list, where the care has a time of its own, and where "and" joins one course.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _lmri_003(care: str) -> str:
    text = f"HPI: LBP radiating to L leg.\nTx: {care}\nPlan: MRI L-spine."
    bundle = record("72148", _note("n1", "2026-02-20", text), reason="M54.16")
    return status(bundle, "LMRI-003", as_of=date(2026, 2, 26))["status"]


@pytest.mark.parametrize(
    "care",
    [
        "naproxen, PT, heating pad on his own since Oct",
        "meloxicam 15 mg, PT 2x/wk, yoga on her own since Oct",
        "PT, naproxen, ice/heat on her own since 10/2025",
        "PT, Aleve, heating pad on his own since Oct",
        "naproxen, PT, heating pad on his own since 10/1/25",
        "diclofenac, physical therapy, heat at home on her own since October",
        "naproxen, PT, ice on her own x 3 months",
        "naproxen; PT; heating pad on his own since Oct",
    ],
)
def test_the_last_items_time_is_not_the_lists(care: str) -> None:
    assert _lmri_003(care) != "met", care


@pytest.mark.parametrize(
    "care",
    [
        "naproxen and PT, both since Oct",
        "Since Oct: naproxen, PT, heating pad on his own",
        "PT, HEP, naproxen - all since Oct",
        "naproxen since Oct, PT, heating pad on his own",
        "PT and naproxen since Oct",
        "naproxen, PT, HEP since Oct",
    ],
)
def test_a_time_the_list_shares_or_the_care_s_own_still_dates_it(care: str) -> None:
    assert _lmri_003(care) == "met", care
