"""Dictation printed without punctuation, cut where a new sentence or section starts ("...which
did not help she has used a cane since thanksgiving", "...BMI 36 assessment new daily headache"):
a long statement with no sentence punctuation is run-on dictation, each piece with the section it
opens. Split out of segments.py, which cuts every statement through it.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .section_headers import header_categories

#: Dictation printed without punctuation runs its sentences together ("...which did not help
#: she has used a cane since thanksgiving she can no longer walk her dog"): a new sentence starts
#: where the patient is the subject again, unless a word that ties it to the last one stands
#: before ("pain since she fell", "says that she has").
_RUN_ON = lazy_re.compile(
    r"(?<=[a-z0-9)])(?<!\bthat)(?<!\bsince)(?<!\bwhen)(?<!\bbecause)(?<!\band)(?<!\bbut)"
    r"(?<!\bor)(?<!\bif)(?<!\buntil)(?<!\bwhere)(?<!\bas)(?<!\bwhile)(?<!\bafter)(?<!\bbefore)"
    r"(?<!\bso)(?<!\bwhich)(?<!\bwho)(?<!\bunless)\s+"
    r"(?=(?:she|he|they|pt|patient)\s+(?:also\s+|now\s+|still\s+|then\s+)?(?:has|have|had|is|"
    r"was|were|did|does|can|could|cannot|went|gets|got|uses|used|reports|reported|states|stated|"
    r"denies|denied|notes|would|will|no longer|walks|ambulates|tried|started|completed|took|"
    r"takes|saw|needs|wants|lives|works|feels|presents|returns)\b)"
)
#: ...and where it dictates its next section: "...gait normal on exam BP 128 over 82",
#: "...BMI 36 assessment new daily headache", "...or mass plan MRI brain", unless the word is
#: part of a phrase ("the plan", "treatment plan", "gait assessment", "follow up exam").
_RUN_ON_SECTION = lazy_re.compile(
    r"(?<=[a-z0-9)])\s+(?=(?P<on>on (?:physical )?exam(?:ination)?\b)"
    r"|(?P<word>assessment|impression|plan|exam)\s+\w)"
)
_PART_OF_PHRASE = frozenset(
    "the a an this that our his her its of for to and or no treatment care gait functional fall "
    "risk safety home discharge surgical follow initial nursing up repeat prior last next eye "
    "neuro skin pain physical on".split()
)
#: A statement this long with no sentence punctuation is run-on dictation.
_RUN_ON_LENGTH = 160


def run_on_pieces(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """A long unpunctuated statement cut where a new dictated sentence or section starts
    (:data:`_RUN_ON`, :data:`_RUN_ON_SECTION`), each piece with the section it opens (None: the
    section goes on); any other statement whole."""
    piece = text[start:end]
    if end - start < _RUN_ON_LENGTH or re.search(r"[.!?;](?:\s|$)", piece):
        return [(start, end, None)]
    cuts: list[tuple[int, int, str | None]] = [
        (m.start(), m.end(), None) for m in _RUN_ON.finditer(piece)
    ]
    for match in _RUN_ON_SECTION.finditer(piece):
        word = match.group("word")
        before = piece[: match.start()].split()
        if word and before and before[-1].lower() in _PART_OF_PHRASE:
            continue
        opens = header_categories()["exam" if match.group("on") else word]
        cuts.append((match.start(), match.end(), opens))
    spans: list[tuple[int, int, str | None]] = []
    position, opens = 0, None
    for cut_start, cut_end, section in sorted(cuts, key=lambda cut: cut[0]):
        if cut_start >= position:
            spans.append((start + position, start + cut_start, opens))
            position, opens = cut_end, section
    spans.append((start + position, end, opens))
    return [(a, b, section) for a, b, section in spans if text[a:b].strip()]
