"""Golden cases: every case scores as expected, and every item is met once and missed once."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from smartapp.checklists import load_catalog
from smartapp.checklists.golden import load_cases
from smartapp.checklists.validate import check_catalog, check_golden
from smartapp.scoring import score_bundle

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
CASES = load_cases(GOLDEN)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.checklist_id}/{c.path.stem}" for c in CASES])
def test_case_scores_as_expected(case):
    report = score_bundle(case.bundle(), service=case.service, as_of=case.as_of)
    assert report["checklist"]["id"] == case.checklist_id
    got = {item["id"]: item["status"] for item in report["items"]}
    wrong = {i: (want, got.get(i)) for i, want in case.expect.items() if got.get(i) != want}
    assert not wrong, f"expected vs got: {wrong}"


def test_every_item_has_a_met_and_a_missing_case():
    catalog = load_catalog()
    seen = defaultdict(set)
    for case in CASES:
        for item_id, status in case.expect.items():
            seen[item_id].add(status)
    lacking = [
        f"{checklist.id} {item.id} lacks {wanted}"
        for checklist in catalog.checklists.values()
        for item in checklist.items
        for wanted in ("met", "missing")
        if wanted not in seen[item.id]
    ]
    assert not lacking


def test_catalog_and_golden_coverage_validate():
    catalog = load_catalog()
    assert check_catalog(catalog) == []
    assert check_golden(catalog, GOLDEN) == []
