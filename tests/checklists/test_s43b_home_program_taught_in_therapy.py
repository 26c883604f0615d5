"""A home program kept up now and named with the therapy it came from after it ("keeps up her
HEP from PT (10 visits 2024)") began with that therapy and runs to the note (blind wave 48,
FY/hya-02: "Continues HEP from PT (completed 12 visits 2025)" was one day of care). A program
not kept up now, or a therapy not named as its source, stays where it was."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _knee_ha(hpi: str) -> str:
    """HYA-002 (three months of care in 365 days) for a hyaluronan series ordered 2026-10-05."""
    text = f"HPI: 63M R knee OA, pain on stairs. {hpi}\nA/P: R knee OA. Orthovisc R knee."
    bundle = record("J7324", _note("n1", "2026-10-05", text), reason="M17.11",
                    order={"authoredOn": "2026-10-05"})  # fmt: skip
    report = score_bundle(bundle, service="J7324", as_of=dt.date(2026, 10, 7))
    return {i["id"]: i for i in report["items"]}["HYA-002"]["status"]


@pytest.mark.parametrize(
    "hpi",
    [
        "Keeps up his HEP from PT (10 visits 2025).",
        "Continues home exercises taught in formal PT (8 visits 2025).",
    ],
)
def test_program_kept_up_from_past_therapy_runs_from_it(hpi: str) -> None:
    assert _knee_ha(hpi) == "met"


@pytest.mark.parametrize(
    "hpi",
    [
        "Stopped his HEP from PT (10 visits 2025).",
        "Continues HEP; PT (10 visits 2025) did not help.",
    ],
)
def test_program_not_kept_up_or_not_from_it_does_not(hpi: str) -> None:
    assert _knee_ha(hpi) != "met"
