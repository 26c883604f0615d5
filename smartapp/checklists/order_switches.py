"""An open order's drug that a later note says was changed or switched to another drug ends at
the switch (brief s85-switch).

stopped_orders.py read "switched from Aza" and "replaced by 6-MP" as the stop of an open
azathioprine order, but not the other ways notes write the same switch: "Aza changed to 6-MP
3/2/26", "azathioprine switched to mercaptopurine on 3/2/26", "switched Aza -> 6-MP 3/2", "changed
to 6-MP from Aza 3/2", or the dated arrow of a medication history, "Aza 1/5 -> 6-MP 3/2". The
order stayed 'active', so the azathioprine ran on to the as-of date and met infliximab's twelve
weeks of one conventional agent (INF-002, judged per drug) where the note gives eight. A drug
left for another is a trial that ended on the switch's day (switched_agents.py reads the same of
a course a note tells); the date written after the switch is its day (stop_dates.py).

Only a switch to *another* drug of the medication-history vocabulary ends the order: "Aza
changed to 100 mg", "MTX switched to SC" or "MTX -> SC MTX" are the same drug's dose, route or
form, and "MTX -> MTX + HCQ" adds a drug. A switch asked about, to come or weighed ("if no
response, switch Aza to 6-MP", "consider changing Aza to 6-MP", "will switch") is none.
"""

from __future__ import annotations

import re
from functools import cache

from .. import lazy_re

#: Concepts of the medication-history vocabulary that name no drug a switch could be to.
_NOT_DRUGS = frozenset(
    {"drug-class", "inadequate-response", "intolerance", "steroid-injection-response"}
)
#: The verb of a switch done: "changed", "switched over", "converted".
_DONE = r"(?:changed|switched|converted|transitioned|swapped|transferred|moved)(?:\s+over)?"
#: A drug's arrow: "->", "-->", "→", "=>".
_ARROW = r"(?:-+>|→|=+>)"
#: The route or form the drug switched to may be written with: "to SC 6-MP", "-> oral 6-MP".
_ROUTE = r"(?:(?:sc|subq|sq|subcutaneous|oral|po|iv|im|injectable|generic)\s+)?"
#: A switch asked about, to come or weighed, before it in its statement.
_NOT_YET = lazy_re.compile(
    r"\b(?:if|will|would|may|might|could|should|plan(?:s|ning)?\s+to|consider\w*|unless|"
    r"recommend\w*|discuss\w*|options?|offer\w*|wants?\s+to|to\s+be|possibl[ey]|potential\w*|"
    r"need(?:s)?\s+to|pending|whether|asks?|ask(?:ed|ing)\s+about)\b",
    re.IGNORECASE,
)


def _alternatives(words: set[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the order's drug switched to another drug, any other drug's name), or None when the
    vocabulary holds no other drug."""
    from ..notes.findings import load_targets

    own = {n.lower() for n in names}
    others: set[str] = set()
    for concept, phrases in (load_targets().get("medication-history") or {}).items():
        words = {p.lower() for p in phrases if isinstance(p, str)}
        if concept not in _NOT_DRUGS and not words & own:
            others |= words
    if not others or not own:
        return None
    drug = rf"(?<![\w-])(?:{_alternatives(tuple(own))})(?![\w-])"
    other = rf"(?<![\w-])(?:{_alternatives(others)})(?![\w-])"
    target = rf"\s*{_ROUTE}(?:{other})"
    switch = re.compile(
        # "Aza changed to 6-MP 3/2/26", "Aza started 1/5, switched to 6-MP 3/2" (the verb's
        # place is the switch: its date follows it)
        rf"{drug}[^;\n]{{0,40}}?(?:\b(?:was|were|then|later|been)\s+)*(?P<at>\b{_DONE})\s+"
        rf"(?:to|for|{_ARROW}){target}"
        # the dated arrow: "Aza 1/5 -> 6-MP 3/2", "Aza (nausea) -> 6-MP"
        rf"|{drug}[^;\n>→]{{0,40}}?(?P<arrow>{_ARROW}){target}"
        # the verb first: "switched Aza -> 6-MP 3/2", "changed azathioprine to mercaptopurine",
        # "Switch Aza to 6-MP" opening a plan
        rf"|(?P<verb>\b{_DONE}|^\W*(?:(?:plan|a/p|rx)\s*[:\-]\s*)?(?:switch|change))\s+"
        rf"(?:(?:pt|patient|her|his|the|their)\s+)*{drug}(?:\s+[\w./-]+){{0,3}}?\s*"
        rf"(?:to|for|{_ARROW}){target}"
        # the drug switched from named after: "changed to 6-MP from Aza 3/2"
        rf"|(?P<late>\b{_DONE})\s+(?:to|{_ARROW}){target}\s+from\s+{drug}",
        re.IGNORECASE,
    )
    return switch, re.compile(other, re.IGNORECASE)


def switch_at(text: str, names: tuple[str, ...]) -> int | None:
    """Where in the statement ``text`` the order's drug (``names``, as stopped_orders.drug_names
    gives them) is said to have been switched to another drug: the place of the switch's verb
    or arrow, after which its date is written; None when the statement says no such switch."""
    patterns = _patterns(names)
    if patterns is None:
        return None
    switch, other = patterns
    for found in switch.finditer(text):
        group = next(g for g in ("at", "arrow", "verb", "late") if found.group(g) is not None)
        if _NOT_YET.search(text[: found.start()]) or _NOT_YET.search(found.group()):
            continue
        # Another drug named between this one and the switch is the one switched ("Aza and MTX
        # since Jan; MTX changed to leflunomide"): not this drug's switch.
        inside = found.group()[: found.start(group) - found.start()]
        if group in ("at", "arrow") and other.search(inside):
            continue
        return found.start(group)
    return None
