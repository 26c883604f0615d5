"""A bracketed banner saying the text after it was pasted from the payer ("[Pasted from payer
policy]", "[Copied from CareSource policy for reference]") opens the payer's words, as a
"Criteria (pasted from policy):" label does: its quotation, or the line under the banner when the
banner stands alone on its line, is no evidence of what it names (blind wave 47: a policy's
"prior inadequate HSAT" read as SLEEP-005's reason, FV/sleep-studies-02; a policy's "pre-test
genetic counseling has been performed" as GEN-002's counseling, FW/genetic-02).

The clinician's own text after the quotation or on later lines still counts, and a banner that
names no payer ("[copied forward from 3/1]", "[pasted]") is the clinician's own text.
"""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    return any(
        f.asserted and f.concept == concept
        for f in find_findings([NoteInput("DocumentReference/p1", text)])
    )


@pytest.mark.parametrize(
    ("text", "concept"),
    [('Plan: in-lab study. [Pasted from payer policy] "In-lab PSG when the HST was'
      ' nondiagnostic or technically inadequate." RTC after.', "attended-study-reason"),
     ("[Copied from CareSource policy for reference]\nTesting is covered when: (1) history"
      " criteria are met; (2) pre-test genetic counseling has been provided by a genetic"
      " counselor; (3) results change care.", "genetic-counseling")],
)  # fmt: skip
def test_the_text_under_a_payer_banner_is_no_evidence(text: str, concept: str) -> None:
    assert not _asserted(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [('[Pasted from payer policy] "Attended PSG for comorbid disease."\n'
      "Home sleep test 5/2 nondiagnostic (3 h of signal).", "attended-study-reason"),
     ("[Copied from CareSource policy for reference]\nPolicy text on file.\n"
      "Pre-test genetic counseling completed 4/2/26 with our genetic counselor.",
      "genetic-counseling"),
     ("[copied forward from 3/1] Home sleep test 2/20 nondiagnostic, poor signal.",
      "attended-study-reason")],
)  # fmt: skip
def test_own_text_after_the_payers_words_still_counts(text: str, concept: str) -> None:
    assert _asserted(text, concept)
