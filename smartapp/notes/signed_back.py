"""A paper sent for a signature that the same line then records as signed and back, with the day:
"Plan of care sent to Dr. Marchetti for signature 9/14; signed 9/15" closing an agency PT's
evaluation (blind wave 73, JS/home-health-03), "POC faxed to MD, signed copy returned 9/15",
"485 sent for signature 9/14 - rec'd signed 9/16".

ConText reads "for signature" as a signature still to come (context.yaml), and the checklists'
readers of an unsigned plan (checklists/not_a_plan.py) and of the practitioner's hand
(checklists/signers.py) read the sending alone. The dated signature written after it closes
that wait: the plan is signed. The sending alone ("sent for signature 9/14", "faxed to MD,
awaiting signature"), a signature denied or to come ("not yet signed", "to be signed 9/20",
"signed copy not yet returned") or one with no day ("signed and returned") is not.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: A practitioner named by name: "Dr. Marchetti", "R. Osei MD", "A.B. Pemberton NP", "Amy
#: Pemberton, DO", "Pemberton MD".
_NAMED = (
    r"(?:dr\.?\s+[a-z][\w'’-]*|(?:[a-z]\.\s*){0,2}(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*,?\s+"
    r"(?:md|do|np|aprn|pa-c))"
)
#: A practitioner named as the one who signed: "by Dr. Marchetti", "by MD", "by the PCP",
#: "by R. Osei MD"; or, with no "by", by name only: "Updated POC sent for signature - signed A.
#: Pemberton MD 04/01/2026" closing a PT re-evaluation (blind wave 81, KW/therapy-pt-ot-chiro-01),
#: "signed: Dr Pemberton 4/1". A bare role after "signed" names no signer.
_BY_PRACTITIONER = (
    r"(?:\s+by\s+(?:the\s+)?(?:md|do|physician|pcp|provider|np|aprn|" + _NAMED + r")"
    r"|[ \t]*[:-]?[ \t]*" + _NAMED + r")?"
)
#: The signature back, with its day: "signed 9/15", "signed by Dr. M on 9/15", "signed copy
#: returned 9/15", "signed and returned 9/15", "rec'd signed 9/16", "signature received 9/15".
#: Not one denied or to come: "not (yet) signed", "to be signed", "will be signed".
SIGNED_BACK = lazy_re.compile(
    r"(?<!\bnot )(?<!\byet )(?<!\bbe )(?<!\bto )(?<!\bbeing )(?<!\bnever )"
    r"\b(?:(?:rec(?:eive)?'?d|received|returned|came\s+back|back)\s+signed"
    r"|signed\s+(?:(?:copy|poc|plan(?:\s+of\s+care)?|485|cert\w*|orders?|form)\s+)?(?:and\s+)?"
    r"(?:returned|received|rec'?d|back)"
    r"|signature\s+(?:received|obtained|returned|rec'?d)"
    rf"|(?:co-?|counter-?)?signed{_BY_PRACTITIONER})"
    r"[ \t,:-]*(?:on[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
    re.IGNORECASE,
)
#: A paper sent for a signature, or waiting on one: "sent to Dr. Marchetti for signature", "POC
#: faxed to MD", "sent for MD signature", "routed to PCP for co-signature", "awaiting MD
#: signature", "to be signed".
_ASKED = lazy_re.compile(
    r"\b(?:sent|faxed|e-?faxed|routed|mailed|forwarded)\b[^\n]{0,60}?\bto\s+(?:the\s+)?"
    r"(?:dr\b|md\b|physician|pcp|provider|np\b|aprn\b)"
    r"|\b(?:for|awaiting|pending)\s+(?:[\w.']+\s+){0,2}?(?:co-?)?signature\b|\bto\s+be\s+signed\b",
    re.IGNORECASE,
)
#: How far past the sending the signature is looked for: the rest of its sentence or the next.
_REACH = 120


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def signed_back_after(text: str, start: int) -> bool:
    """Whether the line of ``text`` from ``start`` (the end of a sending for a signature)
    records the signature back with its day."""
    end = min(_line_end(text, start), start + _REACH)
    return SIGNED_BACK.search(text, start, end) is not None


def asked_and_signed(text: str, start: int = 0, *, one_line: bool = False) -> bool:
    """Whether ``text`` (from ``start``; only that line when ``one_line``) sends a paper for a
    signature, or waits on one, and then records it signed and back, with the day."""
    end = _line_end(text, start) if one_line else len(text)
    return any(signed_back_after(text, m.end()) for m in _ASKED.finditer(text, start, end))
