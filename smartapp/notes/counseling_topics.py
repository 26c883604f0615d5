"""Whether a hereditary cancer history named right after a counseling label is only its topic.

GEN-001 asks for a personal or family cancer history that meets the testing criteria (UHC
CS049; NCCN as summarized). "Counseling done: Lynch syndrome", "Genetic counseling completed re:
Lynch syndrome", "Education provided on Lynch syndrome" tell what the counseling went through,
not that the patient or a relative has the syndrome: read as the patient's own history, they met
GEN-001 on a pre-test visit's words alone (noticed at an earlier stop, brief s90-noticed2).

The syndrome or cancer is the topic when a counseling or education label stands right before
it ("Counseled re", "counseling provided regarding", "education on the implications of"), and
the rest of its clause gives it no date, diagnosis, result or relative: "Counseling done: Lynch
syndrome dx 2019 (MSH2 carrier)" and "... Lynch syndrome in mother" still tell the history, and
so does one named as the patient's ("counseled re her Lynch syndrome", "re: known Lynch
syndrome": a word between the label and the name). A history told without such a label ("h/o
Lynch syndrome") is untouched. "Discussed Lynch syndrome" is left as it was read
(regex_target_hypothetical.FACTS): a discussion often reviews a history the record holds.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The target this reads: a cancer of the hereditary spectrum or a known syndrome (targets.yaml).
HISTORY = "clinical-notes|hereditary-cancer-history"
#: A counseling or education label, then its joining word, right before the target.
_LABEL_BEFORE = lazy_re.compile(
    r"\b(?:counsel(?:l)?ing|counsel(?:l)?ed|education|educated|teaching|taught)\b"
    r"(?:\s+(?:was\s+|were\s+)?(?:done|completed|provided|given|performed|held|today|session))*"
    r"\s*(?:(?:the\s+)?(?:pt|patient|him|her|them|family)\s+)?"
    r"(?:(?:re\b|regarding|about|on|for|as\s+to|concerning|covering|[:=\-\u2013\u2014])\s*)+"
    r"(?:(?:the|a|an)\s+)?"
    r"(?:(?:risks?|implications?|inheritance|features?|basics?|genetics)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:hereditary|familial|inherited)\s+(?:nonpolyposis\s+)?)?$",
    re.IGNORECASE,
)
#: What makes the named syndrome or cancer a history after all: a diagnosis, a date or an age,
#: a carrier or positive result (not "if positive"), or a relative who has it.
_FACT_AFTER = lazy_re.compile(
    r"\b(?:dx|dx'?d|diagnosed|diagnosis|carrier|(?<!\bif\s)positive|(?<!\bif\s)pos|confirmed|"
    r"known|h/o|hx|history|age|(?:19|20)\d\d|\d{1,2}/\d{2,4}|at\s+\d{2}|mother|father|mom|dad|"
    r"sisters?|brothers?|sons?|daughters?|aunts?|uncles?|cousins?|grand\w+|nieces?|nephews?|"
    r"siblings?|relatives?|maternal|paternal|family)\b|\+",
    re.IGNORECASE,
)


def counseling_topic(before: str, target: str, label: str) -> bool:
    """Whether the hereditary history ``target`` (its text to the clause's end), after the text
    ``before`` it, is only what counseling went through (see the module docstring)."""
    return (
        label == HISTORY
        and bool(_LABEL_BEFORE.search(before))
        and not _FACT_AFTER.search(target)
    )
