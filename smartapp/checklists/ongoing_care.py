"""Care a history line says goes on now: "h/o: naproxen x 9 mos 2024-25 (d/c'd), PT 12 visits
2024 + HEP ongoing" (blind wave 24, CI/hya-01).

The HEP's own words ("HEP ongoing") give no date, so it took the whole line's dates (2024 and
2025, all before the window), or, in an "h/o:" line, was dropped as undated past history. Its
words say it is done now: it runs to the note's day. Joined to the care named before it ("PT 12
wks 2024 + HEP ongoing", "PT and HEP, continues") it began with that care (a home program is
taught in therapy), so it runs from that care's start (blind wave 18, BV/hya-01, which the line's
"since 2022" had carried by chance). Alone ("HEP ongoing"), it is care on the note's day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .context import Context

#: Own words of one piece of care that say it goes on now, right after its name and with
#: nothing else to say: "HEP ongoing", "HEP (continues)", "home exercises - current", "PT,
#: continuing". Not a symptom that goes on ("HEP - ongoing pain"), nor care that went on until
#: something ("continued until 3/2025": a date of its own, read as such first).
_ONGOING = re.compile(
    r"[\w/.' -]{2,30}?[\s(,:-]+(?:ongoing|continu(?:es|ing)|cont'?d?|current(?:ly)?|still doing)"
    r"\s*\)?\s*[,;.]?\s*$",
    re.IGNORECASE,
)
#: What joins a modality to the one named before it: "PT 12 wks 2024 + HEP", "PT and HEP".
_JOINED = re.compile(r"(?:\+|&|\band|\bplus|\bwith|\bw/)\s*$", re.IGNORECASE)


def ongoing(words: str | None) -> bool:
    """Whether a finding's own words (care_parts.OwnWords.part) say it goes on now."""
    return words is not None and bool(_ONGOING.match(words))


def begun_with_joined(entries: list[tuple[Any, Any, bool]], ctx: Context) -> list[Any]:
    """The pieces of ``entries`` (finding, piece, ongoing), an ongoing one beginning with the
    care its statement names just before it when the two are joined ("+", "and", "with")."""
    texts = {n.ref: n.text or "" for n in ctx.record.all_texts()}
    out = []
    for finding, piece, now in entries:
        before = [
            (f, p)
            for f, p, _ in entries
            if now and f.note_ref == finding.note_ref and f.snippet == finding.snippet
            and f.end <= finding.start and p.modality != piece.modality
        ]  # fmt: skip
        if before:
            f, p = max(before, key=lambda e: e[0].start)
            gap = texts.get(finding.note_ref, "")[f.end : finding.start]
            if _JOINED.search(gap) and p.start < piece.start:
                piece = replace(piece, start=p.start, timed=p.timed)
        out.append(piece)
    return out
