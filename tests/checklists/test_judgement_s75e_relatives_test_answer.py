"""A prior-test field answered with a relative's test is family history (GEN-004; blind wave 88,
LZ/genetic-01, brief s75-e).

A nurse's intake wrote 'Prior genetic testing: "my sister did it". Denies prior own testing.':
the quoted answer was read as the patient's own germline test, so GEN-004 (not tested before)
went missing. The relative who had the test may be in the patient's words ("my sister", "our
mom") or the writer's ("her brother", "per pt her mother"), with a verb of having it, alone or
"only", or as whom it was done by. The patient's own test stays hers ("had Myriad panel 2022,
neg", "yes - BRCA1/2 2021 (negative)", "my sister and I both did it - Myriad 2020 neg"), and a
consumer kit she did herself ("I did it through 23andMe") is no clinical test either way.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.whose_item import relatives_test_answer

from .test_judgement import one_note_record, status

_GC = (
    "GENETIC COUNSELING - PRE-TEST 02/18/2026\n"
    "Indication: breast cancer dx at 42. FHx: maternal aunt breast ca ~55.\n"
    "{line}\n"
    "Discussed BRCA1/2 results, VUS, GINA. Pt consents."
)
_LABEL = "clinical-notes|prior-germline-test"


def _status(line: str) -> str:
    bundle = one_note_record("81162", "2026-02-18", _GC.format(line=line), reason="C50.412",
                             ident="gc")  # fmt: skip
    return status(bundle, "GEN-004")["status"]


def _prior(text: str) -> list:
    notes = [NoteInput("DocumentReference/g1", text, dt.date(2026, 3, 18))]
    return [f for f in find_findings(notes) if f.concept == "prior-germline-test"]


@pytest.mark.parametrize(
    "line",
    [
        'Prior genetic testing: "my sister did it". Denies prior own testing.',
        'Prior genetic testing: "my sister did it".',
        "Prior genetic testing: mom was tested.",
        "Prior genetic testing: her brother had BRCA testing.",
        "Prior genetic testing: family member tested - negative.",
        "Prior genetic testing: none (sister tested 2019).",
        "Prior genetic testing: per pt her mother did it.",
        'Prior genetic testing: "only my sister".',
        "Prior genetic testing: sister only (BRCA neg 2019).",
        "Prior genetic testing: done by sister.",
        "Previous genetic testing - my mom did it, she was negative.",
        "Prior genetic testing: older sister had it done 2021.",
    ],
)
def test_a_relatives_test_in_the_answer_is_no_prior_test_of_the_patient(line: str) -> None:
    assert _status(line) == "met", line


@pytest.mark.parametrize(
    "line",
    [
        "Prior genetic testing: had Myriad panel 2022, neg.",
        "Prior genetic testing: yes - BRCA1/2 2021 (negative).",
        'Prior genetic testing: "my sister and I both did it" - Myriad 2020 neg.',
        # A relative's test beside the patient's own, in a sentence of its own.
        "Prior genetic testing: mother tested 2018. Pt had Invitae panel 05/2023 negative.",
    ],
)
def test_the_patients_own_prior_test_still_counts(line: str) -> None:
    assert _status(line) == "missing", line


def test_the_patients_own_consumer_kit_is_no_relatives_test() -> None:
    text = 'Prior genetic testing: "I did it through 23andMe".'
    assert not relatives_test_answer(_LABEL, text, 0, len(text) - 1)


def test_the_answer_is_read_only_for_a_prior_germline_test() -> None:
    # a carer doing the patient's care is not the relative's care
    text = "Wound care: daughter did it."
    assert not relatives_test_answer("clinical-notes|wound-care", text, 0, 10)
    assert relatives_test_answer(_LABEL, 'Prior genetic testing: "my sister did it"', 0, 21)


def test_the_relatives_answer_flags_the_finding_family() -> None:
    found = _prior('Prior genetic testing: "my sister did it".')
    assert found and all(f.family and not f.asserted for f in found)
    own = _prior("Prior genetic testing: had Myriad panel 2022, neg.")
    assert own and any(f.asserted and not f.family for f in own)
