"""Whether a note's drug is put on the skin: a gel, cream or patch of that drug, where a checklist
asks for drugs by mouth (the hip's and shoulder's NSAIDs: a topical one reaches no joint so deep).

The topical word must be the drug's own. Notes list the drugs tried in one line, and a gel
written beside another drug is that drug's: "Diclofenac gel + APAP not helping" is acetaminophen
by mouth beside a diclofenac gel (blind wave 28, CW/tsa-02). A topical word in the drug's own
list item ("diclofenac 1% gel") or in an item naming no drug ("Topical: diclofenac") is still
the drug's.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from .. import lazy_re
from .care_routes import TOPICAL
from .context import Context
from .courses import MEDICATION_CONCEPTS

#: What parts one drug from the next in a list of them: "A + B", "A, B", "A and B", "A / B".
_LIST_BREAK = lazy_re.compile(r"\s*(?:[+,;&/]|\band\b|\bplus\b|\bthen\b)\s*", re.IGNORECASE)
#: How far either side of the drug's name a topical word is looked for.
_REACH = 25


def applied_to_skin(finding: Any, others: Collection[str] = ()) -> bool:
    """A medication statement that says the drug is put on the skin ("diclofenac gel", "topical
    NSAID", "Voltaren 1% gel to R shoulder QID"): a topical word near the drug's name and not in
    the list item of another drug the statement names (``others``: their words as found)."""
    if finding.concept not in MEDICATION_CONCEPTS:
        return False
    snippet = finding.snippet
    at = snippet.lower().find(finding.text.lower())
    if at < 0:
        return bool(TOPICAL.search(snippet))
    low = max(0, at - _REACH)
    near = TOPICAL.finditer(snippet, low, at + len(finding.text) + _REACH)
    return any(not _anothers(snippet, word.start(), at, others) for word in near)


def _anothers(snippet: str, where: int, at: int, others: Collection[str]) -> bool:
    """Whether the list item holding ``where`` is another drug's: it holds no part of the drug
    named at ``at`` and names one of ``others``."""
    start, end = 0, len(snippet)
    for cut in _LIST_BREAK.finditer(snippet):
        if cut.end() <= where:
            start = cut.end()
        elif cut.start() > where:
            end = cut.start()
            break
    if start <= at < end:
        return False
    item = snippet[start:end].lower()
    return any(
        re.search(rf"(?<!\w){re.escape(other.lower())}(?!\w)", item) for other in others if other
    )


def drugs_named(ctx: Context) -> dict[tuple[str, str], list[str]]:
    """Each statement's drugs as the notes write them, for telling whose a gel is (the
    ``others`` of :func:`applied_to_skin`)."""
    out: dict[tuple[str, str], list[str]] = {}
    for f in ctx.record.findings or ():
        if f.concept in MEDICATION_CONCEPTS:
            out.setdefault((f.note_ref, f.snippet), []).append(f.text)
    return out
