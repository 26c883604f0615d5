"""A relative given as the speaker of what follows ("Husband: she can order coffee now but can't
make a phone call") is an informant about the patient, as "husband reports" is (cues.INFORMANT):
what the relative says is the patient's finding, not the family's (blind wave 81,
KW/therapy-speech-language-02, where the reader took the husband's account of the patient's
aphasia for the husband's own).

The same "<relative>:" opens a family history's entries ("Mother: breast ca at 45", "Husband:
diabetic"), which are the relative's. What tells them apart is whom the words after the colon
are about: a pronoun of the other sex than the relative ("Husband: she ...", "Mom: he ...", the
relative cannot be speaking of themself), the patient named as such ("Caregiver: pt needs ..."),
whether or not the words are quoted. A pronoun of the relative's own sex ("Mother:
she had a stroke at 60") stays the family's, and a family history section is the family's
whatever its lines say (findings.py).

A bed partner's or relative's account of the patient's night needs no pronoun: "Husband: loud
snoring, pauses, gasping" (blind wave 86, LQ/slp-02) names what only a witness sees or hears,
where a family history names the relative's diagnosis ("Brother: OSA on CPAP"); after a family
history label ("FHx: father - loud snoring") it stays the family's.

Nor does a relative's account of what the patient cannot say or understand now need one:
"Wife: can't use phone, can't order food." (blind wave 94, MX/slp-02) opens with an inability in
the present tense and no subject, the way a history taken from the spouse is jotted; a family
history's entry names the relative's disease ("Wife: has aphasia", "Mother: stroke, couldn't
talk"), its inability told in the past if at all; and a relative's inability of another kind
("Mother: can't do stairs") is as likely the relative's own, so it stays the family's. A past
inability told with a day of the last few ("Husband: was unable to order at dinner last night")
is an event the relative saw, not a family history's past.

Who the patient is decides the rest (blind wave 95, NC/speech-language-03: "Mother: she can't
follow spoken directions without signs." in a 3-year-old girl's SLP evaluation was read as the
mother's own limit, and SLP-003 called missing). A parent, grandparent or guardian speaking in a
child's note speaks of the child: a pronoun after the colon that may be the child's ("Mother: she
...", "Dad: he ...") and a present inability with no subject ("Mom: can't keep up with peers")
are the child's, where a family history's entry tells the relative's diagnosis ("Mother: she has
MS", "Dad: he had a stroke at 45") and stays the family's, as does anything a family history
label opens. In an adult's note, a pronoun of the patient's sex after a relative of that sex
tells the patient's limit of talking or understanding, as the subjectless inability above does
("Daughter: she can't find her words" for a woman); of another kind ("Sister: she can't walk,
uses a wheelchair") it stays the family's, as likely the sister's own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from .. import lazy_re

_MALE = (
    r"(?:husband|father|dad|son|brother|grandfather|grandpa|grand-?dad|grandson|uncle|nephew|"
    r"step-?father|foster\s+father|boyfriend)"
)
_FEMALE = (
    r"(?:wife|mother|mom|mum|daughter|sister|grandmother|grandma|grandmom|granny|nana|"
    r"granddaughter|aunt|niece|"
    r"step-?mother|foster\s+mother|girlfriend)"
)
_EITHER = r"(?:parents?|guardian|spouse|partner|grandchild|caregiver|foster\s+parents?|family)"
#: Between the relative and the colon: an aside ("Mom (guardian):") or where they are
#: ("Wife at bedside:", "Daughter on phone:").
_AFTER = (
    r"(?:\s*\([^()\n]{0,40}\))?"
    r"(?:\s+(?:at\s+(?:the\s+)?bedside|present|on\s+(?:the\s+)?phone|by\s+phone|via\s+phone))?"
    r"\s*(?::|-{1,2}|\u2013|\u2014)\s*"
)
#: The relative opens its statement or clause ("HPI: ... Husband: she ..."), or follows a
#: spaced dash that ends the patient's summary ("S: 63M HFrEF (EF 30%) - bed partner: loud
#: snoring, pauses, gasping": blind wave 101, NX/sleep-03). A hyphen inside a word opens nothing.
_OPENS = (
    r"(?:^|(?<=[.;:\n(])|(?<=\s[-\u2013\u2014]))\s*"
    r"(?:(?:pt|patient)['\u2019]?s\s+|his\s+|her\s+|the\s+)?"
)
#: The words may be quoted ('Mom: "he screams when he can't tell us"'); a quotation alone is
#: no speaker's, for a family history quotes the relative's disease as the patient told it
#: ('FHx: father - "late talker"', 'mother - "heart problem" in her 80s').
_QUOTE = r"[\"\u201c]?\s*"
_PATIENT = r"(?:pt|patient|the\s+(?:pt|patient|child)|member)\b"

#: What a bed partner or relative sees or hears the patient do at night ("Husband: loud snoring,
#: pauses, gasping": blind wave 86, LQ/slp-02): a witness's account, never a family history's
#: entry, which names a diagnosis ("Brother: OSA on CPAP"). Only the first words after the colon.
_WITNESSED = (
    r"(?:(?:loud|heavy|habitual|nightly|constant|frequent|witnessed|\w+ly)\s+){0,2}"
    r"(?:snor(?:es|ing|ts)|pauses?\b|gasp(?:s|ing)|chok(?:es|ing)|"
    r"stops?\s+breathing|quits?\s+breathing|apneas?\b|apneic\s+spells?)"
)
#: A present inability with no subject opening the words after the colon ("Wife: can't use
#: phone", "Daughter: unable to dress"): what the relative tells of the patient now. Not the past
#: ("couldn't", "was unable"), which a family history's entry uses for the relative's own illness.
_INABILITY = (
    r"(?:can['\u2019]?t|cannot|can\s+not|can\s+no\s+longer|no\s+longer\s+(?:able\s+to|can)|"
    r"(?:is\s+)?(?:unable|not\s+able)\s+to|(?:has\s+)?(?:trouble|difficulty)\s+\w+ing|"
    r"struggles\s+(?:to|with))\b"
)
#: ... of talking or understanding: the patient whose speech fails cannot tell it, so the relative
#: does; "Mother: can't do stairs, limps after 2 blocks" in a knee note is the mother's own limit
#: (tests/checklists/test_s76_limit_of_the_notes_region.py), as a family history's entry tells it.
_TALK = (
    r"(?:phone|order\w*|talk\w*|speak\w*|say|words?|nam(?:e|es|ing)|understand\w*|follow\w*|"
    r"read\w*|writ\w*|communicat\w*|express\w*|answer\w*|tell|ask|conversation\w*|swallow\w*)\b"
)
#: A past inability told with a day of the last few ("Husband: was unable to order at dinner last
#: night", "couldn't answer the phone yesterday"): an event the relative saw, where a family
#: history's past has no such day ("Mother: stroke, couldn't talk", "... after her stroke last
#: year").
_PAST_INABILITY = (
    r"(?:couldn['\u2019]?t|could\s+not|was\s+(?:unable|not\s+able)\s+to|"
    r"wasn['\u2019]?t\s+able\s+to|had\s+(?:trouble|difficulty)\s+\w+ing)\b"
)
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_RECENT = (
    r"[^.;\n]{0,80}?\b(?:yesterday|today|tonight|this\s+(?:morning|afternoon|evening|week|weekend)|"
    rf"last\s+(?:night|evening|week|weekend|{_DAYS})|on\s+{_DAYS}|the\s+other\s+day|"
    r"(?:a\s+few|a\s+couple\s+of|several|two|three|\d)\s+days\s+ago)\b"
)
#: ... unless a family history label opens the statement ("FHx: father - loud snoring, OSA").
_FAMILY_LABEL = lazy_re.compile(r"\b(?:fhx|fh|family\s+(?:history|hx))\b", re.IGNORECASE)

#: The patient and a relative given together as the speakers ("Mom and pt: avoids ordering
#: food, won't read aloud in class": blind wave 109, OV/therapy-speech-language-03; "Pt/wife:",
#: "Patient & husband:"): an informant prefix, as "Hx from patient and husband:" is
#: (cues.INFORMANT). The patient tells it too, so what follows is the patient's whatever its
#: words; a family history label before it still makes it the family's (any_speaker).
_JOINT = (
    rf"(?:(?:{_MALE}|{_FEMALE}|{_EITHER})\s*(?:and|&|\+|/)\s*{_PATIENT}|"
    rf"{_PATIENT}\s*(?:and|&|\+|/)\s*(?:(?:his|her|the)\s+)?(?:{_MALE}|{_FEMALE}|{_EITHER}))"
)
SPEAKER = lazy_re.compile(
    rf"{_OPENS}(?:{_JOINT}{_AFTER}|{_MALE}{_AFTER}{_QUOTE}(?:she|her)\b|{_FEMALE}{_AFTER}{_QUOTE}(?:he|his|him)\b|"
    rf"{_EITHER}{_AFTER}{_QUOTE}(?:she|he|her|his|him)\b|"
    rf"(?:{_MALE}|{_FEMALE}|{_EITHER}){_AFTER}{_QUOTE}{_PATIENT}|"
    rf"(?:{_MALE}|{_FEMALE}|{_EITHER}|bed\s*partner){_AFTER}{_QUOTE}(?={_WITNESSED})|"
    rf"(?:{_MALE}|{_FEMALE}|{_EITHER}){_AFTER}{_QUOTE}(?={_INABILITY}\s*(?:\w+\s+){{0,2}}{_TALK})|"
    rf"(?:{_MALE}|{_FEMALE}|{_EITHER}){_AFTER}{_QUOTE}"
    rf"(?={_PAST_INABILITY}\s*(?:\w+\s+){{0,2}}{_TALK}{_RECENT}))",
    re.IGNORECASE,
)


#: Who speaks for a child: a parent, grandparent, guardian or one who stands in for them.
_ELDER = (
    r"(?:mother|mom|mum|mommy|mama|father|dad|daddy|papa|parents?|guardian|grandmother|grandma|"
    r"grandmom|granny|nana|grand-?dad|grandfather|grandpa|grandparents?|aunt|uncle|"
    r"step-?(?:mother|father|mom|dad)|"
    r"foster\s+(?:mother|father|mom|dad|parents?)|caregiver)"
)
#: A pronoun after the colon, ended before it so that what follows is read as the statement's
#: own words ("Mother: her brother has autism": the brother's, caregiver_care._RELATIVE_SUBJECT).
_PRONOUN = r"(?=(?P<pronoun>she|he|her|his|him)\b"
#: ... not opening a family history's entry on the relative: a disease had, a diagnosis, a death
#: ("Mother: she has MS", "Dad: he had a stroke"); "she has trouble ..." is an inability.
_OWN_HISTORY = (
    r"(?!\s+(?:has|had|have)\b(?!\s+(?:trouble|difficulty|a\s+hard\s+time|problems?)\b)|"
    r"\s+(?:was\s+|is\s+)?(?:diagnosed|dx|died|passed|deceased)\b))"
)
CHILD_SPEAKER = lazy_re.compile(
    rf"{_OPENS}{_ELDER}{_AFTER}{_QUOTE}"
    rf"(?:{_PRONOUN}{_OWN_HISTORY}|(?={_INABILITY})|(?={_PAST_INABILITY}{_RECENT}))",
    re.IGNORECASE,
)
#: A relative of the patient's own sex with the patient's pronoun and a present inability of
#: talking or understanding ("Daughter: she can't find her words" for a woman).
SEX_SPEAKER = lazy_re.compile(
    rf"{_OPENS}(?:{_MALE}|{_FEMALE}|{_EITHER}){_AFTER}{_QUOTE}"
    rf"(?=(?P<pronoun>she|he)\s+(?:{_INABILITY}\s*(?:\w+\s+){{0,2}}{_TALK}|"
    rf"{_PAST_INABILITY}\s*(?:\w+\s+){{0,2}}{_TALK}{_RECENT}))",
    re.IGNORECASE,
)
#: An adult's age after the speaker ("at 60", "in her 40s"): a family history's, not a child's
#: account ("at 18 months" is a child's age).
_ADULT_AGE = lazy_re.compile(
    r"\b(?:at|aged?)\s+(?:age\s+)?\d{2}\b(?!\s*(?:mo|months?|m|wks?|weeks?)\b)|"
    r"\bin\s+(?:her|his|their)\s+\d0s\b",
    re.IGNORECASE,
)
_SEXES = {"she": "female", "her": "female", "he": "male", "his": "male", "him": "male"}
#: Under this age on the note's day the patient is a child whose parents give the history.
CHILD_YEARS = 18


def is_child(born: dt.date | None, day: dt.date | None) -> bool:
    """Whether a patient born on ``born`` is a child on ``day`` (False when either is unknown)."""
    if born is None or day is None:
        return False
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day)) < CHILD_YEARS


def speakers(text: str, sex: str = "", child: bool = False) -> Iterator[re.Match[str]]:
    """The relatives a statement gives as the speaker of what it says of the patient, ``sex``
    ("female", "male" or "") and ``child`` being what the record says of the patient."""
    yield from SPEAKER.finditer(text)
    if child:
        for m in CHILD_SPEAKER.finditer(text):
            said = _SEXES.get((m.group("pronoun") or "").lower())
            if (not said or not sex or said == sex) and not _ADULT_AGE.search(text, m.end()):
                yield m
    if sex:
        for m in SEX_SPEAKER.finditer(text):
            if _SEXES[m.group("pronoun").lower()] == sex and not _ADULT_AGE.search(text, m.end()):
                yield m


def speaks_for_patient(text: str, sex: str = "", child: bool = False) -> bool:
    """Whether a statement gives a relative as the speaker of what it says of the patient."""
    return any_speaker(text, speakers(text, sex, child))


def any_speaker(text: str, found: Iterable[re.Match[str]]) -> bool:
    """Whether any of the speakers ``found`` in ``text`` is not a family history label's entry
    ("FHx: father - loud snoring")."""
    return any(not _FAMILY_LABEL.search(text, 0, m.start() + 1) for m in found)
