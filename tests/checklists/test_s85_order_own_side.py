"""The side an order gives in its own reason and words (brief s85-results; blind wave 100,
NS/kas-03).

A right knee arthroscopy coded 29881 (no side in the code) with reason M23.231 (right knee) and
the note "RIGHT knee": the newest note's assessment named both knees, a right meniscal tear and
an unremarkable left knee MRI, so the plan gave the order no side and the left knee's MRI
("Mild chondromalacia patellae") met KAS-001. The order's own reason and words side it; imaging
of the other knee is then no result for it. Two sides in the order's words leave it to the plan.
"""

from __future__ import annotations

from datetime import date

from smartapp.checklists.order_sides import stated_sides
from smartapp.evidence.codes import Code
from smartapp.evidence.record import Order
from smartapp.scoring import score_bundle

from .test_judgement import _note, record

AS_OF = date(2026, 2, 19)
NOTE = (
    "S: R knee medial pain and catching since fall 2024. PT 8 wks, ibuprofen - still catching.\n"
    "O: R knee + McMurray, + Thessaly, jt line TTP, trace effusion.\n"
    "A/P: R MM tear (MRI 11/2024). L knee MRI 1/2026 for her anterior knee pain unremarkable. "
    "Plan R knee arthroscopic partial medial meniscectomy."
)


def _report(ident: str, title: str, day: str, conclusion: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": ident,
        "status": "final",
        "code": {"text": title},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": day,
        "conclusion": conclusion,
    }


def _kas001(*reports: dict, reason: str = "M23.231", words: str = "RIGHT knee") -> str:
    bundle = record(
        "29881", _note("n1", "2026-02-09", NOTE), *reports, reason=reason,
        order={"note": [{"text": words}]} if words else None,
    )  # fmt: skip
    report = score_bundle(bundle, as_of=AS_OF)
    return {i["id"]: i for i in report["items"]}["KAS-001"]["status"]


TEAR = "Complex tear posterior horn medial meniscus."
OLD_RIGHT = _report("dr2", "MRI knee right", "2024-11-06", TEAR)
LEFT = _report("dr3", "MRI knee left", "2026-01-14", "Mild chondromalacia patellae. Menisci ok.")
RIGHT_XR = _report("dr4", "XR knee right 2 views", "2026-01-14", "No acute abnormality.")


def test_the_other_knee_s_mri_is_no_result_for_this_one() -> None:
    assert _kas001(OLD_RIGHT, LEFT, RIGHT_XR) == "missing"
    assert _kas001(OLD_RIGHT, LEFT, RIGHT_XR, words="") == "missing"  # the reason code alone
    scope = "Right knee scope, medial meniscectomy"
    assert _kas001(LEFT, reason="M23.231", words=scope) == "missing"


def test_this_knee_s_mri_still_counts() -> None:
    right = _report("dr5", "MRI knee right", "2026-01-14", TEAR)
    assert _kas001(right, LEFT) == "met"
    left_order = _kas001(LEFT, reason="M23.232", words="LEFT knee")
    assert left_order == "met"  # a left order's own knee: the chondromalacia is its lesion


def _order(regions: frozenset[str], reasons: tuple[str, ...], words: str) -> Order:
    return Order(
        "ServiceRequest/o", "ServiceRequest", "active", (), None, None,
        reasons=tuple((Code("icd10cm", code), "reasonCode") for code in reasons),
        free_text=words, regions=regions,
    )  # fmt: skip


def test_stated_sides() -> None:
    knee = frozenset({"knee"})
    assert "knee:right" in stated_sides(_order(knee, ("M23.231",), ""))
    assert "knee:left" in stated_sides(_order(knee, (), "LEFT knee"))
    assert "knee:bilateral" in stated_sides(_order(knee, (), "bilateral knees"))
    # Two sides: left to the plan, nothing added.
    assert stated_sides(_order(knee, ("M23.231",), "L knee")) == knee
    # Another region's side gives the knee none.
    assert stated_sides(_order(knee, ("M75.101",), "")) == knee
    # An order already sided is left as it is.
    sided = frozenset({"knee", "knee:right"})
    assert stated_sides(_order(sided, ("M23.232",), "LEFT knee")) == sided


def test_an_assessment_s_study_of_the_other_knee_gives_an_unsided_order_no_side() -> None:
    # No side in the order: the plan's "R knee arthroscopic" sides it; the assessment's "L knee
    # MRI 1/2026 ... unremarkable" tells a study had and asks for nothing on the left knee.
    assert _kas001(OLD_RIGHT, LEFT, RIGHT_XR, reason="M23.209", words="") == "missing"


def test_a_plan_on_both_knees_still_leaves_the_order_unsided() -> None:
    both = NOTE.replace("Plan R knee", "Plan L knee arthroscopy next month; R knee")
    bundle = record(
        "29881", _note("n1", "2026-02-09", both), LEFT, reason="M23.209",
    )  # fmt: skip
    report = score_bundle(bundle, as_of=AS_OF)
    assert {i["id"]: i for i in report["items"]}["KAS-001"]["status"] == "met"
