"""A letter of medical necessity attests to a criterion; it is not the record that shows it.

"LMN: Patient is an insulin-treated diabetic requiring CGM." beside a chart whose medication list
holds metformin and empagliflozin only, and a visit note that says insulin was discussed and the
patient wants to wait (blind wave 35, DY/cgm-02), claims the criterion without a dose, a drug or
a date behind it. CMS Program Integrity Manual (Pub. 100-08) ch. 5 §5.7: neither an order nor a
supplier-prepared statement nor a practitioner attestation "by itself provides sufficient
documentation of medical necessity, even though it is signed by the treating physician"; there
must be information in the patient's medical record that supports it. A criterion with
``records_only: true`` therefore reads no statement of such a letter: the insulin regimen must be
found in the medication list or the clinical notes, where a letter that restates it is backed.

A letter is known by its type or description ("Letter of medical necessity", "LMN") or by how
its text opens ("LMN: ...", "RE: Letter of Medical Necessity").
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: A letter of medical necessity named in a document's type or description.
_TITLE = lazy_re.compile(
    r"\b(?:letters?\s+of\s+(?:medical\s+)?necessity|medical\s+necessity\s+letters?|lmn)\b", re.I
)
#: The same named where its text opens: the letter's heading or subject line.
_OPENING = lazy_re.compile(
    r"^\W*(?:(?:re|subject)\s*:\s*)?(?:letters?\s+of\s+(?:medical\s+)?necessity|"
    r"medical\s+necessity\s+letters?|lmn)\b",
    re.I,
)


def is_letter_of_necessity(text: Any) -> bool:
    """Whether ``text`` (a record text: note, report or order) is a letter of medical
    necessity."""
    if _TITLE.search(text.title or ""):
        return True
    return bool(_OPENING.search((text.text or "")[:200]))
