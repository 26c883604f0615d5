"""A therapy abbreviation that names no therapy: a therapist's credential after a name
("Brooke Dunaway, PT"), a visit type ("ORTHO NEW PT 8/20/26") and "PT" the patient ("PT is a 56
y/o M"). Split out of cues.py; :mod:`.statements` drops such a target.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: "Brooke Dunaway, PT" / "Therapist: J. Lee, DPT": a credential after a name is not therapy.
CREDENTIALS = frozenset({"PT", "OT", "DPT", "PTA", "OTR", "COTA"})
SIGNATURE = lazy_re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)\s*,\s*$")
#: "ORTHO NEW PT 8/20/26", "EST PT VISIT": a visit type names a new or established patient, not
#: physical therapy (blind wave 23, CD/kas-03). Only the visit-type word in capitals, and only
#: before a date, a colon, a line's end or a visit word: "NEW PT EVAL", "New PT referral" are
#: therapy.
VISIT_TYPE_BEFORE = lazy_re.compile(r"\b(?:NEW|EST\.?|ESTABLISHED)\s+$")
VISIT_TYPE_AFTER = lazy_re.compile(
    r"^\s*(?:$|[:\-\u2013(]|\d{1,2}/\d{1,2}|(?:VISIT|NOTE|CONSULT|APPT|H&P)\b)"
)
#: "PT is a 56 y/o M", "PT states she ...", "PT here for f/u": "PT" the subject of what only a
#: person does is the patient, not physical therapy (blind wave 25, CK/hip-03: "S: PT is a 56 y/o
#: M with R groin pain since the spring, worse last 2 months" made two months of therapy). Not
#: "PT is helping", "PT was started", "PT reports reviewed": therapy can be those. Nor "PT" the
#: note spells out as the patient ("PT (patient) is a CNA", where "PT (physical therapy)
#: started 5/14" follows): an injury date before it made weeks of therapy (blind wave 30,
#: DG/work-rehab-02).
PATIENT_PREDICATE = lazy_re.compile(
    r"^\s*(?:,\s*)?(?:\(\s*(?:the\s+)?(?:patient|pt)\s*\)|"
    r"(?:is|was)\s+(?:an?\s+)?(?:(?:very\s+)?pleasant\s+)?\d{1,3}(?:\s*|-)(?:y/?o\b|"
    r"yo\b|y\.o\.|(?:yrs?|years?)(?:\s*|-)old\b|[mf]\b|(?:male|female|man|woman)\b)|"
    r"(?:presents|presented|presenting|states|stated|denies|denied|complains|complained|c/o|"
    r"endorses|endorsed|admits|reports|reported)\b(?!\s+(?:reviewed|attached|received|on file|"
    r"in chart|from|show|shows|showed|indicate|indicates|note|notes)\b)|"
    r"(?:is\s+)?here\s+(?:today|for|with)\b|(?:was\s+)?seen\s+today\b|"
    r"(?:is|was|feels|remains)\s+(?:worried|concerned|anxious|frustrated|eager|hesitant|"
    r"reluctant|interested)\b|"
    # What only the one treated does (wave 41): "PT cancelled remaining appts", "PT no-showed
    # x 4", "PT tolerated ther-ex", "PT agrees to HEP", "PT was seen by ortho", "PT has not
    # started PT yet", "PT ambulates 40 ft". Not therapy's own passives or outcomes: "PT
    # tolerated well" (the course may be), "PT cancelled 3/5", "PT 2x/wk x 6 wks".
    r"(?:cancel+(?:ed|s)|missed)\s+(?:(?:his|her|their|the|all|remaining|further|future|"
    r"next|last|several|multiple)\s+)+|no[- ]?show(?:ed|s)\b|"
    r"(?:tolerated|tolerates|tolerating)\s+(?!(?:well|poorly|fine|ok|okay|without|with)\b)"
    r"[a-z]|"
    r"(?:agrees|agreed|is\s+agreeable)\s+to\b|(?:verbalizes|verbalized)\b|"
    r"(?:is|was)\s+seen\s+(?:today|in|at|by|on)\b|"
    r"(?:has|had)\s+been\s+(?:taking|using|wearing|doing)\b|"
    r"(?:has|had|did)(?:\s+not|n't)\s+(?:yet\s+)?(?:start|started|begun|begin|attend|"
    r"attended|tried|try|done|do)\s+(?:formal\s+)?(?:PT|physical\s+therapy|therapy)\b|"
    r"(?:ambulates|ambulated|walks|walked)\s+(?:~\s*)?\d|"
    # The patient's own people: "PT's wife states ..." (a therapist's would be "PT's note").
    r"['\u2019]s\s+(?:wife|husband|spouse|partner|son|daughter|mother|father|mom|dad|family|"
    r"caregiver|employer|supervisor)\b)",
    re.IGNORECASE,
)
