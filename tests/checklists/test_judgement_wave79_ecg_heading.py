"""An ECG's reading under a heading of its own is read with its heading (blind wave 79,
KR/cardiac-imaging-01). An HTML note's "<h3>ECG today</h3><p>NSR 78, LBBB QRS 148 ms - not
interpretable for ischemia.</p>" after "FHx: father MI at 52." left the reading in the family
history, so CARD-004 (the resting ECG a stress test needs, LCD L35083) was missing. A title line
("ECG today", "EKG (3/2/26)", "12-LEAD ECG") over its reading is the reading's label, in plain
text as in HTML (smartapp/notes/titled_readings.py).
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status

_HISTORY = (
    "HPI: 58M chest tightness walking uphill x 5 wks, eases with rest.\nFHx: father MI at 52.\n"
)
_PLAN = "A/P: Stable angina, cannot walk treadmill (knee OA). Regadenoson SPECT MPI.\n"


def _ecg_status(text: str, kind: str = "text/plain") -> str:
    bundle = record("78452", _note("n1", "2026-02-20", text, kind=kind), reason="I20.89")
    return status(bundle, "CARD-004")["status"]


def _html(heading: str, body: str) -> str:
    return (
        "<html><body><h3>HPI</h3><p>58M chest tightness walking uphill x 5 wks.</p>"
        "<p>FHx: father MI at 52.</p>"
        f"<h3>{heading}</h3><p>{body}</p>"
        "<h3>A/P</h3><p>Stable angina, cannot walk treadmill. Regadenoson SPECT MPI.</p>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("ECG today", "NSR 78, LBBB QRS 148 ms - not interpretable for ischemia."),
        ("EKG (2/18/26)", "Sinus rhythm 64, LVH with strain."),
        ("12-LEAD ECG", "nsr, no st changes"),
        ("Resting ECG", "Ventricular paced rhythm at 70."),
        ("ECG:", "sinus brady 52, old inferior Q waves"),
    ],
)
def test_an_html_heading_over_its_ecg_reading_is_an_ecg(heading: str, body: str) -> None:
    assert _ecg_status(_html(heading, body), "text/html") == "met"


@pytest.mark.parametrize(
    "titled",
    [
        "ECG today\nNSR 78, LBBB QRS 148 ms - not interpretable for ischemia.\n",
        "EKG (2/18/26)\n\nSinus rhythm, 1st degree AV block, no acute ST-T changes.\n",
        "12-LEAD ECG\nRate 72, normal sinus rhythm, normal axis.\n",
        "ECG:\nLBBB (known).\n",
        "**EKG today**\nNSR, TWI V4-V6.\n",
    ],
)
def test_a_title_line_over_its_ecg_reading_is_an_ecg(titled: str) -> None:
    assert _ecg_status(_HISTORY + titled + _PLAN) == "met"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("ECG", "Not done today - machine being serviced."),
        ("ECG", "Ordered; pt to return for it."),
        ("ECG today", "will obtain at stress lab"),
        ("EKG (3/11/2024)", "NSR, old anterior Q waves."),
        ("Stress ECG", "NSR at rest, no ST changes with exercise to 7 METs."),
        ("Holter", "Sinus rhythm throughout, rare PVCs."),
    ],
)
def test_a_heading_whose_body_is_no_resting_ecg_done_is_no_ecg(heading: str, body: str) -> None:
    assert _ecg_status(_html(heading, body), "text/html") != "met"


@pytest.mark.parametrize(
    "titled",
    [
        "ECG\nnot done today\n",
        "EKG\nordered\n",
        "ECG (3/11/2024)\nNSR, old anterior Q waves.\n",
    ],
)
def test_a_title_line_over_no_reading_of_a_recent_ecg_is_no_ecg(titled: str) -> None:
    assert _ecg_status(_HISTORY + titled + _PLAN) != "met"
    # ... nor under the history of present illness, where a title read alone named an ECG
    assert _ecg_status(_HISTORY.split("\n")[0] + "\n" + titled + _PLAN) != "met"


@pytest.mark.parametrize(
    "orders",
    [
        "Plan:\nECG\nEcho\nLexiscan MPI\n",
        "A/P: Stable angina.\nEKG today\nRegadenoson SPECT; cath if reversible defect.\n",
    ],
)
def test_a_plan_listing_the_ecg_over_other_orders_is_no_ecg(orders: str) -> None:
    assert _ecg_status(_HISTORY + orders) != "met"
