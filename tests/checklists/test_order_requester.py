"""The report names the ordering clinician in words (issue 18): the coordinator dashboard groups
missing elements by who ordered, and people read names, not ``Practitioner/ids``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from smartapp.evidence import build_record
from smartapp.scoring import score_bundle
from smartapp.scoring.header import requester_name

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"
DR_OKAFOR = {"resourceType": "Practitioner", "id": "md-okafor",
             "name": [{"prefix": ["Dr."], "given": ["Chidi"], "family": "Okafor"}]}  # fmt: skip
ROLE = {"resourceType": "PractitionerRole", "id": "role-okafor",
        "practitioner": {"reference": "Practitioner/md-okafor"}}  # fmt: skip


def record_with(*resources: dict) -> object:
    patient = {"resourceType": "Patient", "id": "p1"}
    entries = [{"resource": r} for r in (patient, *resources)]
    return build_record({"resourceType": "Bundle", "type": "collection", "entry": entries})


@pytest.mark.parametrize(
    ("requester", "resources", "expected"),
    [
        ({"reference": "Practitioner/md-okafor"}, (DR_OKAFOR,), "Dr. Chidi Okafor"),
        ({"reference": "PractitionerRole/role-okafor"}, (ROLE, DR_OKAFOR), "Dr. Chidi Okafor"),
        # Not in the record: the reference's display is the next best thing.
        ({"reference": "Practitioner/gone", "display": " Dr. Lee Park "}, (), "Dr. Lee Park"),
        ({"reference": "Practitioner/gone"}, (), None),
        (None, (), None),
    ],
    ids=["practitioner", "role", "display", "unreadable", "none"],
)
def test_the_requester_as_a_name(requester, resources, expected):
    order = {"resourceType": "ServiceRequest", "id": "o1", **({"requester": requester}
                                                             if requester else {})}  # fmt: skip
    assert requester_name(record_with(*resources), order) == expected


def test_a_scored_report_carries_the_ordering_clinicians_name():
    bundle = json.loads((SCENARIOS / "lmri-gapped.json").read_text())
    report = score_bundle(bundle, as_of=date(2026, 11, 22))
    assert report["order"]["requester"] == "Dr. Ana Whitfield"
