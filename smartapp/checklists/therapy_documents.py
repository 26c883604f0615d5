"""Whether a note is a therapy discipline's own document, by its title or its first line ("PT
Progress Note", "PHYSICAL THERAPY PROGRESS NOTE - visit 11 of 12"): what the therapist measured,
not a clinician's evaluation (blind wave 20, BS/aim-02). Split out of signers.py, whose
``not_by: [therapist]`` drops such a note unless a hand outside the therapists signed it.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.record import Note
from .note_heading import first_text_line

#: A therapy discipline's own document, by its title or first line: "PT Progress Note", "Physical
#: Therapy Daily Note", "OT Re-evaluation", "SLP treatment note", "Chiropractic visit note" (not
#: "Pt seen for f/u" nor "Reviewed PT note": the discipline must open the title or line). In a
#: note's first line only capitals are the discipline ("Pt note:" is the patient's); the record
#: keeps titles in lower case.
_THERAPY_TITLE = (
    r"^\W*(?:outpatient\s+|home\s+health\s+|hh\s+)?(?:physical therapy|physiotherapy|"
    r"occupational therapy|speech(?:[- ]language)? (?:pathology|therapy)|chiropractic|chiro|"
    r"{abbr})\s*(?:[-/:]\s*)?(?:progress (?:note|report)|daily note|treatment note|visit note|"
    r"note|initial eval(?:uation)?|re-?eval(?:uation)?|eval(?:uation)?|discharge(?: summary| "
    r"note)?|plan of care|poc|re-?assessment)\b"
    r"(?!.*\b(?:reviewed|received|attached|faxed|requested)\b)"  # a clinician's "PT note reviewed"
)
_IN_TITLE = lazy_re.compile(_THERAPY_TITLE.format(abbr="pt|dpt|ot|slp"), re.IGNORECASE)
_IN_LINE = lazy_re.compile(_THERAPY_TITLE.format(abbr="(?-i:PT|DPT|OT|SLP)"), re.IGNORECASE)


def therapy_document(note: Note) -> bool:
    """Whether ``note`` is a therapy discipline's document by its title or its first line."""
    return bool(_IN_TITLE.search(note.title or "") or _IN_LINE.search(first_text_line(note.text)))
