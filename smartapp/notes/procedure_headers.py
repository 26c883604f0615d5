"""A procedure note's header names the joint for the whole note: what follows "Procedure: L knee
injection" is about the left knee.

A procedure note opens with the procedure and its side ("Procedure: L knee injection",
"PROCEDURE PERFORMED: Left knee intra-articular corticosteroid injection") and then tells the
injection without repeating the side ("Triamcinolone 40 mg injected under sterile prep.
Tolerated well."). That statement named no region, so it matched any order: an injection into
the left knee met the right knee's prior steroid injection (brief s77-side, blind wave 91,
MJ/hyaluronan-02, the reviewer: 'Only steroid injection was to the LEFT knee'). region headings
(headings.py) read a side in the label before a colon ("L KNEE: ..."); here the side is in the
value after the procedure label, and it reaches beyond a blank line: a procedure note's parts
(indication, consent, technique, tolerance) are all the one procedure's. It reaches up to the
next procedure header, where another joint's may begin. Its spans have the shape of region
headings', so findings.py looks a statement's up with headings.heading_regions.

A statement that names its own side keeps it (clause_regions.carry_side): "Procedure: L knee
injection ... R knee: pain 6/10, will inject next visit" leaves the right knee's line its own.
A header whose value is dated ("Procedure: L knee injection 11/2023") is a history's line,
and a bare plural "Procedures:" a surgical history's label: neither heads the note. A header
naming both knees ("Procedure: Bilateral knee injections") makes the statements both
knees', as the injection was.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.regions import regions_in_text

#: The procedure label at a line's start and the value after its colon: "Procedure: ...",
#: "PROCEDURE PERFORMED: ...", "Procedure(s): ...", "Procedure note: ...", "Proc: ...",
#: "Procedures performed - ...". Not "Procedures discussed:" nor a plan's "Procedure planned:" (a
#: procedure to come is not the one the note tells), nor a bare plural "Procedures:", the label
#: of a surgical history's list ("Procedures: L knee arthroscopy 2018").
_HEADER = lazy_re.compile(
    r"^[ \t#*>\u2022-]*(?:procedure(?:\s*\(s\))?(?:\s+(?:performed|done|note|name|today))?"
    r"|procedures\s+(?:performed|done|today)|proc\.?)"
    r"[ \t]*[:\u2013-][ \t]*(?P<value>[^\n]{3,120})$",
    re.IGNORECASE | re.MULTILINE,
)
#: A date or year in the header's value: "Procedure: L knee injection 11/2023" lists a past one
#: (a history's line), not the procedure this note is of.
_DATED = lazy_re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")


#: (start, end, regions) of each stretch under a sided procedure header.
Spans = list[tuple[int, int, frozenset[str]]]


def _sided(regions: frozenset[str]) -> frozenset[str]:
    """``regions`` when one of them carries a side, else none: a header with no side ("Procedure:
    knee injection") says nothing the statement does not."""
    return regions if any(":" in r for r in regions) else frozenset()


def procedure_spans(text: str) -> Spans:
    """(start, end, regions) of each stretch of ``text`` under a procedure header naming a side:
    from the header's line to the next procedure header or the note's end."""
    headers = [
        (
            m.start(),
            frozenset() if _DATED.search(m["value"]) else _sided(regions_in_text(m["value"])),
        )
        for m in _HEADER.finditer(text)
    ]
    spans = []
    for index, (start, regions) in enumerate(headers):
        end = headers[index + 1][0] if index + 1 < len(headers) else len(text)
        if regions:
            spans.append((start, end, regions))
    return spans
