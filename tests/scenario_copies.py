"""Copies of scenario patients for tests that change a record (write-back, new notes), so the
shared sandbox's scenario patients stay as the other tests expect them."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import requests

SCENARIOS = Path(__file__).resolve().parents[1] / "sandbox" / "scenarios"


def clone_patient(sandbox, scenario: str) -> str:
    """Copy a scenario patient's resources under new ids (shared staff and payer are reused)."""
    prefix = f"copy-{secrets.token_hex(3)}"
    text = (SCENARIOS / f"{scenario}.json").read_text().replace(scenario, prefix)
    token = sandbox.token("plain", None, scope="system/*.write system/*.read")
    for entry in json.loads(text)["entry"]:
        resource = entry["resource"]
        if resource["resourceType"] in ("Organization", "Practitioner"):
            continue
        response = requests.put(
            f"{sandbox.base('plain')}/{resource['resourceType']}/{resource['id']}", json=resource,
            headers={"Authorization": f"Bearer {token}"}, timeout=30,
        )  # fmt: skip
        assert response.status_code in (200, 201), response.text[:300]
    return prefix


#: ServiceRequest fields a DeviceRequest has too (R4); ``code`` becomes ``codeCodeableConcept``.
DEVICE_FIELDS = ("status", "intent", "priority", "subject", "encounter", "requester",
                 "occurrenceDateTime", "reasonCode", "reasonReference", "note")  # fmt: skip


def add_device_order(sandbox, patient: str, authored: str = "2026-11-19") -> str:
    """Give a copied patient an equipment order: its ServiceRequest ``<patient>-order`` written
    again as the DeviceRequest ``<patient>-device`` (same code, a day newer), as an EHR files a
    walker or CPAP; the ServiceRequest stays, so a check of "some other order" is told apart.
    Returns ``DeviceRequest/<id>``."""
    token = sandbox.token("plain", None, scope="system/*.write system/*.read")
    headers = {"Authorization": f"Bearer {token}"}
    order = requests.get(f"{sandbox.base('plain')}/ServiceRequest/{patient}-order",
                         headers=headers, timeout=30).json()  # fmt: skip
    device = {"resourceType": "DeviceRequest", "id": f"{patient}-device",
              "codeCodeableConcept": order["code"], "authoredOn": authored,
              **{key: order[key] for key in DEVICE_FIELDS if key in order}}  # fmt: skip
    response = requests.put(f"{sandbox.base('plain')}/DeviceRequest/{device['id']}", json=device,
                            headers=headers, timeout=30)  # fmt: skip
    assert response.status_code in (200, 201), response.text[:300]
    return f"DeviceRequest/{device['id']}"
