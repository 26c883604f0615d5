"""A coded drug order whose record names no region, that the medication list says is taken for
another region, is no care for the order's.

A prescription rarely says what it treats: "ibuprofen 800 MG Oral Tablet", active since
2024-03-01, no reason code. The medication list beside it often does: "ibuprofen 800 mg TID PRN
(on list since 2024 for back)" in a knee arthroscopy's note (blind wave 59, HO/kas-03; the
reviewer: 'a drug taken for another problem is not care for this one'); the open order had made a
365-day course of knee care. The list entry's regions are its purpose's (notes/entry_remarks.py);
the order of the same drug takes them when it names none of its own. Only when every list entry
of that drug that names a region names another than the order's: a drug the list or a note also
places in the order's region, or one no entry places anywhere, stays care for it.

So is a steroid order for an injection whose own comment, or a note of its day, places it in
another joint: "triamcinolone acetonide 40 MG/ML injectable suspension", comment "L shoulder
subacromial", is no knee injection for hyaluronan (HYA-003 asks for the knee's; blind wave 58,
HK/hyaluronan-knee-03 and its class). A coded injection Procedure is read so already
(injection_sites.given_elsewhere); an injectable drug's order is the same shot written as a drug.
"""

from __future__ import annotations

from typing import Any

from ..evidence.codes import codes_of
from ..evidence.region_match import compatible
from ..evidence.regions import regions_in_text
from ..evidence.resources import code_regions
from ..evidence.shapes import as_dict, as_str, dicts
from ..notes.entry_remarks import purpose_regions
from ..notes.model import CARE_CATEGORIES
from .context import Context
from .injection_sites import given_elsewhere

#: The sections a medication list is read under (notes/sections.yaml).
_LISTS = frozenset({"medications"})


def listed_elsewhere(item: Any, order: frozenset[str], ctx: Context) -> bool:
    """Whether ``item``, a medication record naming no region, is the drug a medication list
    says is taken for a region other than ``order``'s and nowhere for the order's."""
    if item.regions or not order or not item.kind.startswith("Medication"):
        return False
    name = item.text.lower()
    mentions = [
        f for f in ctx.record.findings or ()
        if f.category in CARE_CATEGORIES and not f.negated and not f.family and f.regions
        and len(f.text) >= 4 and f.text.lower() in name
    ]  # fmt: skip
    if any(compatible(order, f.regions) for f in mentions):
        return False  # the same drug also placed in the order's region
    return any(f.section in _LISTS for f in mentions)


def own_purpose(item: Any) -> frozenset[str]:
    """The regions a medication record's own words say its drug is taken for: its note's or its
    directions' "for ..." ("taking: as needed (for back)", "1 tab q12h prn for neck pain"), and
    its reason's codes and words (M54.50, "Low back pain")."""
    raw = item.raw
    dosages = dicts(raw.get("dosage")) + dicts(raw.get("dosageInstruction"))
    words = [as_str(n.get("text")) for n in dicts(raw.get("note"))]
    words += [as_str(d.get(k)) for d in dosages for k in ("text", "patientInstruction")]
    found = purpose_regions(" ".join(w for w in words if w))
    for reason in dicts(raw.get("reasonCode")):
        codes, text = codes_of(reason)
        found |= code_regions(codes) | regions_in_text(text)
    for reason in dicts(raw.get("reasonReference")):
        found |= regions_in_text(as_str(as_dict(reason).get("display")))
    return frozenset(found)


def drug_elsewhere(item: Any, order: frozenset[str], injection: bool, ctx: Context) -> bool:
    """Whether ``item``, a medication record naming no region, is care for another region than
    ``order``'s: listed for one (:func:`listed_elsewhere`), or, where an ``injection`` is asked,
    injected into another joint by its own comment or a note of its day."""
    if item.regions or not order or not item.kind.startswith("Medication"):
        return False
    if injection:
        comment = " ".join(as_str(n.get("text")) for n in dicts(item.raw.get("note")))
        said = regions_in_text(comment) if comment.strip() else frozenset()
        if said and not compatible(order, said):
            return True  # "L shoulder subacromial" on the triamcinolone order
        if not said and given_elsewhere(item, order, ctx):
            return True  # "Kenalog 40 mg injected L shoulder subacromial today"
    said = own_purpose(item)
    if said:
        # "naproxen 500 MG", note "taking: as needed (for back)", beside a shoulder's MRI (blind
        # wave 70, JH/aio-02): its own record places it; a list or note cannot move it back.
        return not compatible(order, said)
    return listed_elsewhere(item, order, ctx)
