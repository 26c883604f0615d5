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
