"""A sentence a faxed or scanned record's page break cut in two is one statement: "Sister had"
at the foot of page 1, the banner "Riverside Oncology Associates   Page 2", then "BRCA testing
2021 (negative) for her breast cancer." The halves were read apart, and the sister's test was
the patient's prior germline test (blind wave 82, LB/genetic-testing-03). The banner is blanked
and the halves joined, the text kept the same length so offsets still point into the note.
"""

from __future__ import annotations

from .list_ends import page_break
from .text_cleanup import CONTINUES


def join_across_pages(text: str) -> str:
    """``text`` with each page banner that cuts a sentence blanked and its halves joined: the
    line before ends on a word a sentence goes on from ("had", "the", "of") or on a comma, or
    on any word with the line after in lower case, as a hard wrap is (text_cleanup.unwrap).
    The banner and the newlines around it become spaces (same length)."""
    lowered = text.lower()
    if text.count("\n") < 2 or not any(word in lowered for word in ("page", "pg", "fax")):
        return text  # no banner: most notes, read fast
    out = list(text)
    lines = text.split("\n")
    at = len(lines[0]) + 1  # where lines[i] starts
    for i in range(1, len(lines) - 1):
        before = lines[i - 1].split()
        if (
            before
            and lines[i + 1].strip()
            and page_break(lines[i])
            and (
                before[-1].lower() in CONTINUES
                or before[-1].endswith(",")
                or (before[-1][-1].isalnum() and lines[i + 1].lstrip()[:1].islower())
            )
        ):
            out[at - 1 : at + len(lines[i]) + 1] = " " * (len(lines[i]) + 2)
        at += len(lines[i]) + 1
    return "".join(out)
