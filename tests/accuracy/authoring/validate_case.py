"""Format checks for blind evaluation cases; knows nothing about how the detector judges.

Copied into the blind brief folder by make_brief.py and run there by the authors:

    python validate_case.py OUTDIR/*.json

It checks the case's keys, the checklist and service code, labels on known elements, FHIR R4
validity of every resource (fhir.resources.R4B), that references and ``Binary/`` attachment URLs
resolve inside the bundle, NPI check digits (Luhn with the 80840 prefix), the shape of ICD-10-CM
codes and that attachment data is base64.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from fhir.resources.R4B import get_fhir_model_class
from pydantic import ValidationError

HERE = Path(__file__).resolve().parent
KEYS = ("id", "author", "checklist", "service", "as_of", "description", "labels", "bundle")
NPI = "http://hl7.org/fhir/sid/us-npi"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
ICD_SHAPE = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")


def elements() -> set[str]:
    """The element vocabulary: every back-quoted name in elements.md but the word itself."""
    text = (HERE / "elements.md").read_text(encoding="utf-8")
    return set(re.findall(r"`([a-z]+(?:-[a-z]+)*)`", text)) - {"element"}


def checklists(folder: Path = HERE / "checklists") -> dict[str, set[str]]:
    """Checklist id -> its applies_to codes and code ranges ("29870-29889")."""
    found = {}
    for path in folder.glob("caresource-*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        codes = {str(code) for kind in (data.get("applies_to") or {}).values() for code in kind}
        found[data["id"]] = codes
    return found


def in_codes(code: str, codes: set[str]) -> bool:
    """Whether ``code`` is one of ``codes`` or inside one of its ranges."""
    for entry in codes:
        low, _, high = entry.partition("-")
        if entry == code or (high and len(code) == len(low) and low <= code <= high):
            return True
    return False


def luhn_ok(npi: str) -> bool:
    """An NPI's check digit: Luhn over the number prefixed with 80840."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    total = 0
    for place, digit in enumerate(int(c) for c in reversed("80840" + npi)):
        if place % 2:
            digit = digit * 2 - 9 if digit * 2 > 9 else digit * 2
        total += digit
    return total % 10 == 0


def nodes(value: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every JSON object inside ``value`` with its path."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from nodes(inner, f"{path}.{key}")
        yield path, value
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from nodes(inner, f"{path}[{index}]")


def node_errors(node: dict[str, Any], ids: set[str]) -> Iterator[str]:
    """What is wrong with one object inside a resource."""
    ref = node.get("reference")
    if isinstance(ref, str) and not ref.startswith(("#", "http", "urn:")) and ref not in ids:
        yield f"reference {ref!r} not in bundle"
    if node.get("system") == NPI and not luhn_ok(str(node.get("value", ""))):
        yield f"NPI {node.get('value')!r} fails the Luhn check (prefix 80840)"
    if node.get("system") == ICD and not ICD_SHAPE.match(str(node.get("code", ""))):
        yield f"ICD-10-CM code {node.get('code')!r} does not look like one"
    if "contentType" in node and "data" in node:
        try:
            base64.b64decode(node["data"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            yield "data is not valid base64"
    url = node.get("url")
    if "contentType" in node and isinstance(url, str) and url.startswith("Binary/"):
        if url not in ids:
            yield f"attachment url {url!r} has no Binary entry"


def bundle_errors(bundle: dict[str, Any]) -> list[str]:
    """FHIR validity of each entry, then references, codes and attachments inside them."""
    if bundle.get("resourceType") != "Bundle":
        return ["bundle.resourceType must be Bundle"]
    errors, ids, resources = [], set(), []
    for number, entry in enumerate(bundle.get("entry", [])):
        resource = entry.get("resource") or {}
        kind, rid = resource.get("resourceType"), resource.get("id")
        if not kind or not rid:
            errors.append(f"entry[{number}] needs resource.resourceType and resource.id")
            continue
        ids.add(f"{kind}/{rid}")
        resources.append(resource)
        if "fullUrl" not in entry:
            errors.append(f"entry[{number}] {kind}/{rid} has no fullUrl")
        try:
            get_fhir_model_class(kind).model_validate(resource)
        except (ValidationError, KeyError, ValueError) as exc:
            errors.append(f"{kind}/{rid} FHIR R4: {' | '.join(str(exc).splitlines()[:4])}")
    for resource in resources:
        name = f"{resource['resourceType']}/{resource['id']}"
        for where, node in nodes(resource):
            errors.extend(f"{name}{where}: {problem}" for problem in node_errors(node, ids))
    if not any(i.startswith("Patient/") for i in ids):
        errors.append("bundle has no Patient")
    return errors


def case_errors(path: Path, known: dict[str, set[str]], vocabulary: set[str]) -> list[str]:
    """Everything wrong with one case file."""
    try:
        case = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"not JSON: {exc}"]
    errors = [f"missing key {key!r}" for key in KEYS if key not in case]
    if errors:
        return errors
    if case["checklist"] not in known:
        errors.append(f"unknown checklist {case['checklist']!r}")
    elif known[case["checklist"]] and not in_codes(case["service"], known[case["checklist"]]):
        errors.append(f"service {case['service']!r} is not one of the checklist's codes")
    try:
        datetime.date.fromisoformat(case["as_of"])
    except (TypeError, ValueError):
        errors.append("as_of is not YYYY-MM-DD")
    labels = case["labels"]
    if not isinstance(labels, dict) or not labels:
        errors.append("labels must be a non-empty object")
        labels = {}
    for element, label in labels.items():
        if element not in vocabulary:
            errors.append(f"label on unknown element {element!r}")
        if not isinstance(label, dict) or label.get("label") not in ("ok", "missing"):
            errors.append(f"label {element!r} needs label ok or missing")
        elif not label.get("why"):
            errors.append(f"label {element!r} needs a why")
    return errors + bundle_errors(case["bundle"])


def main(argv: list[str]) -> int:
    """Check each file named; print the errors; exit 1 when any file has one."""
    known, vocabulary, bad = checklists(), elements(), 0
    for name in argv:
        errors = case_errors(Path(name), known, vocabulary)
        if errors:
            bad += 1
            print(f"{name}:\n" + "\n".join(f"  - {error}" for error in errors))
    print(f"{len(argv)} files checked, {bad} files with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
