"""A late recertification of care that never stopped keeps the original start of care (blind
wave 45, FM/homehealth-02 and FP/homehealth-03).

42 CFR 424.22(a)(1)(v) asks for the face-to-face encounter only at the initial certification.
When the order came more than 30 days after the last certified period ended, the order was taken
to open a new episode and the encounter was timed from it, though the agency's visit notes since
the period ended carried the plan on ("Continue POC"). And a certification period written after
"Cert" on a plan of care ("Cert 05/11/2026-07/09/2026") was not read as one.
"""

from __future__ import annotations

from datetime import date

from smartapp.checklists.care_start import start_of_care
from smartapp.checklists.plan_periods import stated_periods
from smartapp.evidence import build_record
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _visit(day: str) -> dict:
    return {
        "resourceType": "Encounter",
        "id": "visit",
        "status": "finished",
        "class": {"code": "AMB"},
        "subject": {"reference": "Patient/p"},
        "period": {"start": day, "end": day},
        "type": [{"text": "Office visit - venous ulcer"}],
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
    }


def _bundle(later_note: str) -> dict:
    plan = _note(
        "poc",
        "2026-03-01",
        "HOME HEALTH PLAN OF CARE\nCert 03/02/2026-04/30/2026. SN 2w9 ulcer care. Signed Dr Q.",
    )
    visit_note = _note(
        "doc", "2026-02-20", "Venous ulcer L calf. Homebound. Needs SN for dressings. Certify HH."
    )
    late = _note("sn", "2026-06-10", later_note)
    order = {
        "authoredOn": "2026-06-15",
        "occurrenceDateTime": "2026-06-20",
        "note": [{"text": "SN 2w9 ulcer care"}],
    }
    return record("G0299", plan, visit_note, late, _visit("2026-02-20"), reason="I83.022",
                  order=order)  # fmt: skip


def _f2f(later_note: str) -> str:
    report = score_bundle(_bundle(later_note), as_of=date(2026, 6, 16))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


def test_a_cert_line_on_a_plan_of_care_states_its_period():
    text = "HOME HEALTH PLAN OF CARE\nCert 03/02/2026-04/30/2026. SN 2w9."
    assert stated_periods(text) == [(date(2026, 3, 2), date(2026, 4, 30))]
    assert stated_periods("Labs\nCert 03/02/2026-04/30/2026.") == []  # no plan named


def test_visits_that_carry_the_plan_on_keep_the_episodes_start_of_care():
    for words in ("SN visit: dressing changed. Continue POC.", "Continue per previous orders."):
        bundle = _bundle(f"SN visit 06/10: ulcer smaller. {words}")
        assert start_of_care(build_record(bundle), date(2026, 6, 15), date(2026, 6, 16)) == date(
            2026, 3, 2
        )
        assert _f2f(f"SN visit 06/10: ulcer smaller. {words}") == "met"


def test_without_care_carried_on_the_late_order_opens_a_new_episode():
    # 2/20 is 115 days before the order: no encounter for an episode the order opens.
    assert _f2f("Phone call: daughter asks about restarting home health.") == "missing"
    assert _f2f("Continue to monitor blood pressure.") == "missing"
