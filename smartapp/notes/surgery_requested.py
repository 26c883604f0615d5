"""A surgery only requested, by a note that says the surgeon has yet to evaluate the patient, is no
surgical plan.

Blind wave 107 (OS/hip-03): the PCP's letter of medical necessity, "Referred to orthopedics (Dr.
Petrov) for surgical evaluation; appointment 10/14/26. Requesting authorization for total hip
arthroplasty.", was read as THA-005's "surgical plan and anticipated outcome". The item asks for
the treating surgeon's plan; a request for authorization written before the surgeon has seen the
patient is paperwork for a surgery no surgeon has planned yet. So in a note that says the
surgical evaluation is still ahead (referred to the surgeon with the appointment to come,
"surgical consult pending", "awaiting ortho evaluation", "not yet seen by ortho"), a surgical plan
named only in a request for authorization ("Requesting authorization for ...", "request prior
auth for ...", "seeking approval for ...") is marked speculative: the items that read a plan as
``definite`` pass it by.

Not the surgeon's own plan ("Plan: R THA, expect pain relief and return to walking"), nor a
request in a note that tells the surgical evaluation as done ("Seen by Dr. Petrov 10/14, who
recommends L THA. Requesting authorization for L THA."), nor a plan in any other sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .clause_spans import clause_start
from .declined_surgery import SURGERIES
from .model import NoteFinding

#: Who evaluates for the surgery: the surgeon's service or the surgeon.
_SURGEON = (
    r"(?:ortho(?:p(?:a)?edic)?s?(?:\s+surgery)?|(?:an?\s+|the\s+)?(?:orthop(?:a)?edic\s+|spine\s+|"
    r"bariatric\s+|general\s+)?surgeon|(?:general\s+|spine\s+|bariatric\s+)?surgery|"
    r"dr\.?\s+[a-z][\w'-]+)"
)
#: The surgical evaluation still ahead, said anywhere in the note.
_EVALUATION_AHEAD = lazy_re.compile(
    # "Referred to orthopedics (Dr. Petrov) for surgical evaluation; appointment 10/14/26."
    rf"\breferr(?:ed|al|ing)\s+(?:(?:her|him|pt|patient|the\s+patient)\s+)?to\s+{_SURGEON}"
    # The surgeon's name between may hold a full stop: "(Dr. Petrov)".
    r"[^;\n]{0,40}?\bfor\s+(?:an?\s+|the\s+)?(?:surgical\s+|operative\s+)?"
    r"(?:evaluation|eval|consult(?:ation)?|opinion|assessment)\b[^.\n]{0,60}?"
    r"\b(?:appointment|appt|scheduled|pending|upcoming|awaiting|to\s+be\s+seen|not\s+yet\s+seen)\b"
    # "Surgical consult pending", "ortho eval scheduled 10/14", "surgeon evaluation pending 10/14".
    rf"|\b(?:surgical|{_SURGEON})\s+(?:evaluation|eval|consult(?:ation)?|visit|appointment|appt)"
    r"\s+(?:is\s+)?(?:still\s+)?(?:pending|scheduled|upcoming|booked|not\s+yet\s+(?:done|held|"
    r"completed))\b"
    # "Awaiting ortho evaluation", "awaiting surgical consult".
    rf"|\bawaiting\s+(?:an?\s+|the\s+)?(?:surgical|{_SURGEON})\s+"
    r"(?:evaluation|eval|consult(?:ation)?|opinion|visit|appointment|appt)\b"
    # "Not yet seen by ortho", "has not been evaluated by the surgeon".
    rf"|\b(?:not\s+(?:yet\s+)?(?:been\s+)?|yet\s+to\s+be\s+)(?:seen|evaluated|examined)\s+by\s+"
    rf"{_SURGEON}",
    re.IGNORECASE,
)
#: A request for the payer's authorization of the surgery, before it in its sentence.
_REQUEST = lazy_re.compile(
    r"\b(?:request(?:ing|s|ed)?|seek(?:ing|s)?|submit(?:ting|ted|s)?)\b[^.;\n]{0,40}?"
    r"\b(?:prior\s+|pre-?)?(?:authori[sz]ation|auth|approval|pre-?cert(?:ification)?|"
    r"coverage)\b[^.;\n]{0,20}?$",
    re.IGNORECASE,
)
#: Where a sentence begins: after the last full stop, semicolon or line break before it.
_SENTENCE_END = lazy_re.compile(r"[.;!?\n](?=\s|$)")


def _requested(text: str, start: int) -> bool:
    """Whether the words before ``start`` in its sentence request the payer's authorization."""
    opening = text[clause_start(text, start, _SENTENCE_END, max(0, start - 120)) : start]
    return _REQUEST.search(opening) is not None


def requested_before_evaluation(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each surgical plan only requested, in a note that says the surgical
    evaluation is still ahead, marked speculative (module doc)."""
    if not any(f.concept in SURGERIES for f in findings) or not _EVALUATION_AHEAD.search(text):
        return list(findings)
    return [
        replace(f, speculative=True)
        if f.concept in SURGERIES and not f.speculative and _requested(text, f.start)
        else f
        for f in findings
    ]
