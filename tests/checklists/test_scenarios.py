"""The sandbox's PA scenario patients score as their manifest says.

Complete variants: every required item met (or not applicable). Gapped variants: the elements of
the required items that are not met (missing or partial) are exactly the intended gaps.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from smartapp.scoring import score_bundle

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"
MANIFEST = json.loads((SCENARIOS / "manifest.json").read_text())


def score(entry):
    bundle = json.loads((SCENARIOS / entry["file"]).read_text())
    return score_bundle(
        bundle, service=entry["service"]["code"], as_of=date.fromisoformat(entry["as_of"])
    )


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_scenario_scores_as_intended(entry):
    report = score(entry)
    assert report["patient"] == entry["patient"]
    required = [i for i in report["items"] if i["required"]]
    unknown = [i["id"] for i in required if i["status"] == "unknown"]
    assert not unknown, f"could not evaluate {unknown}: {report['warnings']}"
    gaps = {i["element"] for i in required if i["status"] in ("missing", "partial")}
    assert gaps == set(entry["intended_gaps"]), {
        i["id"]: (i["status"], i["searched"]) for i in required if i["status"] != "met"
    }


def test_manifest_covers_both_variants_of_every_service():
    variants = {(e["service"]["code"], e["variant"]) for e in MANIFEST}
    codes = {code for code, _ in variants}
    assert all((code, v) in variants for code in codes for v in ("complete", "gapped"))
