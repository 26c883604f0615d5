"""Large synthetic patients for the sandbox EHR, the tests and the benchmarks.

A seeded, deterministic generator (no clock, no network, no PHI: every name and id invented) of
long patient histories as an EHR's FHIR API returns them: thousands of resources, dozens of notes
stored inline and as Binaries, as plain text, HTML, RTF, PDF and C-CDA, in Epic's HTML+RTF and
Oracle Health's PDF+C-CDA pairs. The roster is in ``roster.py``; ``history.py`` lays out the
visits, ``orders.py`` and ``measures.py`` what each records, ``notes.py`` the notes.

Each patient is one transaction Bundle of PUT entries with fixed ids, so the sandbox loads the
same ids on every start. ``python -m sandbox.synthetic --out DIR`` writes the bundles to look at.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .history import build
from .roster import ROSTER, STYLES, PatientSpec, spec

__all__ = ["ROSTER", "STYLES", "PatientSpec", "bundle", "bundle_text", "spec", "write_bundles"]


@lru_cache(maxsize=len(ROSTER))
def bundle_text(patient_id: str) -> str:
    """The patient's transaction Bundle as JSON text (built once per process)."""
    resources = build(spec(patient_id))
    bundle = {
        "resourceType": "Bundle",
        "id": f"synthetic-{patient_id}",
        "type": "transaction",
        "entry": [
            {
                "fullUrl": f"{r['resourceType']}/{r['id']}",
                "resource": r,
                "request": {"method": "PUT", "url": f"{r['resourceType']}/{r['id']}"},
            }
            for r in resources
        ],
    }
    return json.dumps(bundle, ensure_ascii=False, separators=(",", ":"))


def bundle(patient_id: str) -> dict:
    """The patient's transaction Bundle (a fresh copy: callers may change it)."""
    return json.loads(bundle_text(patient_id))


def write_bundles(folder: Path) -> list[Path]:
    """Write every roster patient's Bundle to ``folder``; returns the files in roster order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for entry in ROSTER:
        path = folder / f"{entry.id}.json"
        path.write_text(bundle_text(entry.id), encoding="utf-8")
        paths.append(path)
    return paths
