"""A child under 7 with a hearing loss from birth is in developmental therapy, re-evaluated every
six months, not every 60 days (brief s68-h, blind wave 72, JM/therapy-speech-language-03: a
4-year-old with "bilateral profound SNHL at birth" and cochlear implants, in auditory
rehabilitation for prelingual hearing loss, re-evaluated 133 days before the request, was held
to 60 days). Ohio's developmental therapy is a child's from birth through six attaining skills
not yet achieved (OAC 5101:3-34-01.1(C)); the same history or code for an adult is
rehabilitative (DY/slp-03, age 75: 81 days is too long), and so is a loss acquired later.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _stated(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "prelingual-hearing-loss")


@pytest.mark.parametrize(
    "text",
    [
        "Hx per father: bilateral profound SNHL at birth, CI R 11/2023, L 5/2024.",
        "Congenital bilateral SNHL; bilateral CI.",
        "4 y/o prelingually deafened, implanted at 13 mo.",
        "Dx: prelingual profound hearing loss.",
        "Hearing loss identified at birth (failed NBHS x2), ABR confirmed.",
        "Born deaf; CI activated 2024.",
        "Pt born with bilat severe-to-profound SNHL.",
        "congenitaly deaf, L CI 6/2024",
        "Severe SNHL since birth - hearing aids at 3 mo.",
    ],
)
def test_a_hearing_loss_from_birth_is_read(text: str) -> None:
    assert _stated(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Sudden SNHL at age 4 after bacterial meningitis.",
        "Passed newborn hearing screen; progressive loss noted at 3 yrs.",
        "No congenital hearing loss.",
        "Family history of congenital deafness (maternal uncle).",
        "Rule out congenital CMV hearing loss.",
        "Postlingual deafness after ototoxic chemo.",
    ],
)
def test_a_loss_acquired_later_denied_or_another_s_is_not(text: str) -> None:
    assert not _stated(text), text


_REEVAL = (
    "Auditory-Verbal Re-Evaluation\nHx: bilateral profound SNHL at birth, bilateral CI.\n"
    "PLS-5 Auditory Comprehension SS 74, Expressive SS 70.\n"
    "Goals (6 mo): identify Ling 6/6. Plan: auditory rehab 1x/wk 60 min."
)


def _bundle(born: str | None, code: str = "92630", text: str = _REEVAL):
    # Re-evaluated 11/20/25, 110 days before the service on 3/10/26: past 60, within six months.
    bundle = record(code, _note("e1", "2025-11-20", text), reason="H90.3")
    if born:
        bundle["entry"][0]["resource"]["birthDate"] = born
    return bundle


def test_a_child_under_7_in_prelingual_auditory_rehab_has_six_months() -> None:
    assert status(_bundle("2022-06-14"), "SLP-005")["status"] == "met"


def test_the_note_s_history_holds_for_another_code_too() -> None:
    assert status(_bundle("2022-06-14", code="92508"), "SLP-005")["status"] == "met"


def test_a_child_without_a_loss_from_birth_keeps_60_days() -> None:
    text = _REEVAL.replace("bilateral profound SNHL at birth", "SNHL after meningitis at 3")
    assert status(_bundle("2022-06-14", code="92633", text=text), "SLP-005")["status"] != "met"


@pytest.mark.parametrize("born", ["1951-03-02", "2018-01-15", None])
def test_an_adult_an_older_child_or_an_unknown_age_keeps_60_days(born: str | None) -> None:
    assert status(_bundle(born), "SLP-005")["status"] != "met"
