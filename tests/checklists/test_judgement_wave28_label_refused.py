"""A drug named as the label of its own line, the line saying it was turned down, is no trial
(blind wave 28).

CY/inf-02, infliximab for Crohn's disease: the follow-up's 'Azathioprine: TPMT normal 12/2025 -
pt DECLINED thiopurine after discussion; never started.' met INF-001 and INF-007 on the word
'Azathioprine'; the reviewer: 'azathioprine discussed and declined (TPMT only)'. ConText reads a
decline forward ('declined thiopurine' denied the class word) or, set off on its own, backward
('Azathioprine - pt declined.'), but not across a label's other words, nor a refusal of the
drug's class, nor 'prefers not to start' or 'wants to hold off'. A line that also says the drug
was taken, or whose refusal is of something else (labs, a dose increase, another drug), still
counts.
"""

from __future__ import annotations

import pytest

from .test_judgement import ICD10, _note, record, status

_LEAD = "GI follow-up. Crohn's ileocolitis, steroid-dependent despite prednisone and budesonide.\n"


def _items(line: str, kind: str = "text/plain") -> tuple[str, str]:
    condition = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": "K50.812"}]},
        "clinicalStatus": {"coding": [{"code": "active"}]},
    }
    text = _LEAD + line + "\nA/P: start infliximab 5 mg/kg."
    note = _note("n1", "2026-02-20", text if kind == "text/plain" else line, kind=kind)
    bundle = record("J1745", condition, note, reason="K50.812")
    return status(bundle, "INF-001")["status"], status(bundle, "INF-007")["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Azathioprine: TPMT normal 12/2025 - pt DECLINED thiopurine after discussion.",
        "Azathioprine: declined.",
        "Azathioprine - TPMT normal; pt refused after discussion of lymphoma risk.",
        "6-MP: TPMT normal, pt prefers not to start a thiopurine.",
        "Azathioprine: TPMT checked (normal), pt wants to hold off for now.",
        "- Methotrexate: discussed, patient declined (EtOH use).",
        "Azathioprine (Imuran): deferred per patient preference.",
        "Mercaptopurine: pt declined immunomodulators.",
        "Azathioprine 50 mg: Rx written 12/2025, never filled.",
        "Azathioprine: TPMT normal; pt declined to start it.",
        "Mercaptopurine - discussed; pt does not want to start.",
        "Methotrexate - pt unwilling to take (does not want to stop drinking).",
    ],
)
def test_a_drug_its_own_line_says_was_declined_is_no_trial(line: str) -> None:
    assert _items(line) == ("missing", "missing")


@pytest.mark.parametrize(
    "line",
    [
        "Azathioprine: 100 mg daily since 3/2025, flares despite it; pt declined dose increase.",
        "Azathioprine: started 6/2025 at 100 mg; pt refused labs last month.",
        "Methotrexate: 15 mg weekly x 6 months, stopped for nausea; declined injectable MTX.",
        "Azathioprine: on 100 mg daily; pt declined infliximab last year.",
        "Azathioprine: TPMT normal, on 100 mg since 4/2025; pt declined to try the biologic.",
        "Azathioprine - failed (leukopenia). Pt declined surgery.",
        # A refusal in another sentence of the line is of what that sentence names.
        "Azathioprine: 2 mg/kg, good response. Infliximab was offered too - pt declined.",
    ],
)
def test_a_drug_taken_or_another_thing_declined_still_counts(line: str) -> None:
    assert _items(line)[0] == "met"


def test_a_medication_list_line_of_a_drug_declined_on_its_own_line_is_no_trial() -> None:
    # The medication table's line of the declined drug is no trial either (wave 21's
    # listed_refused: the narrative wins over the list).
    table = (
        "<p>Azathioprine: TPMT normal - pt declined thiopurines.</p><h3>Current Outpatient "
        "Medications</h3><table border=1><tr><th>Medication</th><th>Sig</th></tr><tr><td>"
        "azathioprine (IMURAN) 50 mg tab</td><td>2 tabs daily</td></tr></table>"
    )
    assert _items(table, kind="text/html") == ("missing", "missing")
