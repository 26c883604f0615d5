"""Treatment plans that depend on the requested study's result, or name the requested surgery,
read as the plan (brief s88-plans, blind wave 103).

- "surgery referral if full thickness" (OC/aim-02, AIM-004): the tear's kind with its noun left
  out names the finding the MRI will tell, as "if full thickness tear" does.
- "A/P: MRI L-spine for persistent LBP; treat per findings." (OC/lmri-02, LMRI-007): treating per
  the findings is the plan the result decides, as "plan per results" was.
  The same words after another test, or another region's study, are that one's plan.
- "if degenerative -> PT" (OA/lmri-02, LMRI-007): degenerative change is a finding the lumbar MRI
  shows, as a herniation or Modic change is.
- "MRI 6/15: complete ACL tear, bone bruise. ... Plan L ACL reconstruction w/ BTB autograft"
  (OC/kas-03, KAS-004): a visit note that opens on the study it restates is the study's report up
  to the visit's plan only; the plan is the visit's, not dated to the MRI's day.

Near misses stay missing: a condition on the course of care or the symptoms, a step refused, a
family's plan, the payer's requirement restated ("CareSource requires ... e.g. surgical referral
if full thickness tear": payer_plans.py), a plan outside the window, and a knee note's plan that
is no surgery. "Surgery recommended if full-thickness tear" stays the clinician's plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_AS_OF = date(2026, 8, 18)


def _status(code: str, reason: str, item: str, *notes: dict) -> str:
    order = {"authoredOn": "2026-08-18", "occurrenceDateTime": "2026-08-26"}
    bundle = record(code, *notes, reason=reason, order=order)
    items = score_bundle(bundle, as_of=_AS_OF)["items"]
    return {i["id"]: i["status"] for i in items}[item]


def _shoulder(text: str, when: str = "2026-08-17") -> str:
    return _status("73221", "M75.111", "AIM-004", _note("n1", when, text))


def _lumbar(text: str, when: str = "2026-08-17") -> str:
    return _status("72148", "M54.50", "LMRI-007", _note("n1", when, text))


def _knee_scope(*notes: dict) -> str:
    return _status("29888", "S83.512A", "KAS-004", *notes)


@pytest.mark.parametrize(
    "text",
    [
        "Still painful, + Hawkins, ER 4/5. Wants MRI. Plan MRI R shoulder to assess cuff tear; "
        "surgery referral if full thickness.",
        "A/P: R shoulder pain. MRI R shoulder. Ortho referral if full-thickness.",
        "Plan: MRI R shoulder; will refer to ortho if partial thickness on MRI, else CSI.",
        "A/P: R shoulder. MRI; arthroscopic repair if retracted.",
        "R shoulder pain. Plan MRI; arthroscopic repair recommended if full-thickness tear.",
    ],
)
def test_a_step_on_the_tear_s_kind_is_the_plan(text: str) -> None:
    assert _shoulder(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        # On the symptoms or the course of care, not on what the study shows.
        "Plan MRI R shoulder. Surgery referral if pain persists.",
        "Plan MRI R shoulder. Ortho referral if no better after PT.",
        # The step refused whatever the result.
        "Plan MRI R shoulder. Pt declines surgery even if full thickness.",
        # A relative's.
        "FHx: father - rotator cuff surgery if full thickness tear.",
        # The payer's requirement restated (payer_plans.py).
        "R shoulder pain. CareSource requires documentation of how the MRI will change "
        "management, e.g. surgical referral if full thickness tear.",
        "R shoulder pain. Per payer requirement, document treatment per MRI findings.",
        "R shoulder pain. CareSource criteria: surgical referral if full thickness tear.",
    ],
)
def test_a_step_on_something_else_refused_or_a_relative_s_is_no_plan(text: str) -> None:
    assert _shoulder(text) == "missing"


def test_a_plan_on_the_tear_s_kind_outside_the_window_is_no_plan() -> None:
    text = "Plan MRI R shoulder; surgery referral if full thickness."
    assert _shoulder(text, when="2026-04-01") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Back still hurts. Exam: tender paraspinals, SLR neg, strength 5/5. A/P: MRI L-spine for "
        "persistent LBP; treat per findings.",
        "A/P: LBP. MRI L-spine; will treat per MRI results.",
        "Plan: MRI lumbar. Manage per imaging findings.",
        "P: MRI L-spine to r/o something serious given family hx; if degenerative -> PT.",
        "Plan: MRI L-spine. If degenerative changes only -> PT and HEP; if HNP -> ESI.",
        "Plan: MRI L-spine. If DDD -> core PT.",
        # The MRI named beside a lab: the results are the MRI's too.
        "LBP x 3 mo. A/P: MRI L-spine and labs (CBC, ESR) ordered; treat per results.",
    ],
)
def test_treating_per_findings_or_a_degenerative_branch_is_the_plan(text: str) -> None:
    assert _lumbar(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "A/P: MRI L-spine. If no improvement -> PT.",
        "A/P: MRI L-spine. Treated per PT findings last year.",
        "FHx: father - degenerative disc disease, had surgery.",
        "A/P: MRI L-spine. Will not treat per findings; pt wants a second opinion.",
        # Another test's results, another region's study (results_of_another.py).
        "A/P: MRI L-spine. Dysuria: UA sent; treat per results.",
        "A/P: MRI L-spine. Labs drawn; plan per results.",
        "Knee MRI last yr; treat per findings.",
        # The payer's requirement restated.
        "LBP. Payer requires: plan to treat per findings of the MRI.",
    ],
)
def test_a_condition_on_the_course_history_or_another_test_is_no_plan(text: str) -> None:
    # "partial" at most: the plan section is there, no plan the MRI's result decides.
    assert _lumbar(text) != "met"


def test_a_plan_per_findings_outside_the_window_is_no_plan() -> None:
    assert _lumbar("A/P: MRI L-spine; treat per findings.", when="2026-05-01") == "missing"


_OPENS_ON_THE_STUDY = (
    "MRI 6/15: complete ACL tear, bone bruise. Prehab PT 6 wks done, brace, NSAIDs; knee still "
    "gives way cutting and on stairs twice. "
)


@pytest.mark.parametrize(
    "plan",
    [
        "Plan L ACL reconstruction w/ BTB autograft; goal return to sport 9-12 mo.",
        "Plan: L ACLR with hamstring autograft.",
        "A/P: L ACL reconstruction, BTB autograft.",
    ],
)
def test_the_plan_after_a_restated_study_is_the_visit_s(plan: str) -> None:
    note = _note("n1", "2026-07-29", _OPENS_ON_THE_STUDY + plan)
    assert _knee_scope(note) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: continue PT, brace; no surgery.",
        "Mother had ACL reconstruction - unrelated.",
        "Pt declines ACL reconstruction.",
    ],
)
def test_no_surgery_a_relative_s_or_declined_is_no_plan(plan: str) -> None:
    note = _note("n1", "2026-07-29", _OPENS_ON_THE_STUDY + plan)
    assert _knee_scope(note) == "missing"


@pytest.mark.parametrize(
    ("text", "plan", "dropped"),
    [
        ("Dysuria: UA sent; treat per results.", "treat per results.", True),
        ("Labs drawn; plan per results.", "plan per results.", True),
        # A lab as a place, the study named: the stress test's result (IY/cardiac-03).
        (
            "12-lead ECG ordered - pt declined today, will obtain at stress lab. Result will "
            "decide cath vs med mgmt.",
            "Result will decide cath vs med mgmt.",
            False,
        ),
        ("MRI L-spine and labs ordered; treat per results.", "treat per results.", False),
    ],
)
def test_a_bare_per_results_plan_is_the_test_s_named_before_it(
    text: str, plan: str, dropped: bool
) -> None:
    from smartapp.checklists.results_of_another import results_of_another

    assert results_of_another(plan, text.find(plan), text, None) is dropped
