"""An earlier germline test narrower than the one ordered is not "the same test" (GEN-004).

Blind wave 84, LI/genetic-testing-03: a hereditary breast cancer panel (CPT 81432) ordered after a
2014 "BRACAnalysis (BRCA1/BRCA2 sequencing only)" report, the notes saying "BRCA1/2 (2014)
negative - no panel/multigene testing done"; the label: the panel has not been done. NCD 90.2
asks that the patient was not tested before "with the same germline test ... for the same genetic
content": BRCA1/2 only, a single gene or a known familial variant before a panel (a targeted test
before a broader one) is not it. The same test again, and a broader test before a narrower order
(a panel that sequenced BRCA1/2 before an 81162 order), still are; so is an earlier test whose
scope the record does not say. The scopes are checklist data (``as_broad_as_order``).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists import load_catalog
from smartapp.checklists.ordered_scope import text_rank

from .test_judgement import _note, record, status

AS_OF = date(2026, 3, 1)
PANEL, BRCA, BRCA2_VARIANT = "81432", "81162", "81217"


def _gen004(order: str, *resources: dict) -> str:
    bundle = record(order, *resources, reason="Z85.3")
    return status(bundle, "GEN-004", service=order, as_of=AS_OF)["status"]


def _report(conclusion: str, display: str = "BRCA1+BRCA2 gene mutations tested for",
            code: str = "21636-6") -> dict:  # fmt: skip
    return {
        "resourceType": "DiagnosticReport",
        "id": "dx1",
        "status": "final",
        "code": {
            "coding": [{"system": "http://loinc.org", "code": code, "display": display}],
            "text": display,
        },
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2014-04-02",
        "conclusion": conclusion,
    }


def _said(text: str) -> dict:
    return _note("n1", "2026-02-10", text)


@pytest.mark.parametrize(
    "text",
    [
        "Prior testing: BRCA1/2 2014 negative - no panel/multigene testing done.",
        "Prior BRCA1/2 testing 2014 negative, panel not done.",
        "Prior genetic testing: BRCA1/2 only (Myriad 2015) - negative.",
        "Prior BRCA-only testing 2015 was negative; PALB2, CHEK2, ATM never tested.",
        "BRCA1 and BRCA2 full sequencing 2016: negative. No multigene panel was ever done.",
        "Genetic testing hx: BRACAnalysis 2013 negative; now multigene panel recommended.",
        "Prior genetic testing: BRCA1/2 2014 negative, now multigene panel.",
        "Previous germline testing: single-site BRCA2 familial variant analysis 2019, negative.",
        "Prior genetic testing: targeted testing for the familial BRCA2 variant 2019 - negative.",
    ],
)
def test_a_narrower_test_stated_in_a_note_is_no_same_test_before_a_panel(text: str) -> None:
    assert _gen004(PANEL, _said(text)) == "met", text


def test_a_brca_only_report_on_file_is_no_same_test_before_a_panel() -> None:
    report = _report("BRACAnalysis (BRCA1/BRCA2 sequencing only, 2014): no pathogenic variant.")
    result = record(PANEL, report, reason="Z85.3")
    item = status(result, "GEN-004", service=PANEL, as_of=AS_OF)
    assert item["status"] == "met"
    assert "narrower than the multigene panel ordered" in item["searched"]


@pytest.mark.parametrize(
    "text",
    [
        "Prior testing: Invitae Multi-Cancer panel 4/2021 - no pathogenic variants.",
        "Prior hereditary cancer panel 2020 (myRisk, incl. BRCA1/2): negative.",
        "Prior genetic testing 2019: negative.",  # its scope unsaid: it may be the same test
        "Multigene panel 2022 negative; BRCA1/2-only testing in 2014 also negative.",
        "Prior genetic testing: multigene panel 2022 and BRCA1/2-only testing 2014, both negative.",
    ],
)
def test_a_panel_or_a_test_of_unsaid_scope_is_still_a_test_before_a_panel(text: str) -> None:
    assert _gen004(PANEL, _said(text)) == "missing", text


def test_a_panel_report_on_file_is_still_a_test_before_a_panel() -> None:
    report = _report("Hereditary cancer panel (30 genes): negative.", "Hereditary cancer panel")
    assert _gen004(PANEL, report) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Prior testing: BRCA1/2 full sequencing + del/dup 2019 - negative.",
        "Faxed records: Invitae 2021 germline panel (incl. BRCA1, BRCA2, PALB2): NEGATIVE.",
    ],
)
def test_the_same_or_a_broader_test_before_a_brca_order_still_counts(text: str) -> None:
    assert _gen004(BRCA, _said(text)) == "missing", text


def test_a_brca_report_on_file_still_counts_before_a_brca_order() -> None:
    assert _gen004(BRCA, _report("BRCA1/2 full sequencing 2019: negative.")) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Previous germline testing: single-site BRCA2 familial variant analysis 2019, negative.",
        "Prior genetic testing: targeted testing for the familial BRCA2 variant 2019 - negative.",
    ],
)
def test_a_familial_variant_test_is_no_same_test_before_full_brca_sequencing(text: str) -> None:
    assert _gen004(BRCA, _said(text)) == "met", text


def test_full_sequencing_beside_a_relatives_variant_is_still_brca1_2() -> None:
    # The sister's familial variant in a bracket does not make the patient's test a targeted one.
    text = "Prior testing: BRCA1/2 full sequencing (familial BRCA2 variant in sister) 2019 - neg."
    assert _gen004(BRCA, _said(text)) == "missing"


def test_any_earlier_test_of_the_gene_counts_before_a_familial_variant_order() -> None:
    text = "Prior testing: BRCA1/2 full sequencing + del/dup 2019 - negative."
    assert _gen004(BRCA2_VARIANT, _said(text)) == "missing"


def _scopes() -> list[dict]:
    checklist = load_catalog().checklists["caresource-genetic-testing"]
    item = next(i for i in checklist.items if i.id == "GEN-004")
    first = item.criteria["not"]["any_of"][0]["note_finding"]
    return first["as_broad_as_order"]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("BRCA1/2 (2014) negative - no panel/multigene testing done", "brca1/2"),
        ("BRCA1/2 negative; panel not done", "brca1/2"),
        ("2019 founder panel (3-site) negative", "familial variant"),
        ("BRCA1/2 2014 negative, now multigene panel", "brca1/2"),
        ("myRisk 2020 negative", "multigene panel"),
        ("BRCA1/2 2014 and 84-gene panel 2021 both negative", "multigene panel"),
        ("Genetic testing 2019 negative", None),
        ("single-site BRCA2 familial variant analysis 2019, negative", "familial variant"),
        ("BRCA1/2 full sequencing (familial BRCA2 variant in sister) 2019", "brca1/2"),
        ("Tested 2019: multigene panel (incl. BRCA1/2), not BRCA1/2 only", "multigene panel"),
    ],
)
def test_the_scope_a_text_names_of_what_was_done(text: str, scope: str | None) -> None:
    scopes = _scopes()
    rank = text_rank(scopes, text)
    assert (scopes[rank]["scope"] if rank is not None else None) == scope, text
