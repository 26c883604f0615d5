"""Blind wave 24: a "Prior genetic testing:" line ends the family history above it.

CJ/gen-03 (GEN-004): a counselor's note put "FHx: father colon CA at 61" on one line and "Prior
genetic testing: pt reports he had 'a saliva cancer gene test' in 2023 ..." on the next; with no
header of its own, the prior-test line stayed in the family section, read as a relative's test,
and the repeat germline test went through. The label is a section of the patient's own history.
"""

from __future__ import annotations

from .test_judgement import one_note_record, status

_GC = (
    "CANCER GENETICS - TELEHEALTH VIDEO VISIT (pre-test counseling)  01/14/2026\n"
    "Indication: 48 yo M w/ colon adenocarcinoma, tumor MLH1/PMS2 loss.\n"
    "FHx: father colon CA at 61.\n\n"
    "{line}\n\n"
    "Counseling: reviewed Lynch syndrome and tumor testing."
)


def _status(line: str) -> str:
    text = _GC.format(line=line)
    bundle = one_note_record("81292", "2026-01-14", text, reason="C18.2", ident="gc")
    return status(bundle, "GEN-004")["status"]


def test_a_prior_test_under_its_own_label_is_the_patients_not_the_familys():
    line = (
        'Prior genetic testing: pt reports he had "a saliva cancer gene test" in 2023 through his'
        " former PCP after his father's dx."
    )
    assert _status(line) == "missing"
    assert _status("Previous genetic testing: Invitae panel 05/2023 negative.") == "missing"


def test_a_prior_test_label_answered_none_is_still_no_test():
    assert _status("Prior genetic testing: none.") == "met"
    # A relative's test in the family history stays the relative's.
    assert _status("Sister had genetic testing in 2023, negative.") == "met"
