"""What an order's own words ask for, which they never show done.

An order names the service it requests: "Recert: PT 2x/wk", "PT eval and treat", "Bilevel for
CPAP intolerance", "3 weekly IA injections". Those words are the request, not an evaluation,
recertification, failed trial or injection on record; only a statement that dates an earlier one
points at one (relevant_findings.py drops the rest from a criterion's findings).
"""

from __future__ import annotations

from typing import Any

from .plan_periods import stated_periods

#: What an order can ask for but never show done: an evaluation, a re-evaluation or progress
#: report, a recertification, the failed trial that justifies it. In the order under review
#: "Recert: PT 2x/wk", "PT eval and treat" or "Recert period 3 SN 2w4" name the service
#: requested; only a statement that dates an earlier one ("per 02/10 progress report", "Re-exam
#: 06/26") points at a report on record (blind wave 11: a home-health recertification order was
#: its own 60-day plan review, "0 days ago").
_ORDER_ASKS_FOR = frozenset(
    {("progress-report", "*"), ("plan-of-care", "certified"),
     ("exam-findings", "therapy-evaluation"), ("clinical-notes", "slp-evaluation"),
     ("clinical-notes", "wheelchair-evaluation"), ("clinical-notes", "psych-evaluation"),
     ("clinical-notes", "nutrition-evaluation"),
     ("clinical-notes", "plan-review"),  # "Recert: POC reviewed/signed" on the order itself
     # Nor the trial its reason names: "Bilevel for CPAP intolerance", "Walker insufficient" say
     # why the device is asked for; LCD L33718 and NCD 280.3 ask the medical record to document
     # the CPAP trial or why a walker or manual chair does not do (blind wave 13, AR/cpap-03).
     ("conservative-treatment", "failed-cpap"), ("clinical-notes", "cane-walker-insufficient"),
     ("clinical-notes", "manual-chair-insufficient"),
     # Nor the injection it asks for: a hyaluronan order's "3 weekly IA injections" is the
     # series requested, not the intra-articular steroid injection LCD L39529 asks to have
     # failed first (blind wave 36, EF/hya-02); a dated one ("CSI 2/2026") is still an earlier one.
     ("conservative-treatment", "corticosteroid-injection")}
)  # fmt: skip


def requested_by_order(finding: Any, text: Any) -> bool:
    """The order's own words naming an evaluation, report or failed trial without dating an
    earlier one."""
    if text.kind != "order" or not (
        (finding.category, "*") in _ORDER_ASKS_FOR
        or (finding.category, finding.concept) in _ORDER_ASKS_FOR
    ):
        return False
    if not (finding.when and (text.date is None or finding.when < text.date)):
        return True
    # "PT 2w8 recert period 6/30-8/28/2026" (blind wave 29, DB/hh-02): a date that opens a period
    # the order states running on past its own date is the span the order asks for, not an
    # earlier recertification done.
    return text.date is not None and any(
        a <= finding.when <= b and b >= text.date
        for a, b in stated_periods(text.text or "", text.date)
    )
