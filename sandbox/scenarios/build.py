"""Build every scenario bundle and ``manifest.json``: ``python -m sandbox.scenarios.build``.

Output is deterministic (no clock, no randomness) so a test can rebuild and compare byte for
byte with what is committed. Each bundle is a FHIR R4 transaction with PUT entries and stable
ids, loadable into the sandbox's FHIR engine and scoreable offline by ``smartapp score``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from . import knee_drug, occupational, spine, therapy_dme
from .common import AS_OF, DATE_OF_SERVICE, Scenario
from .factories import CPT, HCPCS

HERE = Path(__file__).resolve().parent

BUILDERS: list[Callable[[], Scenario]] = [
    spine.complete,
    spine.gapped,
    spine.bulk,
    knee_drug.tka_complete,
    knee_drug.tka_gapped,
    therapy_dme.ptc_complete,
    therapy_dme.ptc_gapped,
    therapy_dme.walker_complete,
    therapy_dme.walker_gapped,
    therapy_dme.cpap_complete,
    therapy_dme.cpap_gapped,
    occupational.complete,
    occupational.gapped,
    knee_drug.inj_complete,
    knee_drug.inj_gapped,
]


def to_bundle(scenario: Scenario) -> dict:
    """A transaction Bundle with one PUT entry per resource (the Organization is shared)."""
    return {
        "resourceType": "Bundle",
        "id": f"scenario-{scenario.name}",
        "type": "transaction",
        "entry": [
            {
                "fullUrl": f"{resource['resourceType']}/{resource['id']}",
                "resource": resource,
                "request": {"method": "PUT", "url": f"{resource['resourceType']}/{resource['id']}"},
            }
            for resource in scenario.resources
        ],
    }


def manifest_entry(scenario: Scenario) -> dict:
    order = next(r for r in scenario.resources if r["resourceType"] == "ServiceRequest")
    system = CPT if scenario.service[0] == "cpt" else HCPCS
    return {
        "file": f"{scenario.name}.json",
        "patient": f"Patient/{scenario.name}",
        "order": f"ServiceRequest/{order['id']}",
        "encounter": order["encounter"]["reference"],
        "service": {"system": system, "code": scenario.service[1]},
        "variant": scenario.variant,
        "date_of_service": DATE_OF_SERVICE,
        "as_of": AS_OF,
        "intended_gaps": scenario.intended_gaps,
        "denial_reasons": scenario.denial_reasons,
        "summary": scenario.summary,
    }


def render(scenarios: list[Scenario]) -> dict[str, str]:
    """File name -> exact file text, for every output file."""
    files = {
        f"{s.name}.json": json.dumps(to_bundle(s), indent=1, ensure_ascii=False) + "\n"
        for s in scenarios
    }
    manifest = [manifest_entry(s) for s in scenarios]
    files["manifest.json"] = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    return files


def build_all() -> dict[str, str]:
    return render([builder() for builder in BUILDERS])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the PA scenario bundles and manifest.")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: here)")
    args = parser.parse_args(argv)
    for name, text in build_all().items():
        (args.out / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
