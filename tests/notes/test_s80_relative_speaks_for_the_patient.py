"""Who a relative's words are about (brief s80-speaker, blind wave 95, NC/speech-language-03).

"Mother: she can't follow spoken directions without signs." in a 3-year-old girl's SLP
evaluation is the mother telling the child's limit; the engine took it for the mother's own and
called SLP-003 missing. The record says who the patient is (Patient.gender, birthDate), and that
decides what the pronoun after the colon can be:

- a parent, grandparent or guardian speaking in a child's note speaks of the child, whether a
  pronoun the child's ("Mother: she ...", "Dad: he ...") or a present inability with no subject
  ("Mom: can't keep up with peers") follows;
- in an adult's note a pronoun of the patient's sex after a relative of that sex tells the
  patient's limit of talking or understanding ("Daughter: she can't find her words"), as the
  subjectless "Wife: can't use phone" does (s79-slp);
- a relative reporting ("Dad reports he falls", "Wife says pt can't ...", "per mom, child ...")
  was the patient's already, whoever the patient is;
- a past inability told with a day of the last few ("Husband: was unable to order at dinner
  last night") is an event the relative saw, where a family history's past has no such day.

Near misses that stay the family's: a family history's entry on the relative ("Mother: she has
MS", "Dad: he had a stroke at 45", an adult's age), an FHx label, the relative as the subject
("Mom: I can't lift him", "Mother has MS", "Mother: her brother ..."), a pronoun that cannot be the
patient ("Mother: she ..." in a boy's note), and a limit of another kind in an adult's note
("Sister: she can't walk, uses a wheelchair"; "Mother: can't do stairs" in a knee note,
tests/checklists/test_s76_limit_of_the_notes_region.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.relative_speaker import is_child, speaks_for_patient

DAY = dt.date(2026, 5, 29)
GIRL = ("female", dt.date(2022, 3, 10))
BOY = ("male", dt.date(2021, 9, 12))
WOMAN = ("female", dt.date(1950, 1, 1))
MAN = ("male", dt.date(1954, 3, 12))
UNKNOWN = ("", None)


def _findings(text: str, concept: str, patient: tuple[str, dt.date | None]) -> list:
    sex, born = patient
    note = NoteInput("DocumentReference/r1", text, DAY, "", sex, born)
    return [f for f in find_findings([note]) if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "concept", "patient"),
    [
        # The case: a mother telling her daughter's limit.
        ("Mother: she can't follow spoken directions without signs.", "communication-limitation",
         GIRL),
        ("Mom: she falls daily and can't keep up with peers.", "walking-limitation", GIRL),
        ("Mother: she can't climb stairs without help.", "activity-limitation", GIRL),
        ("Mother: her speech is hard to understand.", "communication-limitation", GIRL),
        ("Dad: he can't tell us when he's hurt.", "communication-limitation", BOY),
        ("Grandma (guardian): she can't tell us when she's hurt.", "communication-limitation",
         GIRL),
        ("Mom: she has trouble following 2-step directions.", "communication-limitation", GIRL),
        # A child's parent's inability with no subject is the child's, of any kind.
        ("Mom: can't keep up with peers at recess, falls a lot.", "walking-limitation", GIRL),
        ("Mother: can't do stairs, limps after 2 blocks.", "walking-limitation", BOY),
        # An adult's relative of the patient's sex, telling a limit of talking.
        ("Daughter: she can't find her words, can't use the phone.", "communication-limitation",
         WOMAN),
        ("Son: he can't follow a conversation at dinner.", "communication-limitation", MAN),
        # A relative reporting of the patient: so whoever the patient is.
        ("Dad reports he falls at home.", "walking-limitation", UNKNOWN),
        ("Wife says pt can't dress himself.", "activity-limitation", UNKNOWN),
        ("Per mom, child can't follow 2-step directions.", "communication-limitation", UNKNOWN),
        ("Mom reports she can't follow directions at school.", "communication-limitation",
         UNKNOWN),
        ("Mother: he can't follow spoken directions without signs.", "communication-limitation",
         UNKNOWN),
    ],
)  # fmt: skip
def test_a_relative_telling_of_the_patient_is_the_patient_s(
    text: str, concept: str, patient: tuple[str, dt.date | None]
) -> None:
    found = _findings(text, concept, patient)
    assert found and all(f.asserted and not f.family for f in found), text


@pytest.mark.parametrize(
    ("text", "concept", "patient"),
    [
        # A family history's entry on the relative, in a child's note.
        ("Mother: she has MS and can't walk.", "activity-limitation", GIRL),
        ("Dad: he had a stroke at 45, can't talk.", "communication-limitation", BOY),
        ("Mother: she can't drive since her seizure at age 34.", "activity-limitation", GIRL),
        ("FHx: Mother: she can't walk since her stroke.", "activity-limitation", GIRL),
        # The relative, or another relative, as the subject.
        ("Mom: I can't lift him anymore.", "activity-limitation", BOY),
        ("Mother has MS and can't walk.", "activity-limitation", GIRL),
        ("Mother: her brother can't talk yet.", "communication-limitation", GIRL),
        # A pronoun that cannot be the patient.
        ("Mother: she can't follow spoken directions without signs.", "communication-limitation",
         BOY),
        # A sibling is no one a child's history is taken from.
        ("Sister: she can't walk, uses a wheelchair.", "activity-limitation", GIRL),
        # An adult's relative of the patient's sex: a limit of another kind is as likely theirs.
        ("Sister: she can't walk, uses a wheelchair.", "activity-limitation", WOMAN),
        ("Daughter: she can't walk, uses a wheelchair.", "activity-limitation", WOMAN),
        ("Mother: can't do stairs, limps after 2 blocks.", "walking-limitation", WOMAN),
        # A relative's talking limit told with the relative's own age.
        ("Mother: she had a stroke at 60, can't talk.", "communication-limitation", WOMAN),
        # Nothing known of the patient: the pronoun may be the mother's own.
        ("Mother: she can't follow spoken directions without signs.", "communication-limitation",
         UNKNOWN),
    ],
)  # fmt: skip
def test_a_relative_s_own_stays_the_family_s(
    text: str, concept: str, patient: tuple[str, dt.date | None]
) -> None:
    found = _findings(text, concept, patient)
    assert found and all(f.family for f in found), text


def test_a_child_is_under_eighteen_on_the_note_s_day() -> None:
    born = dt.date(2008, 6, 1)
    assert is_child(born, dt.date(2026, 5, 31))
    assert not is_child(born, dt.date(2026, 6, 1))
    assert not is_child(None, DAY) and not is_child(born, None)


def test_what_the_speaker_rule_is_told_of_the_patient() -> None:
    text = "Mother: she can't follow spoken directions without signs."
    assert speaks_for_patient(text, "female", child=True)
    assert speaks_for_patient(text, "", child=True)  # a child of unknown sex: may be hers
    assert speaks_for_patient(text, "female", child=False)  # a talking limit, her sex
    assert not speaks_for_patient(text, "male", child=True)
    assert not speaks_for_patient(text)


@pytest.mark.parametrize(
    ("text", "concept", "patient", "patients"),
    [
        # A past inability with a day of the last few: an event the relative saw.
        ("Husband: was unable to order at dinner last night.", "communication-limitation",
         UNKNOWN, True),
        ("Daughter: she was unable to answer the phone yesterday.", "communication-limitation",
         WOMAN, True),
        ("Mom: was unable to climb the slide at the park yesterday.", "activity-limitation",
         BOY, True),
        # A family history's past: no such day.
        ("Wife: was unable to order at dinner after her stroke last year.",
         "communication-limitation", UNKNOWN, False),
        ("Mother: was unable to speak for a week after her stroke.", "communication-limitation",
         UNKNOWN, False),
        ("Mom: was unable to climb stairs after her knee surgery.", "activity-limitation", BOY,
         False),
        # Of another kind in an adult's note: as likely the relative's own.
        ("Mom: was unable to climb the slide at the park yesterday.", "activity-limitation",
         WOMAN, False),
    ],
)  # fmt: skip
def test_a_past_inability_is_the_patient_s_when_told_with_a_recent_day(
    text: str, concept: str, patient: tuple[str, dt.date | None], patients: bool
) -> None:
    found = _findings(text, concept, patient)
    assert found and all(f.family is not patients for f in found), text
