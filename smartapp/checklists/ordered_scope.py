"""``as_broad_as_order``: an earlier test counts as "the same test" only when it reached as far.

NCD 90.2 covers a germline test when the patient "has not been previously tested with the same
germline test ... for the same genetic content". A test whose content was narrower than the one
ordered is not that test: a 2014 BRCA1/2-only analysis before a hereditary breast cancer panel
(CPT 81432) left PALB2, CHEK2, ATM ... untested (blind wave 84, LI/genetic-testing-03: "BRCA1/2
(2014) negative - no panel/multigene testing done"), a known familial variant's single-site test
left the rest of BRCA1/2 unread. The same test again (BRCA1/2 before a BRCA1/2 order) and a broader
one before a narrower order (a panel that sequenced BRCA1/2 before an 81162 order) still are.

The criterion lists the scopes, narrowest first, each with the codes that order or chart it and
the words that name it (checklist data, a YAML anchor read by note and record operators alike).
The order's codes pick its scope (the broadest, when several); a statement or a record is left
out only when it names a scope, every one it names is narrower than the order's, and so does its
code. A text that names no scope ("Prior genetic testing 2019: negative") is not told apart and
still counts: the reader cannot tell it was narrower. A scope's word that the text denies ("no
panel/multigene testing done", "panel not done") or looks ahead to ("now multigene panel",
"recommend a panel") says what the earlier test was not, and is not read as its scope.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import lazy_re
from .context import Context

#: A denial just before a scope's word: "no panel/multigene testing", "not a panel", "without".
_DENIED_BEFORE = lazy_re.compile(
    r"\b(?:no|not|never|without|nor|non)\b(?:[\s/-]+[\w-]+){0,2}?[\s/-]*$",
    re.I,
)
#: A denial just after it: "panel not done", "multigene testing was never performed",
#: "(PALB2, CHEK2 ... not tested in 2014)", "panel: not done".
_DENIED_AFTER = lazy_re.compile(
    r"^[\w\s/:-]{0,25}?(?:\b(?:not|never)\b|n't\b)(?:\s+(?:yet|been|ever))*\s+(?:done|performed|"
    r"tested|sent|run|obtained|completed|covered|included|analy[sz]ed|sequenced)\b",
    re.I,
)
#: A plan just before it: what is ordered now is not what was done ("now multigene panel",
#: "recommend expanded panel", "meets criteria for multigene panel", "upgrade to a panel").
_PLANNED_BEFORE = lazy_re.compile(
    r"\b(?:now|next|recommend\w*|order\w*|plan\w*|will|would|proceed\w*|send(?:ing)?|pending|"
    r"request\w*|offer\w*|consider\w*|discuss\w*|upgrade\w*|expand\w*|reflex\w*|add\w*|"
    r"(?:criteria|candidate|eligible|qualif\w*|indicated|consent\w*)\s+for)\b"
    r"(?:[\s/-]+[\w-]+){0,3}?[\s/-]*$",
    re.I,
)
#: Up to three words (no comma, bracket or clause break) between two scopes' words.
_GAP = lazy_re.compile(r"^\s*(?:[\w/-]+\s+){0,3}$|^\s*$")
#: How far back (characters) a denial or a plan reaches before a scope's word, in its clause.
_REACH = 40
#: Between "incl."/"including" and the genes it opens: at most one word ("including the BRCA1/2
#: genes"), no clause break; between the genes and "and others"/"included": at most one word
#: ("BRCA1/2 genes and others"). Tighter than _GAP: "BRCA1/2 sequencing including del/dup" names
#: no genes after "including", and "BRCA1/2 seq and del/dup included" reads its parts.
_BEYOND_GAP = lazy_re.compile(r"^[\s.,:]*(?:(?:the|a|an|genes?|[\w/-]+)\s+)?$")


@cache
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``names`` as whole words, a hyphen written as a space or left out ("multi-gene")."""
    alternatives = "|".join(
        re.escape(n.lower()).replace(r"\-", r"[-\s]?") for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])", re.I)


def order_rank(scopes: list[dict[str, Any]], ctx: Context) -> int | None:
    """The rank (index, narrowest 0) of the broadest scope the order's codes pick, or None."""
    codes = {(ctx.service_system, ctx.service_code)}
    codes |= {(c.system, c.code) for c in (ctx.order.service_codes() if ctx.order else ())}
    ranks = [
        rank for rank, scope in enumerate(scopes)
        if scope.get("codes") is not None and any(scope["codes"].contains(s, c) for s, c in codes)
    ]  # fmt: skip
    return max(ranks) if ranks else None


def _said_of_it(text: str, start: int, end: int) -> bool:
    """Whether the scope's word at ``start:end`` tells what the test was: not denied, not a plan."""
    before = re.split(r"[.;:()]", text[max(0, start - _REACH) : start])[-1]
    after = text[end : end + 60]
    if _DENIED_BEFORE.search(before) or _PLANNED_BEFORE.search(before):
        return False
    return not _DENIED_AFTER.match(after)


