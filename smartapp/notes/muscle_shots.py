"""A steroid shot into a muscle is a systemic dose, not a joint or spine injection.

The corticosteroid-injection concept is the injection a payer means when it asks for a failed
steroid injection before hyaluronan or an arthroplasty: into the joint (LCD L39529's
"intra-articular corticosteroid"), or the bursa or tendon sheath. Notes name the drug alone
("Kenalog", "triamcinolone") for that injection, and also for a shot given into the buttock or
the deltoid for asthma, COPD or a rash: "Kenalog 40 was IM given at urgent care for COPD flare in
March, not a knee injection" (blind wave 40, ET/hya-03; the reviewer: "the checked box refers to
IM Kenalog for COPD"). A drug the statement gives by the intramuscular route, next to its name
("IM Kenalog", "Kenalog 40 mg IM", "triamcinolone 60 mg to R gluteus"), is no such injection;
its finding is dropped. A joint's own words ("knee injection", "intra-articular steroid") are
never read so, nor is a drug named further off in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lazy_re
from .model import NoteFinding

_CONCEPT = ("conservative-treatment", "corticosteroid-injection")
#: The injection's own site words: never an intramuscular shot, whatever stands near.
JOINT_WORDS = lazy_re.compile(
    r"\b(?:knee|joint|intra-?articular|ia|cs|csi|bursa|hip|shoulder|subacromial)\b", re.I
)
#: The intramuscular route or a muscle it is given into. "IM" in capitals only: the lower-case
#: "im" of a dictation is too rarely the route to read.
MUSCLE = r"(?:(?-i:IM|I\.M\.)|intramuscular(?:ly)?|(?:ventro)?glute(?:us|al|s)?|buttocks?|deltoid)"
#: ... written just before the drug ("IM Kenalog", "intramuscular triamcinolone 40 mg") ...
_BEFORE = lazy_re.compile(rf"\b{MUSCLE}\s+(?:[\w-]+\s+)?$", re.I)
#: ... or just after it, in the same clause: "Kenalog 40 mg IM", "Kenalog 40 was IM given",
#: "triamcinolone 60 mg (IM)", "Depo-Medrol 80 mg to the R gluteus".
#: A template's fields say it as well: "triamcinolone 40 mg, route: IM, site: R ventrogluteal".
_AFTER = lazy_re.compile(
    rf"^[^,;:.\n]{{0,30}}?\b{MUSCLE}\b|^[^;.\n]{{0,30}}?\broute\s*:\s*{MUSCLE}\b", re.I
)


def _into_muscle(text: str, finding: NoteFinding) -> bool:
    """Whether the drug ``finding`` names is written as given into a muscle."""
    if (finding.category, finding.concept) != _CONCEPT or JOINT_WORDS.search(finding.text):
        return False
    before = text[max(0, finding.start - 30) : finding.start]
    return bool(_BEFORE.search(before) or _AFTER.match(text[finding.end : finding.end + 60]))


def without_muscle_shots(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` less each steroid injection the statement says was given into a muscle."""
    return [f for f in findings if not _into_muscle(text, f)]
