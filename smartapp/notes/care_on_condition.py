"""Care a plan puts on a condition after it: "Steroid injection R knee if no better in 4 wks",
"Plan: Synvisc if no better in 6 weeks", "Kenalog inj if fails NSAIDs", "PT x 8 wks if pain
persists". The care is to come if the present care fails, not care had.

medspaCy's ConText reads "if" forward only (the condition, "if fails injections", is
hypothetical; the care named before it is not), and a long backward "if ..." ConText rule wins
over that forward "if" by length and broke other readings (the lead's note, s64). So the
condition after a care target is read here, for spaCy and regex targets alike (statements.py).

A condition of failure: "if no better", "if no improvement", "if pain persists", "if fails",
"unless improved", "should symptoms persist"; or of tolerance for care to come ("with MTX if
tolerated" in the biologic's order). "Ibuprofen if needed", "continue naproxen if tolerated" are
care taken. Nor care the statement says was had or is going on before the
condition: "s/p CSI 11/2025 - if no better, Synvisc", "Continue naproxen if no better in 2 wks"
(ongoing care kept), a date or a word of the deed between care and condition ("CSI 11/2025,
relief 2 wks, if no better ..."), or a drug's as-needed use ("Tylenol prn if pain persists").
An "if" after a comma that leads its own main clause ("Naproxen, if no better will do CSI") puts
off what follows it, not the naproxen.
"""

from __future__ import annotations

import re

from .. import lazy_re

_SYMPTOMS = r"(?:pain|symptoms?|sx|sxs|it|knee pain|back pain|this)"
FAILURE = (
    r"(?:(?:there\s+is\s+)?(?:no|not|little|minimal)\s+(?:better|improved|improvement|relief|"
    r"response|benefit|progress|change)|not\s+(?:improving|responding|helping|improved|better)|"
    rf"{_SYMPTOMS}\s+(?:persists?|continues?|worsens?|recurs?|returns?|remains?|"
    r"(?:does\s*n[o']?t|did\s*n[o']?t|does\s+not|did\s+not)\s+(?:improve|resolve|get\s+better))|"
    r"(?:still|persistently)\s+(?:symptomatic|painful|having\s+pain)|"
    r"(?:fails?|failure\s+of|failing|unsuccessful|ineffective|refractory|no\s+help|worse\w*|"
    r"(?:does\s*n[o']?t|does\s+not)\s+help)|"
    r"(?:conservative|current|this|the)\s+(?:care|tx|treatment|management|therapy|measures?)\s+"
    r"(?:fails?|is\s+unsuccessful|does\s*n[o']?t\s+help)|"
    r"(?:pt|patient|she|he)\s+(?:fails|does\s*n[o']?t\s+improve|does\s+not\s+improve|"
    r"is\s+not\s+better|has\s+no\s+relief))"
)
#: The condition of failure, right after its "if" (or "unless better", "should pain persist").
_CONDITION = lazy_re.compile(
    # ... or of tolerance, for care not yet begun: "with MTX 7.5 mg weekly if tolerated" beside
    # the biologic ordered, "Trial NSAID if tolerated" (blind wave 87, LV/infliximab-02: the
    # order's MTX to come read as MTX taken on its day); "continue naproxen if tolerated" goes
    # on (HAD_BEFORE), "increase if tolerated" names no care.
    rf"\bif\s+tolerated\b|\bif\s+{FAILURE}|\bunless\s+(?:better|improv\w*)|\bshould\s+{_SYMPTOMS}\s+"
    r"(?:persist|continue|worsen|recur|return)",
    re.IGNORECASE,
)
#: Words between care and condition that say the care was had: a date, a year, a deed.
HAD_BETWEEN = lazy_re.compile(
    r"\d{1,2}/\d{2,4}|\b(?:19|20)\d\d\b|\b(?:given|done|performed|received|had|helped|helps|"
    r"failed|completed|tried|relief|ago|last|prior|previous|previously|started|since|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|"
    # ... or how a drug in hand is taken: "Tylenol 500 mg q6h prn if pain persists".
    r"prn|as\s+needed)\b",
    re.IGNORECASE,
)
#: Words before the care, in its part of the statement, that say it was had or goes on.
HAD_BEFORE = lazy_re.compile(
    r"\b(?:s/p|status\s+post|had|has\s+had|received|got|failed|tried|completed|prior|previous|"
    r"continue|continues|cont|on|taking|currently|h/o|history\s+of|using|uses|remains\s+on)\b"
    r"[^,;.]*$",
    re.IGNORECASE,
)
#: A main clause after an "if" set off by a comma: the condition leads what follows it.
_LEADS = lazy_re.compile(
    r"^[^.;]*?(?:,|\bthen\b|->|\bwill\b|\bwould\b|\bconsider\b|\bproceed\b|\bplan\b)",
    re.IGNORECASE,
)


def on_condition(text: str, start: int, end: int) -> bool:
    """Whether the care at [start, end) of the statement ``text`` is put off by a condition of
    failure after it in its own clause (see the module docstring)."""
    # A decimal point ("MTX 7.5 mg weekly if tolerated") ends no clause.
    stop = re.search(r"[;\n]|\.(?!\d)", text[end:])
    rest = text[end : end + stop.start()] if stop else text[end:]
    condition = _CONDITION.search(rest)
    if condition is None:
        return False
    between = rest[: condition.start()]
    comma = between.rstrip().endswith(",")
    if ("," in between.rstrip().rstrip(",") or HAD_BETWEEN.search(between)
            or HAD_BEFORE.search(text[max(0, start - 60) : start])):  # fmt: skip
        return False
    return not (comma and _LEADS.match(rest[condition.end() :]))
