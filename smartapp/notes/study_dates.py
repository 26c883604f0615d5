"""Results restated from an older study take that study's date, not the note's.

A follow-up note often restates a sleep study's index without a date of its own ("seen for
follow up of sleep apnea diagnosed on sleep study December 2024 ... A/P: mild OSA AHI 11"): the
AHI is the December 2024 study's, and a 12-month lookback must see it as 14 months old, not as
written this week. The nearest study mention *before* the result decides: when it carries a date,
the result inherits it; when it does not ("repeat HST this month: REI 24"), the result keeps the
note's date, so a new study is never pushed back to an older one named earlier in the note.
"""

from __future__ import annotations

from dataclasses import replace

from .model import NoteFinding

#: measure concept -> the diagnostic-results concept of the study that produces it.
STUDY_OF_MEASURE = {
    "ahi": "sleep-study",
    "rei": "sleep-study",
    "rdi": "sleep-study",
    "events": "sleep-study",
}


def date_restated_results(findings: list[NoteFinding]) -> list[NoteFinding]:
    """The note's findings (in text order), undated study results dated by their study."""
    out: list[NoteFinding] = []
    last_study: dict[str, NoteFinding] = {}
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.category == "diagnostic-results":
            last_study[finding.concept] = finding
        study = STUDY_OF_MEASURE.get(finding.concept) if finding.category == "measure" else None
        named = last_study.get(study) if study else None
        if named is not None and finding.when is None and named.when is not None:
            finding = replace(finding, when=named.when)
        out.append(finding)
    return out
