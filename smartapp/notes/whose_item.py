"""Whose finding it is: a relative's own score or drug, and an item the note gives to someone else.

Blind wave 86 (brief s74-i): "Older brother (age 8) also has language delay - his CELF-5 CLS was
72 last year" met a child's standardized scores with the brother's (LQ/slt-03), and "Allergies
reviewed: 'insulin' listed by prior office - pt says that was her sister's, never on insulin"
met insulin treatment (LR/cgm-02). Two readings, each a function of one statement:

* ``relatives_own``: a target after a possessive pronoun ("his", "her") that refers back to a
  relative who is the subject of its own clause in the same sentence ("brother has ...; his
  ...", "Sister takes insulin - her A1c ..."), the pronoun of the relative's sex. Not a relative
  who only tells ("Mother says his CELF-5 CLS was 72": the patient's), nor a pronoun of the other
  sex ("Brother has delays; her CELF-5 ...": the patient's).
* ``relatives_self``: a target a relative tells of themself, the reflexive saying so: "Mother
  reports her own speech is unclear", "Mom says she herself stutters", "Father's own speech was
  late" (brief s85-switch: read as the child's in a girl's SLP evaluation, where "her" alone is
  the child's). The informant tells the patient's finding unless "own" or "herself" turns it
  back on them; the pronoun is of the relative's sex, nothing standing between them but the
  verb of telling ("Mother reports the child ... her own" is the child's).
* ``given_away_spans``: the words before a remark that they were someone else's or are
  listed in error ("'insulin' listed - pt says that was her sister's", "belongs to her
  husband", "insulin listed in error"): those words are no evidence (read as retracted).
* ``relatives_test_answer``: a prior-test field answered with a relative who had the test, in
  the patient's quoted or reported words ('Prior genetic testing: "my sister did it"': wave 88,
  LZ/genetic-01, brief s75-e): the relative's test, family history, not the patient's.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_end
from .cues import RELATIVE

_MALE = (
    r"(?:husband|father|dad|son|brother|grandfather|grandpa|grandson|uncle|nephew|stepfather|"
    r"boyfriend)"
)
_FEMALE = (
    r"(?:wife|mother|mom|mum|daughter|sister|grandmother|grandma|granddaughter|aunt|niece|"
    r"stepmother|girlfriend)"
)
#: A relative who is the subject of a clause of their own ("Older brother (age 8) also has
#: language delay", "Sister is on insulin"), then, in the same sentence, a possessive pronoun.
#: The verbs are those a relative's own history takes; an informant's ("says", "reports") are
#: left out on purpose: what an informant tells is the patient's (cues.INFORMANT).
_OWN_CLAUSE = lazy_re.compile(
    r"\b(?:(?:older|younger|twin|big|little|baby|half-?|step-?)\s*)?"
    rf"(?P<who>{_MALE}|{_FEMALE})\b(?:\s*\([^()\n]{{0,40}}\))?\s+"
    r"(?:also\s+|too\s+)?(?:has|had|have|is|was|takes|took|uses|used|with|on|scored|tested)\b"
    r"[^.!?\n]*?\b(?P<pronoun>his|her)\s+$",
    re.IGNORECASE,
)
#: How far back the relative's clause may open.
_REACH = 160


def relatives_own(text: str, at: int) -> bool:
    """Whether the target at ``at`` of note ``text`` follows a pronoun that refers to a
    relative who is the subject of an earlier clause of the same sentence (a statement may end
    at the clause: the note is read back to the sentence)."""
    before = text[max(0, at - _REACH) : at]
    if before.rstrip()[-3:].lower() not in ("his", "her"):
        return False  # most targets: no pronoun right before, nothing to read back
    match = _OWN_CLAUSE.search(before)
    if not match:
        return False
    male = re.fullmatch(_MALE, match.group("who"), re.IGNORECASE) is not None
    return (match.group("pronoun").lower() == "his") == male


#: The verb a relative tells with, and what may stand beside it before their reflexive.
_TELLS = (
    r"(?:reports?|reported|states?|stated|says|said|notes?|noted|describes?|described|adds?|"
    r"added|admits?|admitted|mentions?|mentioned|shares?|shared|relates?|related|feels?|felt|"
    r"thinks?|thought|endorses?|endorsed|worries|is\s+concerned|that|also|too|,)"
)
#: A relative, then (after the verb they tell with at most) their own reflexive: "Mother reports
#: her own ", "Mom says she herself has a ", "Dad himself ", "Mother's own "; then at most a
#: few words up to the target.
_SELF = lazy_re.compile(
    r"\b(?:(?:older|younger|twin|big|little|half-?|step-?)\s*)?"
    rf"(?P<who>{_MALE}|{_FEMALE})\b(?:\s*\([^()\n]{{0,40}}\))?"
    rf"(?:['\u2019]s\s+(?P<possessed>own)|\s*:?(?:\s+{_TELLS})*\s+"
    r"(?:(?P<pronoun>his|her)\s+own|(?P<subject>she|he)\s+(?P<both>herself|himself)|"
    r"(?P<self>herself|himself)))\b"
    r"(?:\s+[\w'-]+){0,4}?\s*$",
    re.IGNORECASE,
)


def relatives_self(text: str, at: int) -> bool:
    """Whether the target at ``at`` of note ``text`` is told by a relative of themself: their
    reflexive ("her own", "she herself", "Mother's own") right before it, of their sex."""
    before = text[max(0, at - _REACH) : at]
    if "own" not in before.lower() and "self" not in before.lower():
        return False  # most targets: no reflexive to read
    match = _SELF.search(before)
    if match is None:
        return False
    if match.group("possessed"):
        return True
    male = re.fullmatch(_MALE, match.group("who"), re.IGNORECASE) is not None
    words = [match.group(g) for g in ("pronoun", "subject", "both", "self") if match.group(g)]
    return all((w.lower() in ("his", "he", "himself")) == male for w in words)


#: "that was her sister's", "it is her husband's", "belongs to her mother", "is for her son":
#: the item named before is someone else's; "listed in error", "entered in error" (without the
#: "was" not_evidence.RETRACTED asks for): it is nobody's.
_GIVEN_AWAY = lazy_re.compile(
    r"([^.;:()]{1,120}?)\s*[-,(\u2013\u2014]?\s*"
    r"(?:(?:(?:pt|patient|she|he)\s+(?:says|states|reports|clarifies|clarified|said|stated)\s+)?"
    r"(?:(?:that|it|this|these|they)\s+)?(?:was|were|is|are)\s+(?:actually\s+)?"
    rf"(?:(?:his|her|their|a|the)\s+)?(?:(?:pt|patient)['\u2019]s\s+)?{RELATIVE}['\u2019]s\b"
    # ... the possessive closing its clause: not "was her mother's biggest worry".
    r"(?![ \t]*[\w(])"
    rf"|(?:belongs?|belonged)\s+to\s+(?:(?:his|her|their|the)\s+)?{RELATIVE}\b"
    r"|(?:listed|entered|charted|recorded|added)\s+(?:\w+\s+){0,3}?in\s+error\b)",
    re.IGNORECASE,
)


#: What every match of ``_GIVEN_AWAY`` holds: a relative's possessive, "belong", or "in error".
#: Most statements hold none, and ``_GIVEN_AWAY``'s opening lazy group is tried at every
#: character of a statement that could match, which cost ~14 % of a folder's scoring (issue 19).
_GIVEN_AWAY_WORDS = lazy_re.compile(rf"{RELATIVE}['\u2019]s\b|belong|in\s+error\b", re.IGNORECASE)


def given_away_spans(text: str) -> list[tuple[int, int]]:
    """The spans of statement ``text`` that a remark after them gives to someone else, or says
    were listed in error."""
    if _GIVEN_AWAY_WORDS.search(text) is None:
        return []  # no remark of the kind: the full pattern could only scan and find nothing
    return [(m.start(1), m.end(1)) for m in _GIVEN_AWAY.finditer(text)]


#: Labels of a test a relative has of their own: in a genetics history a relative's germline
#: test (cascade testing) is told in the same field as the patient's. Not care in general
#: ("Wound care: daughter does it" is a carer doing the patient's care), nor genetic counseling,
#: which for a child is given to the parents ("Genetic counseling: mom did it" may be the child's).
_OWN_TESTS = frozenset({"clinical-notes|prior-germline-test"})
#: Relatives and the family at large ("family member tested - negative").
_KIN = (
    r"(?:sister|brother|sibling|twin|son|daughter|mother|mom|mum|father|dad|aunt|uncle|cousin|"
    r"niece|nephew|grand(?:mother|father|ma|pa|son|daughter)|half[- ]?(?:sister|brother)|wife|"
    r"husband|spouse|family\s+members?|relatives?|family)"
)
#: Whose relative: the patient's own words ("my sister", "our mom") or the writer's ("her
#: brother", "pt's mother"), with an age or side between ("older sister", "maternal aunt").
_KIN_OF = (
    r"(?:(?:my|our|her|his|their|pt['\u2019]?s|patient['\u2019]?s|the|a|one)\s+)?"
    r"(?:(?:older|younger|elder|big|little|twin|maternal|paternal)\s+)?"
    rf"{_KIN}\b(?!['\u2019]s)"
)
#: The field's label, then the answer's opening words that say nothing of whose test it is: a
#: quotation mark, "yes,", "per pt", "pt says", "only".
_LABEL = r"^(?P<label>[^:?\n]{0,80}?(?::|\?|\s[-\u2013\u2014]{1,2}\s))"
_OPENING = (
    r"(?:\s|[\"'\u201c\u2018(\[])*(?:(?:yes|y|\+)\b[\s,:;-]*)?"
    r"(?:(?:per\s+(?:pt|patient)|(?:pt|patient|she|he)\s+(?:says|states|reports|said|stated|"
    r"reported))\b[\s,:;-]*)?(?:[\"'\u201c\u2018]\s*)?(?:only\s+)?"
)
#: The answer names a relative as the one tested: with a verb of having it ("my sister did it",
#: "mom was tested", "her brother had BRCA testing", "family member tested - negative"), alone
#: or with "only" ("sister only", '"only my sister"', "mother (BRCA2+)"), or as whom it was done
#: by or on ("done by sister"). Not "had to", a carer's task.
RELATIVE_ANSWER = lazy_re.compile(
    rf"{_LABEL}{_OPENING}(?:"
    rf"{_KIN_OF}(?:\s*\([^()\n]{{0,30}}\))?(?:,?\s+(?:(?:also|previously|once|already)\s+)?"
    r"(?:did|had(?!\s+to\b)|has\s+had|(?:was|were|got|has\s+been|had\s+been)\s+tested|"
    r"tested|underwent|completed|went\s+through|got\s+(?:it|one|the\s+test|testing))\b"
    r"|\s+only\b|\s*(?=$|[\"'\u201d\u2019)\],(]|\s[-\u2013\u2014]))"
    rf"|(?:done|performed|completed|tested)\s+(?:only\s+)?(?:by|on)\s+{_KIN_OF})",
    re.IGNORECASE,
)
#: The patient named in the answer as tested too ("my sister and I both did it", "sister and pt
#: tested"): then it is not the relative's alone. Said not to have been ("not me", "pt never
#: tested") it leaves the relative's. "She" and "he" are left out: after a relative they are the
#: relative ("my mom did it, she was negative").
_PATIENT_TOO = lazy_re.compile(r"\b(?:i|me|myself|pt|patient|both)\b", re.IGNORECASE)
_PATIENT_NOT = lazy_re.compile(
    r"\b(?:not|never)\s+(?:me|myself|(?:the\s+)?(?:pt|patient))\b|"
    r"\b(?:i|pt|patient)\s+(?:(?:has|was|had|have)\s+)?(?:never|not)\b[^.;,]*",
    re.IGNORECASE,
)
_STATEMENT_END = lazy_re.compile(r"[.;\n]")


def relatives_test_answer(label: str, text: str, start: int, end: int) -> bool:
    """Whether the target ``text[start:end]`` (a ``label`` of a test one has of one's own) is a
    field whose answer names a relative as the one tested: the relative's test, not the
    patient's. The answer is read to the statement's end, past the target."""
    if label not in _OWN_TESTS:
        return False
    region = text[start : clause_end(text, end, _STATEMENT_END)]
    match = RELATIVE_ANSWER.search(region)
    # the field must be the target's own (its label ends in or right after the target), not a
    # later one of the same statement
    if not match or match.end("label") > end - start + 4:
        return False
    rest = _PATIENT_NOT.sub(" ", region[match.end() :])
    return not _PATIENT_TOO.search(rest)
