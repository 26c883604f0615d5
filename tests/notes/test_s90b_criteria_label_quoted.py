"""A bare "Criteria:" label over a quotation, or over words marked pasted, restates what the payer
asks for; it is no evidence of what it names (blind wave 107, OP/surgery-bariatric-03: "Criteria:
'BMI >= 40 ... documented failure of medically supervised weight loss' [pasted]." read as
BAR-003's supervised attempt in a letter whose patient declined the program), the whole
quotation when its semicolons split it into many statements, in single quotes as in double.

Unquoted and unmarked, "Criteria: completed 6-month supervised program 2025" may be the
clinician's own facts for the criteria, and "Criteria met: ..." is a verdict with them: both still
count, as does the patient's history after the quotation.
"""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.payer_criteria import restated_from


def _asserted(text: str, concept: str) -> bool:
    return any(
        f.asserted and f.concept == concept
        for f in find_findings([NoteInput("DocumentReference/p1", text)])
    )


_RESTATED = [
    # The case's own wording: single quotes, an ellipsis, a trailing "[pasted]".
    "Letter of medical necessity / consult. Criteria: 'BMI >= 40 ... documented failure of"
    " medically supervised weight loss' [pasted]. 42F BMI 41.3. Offered our 3-month supervised"
    " program - pt declines due to work schedule.",
    'Criteria: "documented failure of a medically supervised weight loss program".',
    "Criteria for bariatric surgery: \u201cfailure of a 6-month medically supervised weight loss"
    " program\u201d. Pt has dieted on her own.",
    "Criteria: BMI >= 40 or >= 35 with comorbidity, failure of medically supervised weight loss"
    " (pasted).",
]


@pytest.mark.parametrize("text", _RESTATED)
def test_a_quoted_or_pasted_criteria_label_is_no_evidence(text: str) -> None:
    assert not _asserted(text, "weight-loss")


@pytest.mark.parametrize(
    "text",
    ["Criteria: 'documented failure of medically supervised weight loss' [pasted].",
     'Criteria: "Completed 6-month supervised weight loss program".'],
)  # fmt: skip
def test_the_label_starts_the_restatement(text: str) -> None:
    assert restated_from(text) == 0


@pytest.mark.parametrize(
    "text",
    ["Criteria: completed 6-month supervised weight loss program 2025.",
     "Criteria met: completed 6-month medically supervised weight loss program 1/2025-6/2025.",
     "Criteria: 'BMI >= 40 ... documented failure of medically supervised weight loss' [pasted]."
     " Completed 6-month medically supervised weight loss program Jan-Jun 2025, regained 20 lb.",
     "Completed 6-month medically supervised weight loss program 2025 with Dr. Lee; lost 12 lb,"
     " regained."],
)  # fmt: skip
def test_the_patients_own_history_still_counts(text: str) -> None:
    assert _asserted(text, "weight-loss")


@pytest.mark.parametrize(
    "text",
    ["Criteria: completed 6-month supervised program 2025.",
     "Criteria met: completed 6-month supervised program 2025.",
     "Completed 6-month supervised program 2025 [pasted from 3/1 note]."],
)  # fmt: skip
def test_unquoted_criteria_facts_are_no_restatement(text: str) -> None:
    assert restated_from(text) is None


@pytest.mark.parametrize(
    ("text", "concept"),
    [("Criteria: 'pre-test genetic counseling by a qualified provider' [pasted].",
      "genetic-counseling"),
     ("Criteria for MRI: 'failure of 6 weeks of physical therapy'.", "physical-therapy")],
)  # fmt: skip
def test_other_checklists_care_under_a_quoted_label_is_no_evidence(text: str, concept: str) -> None:
    assert not _asserted(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [("Pre-test genetic counseling completed 4/2/26 with our genetic counselor.",
      "genetic-counseling"),
     ("Completed 6 weeks of physical therapy 2025 without relief.", "physical-therapy")],
)  # fmt: skip
def test_other_checklists_own_care_still_counts(text: str, concept: str) -> None:
    assert _asserted(text, concept)


@pytest.mark.parametrize(
    "text",
    ["Criteria: 'BMI >= 40; documented failure of medically supervised weight loss program'"
     " [pasted].",
     'Criteria: "BMI >= 40; documented failure of medically supervised weight loss program".',
     "CareSource criteria (pasted): 'BMI >= 40; documented failure of medically supervised weight"
     " loss program'. Pt dieted on her own."],
)  # fmt: skip
def test_a_quoted_list_split_at_its_semicolons_is_no_evidence(text: str) -> None:
    assert not _asserted(text, "weight-loss")


@pytest.mark.parametrize(
    "text",
    ["Criteria: 'BMI >= 40'; completed 6-month medically supervised weight loss program 2025,"
     " regained.",
     "Criteria: 'BMI >= 40; supervised diet'. Pt's own: completed 6-month medically supervised"
     " weight loss program 2025; regained 20 lb."],
)  # fmt: skip
def test_history_after_the_closing_quote_still_counts(text: str) -> None:
    assert _asserted(text, "weight-loss")
