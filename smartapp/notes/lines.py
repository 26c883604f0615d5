"""Where a statement's line and sentence begin, and the quotes open before it, for the context a
statement split off its line still carries ("Job demands: transfers, pushing wheelchairs";
'Portal message: "I talked to my daughter. I want to go ahead with the knee replacement."').

The positions are found once per note and bisected per statement: looking back from each
statement instead would cost the whole line again for every statement, quadratic in a note with no
line breaks (scanned or dictated text arrives that way).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .. import lazy_re

#: The end of a sentence within a line: its punctuation and the space after it.
SENTENCE_BREAK = lazy_re.compile(r"[.!?]\s")
_OPENING = lazy_re.compile('["\u201c]')  # a straight quote opens or closes; count it as opening
_CLOSING = lazy_re.compile("\u201d")
#: A height's inch mark is no quotation: "Wt 142 lb Ht 5'2\"." left a quote open over the whole
#: A/P, and its "Proceed L reverse TSA 10/6" read as the patient's quoted wish (blind wave 48,
#: GA/tsa-03). Feet, a foot mark, then inches: 5'2", 5' 10.5".
_INCH_MARK = lazy_re.compile(r"\b[3-7]\s?'\s?\d{1,2}(?:\.\d)?\s?(?=\")")


def quote_marks(text: str) -> list[int]:
    """Where the opening (or straight) quotation marks of ``text`` stand, inch marks left out."""
    inches = {m.end() for m in _INCH_MARK.finditer(text)}
    return [m.start() for m in _OPENING.finditer(text) if m.start() not in inches]


class NoteLines:
    """Line starts, sentence breaks and quote marks of one note's text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._newlines = [m.start() for m in re.finditer("\n", text)]
        self._breaks = [m.end() for m in SENTENCE_BREAK.finditer(text)]
        self._opening = quote_marks(text)
        self._closing = [m.start() for m in _CLOSING.finditer(text)]

    def line_start(self, at: int) -> int:
        """Where the line holding ``at`` begins (after the last line break before it)."""
        index = bisect_left(self._newlines, at)
        return self._newlines[index - 1] + 1 if index else 0

    def line_at(self, at: int) -> str:
        """The whole line holding ``at``."""
        index = bisect_left(self._newlines, at)
        end = self._newlines[index] if index < len(self._newlines) else len(self.text)
        return self.text[self.line_start(at) : end]

    def sentence_lead(self, at: int) -> str:
        """The text of the line before ``at`` since its last sentence break."""
        start = self.line_start(at)
        index = bisect_right(self._breaks, at)
        if index and self._breaks[index - 1] - 2 >= start:  # the break lies inside this line
            start = self._breaks[index - 1]
        return self.text[start:at]

    def quotes_before(self, at: int) -> int:
        """Quotes opened minus closed on the line before ``at``."""
        start = self.line_start(at)

        def between(marks: list[int]) -> int:
            return bisect_left(marks, at) - bisect_left(marks, start)

        return between(self._opening) - between(self._closing)
