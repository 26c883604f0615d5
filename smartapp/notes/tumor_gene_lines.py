"""A gene's result line under a tumor (somatic) report's heading is no prior germline test.

A faxed genetics report gives each gene's result on a line of its own ("BRCA1: NO CLINICALLY
SIGNIFICANT MUTATION IDENTIFIED"), the laboratory and the kind of test in the heading above
(blind wave 109, OX/genetic-02: "MYRIAD GENETIC LABORATORIES BRCAnalysis CDx"). The
prior-germline-test target reads such a line on its own; a tumor profile's report writes its
lines the same way ("FoundationOne CDx - tumor tissue ... BRCA2: no pathogenic variant
detected"), and NCD 90.2 and NCCN separate somatic tumor testing from germline testing. A gene
line is the tumor's when the nearest naming of a kind of test before it in its note names the
tumor, not a germline one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lazy_re
from .clause_spans import last_break
from .model import NoteFinding

_CONCEPT = "prior-germline-test"
#: A finding that opens with a gene and its result, as a report's line does ("BRCA1: ...").
_GENE_LINE = lazy_re.compile(
    r"^\W*(?:germline\s+)?(?:brca|mlh1|msh2|msh6|pms2|epcam|palb2|chek2|atm|tp53|pten|cdh1|"
    r"stk11|mutyh)\w*(?:/\w+)?(?:\s*(?:/|,|&|and)\s*\w+)*(?:\s*\([^()]{0,60}\))?\s*[:=\u2013-]",
    re.IGNORECASE,
)
#: ... with no year of its own ("BRCA1/2 2019: neg" is a history's line, told as the patient's).
_YEAR = lazy_re.compile(r"\b(?:19|20)\d{2}\b")
#: Words that name the tumor's test (somatic profiling, a tumor NGS laboratory's product), not
#: the tumor alone ("breast ca, tumor ER+" in the history above a germline result) ...
_TUMOR = lazy_re.compile(
    r"\b(?:somatic|tumou?r(?:[- ]only)?\s+(?:ngs|profil\w*|sequencing|genomic\w*|testing|test|"
    r"tissue|panel|report|specimen|dna)|foundation\s?one|tempus|caris|guardant\w*|"
    r"liquid\s+biopsy|ctdna)\b",
    re.IGNORECASE,
)
#: ... and the germline test's (its own word, a hereditary panel, a germline laboratory's test).
_GERMLINE = lazy_re.compile(
    r"\b(?:germline|hereditary|inherited|bracanalysis|myrisk|myriad|invitae|ambry|genedx|"
    r"cancernext|brcaplus|brcavantage|vistaseq)\b",
    re.IGNORECASE,
)


def _last(pattern: re.Pattern[str], text: str, at: int) -> int:
    """The start of the last match of ``pattern`` in ``text[:at]``, -1 when none."""
    found = last_break(text, at, pattern)
    return found.start() if found else -1


def without_tumor_gene_lines(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """The findings without prior-germline-test gene lines that stand under a tumor report's
    words (named after any germline test's words before the line)."""
    kept: list[NoteFinding] = []
    for finding in findings:
        if (finding.concept == _CONCEPT and _GENE_LINE.match(finding.text)
                and not _YEAR.search(finding.text)):  # fmt: skip
            if _last(_TUMOR, text, finding.start) > _last(_GERMLINE, text, finding.start):
                continue
        kept.append(finding)
    return kept
