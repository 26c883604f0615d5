"""Two readings of one bariatric consult (brief s90-bar, blind wave 106, OL/surgery-bariatric-03).

BAR-003: one dietitian visit is no medically supervised weight-loss attempt (NCD 100.1's
"previous unsuccessful medical treatment for obesity", a supervised attempt over months): "RD
visit x1 8/2026" in the note, or a single medical nutrition therapy visit by its code (97802 is
the initial assessment), is the nutrition evaluation. Two or more such visits, or a program
charted as one record, are the attempt.

BAR-007: an assessment's arrow from the obesity to the operation is the plan ("A/P: class 3
obesity w/ HTN -> sleeve. F/u 1 wk, 1/3/6/12 mo."), not only "plan sleeve"; a knee's sleeve or a
sleeve had in an earlier year is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_AS_OF = date(2026, 9, 8)
_ORDER = {"authoredOn": "2026-09-08", "occurrenceDateTime": "2026-10-13"}
_CONSULT = (
    "Bariatric surgery consult\n35F. Wt 124 kg, ht 170 cm. HTN.\n"
    "Wt loss hx: WW app 2022 (on her own), keto 2024 lost 9 kg regained, phentermine from "
    "online clinic 2025. Referred to our medical wt loss program 3/2026 - never scheduled.\n"
    "Psych eval 8/2026 cleared. {rd}\nA/P: {plan}\n"
)


def _item(item: str, *resources: dict) -> str:
    bundle = record("43775", *resources, reason="E66.01", order=_ORDER)
    return status(bundle, item, as_of=_AS_OF)["status"]


def _consult(rd: str = "RD visit x1 8/2026.", plan: str = "obesity -> sleeve.") -> dict:
    return _note("n1", "2026-09-08", _CONSULT.format(rd=rd, plan=plan))


def _visit(ident: str, when: str, code: str = "97802", text: str | None = None) -> dict:
    procedure = {
        "resourceType": "Procedure",
        "id": ident,
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code}]},
        "performedDateTime": when,
    }
    if text:
        procedure["code"]["text"] = text
    return procedure


@pytest.mark.parametrize(
    "rd",
    [
        "RD visit x1 8/2026.",
        "Saw a dietitian once (8/2026).",
        "One dietitian visit 8/2026, diet education.",
        "Nutrition counseling x1 8/2026.",
    ],
)
def test_one_dietitian_visit_is_no_supervised_attempt(rd: str) -> None:
    assert _item("BAR-003", _consult(rd=rd)) != "met"


@pytest.mark.parametrize(
    "rd",
    [
        "RD visits x6 monthly 2/2026-7/2026, net -2 kg.",
        "RD visit x1 in 2/2026, then monthly x5 through 7/2026; no meaningful loss.",
    ],
)
def test_a_dietitians_series_is_the_attempt(rd: str) -> None:
    assert _item("BAR-003", _consult(rd=rd)) == "met"


def test_one_nutrition_therapy_visit_by_its_code_is_no_attempt() -> None:
    assert _item("BAR-003", _consult(rd=""), _visit("v1", "2026-08-12")) != "met"


def test_repeated_nutrition_therapy_visits_by_their_codes_are() -> None:
    visits = [_visit(f"v{i}", f"2026-0{2 + i}-10", "97803") for i in range(4)]
    assert _item("BAR-003", _consult(rd=""), *visits) == "met"


def test_a_program_charted_as_one_record_is_the_attempt() -> None:
    program = _visit("p1", "2026-03-01", "97803", "Medically supervised weight loss program")
    assert _item("BAR-003", _consult(rd=""), program) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "class 3 obesity w/ HTN -> sleeve. F/u 1 wk, 1/3/6/12 mo.",
        "Morbid obesity, BMI 42.9 \u2192 sleeve.",
        "BMI 43 w/ HTN => sleeve; f/u 2 wk.",
    ],
)
def test_an_arrow_from_the_obesity_to_the_sleeve_is_the_plan(plan: str) -> None:
    assert _item("BAR-007", _consult(plan=plan)) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "obesity; R knee OA -> sleeve, ice, NSAIDs.",
        "obesity: lap band 2015 -> sleeve 2019, regained. Discuss options at next visit.",
        "obesity -> wants sleeve, discuss at next visit.",
    ],
)
def test_a_knee_sleeve_a_past_sleeve_or_a_wish_is_no_plan(plan: str) -> None:
    assert _item("BAR-007", _consult(plan=plan)) != "met"
