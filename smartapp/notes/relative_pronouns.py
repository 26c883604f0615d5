"""A pronoun that opens a statement right after one about a relative is the relative's (brief
s75-f, a wording noticed while reading blind cases).

"Brother has OSA. His snoring is loud." met SLEEP-001 (the patient's sleep apnea symptoms):
ConText keeps a relative's scope inside its own statement, so the second statement's snoring was
the patient's. Read as a reader does, "His" points back to the brother, the subject of the
statement before, when nothing between names the patient; the finding is then the family's.

Only when the pronoun agrees with the relative ("Brother ... His", "Mother ... She"): "Wife
reports loud snoring. He also falls asleep driving" is the patient again (the wife cannot be
"he"). Nor when the relative's statement tells what they saw or said of the patient ("Wife
reports he stops breathing. She also notes his snoring is loud"), when the pronoun's statement
reports ("He says", "She notes") or names the patient, or when the relative's statement is
two away ("Brother has OSA. Pt snores. His wife ...").
"""

from __future__ import annotations

import re

from .. import lazy_re

_MALE = r"(?:father|dad|son|brother|grandfather|grandpa|grandson|uncle|nephew|husband|stepfather)"
_FEMALE = (
    r"(?:mother|mom|mum|daughter|sister|grandmother|grandma|granddaughter|aunt|niece|wife|"
    r"stepmother)"
)
#: The relative as the subject opening its statement: "Brother has OSA", "Pt's mother - OSA on
#: CPAP", "His older brother was diagnosed ...". Group 1: a man, group 2: a woman.
_RELATIVE_SUBJECT = lazy_re.compile(
    r"^\s*(?:(?:pt|patient)['\u2019]?s\s+|his\s+|her\s+|the\s+)?"
    r"(?:(?:older|younger|twin|maternal|paternal|half|step)[- ]?)?"
    rf"(?:({_MALE})|({_FEMALE}))\b",
    re.IGNORECASE,
)
#: A relative who tells or sees what the patient does: their statement is about the patient.
_TELLS = lazy_re.compile(
    r"\b(?:report\w*|say\w*|said|state\w*|note\w*|describ\w*|observ\w*|witness\w*|hear\w*|"
    r"heard|notic\w*|told|tells|concern\w*|worr\w*|complain\w*|endorse\w*|per|accompan\w*|"
    r"bed\s*partner|present|brought|thinks|feels)\b",
    re.IGNORECASE,
)
_HE = lazy_re.compile(r"^\s*(?:he|his|him)\b", re.IGNORECASE)
_SHE = lazy_re.compile(r"^\s*(?:she|her)\b", re.IGNORECASE)
_PATIENT = lazy_re.compile(r"\b(?:pt|patient|the\s+child|member)\b", re.IGNORECASE)
#: The end of the statement before: a full stop (not a decimal or an initial) or a semicolon.
_ENDS = lazy_re.compile(r"(?<!\d)[.;!?](?=\s)")


def relative_pronoun(note_text: str, start: int, text: str) -> bool:
    """Whether the statement ``text`` at ``start`` in ``note_text`` opens with a pronoun that
    points back to the relative who is the subject of the statement right before it."""
    he, she = _HE.match(text), _SHE.match(text)
    if not (he or she) or _TELLS.search(text[:40]) or _PATIENT.search(text):
        return False
    # The statement before, on this line or the line before (a paragraph's sentences).
    lead = note_text[max(0, start - 200) : start]
    lead = "\n".join(lead.split("\n")[-2:])
    if not re.search(r"[.;!?]\s*$", lead):
        return False  # the statement before did not end: a clause of the same sentence
    body = lead.rstrip()[:-1]
    ends = list(_ENDS.finditer(body))
    before = body[ends[-1].end() :] if ends else body.split("\n")[-1]
    relative = _RELATIVE_SUBJECT.match(before)
    if relative is None or _TELLS.search(before):
        return False
    return bool((he and relative.group(1)) or (she and relative.group(2)))
