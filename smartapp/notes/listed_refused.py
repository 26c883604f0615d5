"""A medication list line whose drug the same note's narrative says was turned down or never
taken is no evidence that it was taken.

Medication lists look like evidence and often are not: a medical assistant's reconciliation
carries an order that was cancelled, or a drug the patient never started, as a current line
(WAVE-20 brief: "lists that look like evidence"). Blind wave 21, BU/inf-02: the table's
'azathioprine (IMURAN) 50 mg tab | 2 tabs daily | 12/10/2025' beside the history's 'Azathioprine
was offered in December; TPMT normal, but pt declined' met the infliximab step therapy, though
the reviewer read 'offered but declined (cancelled order; med-rec line not a trial)'. The
narrative is the clinician's account and wins over the list where it says the drug was refused
or never started; where it says nothing of the drug, or also says it is taken, the line stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .entry_remarks import read_list_entries
from .label_refused import refused_line, refused_on_own_line
from .list_remarks import unfilled_list_lines
from .model import CARE_CATEGORIES, NoteFinding
from .refused_after import refused_after

#: The sections a medication list is read under (sections.yaml).
_LISTS = frozenset({"medications"})
#: A refusal or a start that never came, in the rest of the narrative sentence after the drug:
#: "... was offered in December; TPMT normal, but pt declined - worried about lymphoma",
#: "prescribed 12/10 but never started", "Rx given - declined", "ordered 5/28, awaiting TPMT; not
#: yet started" (blind wave 58, GH/infliximab-02). A decline with an object of its
#: own ("pt declined PT") or a decline that is no refusal ("renal function declined") is not.
_REFUSED = lazy_re.compile(
    r"^[^.\n]{0,150}?(?:\b(?:pt|patient|he|she|they|member)\s+(?:declined|declines|refused|"
    r"refuses)\b(?:\s+(?:it|them|this|to\s+(?:start|take|try)\s+it))?(?!\s+(?!but\b)\w)"
    r"|\s[-–(]\s*(?:declined|refused)\b(?!\s+(?!but\b)\w)"
    r"|\bnever\s+(?:started|took|taken|filled|picked\s+up)\b"
    r"|\b(?:not|(?:has|have)\s+not|hasn't|haven't)\s+(?:yet\s+)?(?:been\s+)?(?:started|begun)\b"
    r"|\b(?:did\s+not|didn't)\s+(?:start|take|fill)\b)",
    re.IGNORECASE,
)
#: The same refusal written before the drug, its object (blind wave 28, CN/kas-02: "Pt reports
#: she never picked up the meloxicam (worried re: stomach)" above the med list's "meloxicam 15 mg
#: tab"): "never filled the", "did not start", "has not tried", "pt refused the"; not "did not
#: take", which is as often one missed dose ("did not take her metformin this morning"); and
#: also across a short list of drugs ("never picked up the meloxicam or the gabapentin").
_REFUSED_BEFORE = lazy_re.compile(
    r"(?:\b(?:never|not\s+yet|(?:did|has|have)\s+not|didn't|hasn't|haven't)\s+(?:started|start|"
    r"took|taken|filled|fill|picked\s+up|pick\s+up|tried|try)"
    r"|\b(?:pt|patient|he|she|they|member)\s+(?:declined|declines|refused|refuses))"
    r"\s+(?:the\s+|his\s+|her\s+|their\s+|any\s+)?(?:(?:rx|script|prescription)\s+for\s+)?"
    r"(?:[\w-]+(?:\s+\d+(?:\.\d+)?\s*mg)?(?:\s*,\s*|\s+(?:or|nor|and)\s+)(?:the\s+)?){0,3}$",
    re.IGNORECASE,
)
#: ... unless the sentence goes on to say it was taken after all ("never picked up the
#: meloxicam at first; now taking it daily").
_TAKEN_AFTER = lazy_re.compile(
    r"^[^.\n]{0,120}?\b(?:(?:now|currently|since)\s+(?:taking|takes|on|using)"
    r"|(?:later|then|finally|eventually|since)\s+(?:started|filled|took|picked\s+(?:it\s+)?up))\b",
    re.IGNORECASE,
)


def _refused_before(text: str, finding: NoteFinding) -> bool:
    """Whether the narrative sentence names the drug as the object of a refusal or of a start
    that never came, and does not go on to say it was taken after all."""
    before = text[max(0, finding.start - 160) : finding.start]
    return bool(_REFUSED_BEFORE.search(before)) and not _TAKEN_AFTER.match(text[finding.end :])


def refused_list_items(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each medication list line's care made hypothetical when the narrative
    says that drug was refused or never started and nowhere that it is taken; and so is a drug
    that labels a line saying it was turned down (:func:`refused_on_own_line`), a list line that
    closes saying none of its drugs was filled (:func:`unfilled_list_lines`), an entry whose own
    remark says its drug is not taken (entry_remarks.py, which also gives an entry the region
    its remark says the drug is taken for), or a drug its
    sentence refuses after it by a pronoun (refused_after.py)."""
    findings = refused_on_own_line(text, findings)
    findings = refused_after(text, unfilled_list_lines(text, read_list_entries(text, findings)))
    narrative = [f for f in findings if f.category in CARE_CATEGORIES and f.section not in _LISTS]
    refused = {f.concept for f in narrative if _REFUSED.match(text[f.end :])}
    refused |= {f.concept for f in narrative if refused_line(text, f) is not None}
    refused |= {f.concept for f in narrative if _refused_before(text, f)}
    refused -= {f.concept for f in narrative if f.asserted}
    if not refused:
        return list(findings)
    return [
        replace(f, hypothetical=True)
        if f.section in _LISTS and f.category in CARE_CATEGORIES and f.concept in refused
        else f
        for f in findings
    ]
