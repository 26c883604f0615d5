"""An exam test written as a row or a labelled line ends a review of systems (blind wave 94).

MX/esi-01: a consult printed "ROS: all other systems negative." and then, with no header of its
own, the exam as a table ("SLR | R + at 40 deg; L neg |", "Strength | R EHL 4/5 |", "Sensation |
decr dorsum R foot |"). The ROS header held for those rows, and a ROS is the patient's reported
symptoms, so IPN-004 found no exam. A review of systems lists systems and symptoms ("Neuro: no
numbness or weakness", "MSK: + back pain"); a line that opens on an examiner's test or measure
("SLR", "Strength", "Reflexes", "DTRs", "ROM", "Gait", "Spurling") as a table's first cell or a
label is the exam's, so the section turns to exam there. A line that opens on a system
("Neuro:", "MSK:") or a symptom ("weakness", "numbness") stays in the review.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: An examiner's test or measure opening the line, followed by a table cell bar, a colon or a
#: dash: "SLR | R +", "Strength: 4/5 EHL", "DTRs - 2+ symmetric". Not a system ("Neuro:") and not
#: a symptom ("weakness", "numbness", "tingling"), which a review of systems names.
_EXAM_ROW = lazy_re.compile(
    r"\s*(?:[-*\u2022]\s*)?(?:\|\s*)?"
    r"(?:SLR|SLRT|straight[- ]leg[- ]rais(?:e|ing)|slump(?:\s+test)?|strength|"
    r"motor(?:\s+(?:exam|strength))?|sensation|sensory(?:\s+exam)?|reflexes|DTRs?|"
    r"deep\s+tendon\s+reflexes|ROM|range\s+of\s+motion|gait|palpation|tenderness|"
    r"spurling(?:'?s)?|FABER|FADIR|patrick(?:'?s)?|babinski|hoffmann?|clonus|"
    r"inspection|nasal\s+endoscopy|anterior\s+rhinoscopy)"
    r"\s*(?:\([^()\n]{0,30}\)\s*)?(?:\||:|\s-\s)",
    re.IGNORECASE,
)


def exam_row(line: str) -> bool:
    """The line opens on an exam test as a table row or a labelled field."""
    return _EXAM_ROW.match(line) is not None
