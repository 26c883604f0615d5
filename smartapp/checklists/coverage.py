"""The has_coverage operator: a CareSource Coverage with a member ID, active on the service date.

Split out of documents.py, which held it beside the note operators; it reads only Coverage
resources (and the Organizations their payors reference).
"""

from __future__ import annotations

from typing import Any

from .context import MAX_EVIDENCE, Context, Outcome, cite


def _unnamed_payor(coverage: dict[str, Any], ctx: Context) -> bool:
    """Whether a payor of the coverage has no name the record can read (no display, and the
    Organization it references is not in the record)."""
    payors = coverage.get("payor") if isinstance(coverage.get("payor"), list) else []
    return any(
        isinstance(p, dict) and not p.get("display")
        and not (ctx.record.resolve(p.get("reference")) or {}).get("name")
        for p in payors
    )  # fmt: skip


def has_coverage(spec: dict[str, Any], ctx: Context) -> Outcome:
    """CareSource Coverage with a member ID, active on the date of service."""
    payors = [p.lower() for p in spec.get("payor_names", ["caresource"])]
    what = f"Coverage for payor {'/'.join(payors)} on {ctx.service_date.isoformat()}"
    coverages = [e for e in ctx.record.of("Coverage") if e.status != "entered-in-error"]
    ours = [c for c in coverages if any(p in c.payors for p in payors)]
    if not ours:
        if ctx.record.is_unreadable("Coverage"):
            return Outcome("unknown", [], f"Could not search {what}: Coverage could not be read.")
        unnamed = [c for c in coverages if _unnamed_payor(c.raw, ctx)]
        if unnamed:
            # Payor: Reference(Organization) with no display, and the Organization not read:
            # that coverage may well be CareSource's, so none found is no "missing".
            why = f"{len(unnamed)} coverage(s) name their payor only by a reference not read"
            return Outcome("unknown", [], f"Could not search {what}: {why}.")
        others = f" ({len(coverages)} other coverage found)" if coverages else ""
        return Outcome("missing", [], f"Searched {what}: none found{others}.")
    problems: list[str] = []
    for coverage in ours:
        active = (
            coverage.status in ("active", "")
            and (coverage.date is None or coverage.date <= ctx.service_date)
            and (coverage.end is None or coverage.end >= ctx.service_date)
        )
        gaps = []
        if spec.get("member_id", True) and not coverage.member_id:
            gaps.append("no member ID")
        if spec.get("active_on_service_date", True) and not active:
            gaps.append(f"not active on {ctx.service_date.isoformat()}")
        evidence = [cite(coverage.ref, f"CareSource member {coverage.member_id or '(no ID)'}")]
        if not gaps:
            return Outcome("met", evidence, f"Found {what}.")
        problems.append(f"{coverage.ref}: {', '.join(gaps)}")
    return Outcome(
        "partial",
        [cite(c.ref, "CareSource coverage") for c in ours[:MAX_EVIDENCE]],
        f"Searched {what}: " + "; ".join(problems) + ".",
    )
