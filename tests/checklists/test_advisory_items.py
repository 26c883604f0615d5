"""Requirements CMS dropped stay on the report as advice, never as a reason to hold a request:
walkers' recent visit (not on CMS's face-to-face list) and home oxygen's other treatment tried
(removed by the 2023 LCD L33797 revision) — issue 15 points 1 and 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartapp.checklists.golden import load_cases
from smartapp.scoring.report import score_bundle

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


@pytest.mark.parametrize(
    ("case_file", "advisory"),
    [
        ("no-visit-advisory-only.yaml", "WLK-001"),
        ("no-alternative-treatment-documented.yaml", "OXY-003"),
    ],
)
def test_the_dropped_requirement_is_advice_and_holds_nothing_up(case_file, advisory):
    case = next(c for c in load_cases(GOLDEN) if c.path.name == case_file)
    report = score_bundle(case.bundle(), service=case.service, as_of=case.as_of)
    items = {i["id"]: i for i in report["items"]}
    assert items[advisory]["status"] == "missing" and not items[advisory]["required"]
    blocking = [i["id"] for i in report["items"] if i["required"] and i["status"] != "met"]
    assert blocking == []
