"""Property: withholding data never raises the readiness number, and never makes a check ready
(issue 12). Over the project's own scenario bundles, a seeded mutator withholds what an EHR can
withhold — whole resource types (a scope not granted, a 403), part of a type (a filtered scope,
Epic's "not authorized for sub-type", a page cap) and note content (a Binary that could not be
read) — and reports it the way retrieval does: an OperationOutcome naming the type
(docs/record-bundle.md). Every variant is scored and compared with the full record."""

from __future__ import annotations

import copy
import json
import random
from datetime import date
from pathlib import Path

import pytest

from smartapp.checklists.engine import STATES
from smartapp.errors import InputError
from smartapp.scoring import score_bundle

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"
MANIFEST = json.loads((SCENARIOS / "manifest.json").read_text())
#: Random variants per scenario on top of the exhaustive single-type ones (fixed seed: the same
#: cases every run, so a failure reproduces).
RANDOM_VARIANTS = 25
SEED = 12


def outcome(resource_type: str, code: str, n: int) -> dict:
    return {
        "fullUrl": f"urn:smartapp:could-not-check-w{n}",
        "resource": {
            "resourceType": "OperationOutcome", "id": f"could-not-check-w{n}",
            "issue": [{"severity": "error" if code == "forbidden" else "warning", "code": code,
                       "diagnostics": f"{resource_type}: withheld by the test",
                       "expression": [resource_type]}],
        },
    }  # fmt: skip


def reported_as(resource_type: str) -> str:
    # Retrieval reports a note's Binary that could not be read on the DocumentReference type.
    return "DocumentReference" if resource_type == "Binary" else resource_type


def withhold(bundle: dict, whole: set[str], part: dict[str, set[int]]) -> dict:
    """``bundle`` without the types in ``whole`` and without the entries (by position) in
    ``part[type]``, each reported by an OperationOutcome as retrieval reports it."""
    out = copy.deepcopy(bundle)
    kept = []
    for position, entry in enumerate(out["entry"]):
        kind = entry["resource"]["resourceType"]
        if kind in whole or position in part.get(kind, ()):
            continue
        kept.append(entry)
    reports = {(reported_as(k), "forbidden") for k in whole}
    reports |= {(reported_as(k), "incomplete") for k, dropped in part.items() if dropped}
    kept += [outcome(kind, code, n) for n, (kind, code) in enumerate(sorted(reports))]
    out["entry"] = kept
    return out


def variants(bundle: dict, rng: random.Random) -> list[tuple[str, set[str], dict[str, set[int]]]]:
    by_type: dict[str, list[int]] = {}
    for position, entry in enumerate(bundle["entry"]):
        kind = entry["resource"]["resourceType"]
        if kind != "Patient":  # without the Patient there is no report to compare
            by_type.setdefault(kind, []).append(position)
    kinds = sorted(by_type)
    cases: list[tuple[str, set[str], dict[str, set[int]]]] = [
        (f"no {kind}", {kind}, {}) for kind in kinds
    ]
    for n in range(RANDOM_VARIANTS):
        whole = set(rng.sample(kinds, rng.randint(0, min(3, len(kinds)))))
        part: dict[str, set[int]] = {}
        for kind in rng.sample(kinds, rng.randint(1, min(3, len(kinds)))):
            if kind not in whole:
                positions = by_type[kind]
                part[kind] = set(rng.sample(positions, rng.randint(1, len(positions))))
        cases.append((f"random {n}", whole, part))
    return cases


def score(bundle: dict, entry: dict) -> dict:
    return score_bundle(
        bundle, service=entry["service"]["code"], as_of=date.fromisoformat(entry["as_of"])
    )


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_withholding_data_never_raises_readiness(entry):
    bundle = json.loads((SCENARIOS / entry["file"]).read_text())
    full = score(bundle, entry)
    rng = random.Random(f"{SEED}:{entry['file']}")
    checked = 0
    for label, whole, part in variants(bundle, rng):
        try:
            report = score(withhold(bundle, whole, part), entry)
        except InputError:
            continue  # nothing left to score (no order for the service): no report, no number
        checked += 1
        where = f"{entry['file']} {label}: withheld {sorted(whole)} part of {sorted(part)}"
        assert report["readiness"] <= full["readiness"], (where, _changes(full, report))
        # Missing data may turn a gap into "could not check", never a check into "ready".
        assert STATES.index(report["state"]) <= max(STATES.index(full["state"]), 1), where
        if full["state"] != "ready":
            assert report["state"] != "ready", (where, _changes(full, report))
    assert checked >= len(variants(bundle, random.Random(0))) // 2


def _changes(full: dict, report: dict) -> dict[str, tuple[str, str]]:
    before = {i["id"]: i["status"] for i in full["items"]}
    return {i["id"]: (before[i["id"]], i["status"]) for i in report["items"]
            if before[i["id"]] != i["status"]}  # fmt: skip


def test_the_mutator_withholds_what_it_says():
    bundle = json.loads((SCENARIOS / "lmri-complete.json").read_text())
    observations = [n for n, e in enumerate(bundle["entry"])
                    if e["resource"]["resourceType"] == "Observation"]  # fmt: skip
    out = withhold(bundle, {"Coverage"}, {"Observation": set(observations[:1])})
    kinds = [e["resource"]["resourceType"] for e in out["entry"]]
    assert "Coverage" not in kinds
    assert kinds.count("Observation") == len(observations) - 1
    issues = [e["resource"]["issue"][0] for e in out["entry"]
              if e["resource"]["resourceType"] == "OperationOutcome"]  # fmt: skip
    assert {(i["expression"][0], i["code"]) for i in issues} == {
        ("Coverage", "forbidden"), ("Observation", "incomplete")}  # fmt: skip
    report = score(out, MANIFEST[0])
    assert report["state"] == "incomplete"  # member coverage could not be checked
    assert report["readiness"] < 100
