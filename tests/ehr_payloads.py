"""The project's own EHR-shaped payloads (tests/payloads, hand-written; see its README).

``payload(name)`` is a JSON answer as Epic or Oracle Health sends it; ``document(name)`` the raw
bytes of a note as a Binary read with ``Accept: <contentType>`` returns them (a ``.pdf`` is
rendered from the ``.txt`` of the same name, so the PDF's text is reviewable); ``binary(name,
content_type)`` the same note wrapped as the FHIR ``Binary`` JSON both vendors return for
``Accept: application/fhir+json``.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from sandbox.scenarios.renditions import to_pdf

PAYLOADS = Path(__file__).resolve().parent / "payloads"
#: The FHIR base each vendor's payloads were written against (links and fullUrls use it).
BASES = {
    "epic": "https://fhir.epic-sandbox.example/api/FHIR/R4",
    "oracle": "https://fhir-ehr.oracle-sandbox.example/r4/3f8c1d2e-7b4a-4c9e-a1d6-5e2f0b9c8a71",
}
#: Where the Oracle payloads' note Binaries live (another host, as Oracle Health serves them).
ORACLE_BINARY_HOST = "fhir-open.oracle-sandbox.example"


def payload(name: str, base: str | None = None) -> dict:
    """One JSON payload, e.g. ``epic/operationoutcome_403_encounter_read.json``; with ``base``,
    its vendor's FHIR base is replaced by ``base`` (so ``next`` links lead to the test's server)."""
    text = (PAYLOADS / name).read_text(encoding="utf-8")
    if base is not None:
        text = text.replace(BASES[name.split("/")[0]], base)
    return json.loads(text)


def document(name: str) -> bytes:
    """A note document's bytes, e.g. ``epic/notes/progress-note.rtf``."""
    path = PAYLOADS / name
    if path.suffix == ".pdf":
        title, _, text = path.with_suffix(".txt").read_text(encoding="utf-8").partition("\n\n")
        return to_pdf(title.strip(), text)
    return path.read_bytes()


def binary(name: str, content_type: str, binary_id: str | None = None) -> dict:
    """The note as FHIR ``Binary`` JSON (id defaults to the file name's stem)."""
    return {
        "resourceType": "Binary",
        "id": binary_id or Path(name).name.split(".")[0],
        "contentType": content_type,
        "data": base64.b64encode(document(name)).decode("ascii"),
    }
