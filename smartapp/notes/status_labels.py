"""Care listed after a status written as its label: "Not done: PT 2x/wk x 6 wks, naproxen x 8
wks", "Cancelled - PT lumbar, chiro", "N/A: ...", "Pending:" over a bulleted list. The label
governs every item after it to the end of its line, or the bullets under it when it ends its
line; none of that care was had.

The mirror of status_after.py (the status written after the care). Fix session s72-h found on
the s72 engine, before any blind case: ConText's "declined" and "cancelled" reached only the
first item of the list after them ("Cancelled: PT lumbar 2x/wk, naproxen x 8 wks" kept the
naproxen, which met LMRI-003's six weeks of conservative care), "N/A:" denied nothing, and a
label over bullets denied none of them. A gap called met is the worst error the app makes.

What stays free of the label:

- the next sentence ("Not done: MRI. PT x 6 wks completed.");
- an item whose own words say it was had ("Not done today: ESI (done 8/2), PT x 6 wks
  completed", "Cancelled: 2 of 14 PT visits; attended 12 PT visits");
- a status word that is no label: one not at the start of its line, list item or table cell
  ("Naproxen x 8 wks; declined PT" is status_after.py's and ConText's to read).

Not done, not completed, declined, cancelled, not attended, never started, N/A: not had
(negated). Pending, on hold: still to come (hypothetical), unless the item is a result or
report waiting on a study that was done ("Pending: MRI report").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .model import PLAN_CATEGORIES, NoteFinding
from .status_after import is_event

#: The start of a line, a list item or a table cell, and an optional "Status:" before the label.
_LEAD = (
    r"(?:^|\n|\|)[ \t]*(?:[-*\u2022\u00b7>]|\d{1,2}[.)])?[ \t]*"
    r"(?:(?:status|care|tx|treatment|conservative\s+(?:care|tx|treatment))\s*[:\-]\s*)?"
)
#: The status. ``later``: still to come.
_STATUS = (
    r"(?:(?P<later>pending|on\s+hold|awaiting(?:\s+auth(?:orization)?)?)|"
    r"(?:not|never)\s+(?:yet\s+)?(?:done|complete[d]?|compl?eted|compelted|performed|started|"
    r"begun|initiated|attended|tried|received|filled|taken)|incomplete|"
    r"(?:did\s+not|didn'?t)\s+(?:attend|start|complete|go)|"
    r"declined|refused|cancel+ed|canceled|cx'?d|no[- ]?shows?|n/a|not\s+applicable)"
)
#: A qualifier the label may carry before its separator ("Declined by pt:", "Not done today -").
_TAIL = r"(?:\s+(?:by\s+(?:pt|patient|member)|yet|today|this\s+visit|to\s+date))?"
#: The separator: a colon, a table bar, or a dash set off by spaces.
_SEP = r"[ \t]*(?::|\||\s[-\u2013\u2014]{1,2}(?=\s)|-{2})"
_LABEL = lazy_re.compile(_LEAD + _STATUS + _TAIL + _SEP, re.IGNORECASE)
#: The end of the label's line, or of a sentence on it ("Not done: MRI. PT x 6 wks done.").
_LINE_END = lazy_re.compile(r"\n|[.!?](?=\s)")
#: A bullet that opens a line under a label that ends its own line.
_BULLET = lazy_re.compile(r"[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)])[ \t]+\S[^\n]*(?:\n|$)")
#: The items of the governed text.
_ITEM_END = lazy_re.compile(r"[,;+\n]|\s(?:and|&)\s")
#: An item's own words saying it was had after all, or goes on ("Declined: more PT; continue
#: HEP daily x 6 wks"); not "never done", "not completed".
_HAD = lazy_re.compile(
    r"(?<!not )(?<!never )(?<!n't )\b(?:done|completed|finished|attended|tried|took|taken|"
    r"failed|given|received|continues?|continued|continuing|ongoing|currently)\b",
    re.IGNORECASE,
)
#: A denial in the item itself, which the label does not lift ("no ESI (done 8/2 elsewhere)").
_DENIAL = lazy_re.compile(r"\b(?:no|not|never|denies|denied|declined|refused|without)\b", re.I)
#: A result or report waiting on a study: the study was done.
_AWAITED_RESULT = lazy_re.compile(r"\b(?:results?|reports?|read|reading|interpretation)\b", re.I)


def status_labels(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each event a status label before it says was not had negated, and each
    one it says is still to come hypothetical (module doc)."""
    spans = _governed(text) if _LABEL.search(text) else []
    if not spans:
        return list(findings)
    out: list[NoteFinding] = []
    for finding in findings:
        status = _status(text, finding, spans) if is_event(finding) else None
        if status == "had" and finding.negated:
            # ConText took the label's "not done" over the item that says it was done.
            finding = replace(finding, negated=False)
        elif status == "not" and not finding.negated:
            finding = replace(finding, negated=True)
        elif status == "later" and finding.category not in PLAN_CATEGORIES:
            finding = replace(finding, hypothetical=True)
        out.append(finding)
    return out


def _governed(text: str) -> list[tuple[int, int, str]]:
    """(start, end, status) of the text each status label governs."""
    spans = []
    for label in _LABEL.finditer(text):
        start = label.end()
        kind = "later" if label.group("later") else "not"
        end = _LINE_END.search(text, start)
        stop = end.start() if end else len(text)
        if not text[start:stop].strip() and end and end.group() == "\n":
            # "Not done:" ends its line: it heads the bullets under it.
            stop = at = end.end()
            while bullet := _BULLET.match(text, at):
                stop = at = bullet.end()
        spans.append((start, stop, kind))
    return spans


def _status(text: str, finding: NoteFinding, spans: list[tuple[int, int, str]]) -> str | None:
    """The status of the label governing ``finding``: "had" when its own item says it was had
    after all (and denies nothing itself), else None when no label governs it."""
    for start, end, kind in spans:
        if not start <= finding.start < end:
            continue
        item = _item(text, finding, start, end)
        if _HAD.search(item):
            return None if _DENIAL.search(item) else "had"
        if kind == "later" and _AWAITED_RESULT.search(item):
            return None
        return kind
    return None


def _item(text: str, finding: NoteFinding, start: int, end: int) -> str:
    """The list item of the governed text ``finding`` is in."""
    head = start
    for cut in _ITEM_END.finditer(text, start, finding.start):
        head = cut.end()
    tail = _ITEM_END.search(text, finding.end, end)
    return text[head : tail.start() if tail else end]
