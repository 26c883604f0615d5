"""Results restated from an older study take that study's date, not the note's.

A follow-up note often restates a sleep study's index without a date of its own ("seen for
follow up of sleep apnea diagnosed on sleep study December 2024 ... A/P: mild OSA AHI 11"): the
AHI is the December 2024 study's, and a 12-month lookback must see it as 14 months old, not as
written this week. The nearest study mention *before* the result decides: when it carries a date,
the result inherits it; when it does not ("repeat HST this month: REI 24"), the result keeps the
note's date, so a new study is never pushed back to an older one named earlier in the note.

A result restated on the line of its dated study is as old as the study: "ECG 08/14/2023: NSR,
rate 72, no ST-T changes. Normal ECG." in a faxed outside record (blind wave 82,
LB/cardiac-imaging-02: the closing "Normal ECG." took the fax's day and a 2023 tracing passed for
a current ECG). One the line tells anew ("ECG today: ...", "repeat ECG this visit") keeps its
day, and so does one on a line of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lazy_re
from .clause_spans import clause_end
from .finding_dates import PART_BREAK
from .model import NoteFinding

#: Words by which a line tells a study anew, not the dated one again: "ECG today: NSR".
_ANEW = lazy_re.compile(
    r"\b(?:today|now|repeat\w*|new|current\w*|this (?:visit|am|morning)|in (?:clinic|office)"
    r"|here|again|redone|since)\b",
    re.IGNORECASE,
)
_CLAUSE_END = lazy_re.compile(r"[.;,\n]")

#: measure concept -> the diagnostic-results concept of the study that produces it.
STUDY_OF_MEASURE = {
    "ahi": "sleep-study",
    "rei": "sleep-study",
    "rdi": "sleep-study",
    "events": "sleep-study",
}


def date_restated_results(findings: list[NoteFinding], text: str = "") -> list[NoteFinding]:
    """The note's findings (in text order), undated study results dated by their study, and
    undated findings restated on the line of a dated one of their concept dated by it."""
    out: list[NoteFinding] = []
    last_study: dict[str, NoteFinding] = {}
    for finding in sorted(findings, key=lambda f: f.start):
        if text and finding.when is None and not finding.planned:
            finding = _dated_by_line(finding, out, text)
        if finding.category == "diagnostic-results":
            last_study[finding.concept] = finding
        study = STUDY_OF_MEASURE.get(finding.concept) if finding.category == "measure" else None
        named = last_study.get(study) if study else None
        if named is not None and finding.when is None and named.when is not None:
            finding = replace(finding, when=named.when)
        out.append(finding)
    return out


def _dated_by_line(finding: NoteFinding, before: list[NoteFinding], text: str) -> NoteFinding:
    """``finding`` dated by the last finding earlier on its line that names the same study in
    the same words ("ECG 08/14/2023: ... Normal ECG."; not another test of the concept, "PPD
    2019 positive, QFT negative"), unless the words up to its clause's end tell it anew ("QFT
    today")."""
    named = text[finding.start : finding.end].lower()
    for prior in reversed(before):
        if prior.end > finding.start or "\n" in text[prior.end : finding.start]:
            break
        same = (prior.concept, prior.category) == (finding.concept, finding.category)
        if not same or text[prior.start : prior.end].lower() != named:
            continue
        told_to = clause_end(text, finding.end, _CLAUSE_END)
        # A plan word parts it from the study as from its date ("PSH: L TKA 6/2025. Plan R TKA":
        # JV/tka-02, the plan is no restated surgery).
        between = (_ANEW, PART_BREAK)
        if prior.when is None or any(w.search(text, prior.start, told_to) for w in between):
            return finding
        return replace(finding, when=prior.when)
    return finding