def _beside(text: str, span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether a word at ``span`` stands within three words of one of ``others``, in one clause
    ("single-site BRCA2 familial variant analysis"; not "BRCA1/2 (familial ... in sister)")."""
    for other in others:
        gap = text[min(span[1], other[1]) : max(span[0], other[0])]
        if _GAP.match(gap):
            return True
    return False


def _beyond(scope: dict[str, Any], text: str, narrower_spans: list[tuple[int, int]]) -> bool:
    """Whether the text says a narrower scope's genes were part of a broader test: "(incl.
    BRCA1/2)", "including BRCA", "BRCA1/2 and others", "(BRCA1/2 included)". A denied word ("BRCA1/2
    only, no other genes included") or a planned test ("recommend panel including BRCA1/2 and
    others") says nothing of the test done."""
    words = scope.get("beyond_named") or {}
    for side in ("before", "after"):
        names = tuple(words.get(side, ()))
        if not names:
            continue
        for m in _pattern(names).finditer(text):
            for start, end in narrower_spans:
                gap = text[m.end() : start] if side == "before" else text[end : m.start()]
                ahead = start >= m.end() if side == "before" else m.start() >= end
                # Both the word and the genes must tell of the test done: "recommend panel
                # including BRCA1/2 and others" is a plan.
                if (
                    ahead
                    and _BEYOND_GAP.match(gap)
                    and _said_of_it(text, m.start(), m.end())
                    and _said_of_it(text, start, end)
                ):
                    return True
    return False


def text_rank(scopes: list[dict[str, Any]], text: str) -> int | None:
    """The broadest scope the text names of what was done, or None when it names none. A
    narrower scope's words are read first and set aside, so "founder panel" is a targeted test,
    not a panel; a scope marked ``qualified_by_narrower`` (the genes' names) right beside a
    narrower scope's words is that narrower test's genes ("BRCA2 familial variant")."""
    text = original = text or ""
    found: int | None = None
    narrower_spans: list[tuple[int, int]] = []
    for rank, scope in enumerate(scopes):
        names = tuple(scope.get("names", ()))
        if not names:
            continue
        spans = [(m.start(), m.end()) for m in _pattern(names).finditer(text)]
        if narrower_spans and _beyond(scope, original, narrower_spans):
            found = rank  # "(incl. BRCA1/2)": the genes named were part of this broader test
        for span in spans:
            if scope.get("qualified_by_narrower") and _beside(text, span, narrower_spans):
                continue
            if _said_of_it(text, *span):
                found = rank if found is None else max(found, rank)
        narrower_spans += spans
        text = _pattern(names).sub(lambda m: " " * len(m.group(0)), text)
    return found


def narrower(rank: int | None, ordered: int | None) -> bool:
    """A test of ``rank`` reached less far than the order's: both known, its rank lower."""
    return rank is not None and ordered is not None and rank < ordered


def statement_narrower(snippet: str, scopes: list[dict[str, Any]], ordered: int | None) -> bool:
    """Whether a note's statement of an earlier test names only scopes narrower than ordered."""
    return ordered is not None and narrower(text_rank(scopes, snippet), ordered)


def _record_words(raw: dict[str, Any]) -> str:
    """What a report or result says of itself: its code's text and displays, its conclusion and
    a value in words ("BRACAnalysis (BRCA1/BRCA2 sequencing only, 2014): no pathogenic ...")."""
    code = raw.get("code") or {}
    words = [code.get("text") or ""]
    words += [c.get("display") or "" for c in code.get("coding") or ()]
    words += [raw.get("conclusion") or "", raw.get("valueString") or ""]
    return ". ".join(w for w in words if isinstance(w, str) and w)


def record_narrower(item: Any, scopes: list[dict[str, Any]], ctx: Context) -> bool:
    """Whether a charted test's own codes and words name only scopes narrower than ordered."""
    ordered = order_rank(scopes, ctx)
    if ordered is None:
        return False
    ranks = [
        rank for rank, scope in enumerate(scopes)
        if scope.get("codes") is not None and scope["codes"].matches(item.codes)
    ]  # fmt: skip
    said = text_rank(scopes, _record_words(item.raw))
    if said is not None:
        ranks.append(said)
    return bool(ranks) and max(ranks) < ordered


def scope_searched(spec: dict[str, Any], ctx: Context, set_aside: bool) -> str:
    """The sentence a result adds when it set an earlier, narrower test aside (empty otherwise),
    so the reader sees why the report on file did not count: whose scope was asked."""
    scopes = spec.get("as_broad_as_order")
    ordered = order_rank(scopes, ctx) if scopes and set_aside else None
    if ordered is None:
        return ""
    return (f" An earlier test narrower than the {scopes[ordered]['scope']} ordered was set "
            "aside: it is not the same test.")  # fmt: skip


def narrower_findings(spec: dict[str, Any], ctx: Context) -> bool:
    """Whether an asserted finding of the spec's category and concepts names only scopes
    narrower than the order's (what ``relevant_findings`` set aside)."""
    scopes = spec.get("as_broad_as_order")
    ordered = order_rank(scopes, ctx) if scopes else None
    if ordered is None:
        return False
    concepts = set(spec.get("concepts", ()))
    return any(
        f.category == spec.get("category") and (not concepts or f.concept in concepts)
        and f.asserted and statement_narrower(f.snippet, scopes, ordered)
        for f in ctx.record.findings or ()
    )  # fmt: skip
