"""``smartapp checklists validate``: every check a checklist change must pass, as named problems.

Schema and include errors stop loading (ChecklistError); everything else is collected so an
author sees all problems at once: ids (unique, never reused), elements, universal coverage,
sources, code lists (ICD-10-CM exists, CPT/HCPCS shape, SNOMED check digit), overlapping
``applies_to``, and golden cases (each item met once and missed once, and the cases hold).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from ..evidence.codes import is_cpt, is_hcpcs
from . import icd10
from .codelist import CodeList
from .elements import ELEMENTS, UNIVERSAL_ELEMENTS
from .golden import load_cases
from .loader import Catalog, Checklist

# Verhoeff tables (SNOMED CT identifiers end in a Verhoeff check digit).
_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(number: str) -> bool:
    """True when the last digit is the Verhoeff check digit of the rest."""
    check = 0
    for position, digit in enumerate(reversed(number)):
        check = _D[check][_P[position % 8][int(digit)]]
    return check == 0


def _entry_problem(system: str, entry: str) -> str | None:
    if system == "icd10cm":
        code = entry.rstrip("*")
        return None if icd10.exists(code) else f"ICD-10-CM {entry} does not exist"
    if system in ("cpt", "hcpcs"):
        shape = is_cpt if system == "cpt" else is_hcpcs
        ends = entry.split("-")
        if not all(shape(e) for e in ends):
            return f"{system.upper()} {entry} is not a well-formed code or range"
        if len(ends) == 2 and ends[0] > ends[1]:
            return f"{system.upper()} range {entry} runs backwards"
        return None
    if system == "snomed" and not (entry.isdigit() and verhoeff_ok(entry)):
        return f"SNOMED {entry} fails the Verhoeff check digit"
    return None


def check_codelists(lists: dict[str, CodeList]) -> list[str]:
    """Problems in named and inline code lists."""
    return [
        f"code list {name}: {problem}"
        for name, codelist in lists.items()
        for system, entry in codelist.entries()
        if (problem := _entry_problem(system, entry))
    ]


def _inline_lists(checklist: Checklist) -> dict[str, CodeList]:
    found: dict[str, CodeList] = {checklist.applies_to.name: checklist.applies_to}

    def walk(node: object) -> None:
        if isinstance(node, CodeList):
            found[node.name] = node
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for item in checklist.items:
        walk(item.criteria)
        walk(item.applies_when)
    return found


def check_catalog(catalog: Catalog) -> list[str]:
    """Every problem in the loaded catalog except golden coverage."""
    problems = check_codelists(catalog.codelists)
    files = {**catalog.includes, **catalog.checklists}
    own_ids = Counter(
        item.id
        for checklist in files.values()
        for item in checklist.items
        if item.origin == checklist.id
    )
    problems += [f"item id {i} is used {n} times" for i, n in own_ids.items() if n > 1]
    problems += [p for file_id, raw in catalog.raw.items() for p in _check_sources(file_id, raw)]
    retired = {r: c.id for c in files.values() for r in c.retired}
    problems += [
        f"item id {i} is retired in {retired[i]} and must not be reused"
        for i in own_ids
        if i in retired
    ]
    claimed: dict[tuple[str, str], str] = {}
    for checklist in files.values():
        for item in checklist.items:
            if item.origin != checklist.id:
                continue
            if item.element not in ELEMENTS:
                problems.append(
                    f"{checklist.id} {item.id}: element {item.element!r} is not in elements.md"
                )
            if item.source not in checklist.sources:
                problems.append(f"{checklist.id} {item.id}: source {item.source!r} is not listed")
        problems += [f"{checklist.id}: {p}" for p in check_codelists(_inline_lists(checklist))]
        if checklist.kind != "checklist":
            continue
        covered = {item.element for item in checklist.items} | set(
            checklist.not_applicable_elements
        )
        problems += [
            f"{checklist.id}: no item for universal element {e!r}"
            for e in UNIVERSAL_ELEMENTS
            if e not in covered
        ]
        for system, entry in checklist.applies_to.entries():
            for code in _expand(entry):
                other = claimed.setdefault((system, code), checklist.id)
                if other != checklist.id:
                    problems.append(
                        f"{system.upper()} {code} is claimed by {other} and {checklist.id}"
                    )
    return problems


def _check_sources(file_id: str, raw: dict) -> list[str]:
    """A source marked verified names the public page it was read on; one that could not be
    verified says what would confirm it (issue 15)."""
    problems = []
    for source in raw.get("sources", ()):
        if source.get("verified") is True and not source.get("url"):
            problems.append(f"{file_id}: source {source['id']} is verified but has no url")
        if source.get("verified") is False and not source.get("to_confirm"):
            problems.append(f"{file_id}: source {source['id']} is unverified but says nothing "
                            "to confirm it")  # fmt: skip
    return problems


def _expand(entry: str) -> list[str]:
    if "-" not in entry:
        return [entry]
    low, high = entry.split("-")
    prefix = "" if low[0].isdigit() else low[0]
    digits = len(low) - len(prefix)
    return [
        f"{prefix}{n:0{digits}d}"
        for n in range(int(low[len(prefix) :]), int(high[len(prefix) :]) + 1)
    ]


def check_golden(catalog: Catalog, golden_dir: Path) -> list[str]:
    """Each item has a case expecting met and one expecting missing; expectations name real items.

    Running the cases is the golden test's job (tests/checklists/test_golden.py) and ``--run``'s.
    """
    problems: list[str] = []
    seen: dict[str, set[str]] = defaultdict(set)
    for case in load_cases(golden_dir):
        checklist = catalog.checklists.get(case.checklist_id)
        if checklist is None:
            problems.append(f"{case.path.name}: no checklist {case.checklist_id!r}")
            continue
        ids = {item.id for item in checklist.items}
        for item_id, status in case.expect.items():
            if item_id not in ids:
                problems.append(
                    f"{case.checklist_id}/{case.path.name}: {item_id} is not in the checklist"
                )
            seen[item_id].add(status)
    for checklist in catalog.checklists.values():
        for item in checklist.items:
            for wanted in ("met", "missing"):
                if wanted not in seen[item.id]:
                    problems.append(
                        f"{checklist.id} {item.id}: no golden case where it is {wanted}"
                    )
    return sorted(set(problems))
