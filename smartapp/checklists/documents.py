"""Operators over notes and coverage: has_document, note_finding, has_coverage."""

from __future__ import annotations

from datetime import date
from typing import Any

from .context import MAX_EVIDENCE, Context, Outcome, cite
from .records import matches_concept


def has_document(spec: dict[str, Any], ctx: Context) -> Outcome:
    """DocumentReferences (by type/category codes or title words) with readable text in window."""
    low, high = ctx.window(spec.get("within_days"))
    statuses = spec.get("status", ["current"])
    wanted = [
        n
        for n in ctx.record.notes
        if n.status in statuses
        and (n.date is None or n.date <= high)
        and (
            ("codes" not in spec and "names" not in spec) or matches_concept(n.codes, n.title, spec)
        )
    ]
    min_chars = spec.get("min_chars", 1)
    # Only notes inside the window are decoded; older ones can at most make the item partial.
    recent = [n for n in wanted if low is None or (n.date is not None and n.date >= low)]
    in_window = [n for n in recent if n.text is not None and len(n.text.strip()) >= min_chars]
    older = [n for n in wanted if n not in recent]
    what = f"DocumentReference notes {ctx.window_text(spec.get('within_days'))}"
    evidence = [
        cite(n.ref, f"{n.title or 'note'} on {n.date}: {' '.join((n.text or '').split())[:120]}")
        for n in in_window[:MAX_EVIDENCE]
    ]
    if len(in_window) >= spec.get("min_count", 1):
        return Outcome("met", evidence, f"Found {len(in_window)} in {what}.")
    if in_window:
        return Outcome("partial", evidence, f"Searched {what}: found {len(in_window)}, too few.")
    unreadable = any(n.text is None for n in recent)
    if older and not unreadable:
        cites = [cite(n.ref, f"{n.title or 'note'} on {n.date}") for n in older[-MAX_EVIDENCE:]]
        return Outcome("partial", cites, f"Searched {what}: notes found, but outside the window.")
    if ctx.record.is_unreadable("DocumentReference", "Binary") or unreadable:
        return Outcome("unknown", [], f"Searched {what}: notes could not be read.")
    return Outcome("missing", [], f"Searched {what}: none found.")


def note_finding(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Asserted NLP findings of a category (and concepts) in notes, with duration and window."""
    record = ctx.record
    category = spec["category"]
    concepts = set(spec.get("concepts", ()))
    label = f"{category} ({', '.join(sorted(concepts))})" if concepts else category
    what = f"note text for {label} {ctx.window_text(spec.get('within_days'))}"
    if record.findings is None:
        return Outcome("unknown", [], f"Could not search {what}: note analysis unavailable.")
    low, high = ctx.window(spec.get("within_days"))
    dates = {n.ref: n.date for n in record.notes}
    relevant = [
        f
        for f in record.findings
        if f.category == category
        and (not concepts or f.concept in concepts)
        and (dates.get(f.note_ref) is None or dates[f.note_ref] <= high)
    ]
    asserted = [f for f in relevant if f.asserted]
    in_window = [f for f in asserted if low is None or (dates.get(f.note_ref) or date.min) >= low]
    needed = spec.get("min_duration_days")
    long_enough = [f for f in in_window if not needed or (f.duration_days or 0) >= needed]

    def cites(found: list) -> list[dict[str, str]]:
        return [
            cite(f"{f.note_ref}#{f.start}-{f.end}", f.snippet or f.text)
            for f in found[:MAX_EVIDENCE]
        ]

    if len(long_enough) >= spec.get("min_count", 1):
        return Outcome("met", cites(long_enough), f"Found in {what}.")
    if in_window and needed:
        return Outcome(
            "partial",
            cites(in_window),
            f"Found {label} in notes, but no duration of {needed}+ days documented.",
        )
    if asserted:
        return Outcome(
            "partial", cites(asserted), f"Found {label} in notes, but outside the window."
        )
    negated = [f for f in relevant if not f.asserted]
    if negated:
        quote = (negated[0].snippet or negated[0].text).strip()
        return Outcome(
            "missing",
            [],
            f"Searched {what}: only negated or hypothetical mentions "
            f'("{quote[:100]}"), which do not count.',
        )
    none_readable = record.notes and all(n.text is None for n in record.notes)
    if record.is_unreadable("DocumentReference", "Binary") or none_readable:
        return Outcome("unknown", [], f"Could not search {what}: notes could not be read.")
    return Outcome("missing", [], f"Searched {what}: none found.")


def _payor_names(coverage: dict, ctx: Context) -> str:
    names = []
    for payor in coverage.get("payor") or []:
        names.append(payor.get("display") or "")
        resolved = ctx.record.resolve(payor.get("reference")) or {}
        names.append(resolved.get("name") or "")
    return " ".join(names).lower()


def has_coverage(spec: dict[str, Any], ctx: Context) -> Outcome:
    """CareSource Coverage with a member ID, active on the date of service."""
    payors = [p.lower() for p in spec.get("payor_names", ["caresource"])]
    what = f"Coverage for payor {'/'.join(payors)} on {ctx.anchor.isoformat()}"
    coverages = [e for e in ctx.record.of("Coverage") if e.status != "entered-in-error"]
    ours = [c for c in coverages if any(p in _payor_names(c.raw, ctx) for p in payors)]
    if not ours:
        if ctx.record.is_unreadable("Coverage"):
            return Outcome("unknown", [], f"Could not search {what}: Coverage could not be read.")
        others = f" ({len(coverages)} other coverage found)" if coverages else ""
        return Outcome("missing", [], f"Searched {what}: none found{others}.")
    problems: list[str] = []
    for coverage in ours:
        member = coverage.raw.get("subscriberId") or next(
            (i.get("value") for i in coverage.raw.get("identifier") or [] if i.get("value")), None
        )
        active = (
            coverage.status in ("active", "")
            and (coverage.date is None or coverage.date <= ctx.anchor)
            and (coverage.end is None or coverage.end >= ctx.anchor)
        )
        gaps = []
        if spec.get("member_id", True) and not member:
            gaps.append("no member ID")
        if spec.get("active_on_service_date", True) and not active:
            gaps.append(f"not active on {ctx.anchor.isoformat()}")
        evidence = [cite(coverage.ref, f"CareSource member {member or '(no ID)'}")]
        if not gaps:
            return Outcome("met", evidence, f"Found {what}.")
        problems.append(f"{coverage.ref}: {', '.join(gaps)}")
    return Outcome(
        "partial",
        [cite(c.ref, "CareSource coverage") for c in ours[:MAX_EVIDENCE]],
        f"Searched {what}: " + "; ".join(problems) + ".",
    )
