"""Care a relative had, told with the relative as the subject of the care's own statement.

ConText reads a relative before a target ("brother had PT") as the family's, and
:mod:`.regex_target_flags` reads the same words in the text before a regex-matched target. But
a regex that matches its statement from the start takes the relative into the target itself
("Obi's sister was seen for genetic counseling in 2019": brief s65-k, noticed by s65-d and
s65-i), and nothing before it is left to read. A named relative, possessive or bare, who was
seen, treated or had the care is not the patient's care (GEN-002 asks for the patient's own
counseling). The patient's care with a relative present is still the patient's: "Wife present
for counseling", "seen with her sister", "Pt and sister met with GC", "Mom says ...", "Wife has
to make his calls" (the relative is no one who had care). A parent, guardian or family of a
child is left out: a child's pre-test counseling is given to the parents.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: Relatives whose own care a note tells of, not the adults a child's care is given to.
_RELATIVE = (
    r"(?:sister|brother|sibling|half[- ](?:sister|brother)|twin|son|daughter|wife|husband|spouse|"
    r"aunt|uncle|cousin|niece|nephew|grand(?:mother|father|ma|pa|son|daughter)|mother|mom|"
    r"father|dad)"
)
#: The relative as subject, then a verb of care received: "was seen for", "had", "underwent",
#: "completed", "met with" ("met w/ GC": brief s72-g), "went to". Not "had to" (a carer's task)
#: nor "was present/with".
RELATIVE_HAD_CARE = lazy_re.compile(
    r"^\W*(?:(?:[A-Z][\w-]*['\u2019]s?|his|her|their|pt['\u2019]?s|patient['\u2019]?s|the)\s+)?"
    r"(?:(?:older|younger|elder|big|little|twin|maternal|paternal|\d{1,2}\s*y/?o)\s+)?"
    rf"{_RELATIVE}(?!['\u2019]s)(?:\s*\([^()\n]{{0,30}}\))?"
    r"(?:,?\s+(?:also\s+|previously\s+|once\s+)?"
    # Terse notes drop the verb "to be": "Cousin previously seen for genetic counselling".
    r"(?:(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:(?:also|previously|once)\s+)?"
    r"(?:seen|evaluated|counsell?ed|treated|tested|referred|followed)|had(?!\s+to\b)(?!\s+"
    r"(?:him|her|them|pt|the\s+(?:pt|patient))\b)|has\s+had|underwent|completed|received|"
    r"attended|saw|met\s+w(?:ith|(?=/))|went\s+(?:to|through)|did|tried|got|was\s+on|used)\b"
    # A family history's terse line puts the care straight after the relative (brief s67-c):
    # "Mother - genetic counseling 1/2026, BRCA2+", "Sister: GC 2019". Not the relative present
    # ("Mother - present for counseling") nor the patient named ("Mom: pt seen for GC").
    r"|\s*[-\u2013:]\s*(?=(?:(?:pre|post)[- ]?test\s+)?(?:genetic|gc\b|counsel)))",
    re.IGNORECASE,
)


#: A possessive before a relative: "her sister", "Pt's mother", "Ms. Lee's (older) daughter".
_WHOSE = (
    r"(?:(?:[A-Z][\w-]*['\u2019]s?|his|her|their|pt['\u2019]?s|patient['\u2019]?s|the)\s+)?"
    r"(?:(?:older|younger|elder|big|little|twin|maternal|paternal)\s+)?"
)
#: The genetic counseling a relative had, as the words that name it (brief s70-i).
_GENETIC_CARE = r"(?:(?:pre|post)[- ]?test\s+|hereditary\s+|cancer\s+)*(?:genetic|gc\b|counsel)"
#: The writer saw the relative for it (brief s70-i: "I saw her sister last year for genetic
#: counseling", "We met with her mother in 2019 for ...", "Counseled her daughter in 2022",
#: "Pt's sister, whom I saw last year for ..."): the relative is the one counseled. Not the
#: patient seen with or before a relative ("I saw Ms. Lee with her sister", "I saw her and her
#: sister"): the relative must be the object right after the verb. Genetic care only, as below.
RELATIVE_SEEN = lazy_re.compile(
    r"^\W*(?:(?:i|we)\s+(?:(?:also|previously|once)\s+)?(?:(?:have|had)\s+)?"
    r"(?:saw|seen|met(?:\s+with)?|evaluated|counsell?ed)|counsell?ed)\s+"
    rf"{_WHOSE}{_RELATIVE}\b(?!['\u2019]s)"
    rf"|^\W*{_WHOSE}{_RELATIVE}\s*,\s*(?:whom|who)\s+(?:i|we)\s+(?:saw|met|evaluated|counsell?ed)\b",
    re.IGNORECASE,
)
#: A relative's own finding, then the care with no one else named (brief s70-i): "Sister BRCA2
#: carrier, s/p genetic counseling 2021", "Mother: BRCA1+, had genetic counseling at UC",
#: "Maternal aunt dx breast ca at 44, underwent genetic counseling". The patient named after
#: ("Sister BRCA2+, pt s/p GC"), a relative who tells or is there ("Mom says ...", "Mother
#: present, ...", "Daughter accompanied her") leave the care the patient's. Genetic care only:
#: the words between would take too much of other care.
RELATIVE_FINDING_THEN_CARE = lazy_re.compile(
    rf"^\W*{_WHOSE}{_RELATIVE}\b(?!['\u2019]s)"
    r"(?:(?!\b(?:pt|patient|pts?|she|he|her|him|they|i|we|me|present|with|and|accompan\w*|"
    r"attend\w*|at\s+bedside|here|says?|said|reports?|reported|states?|stated|notes?|noted|"
    r"tells?|told|per|confirms?|confirmed)\b)[^.;]){1,60}?"
    r"\b(?:s/p|had|has\s+had|underwent|completed|received|seen\s+(?:by|for)|counsell?ed)\s+"
    rf"(?:a\s+|the\s+)?{_GENETIC_CARE}",
    re.IGNORECASE,
)


def relative_had_care(target_text: str) -> bool:
    """Whether a regex-matched target's own text opens with a relative who had the care, whom
    the writer saw for it, or whose finding comes before the genetic care."""
    return bool(
        RELATIVE_HAD_CARE.search(target_text)
        or RELATIVE_SEEN.search(target_text)
        or RELATIVE_FINDING_THEN_CARE.search(target_text)
    )


__all__ = ["RELATIVE_FINDING_THEN_CARE", "RELATIVE_HAD_CARE", "RELATIVE_SEEN", "relative_had_care"]
