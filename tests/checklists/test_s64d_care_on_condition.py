"""Care a plan puts on a condition of failure after it is care to come, not care had (lead's
class, s64): "Steroid injection R knee if no better in 4 wks" met HYA-003's prior steroid
injection, "PT x 8 wks if no better" LMRI-003's weeks of care (care_on_condition.py). Care said
had or going on before the condition, or an "if" that leads a clause of its own, still counts."""

from __future__ import annotations

import pytest

from smartapp.notes.care_on_condition import on_condition

from .test_judgement import _note, record, status


def _hya(text: str) -> str:
    bundle = record("J7325", _note("n", "2026-02-10", text), reason="M17.11")
    return status(bundle, "HYA-003")["status"]


def _lumbar(text: str) -> str:
    return status(record("72148", _note("n1", "2026-02-20", text)), "LMRI-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "R knee OA. Steroid injection R knee if no better in 4 wks.",
        "R knee OA. Plan: CSI R knee if no better in 6 weeks.",
        "R knee OA. Will do cortisone injection if pain persists.",
        "R knee OA. Kenalog inj R knee if fails NSAIDs.",
        "R knee OA. Intra-articular steroid injection R knee if sx persist after 6 wks PT.",
        "A/P: R knee OA. CSI if not improving w/ PT.",
        "R knee OA. Would offer steroid inj unless improved at f/u.",
        "R knee OA. Steroid injection R knee should pain persist.",
        "R knee OA. triamcinolone inj R knee, if no relief w/ meloxicam.",
    ],
)
def test_an_injection_on_a_condition_of_failure_is_to_come(text: str) -> None:
    assert _hya(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "R knee OA. CSI R knee 11/2025 - if no better, Synvisc.",
        "R knee OA. s/p steroid injection R knee, if no better will proceed with Synvisc.",
        "R knee OA. Steroid injection R knee today; if no better in 4 wks, Synvisc.",
        "R knee OA. Kenalog 40 mg injected R knee today. Synvisc if no better.",
        "R knee OA. Plan: steroid injection R knee, if no better in 4 weeks will refer to ortho.",
        "R knee OA. Had a cortisone shot in the R knee, if no better consider Synvisc.",
        "R knee OA. Cortisone injection R knee helped 6 wks; repeat if pain persists.",
        "R knee OA. CSI R knee. If no better, Synvisc.",
    ],
)
def test_an_injection_had_before_a_condition_still_counts(text: str) -> None:
    assert _hya(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "LBP x 3 mo. PT x 8 wks if no better.",
        "LBP x 3 mo. PT 2x/wk x 8 wks and naproxen if no improvement.",
    ],
)
def test_therapy_on_a_condition_is_no_weeks_had(text: str) -> None:
    assert _lumbar(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "LBP x 3 mo. Completed PT x 8 wks, if no better will get MRI.",
        "LBP x 3 mo. Naproxen x 8 wks, PT if pain persists.",
        "LBP x 3 mo. On naproxen x 8 wks, if no better add PT.",
    ],
)
def test_care_had_beside_a_condition_still_counts(text: str) -> None:
    assert _lumbar(text) == "met", text


@pytest.mark.parametrize(
    ("text", "care", "put_off"),
    [
        ("Tylenol 500 mg q6h prn if pain persists.", "Tylenol", False),
        ("Ibuprofen if needed.", "Ibuprofen", False),
        ("Continue naproxen if tolerated.", "naproxen", False),
        ("Naproxen, if no better will do CSI.", "Naproxen", False),
        ("Naproxen 500 mg BID if no better in 2 wks.", "Naproxen", True),
    ],
)
def test_what_a_condition_puts_off(text: str, care: str, put_off: bool) -> None:
    start = text.index(care)
    assert on_condition(text, start, start + len(care)) is put_off, text
