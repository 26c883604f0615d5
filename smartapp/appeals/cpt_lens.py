"""The incorrect-CPT lens: does the requested code match what the order, the notes and the
diagnoses document? Checks diagnosis pairing, side (RT/LT against the diagnosis), contrast, body
region and procedure variant, and unlisted codes. A better code is only ever *suggested*, with
its reason and evidence — the lens never changes the request.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..checklists import Catalog, load_catalog
from ..checklists.requests import find_request
from ..evidence import PatientRecord
from .cpt_findings import COMPARED, SIDE_MODIFIER, CptFinding, CptLens, label
from .cpt_text import (
    DiagnosisFact,
    Mention,
    attribute_table,
    diagnosis_facts,
    note_mentions,
    order_mentions,
    order_side,
    request_modifiers,
)


def _fits(code_value: str | None, documented: str | None, attribute: str) -> bool:
    if code_value is None or documented is None:
        return True
    if attribute == "region":
        group = attribute_table()["region_groups"].get(code_value, [code_value])
        return documented in group
    return code_value == documented


def code_for(attributes: dict[str, Any]) -> str | None:
    """The one listed code with exactly these kind/modality/region/contrast/variant, or None."""
    wanted = {k: v for k, v in attributes.items() if k in ("kind", *COMPARED) and v}
    matches = [
        code
        for code, attrs in attribute_table()["codes"].items()
        if not attrs.get("unlisted")
        and all(_fits(attrs.get(k), v, k) for k, v in wanted.items())
        and all(attrs.get(k) is None or k in wanted for k in COMPARED)
    ]
    return matches[0] if len(matches) == 1 else None


def _documented(mentions: list[Mention], attribute: str) -> set[str]:
    return {getattr(m, attribute) for m in mentions if getattr(m, attribute)}


def _attribute_findings(code: str, attrs: dict, docs: list[Mention]) -> list[CptFinding]:
    """Compare each attribute with the notes; suggest a code when the notes agree on one."""
    findings: list[CptFinding] = []
    profile = {"kind": attrs.get("describes") or attrs.get("kind")}
    conflicted = False
    for attribute in COMPARED:
        values = _documented(docs, attribute)
        if len(values) > 1:
            conflicted = True
            findings.append(
                CptFinding(
                    attribute,
                    "info",
                    f"The notes disagree on {attribute} ({', '.join(sorted(values))}): check.",
                    tuple(m.cite() for m in docs if getattr(m, attribute))[:4],
                )
            )
        profile[attribute] = next(iter(values)) if len(values) == 1 else attrs.get(attribute)
        wrong = [
            m for m in docs if not _fits(attrs.get(attribute), getattr(m, attribute), attribute)
        ]
        if wrong and len(values) == 1:
            findings.append(
                CptFinding(
                    attribute,
                    "mismatch",
                    f"{code} is coded {label(attrs.get(attribute))} ({attribute}), but the "
                    f"documentation says {label(getattr(wrong[0], attribute))}.",
                    tuple(m.cite() for m in wrong[:3]),
                )
            )
    mismatched = [f for f in findings if f.severity == "mismatch"]
    if (mismatched or attrs.get("unlisted")) and not conflicted:
        better = code_for(profile)
        if better and better != code:
            what = " ".join(label(profile[k]) for k in COMPARED if profile.get(k))
            first = mismatched[0] if mismatched else None
            reason = f"The documentation describes {what}: that is {better}, not {code}."
            if first is not None:
                findings[findings.index(first)] = CptFinding(
                    first.kind, first.severity, first.message, first.evidence, better, None, reason
                )
            else:
                cites = tuple(m.cite() for m in docs[:3])
                findings.append(
                    CptFinding("unlisted", "mismatch", reason, cites, better, None, reason)
                )
    return findings


def _side_findings(
    code: str, side: tuple[str, str] | None, dx: list[DiagnosisFact], docs: list[Mention]
) -> list[CptFinding]:
    dx_sides = {f.side for f in dx if f.side}
    doc_sides = {m.side for m in docs if m.side}
    evidence = tuple(f.cite() for f in dx if f.side) + tuple(m.cite() for m in docs if m.side)
    clear = next(iter(dx_sides)) if len(dx_sides) == 1 and doc_sides <= dx_sides else None
    modifier = SIDE_MODIFIER[clear] if clear else None
    why = f"The diagnosis and the notes document the {clear} side." if clear else ""
    if side is None:
        return [
            CptFinding(
                "side",
                "missing",
                f"{code} is one-sided, but the order carries no RT/LT modifier or body side.",
                evidence[:4],
                None,
                modifier,
                why,
            )
        ]
    if dx_sides and side[0] not in dx_sides:
        return [
            CptFinding(
                "side",
                "mismatch",
                f"The order says {side[0]} ({side[1]}), but the diagnosis is on the "
                f"{'/'.join(sorted(dx_sides))} side.",
                evidence[:4],
                None,
                modifier,
                why,
            )
        ]
    return []


def _pairing_findings(code: str, dx: list[DiagnosisFact], catalog: Catalog) -> list[CptFinding]:
    checklist = catalog.for_service(code)
    if checklist is None:
        return [CptFinding("pairing", "info", f"No checklist covers {code}; pairing not checked.")]
    if not dx:
        return [CptFinding("pairing", "missing", f"No diagnosis on the order for {code}.")]
    if any(checklist.diagnoses.contains(f.code.system, f.code.code) for f in dx):
        return []
    shown = ", ".join(sorted({f.code.code for f in dx})[:4])
    return [
        CptFinding(
            "pairing",
            "mismatch",
            f"No diagnosis on the order ({shown}) is one that supports {code} "
            f"({checklist.diagnoses.name}).",
            tuple(f.cite() for f in dx[:3]),
        )
    ]


def cpt_lens(
    record: PatientRecord,
    code: str,
    *,
    as_of: date,
    modifiers: tuple[str, ...] = (),
    catalog: Catalog | None = None,
    within_days: int = 180,
) -> CptLens:
    """Check ``code`` (as billed or ordered, with claim ``modifiers``) against the record.

    Notes dated within ``within_days`` before ``as_of`` are read for plan/order sentences.
    """
    catalog = catalog or load_catalog()
    code = code.strip().upper()
    request = find_request(record, code)
    modifiers = tuple(m.upper() for m in modifiers) + request_modifiers(request)
    attrs = dict(attribute_table()["codes"].get(code) or {})
    dx = diagnosis_facts(record, request)
    findings = _pairing_findings(code, dx, catalog)
    checked = ["diagnosis pairing"]
    if not attrs:
        findings.append(
            CptFinding(
                "unknown-code",
                "info",
                f"No attributes are kept for {code}; only the diagnosis pairing was checked.",
            )
        )
        return CptLens(code, modifiers, attrs, tuple(findings), tuple(checked))
    orders = order_mentions(request)
    docs = [m for m in orders if m.source == "order-note"]
    docs += note_mentions(record, attrs.get("describes") or attrs["kind"], as_of, within_days)
    if attrs.get("kind") == "imaging":
        docs = [m for m in docs if m.modality or m.region or m.contrast]
    checked += ["modality, region, contrast and variant against the notes"]
    findings += _attribute_findings(code, attrs, docs)
    for mention in (m for m in orders if m.source == "order-text"):
        for attribute in COMPARED:
            if not _fits(attrs.get(attribute), getattr(mention, attribute), attribute):
                findings.append(
                    CptFinding(
                        attribute,
                        "mismatch",
                        f"The order's own text says {label(getattr(mention, attribute))}, "
                        f"but {code} is coded {label(attrs.get(attribute))} ({attribute}).",
                        (mention.cite(),),
                    )
                )
    if attrs.get("region"):
        for fact in dx:
            if fact.region and not _fits(attrs["region"], fact.region, "region"):
                findings.append(
                    CptFinding(
                        "region",
                        "mismatch",
                        f"The diagnosis {fact.code.code} is about the {label(fact.region)}, but "
                        f"{code} is coded {label(attrs['region'])} (region).",
                        (fact.cite(),),
                    )
                )
    if attrs.get("unlisted") and not any(f.kind == "unlisted" for f in findings):
        findings.append(
            CptFinding(
                "unlisted",
                "info",
                f"{code} is an unlisted code: describe the service in the request and check "
                "that no specific code fits.",
                tuple(m.cite() for m in docs[:3]),
            )
        )
    if attrs.get("laterality"):
        checked.append("side (RT/LT) against the diagnosis and the notes")
        side = order_side(request, modifiers) or next(
            ((m.side, "order text") for m in orders if m.side), None
        )
        findings += _side_findings(code, side, dx, docs)
    return CptLens(code, modifiers, attrs, tuple(findings), tuple(checked))
