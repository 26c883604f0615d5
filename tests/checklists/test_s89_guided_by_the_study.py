"""A plan sentence whose verb only a study does reads with the study in the sentence before it
(brief s89-lmri-plans, blind wave 104, OG/lmri-02, LMRI-007): "A/P: persistent LBP - MRI lumbar.
Will guide PT vs injection referral." is the MRI that will guide the choice, as it was after a
semicolon (elided_subject.py): a result guides, a clinician decides. Not after a sentence naming
no study, another region's study or a study had ("MRI lumbar 2024 reviewed"), nor "will
determine" (the clinician may determine), "will guide pt through HEP", "will direct pt to ...".
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.elided_subject import continued_statement

from .test_judgement import _note, record, status

_AS_OF = date(2026, 3, 18)
_ORDER = {"authoredOn": "2026-03-18", "occurrenceDateTime": "2026-03-25"}


def _lmri007(plan: str, when: str = "2026-03-16") -> str:
    text = (
        "S: LBP 10 wks, no better. L leg pain. Took ibuprofen a few days.\n"
        "O: paraspinal TTP L4-5, SLR + L.\n"
        f"A/P: {plan}"
    )
    bundle = record("72148", _note("n1", when, text), reason="M54.50", order=_ORDER)
    return status(bundle, "LMRI-007", as_of=_AS_OF)["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "persistent LBP - MRI lumbar. Will guide PT vs injection referral.",  # OG/lmri-02
        "chronic LBP - MRI L-spine ordered.\nWill guide PT vs injection referral.",
        "LBP. Plan MRI lumbar spine. Would help guide treatment.",
        "LBP. MRI L-spine. To inform surgical referral.",
    ],
)
def test_a_sentence_only_a_study_does_is_the_study_s_plan(plan: str) -> None:
    assert _lmri007(plan) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        # No study in the sentence before.
        "LBP. Continue PT. Will guide PT vs injection referral.",
        # Another region's study.
        "LBP; R knee pain - knee MRI ordered. Will guide PT vs injection referral.",
        # A study had: what guides is the old one.
        "LBP - MRI lumbar 2024 reviewed, mild DDD. Will guide PT vs injection referral.",
        # A person guides a patient.
        "LBP - lumbar MRI ordered. Will guide pt through HEP.",
        # A person decides (test_judgement_wave37_elided_subject keeps it so).
        "LBP - lumbar MRI ordered. Will determine need for PT vs injection.",
    ],
)
def test_the_near_misses_of_a_sentence_after_the_study_stay_missing(plan: str) -> None:
    assert _lmri007(plan) != "met"


def test_a_plan_outside_the_window_stays_missing() -> None:
    plan = "persistent LBP - MRI lumbar. Will guide PT vs injection referral."
    assert _lmri007(plan, when="2025-12-01") != "met"


def test_the_sentence_is_read_with_the_one_before() -> None:
    text = "A/P: persistent LBP - MRI lumbar. Will guide PT vs injection referral."
    snippet = "Will guide PT vs injection referral."
    said = continued_statement(snippet, text.index("guide"), text)
    assert said == f"A/P: persistent LBP - MRI lumbar; {snippet}"
    text = "A/P: LBP - lumbar MRI ordered. Will determine need for PT vs injection."
    snippet = "Will determine need for PT vs injection."
    assert continued_statement(snippet, text.index("determine"), text) == snippet
    for plan in ("Will direct pt to PT or chiro.", "Will inform pt or family."):
        text = f"A/P: LBP - lumbar MRI ordered. {plan}"
        assert continued_statement(plan, text.index(plan) + 2, text) == plan
