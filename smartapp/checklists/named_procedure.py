"""Which procedure a reading in a note is about: the one its statement names nearest to it.

A diagnostic block's relief is read by ``note_value`` as ``block-relief``, and so is the relief
an ablation or an epidural gave: "MBB #2 4/2/2025 - 90% relief x 5 hrs. Bilateral L4-5, L5-S1
RFA 5/20/2025 - 70% relief through mid-December (~7 months)" reports two blocks at 85% and 90%
and an ablation's 70%. The ablation's 70% is no block "reported under 80%" (LCD L38773 asks
the relief of the diagnostic blocks; blind wave 35, DX/inj-03). A careful reader takes each
figure as the result of the procedure written closest to it ("RFA ... - 70% relief", "70%
relief after the RFA"), so "MBB #2 gave only 60% relief, RFA deferred" stays the block's.

``not_about: {named: [...], rather_than: [...]}`` leaves out a reading whose nearest named
procedure, of either list, is one of ``named``; a statement naming none of ``named`` keeps it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..notes.clauses import stop_bounded_clause


@lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternatives + r")(?:s|es)?\b", re.IGNORECASE)


def about_another(snippet: str, at: int | None, spec: dict[str, Any]) -> bool:
    """Whether the reading at offset ``at`` of its statement ``snippet`` is about one of the
    procedures ``spec['named']``: of the procedures its clause names (of ``named`` and
    ``rather_than``), the last one written before it, else the first after it ("RFA 5/20 - 70%
    relief", "70% relief after the RFA"); a clause naming none goes by the whole statement.
    Unknown offset: the statement's first named procedure."""
    named = list(_pattern(tuple(spec["named"])).finditer(snippet))
    if not named:
        return False
    rather = tuple(spec.get("rather_than", ()))
    others = list(_pattern(rather).finditer(snippet)) if rather else []
    where = at if at is not None else 0
    clause = stop_bounded_clause(snippet, where)
    every = sorted([*named, *others], key=lambda m: m.start())
    inside = [m for m in every if clause[0] <= m.start() < clause[1]] or every
    before = [m for m in inside if m.end() <= where]
    nearest = before[-1] if before else next(m for m in inside if m.end() > where)
    return nearest in named
