"""A drug offered and declined is no trial, in the narrative or on a medication list the
narrative contradicts; and 5-ASA is no Crohn's step for the 12-week trial either (blind wave 21,
BU/inf-02). For ileocolonic Crohn's treated with prednisone and mesalamine, 'Azathioprine was
offered in December; TPMT normal, but pt declined' met INF-001 and INF-007 (the offer written
before 'offered' was read as taken), and so did the MA-reconciled medication table's
'azathioprine (IMURAN) 50 mg tab | 2 tabs daily | 12/10/2025' (the cancelled order's line);
INF-002 took the mesalamine course as the 12 weeks of one conventional agent, which wave 20
(BR/inf-02) already ruled out of INF-001/INF-007 in Crohn's disease (ACG 2018). A drug taken, a
list line the narrative does not deny, and mesalamine in ulcerative colitis still count."""

from __future__ import annotations

import pytest

from .test_judgement import ICD10, _note, record, status

TABLE = (
    "<h3>Current Outpatient Medications</h3><table border=1><tr><th>Medication</th><th>Sig</th>"
    "<th>Start</th></tr><tr><td>azathioprine (IMURAN) 50 mg tab</td><td>2 tabs daily</td>"
    "<td>12/10/2025</td></tr><tr><td>ondansetron 4 mg ODT</td><td>q8h prn</td>"
    "<td>06/02/2025</td></tr></table>"
)


def _condition(code: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": f"c-{code}",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": code}]},
        "clinicalStatus": {"coding": [{"code": "active"}]},
    }


def _items(text: str, code: str = "K50.812", kind: str = "text/plain") -> tuple[str, ...]:
    note = _note("n1", "2026-02-20", text, kind=kind)
    bundle = record("J1745", _condition(code), note, reason=code)
    return tuple(status(bundle, item)["status"] for item in ("INF-001", "INF-007", "INF-002"))


@pytest.mark.parametrize(
    "text",
    [
        "Azathioprine was offered in December; TPMT normal, but pt declined.",
        "Azathioprine (Imuran) was offered 12/2025 - pt declined, worried about lymphoma.",
        "Methotrexate offered - pt prefers to go straight to a biologic.",
        "6-MP was recommended by GI; patient refused.",
    ],
)
def test_a_drug_offered_is_no_trial(text: str) -> None:
    assert _items(text)[:2] == ("missing", "missing")


def test_a_medication_list_line_the_narrative_says_was_declined_is_no_trial() -> None:
    narrative = (
        "<p>Pred taper and mesalamine without response. Azathioprine was offered in December; "
        "TPMT normal, but pt declined.</p>"
    )
    assert _items(narrative + TABLE, kind="text/html")[:2] == ("missing", "missing")
    # The list line stands where the narrative does not deny it.
    taken = "<p>Pred taper and mesalamine without response. Started azathioprine 12/10.</p>"
    assert _items(taken + TABLE, kind="text/html")[:2] == ("met", "met")
    assert _items("<p>Crohn's follow-up.</p>" + TABLE, kind="text/html")[:2] == ("met", "met")
    # A decline of something else is no refusal of the drug.
    other = "<p>Azathioprine was offered in December; pt declined PT - declined referral.</p>"
    assert _items(other + TABLE, kind="text/html")[:2] == ("met", "met")


@pytest.mark.parametrize(
    "text",
    [
        "Azathioprine was offered 3/2025 and started 3/15/2025; on 150 mg daily since.",
        "Azathioprine 150 mg daily 3/2025-9/2025, stopped - no response.",
        "Methotrexate offered some relief for 4 months, then lost response.",
    ],
)
def test_a_drug_taken_still_counts(text: str) -> None:
    assert _items(text)[:2] == ("met", "met")


def test_mesalamine_is_no_twelve_week_step_in_crohns_disease() -> None:
    course = "Mesalamine 4.8 g daily 3/2025-9/2025, stopped - no response."
    assert _items(course, "K50.812")[2] == "missing"
    assert _items(course, "K51.011")[2] == "met"
    thiopurine = "Azathioprine 150 mg daily 3/2025-9/2025, stopped - no response."
    assert _items(thiopurine, "K50.812")[2] == "met"
