"""An ECG's title line joined to the reading under it, so the two are one statement.

Notes give the resting ECG a heading of its own and its reading below: an HTML note's
"<h3>ECG today</h3><p>NSR 78, LBBB QRS 148 ms - not interpretable for ischemia.</p>", a plain
note's "EKG (3/2/26)" or "12-LEAD ECG" line over "Sinus rhythm, LVH with strain". Read apart, the
title is a statement naming an ECG with no reading, and the reading sits in whatever section came
before: after "FHx: father MI at 52." it was the father's, so CARD-004 (the resting ECG a stress
test needs, LCD L35083) went missing (blind wave 79, KR/cardiac-imaging-01). Joined, the title
labels its reading as "ECG today: NSR 78" does, and the paragraph it heads is a result's, as one
under "Exam today:" is the exam's (segments.py; the section before it resumes after it; not in
a plan, whose "ECG" over "Echo" lists orders): the
title's date dates the reading, and a body that is no reading ("ECG" over "not done today",
"ordered") denies or plans the ECG it names (ecg_not_taken.py).

Only a title of the resting ECG, alone on its line (a day, a date or a bracket after it):
"Stress ECG" and "Holter" head other tests. Only over the next line, or the one after a single
blank line, and never over a section header. The newlines become ":" and spaces, so the text
keeps its length and every offset still points into the note.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .section_headers import dictated_header, header_at

#: The resting ECG's title alone on its line: "ECG today", "EKG (3/2/26)", "12-LEAD ECG",
#: "Resting ECG:", "**EKG today**"; then the line break(s) before its reading. Not an unfilled
#: field's "EKG: ***" (text_cleanup.py), which titles nothing.
_TITLE = lazy_re.compile(
    r"^[ \t#*>]*(?:(?:resting|baseline)\s+)?(?:12[- ]lead\s+)?"
    r"(?:ecg|ekg|electrocardiogram|12[- ]lead)"
    r"(?:[ \t]+(?:today|this visit|in clinic|interpretation|findings|results?|tracing|report))?"
    r"(?:[ \t]*(?:[-\u2013]?[ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?|\([^()\n]{0,40}\)))?"
    r"(?P<close>[ \t]*\**[ \t]*:?(?:\*{1,2}(?!\*))?[ \t]*)"
    r"(?P<breaks>\r?\n(?:[ \t]*\r?\n)?)(?=[ \t]*\S)",
    re.IGNORECASE | re.MULTILINE,
)


def join_titled_readings(text: str) -> tuple[str, frozenset[int]]:
    """``text`` with each ECG title line joined to the reading line under it (same length), and
    where the joined lines start."""
    starts: set[int] = set()

    def joined(match: re.Match[str]) -> str:
        following = text[match.end() :].split("\n", 1)[0]
        if header_at(following) is not None or dictated_header(following) is not None:
            return match.group(0)  # "ECG\nA/P: ..." : a title over nothing, left as it was
        starts.add(match.start())
        return _join(match)

    return _TITLE.sub(joined, text), frozenset(starts)


def _join(match: re.Match[str]) -> str:
    breaks = match.group("breaks")
    title = match.group(0)[: match.start("breaks") - match.start()]
    # A label's colon where the title has none; its brackets end it no colon joins (spaCy reads
    # "(3/2/26):NSR" as one word), so a space there when no blank line gives room for both.
    labelled = ":" in match.group("close") or (title.rstrip().endswith(")") and len(breaks) < 2)
    return title + (" " * len(breaks) if labelled else ":" + " " * (len(breaks) - 1))
