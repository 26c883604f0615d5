"""Face-to-face by HCPCS code, not by category (issue 15 point 1): a DME checklist requires the
6-month face-to-face visit only for codes on CMS's Required F2F/WOPD list (codelists.yaml
``f2f-wopd-required``, plus ``f2f-wopd-unconfirmed`` treated as listed until confirmed)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists import load_catalog
from smartapp.scoring.report import score_bundle

LISTS = ("f2f-wopd-required", "f2f-wopd-unconfirmed")
# CPAP-003 is LCD L33718's in-person evaluation before the sleep test, a coverage criterion of
# its own, not the list's visit window; CGM-002 is LCD L33822's visit (in person or by
# telehealth) in the 6 months before a CGM is ordered, likewise the LCD's own criterion; WHC-001
# is the power mobility device's statutory face-to-face examination (SSA 1834(a)(1)(E)(iv)).
OWN_RULE = {"CPAP-003", "CGM-002", "WHC-001"}
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"


def _codes(checklist):
    """Every HCPCS code a DME checklist applies to (its ranges expanded)."""
    out = []
    for _system, entry in checklist.applies_to.entries():
        low, _, high = entry.partition("-")
        high = high or low
        out += [f"{low[0]}{n:04d}" for n in range(int(low[1:]), int(high[1:]) + 1)]
    return out


def _listed(catalog, code):
    return any(catalog.codelists[name].contains("hcpcs", code) for name in LISTS)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _dme(catalog):
    return [c for c in catalog.checklists.values() if c.topic == "dme"]


def test_a_required_face_to_face_item_applies_only_to_listed_codes(catalog):
    for checklist in _dme(catalog):
        for item in checklist.items:
            if item.element != "face-to-face" or not item.required or item.id in OWN_RULE:
                continue
            gate = str(item.applies_when)
            assert all(name in gate for name in LISTS), f"{item.id} is not gated on the list"


def test_a_checklist_with_listed_codes_requires_the_visit_and_one_without_does_not(catalog):
    for checklist in _dme(catalog):
        listed = [code for code in _codes(checklist) if _listed(catalog, code)]
        gated = [
            i for i in checklist.items
            if i.element == "face-to-face" and i.required and i.id not in OWN_RULE
        ]  # fmt: skip
        assert bool(listed) == bool(gated), (checklist.id, listed[:5], [i.id for i in gated])


def test_no_walker_code_is_on_the_list(catalog):
    walker = catalog.checklists["caresource-dme-walker"]
    assert _codes(walker)[0] == "E0130" and _codes(walker)[-1] == "E0149"
    assert not [code for code in _codes(walker) if _listed(catalog, code)]
    assert not next(i for i in walker.items if i.id == "WLK-001").required


@pytest.mark.parametrize(
    ("code", "applies"),
    [("E1390", True), ("E0439", True), ("E1392", True), ("E0443", False)],
)
def test_oxygen_face_to_face_follows_the_ordered_code(code, applies):
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"resource": {
                "resourceType": "ServiceRequest", "id": "o2", "status": "active",
                "intent": "order", "subject": {"reference": "Patient/p"},
                "authoredOn": "2026-05-01",
                "code": {"coding": [{"system": HCPCS, "code": code}]},
            }},
            {"resource": {"resourceType": "Patient", "id": "p"}},
        ],
    }  # fmt: skip
    report = score_bundle(bundle, service=code, as_of=date(2026, 5, 2))
    status = next(i["status"] for i in report["items"] if i["id"] == "OXY-002")
    assert (status != "not_applicable") is applies
