"""An earlier germline test of the same genes is read however the note tells it, and when it is
charted only as a coded procedure (GEN-004, NCD 90.2: not "previously tested with the same
germline test ... for the same genetic content").

Blind wave 90, MG/genetic-03: an 81162 order (BRCA1/2 full sequence and deletion/duplication) for
a patient whose oncology note says "Pt had BRCA1/2 testing 2014 at Mercy (Myriad, full sequence +
large rearrangement) - negative per pt; report in media tab"; the label: the same test was done in
2014. The laboratory's bracket between the year and the result hid the test. Told the other way
round ("Negative BRCA1/2 testing in 2014", "Previously tested for BRCA1/2 in 2014 - negative",
"Tested negative for BRCA1/2 mutations in 2014") it was missed too; so was a Procedure coded
81162 done years before. Near misses stay: a relative's test, a test denied, ordered and never
done, planned or on a condition, a tumor's, a counseling visit, and a narrower earlier test (a
founder or familial-variant test before full BRCA1/2, BRCA1/2 only before a panel).
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

AS_OF = date(2026, 3, 1)
BRCA, PANEL = "81162", "81432"
CPT = "http://www.ama-assn.org/go/cpt"


def _gen004(order: str, *resources: dict) -> str:
    bundle = record(order, *resources, reason="Z85.3")
    return status(bundle, "GEN-004", service=order, as_of=AS_OF)["status"]


def _said(text: str) -> dict:
    return _note("n1", "2026-02-10", text)


def _procedure(day: str, code: str | None = None, text: str | None = None,
               state: str = "completed") -> dict:  # fmt: skip
    concept: dict = {}
    if code:
        concept["coding"] = [{"system": CPT, "code": code}]
    if text:
        concept["text"] = text
    return {
        "resourceType": "Procedure",
        "id": "pr1",
        "status": state,
        "code": concept,
        "subject": {"reference": "Patient/p"},
        "performedDateTime": day,
    }


@pytest.mark.parametrize(
    "text",
    [
        "Pt had BRCA1/2 testing 2014 at Mercy (Myriad, full sequence + large rearrangement) - "
        "negative per pt; report in media tab.",
        "Had BRCA1/2 testing 2014 at Mercy (Myriad) - negative.",
        "Negative BRCA1/2 testing in 2014 (Myriad).",
        "History of negative BRCA1/2 testing (2014).",
        "Previously tested for BRCA1/2 in 2014 - negative.",
        "Pt was previously tested (BRCA1/2, Myriad 2014), negative.",
        "Tested negative for BRCA1/2 mutations in 2014.",
        "Previously tested for BRCA1/2 - report in media tab.",
        "Previously tested for BRCA1/2: Yes - negative 2014",
        "BRCA1/2 negative in 2014 (Myriad).",
    ],
)
def test_the_same_test_told_any_way_is_a_test_before(text: str) -> None:
    assert _gen004(BRCA, _said(text)) == "missing", text


@pytest.mark.parametrize(
    "text",
    [
        "Sister had BRCA1/2 testing 2025 at Myriad (full sequence + del/dup) - negative.",
        "Sister tested negative for BRCA1/2 in 2019.",
        "Her sister was previously tested for BRCA1/2 - negative.",
        "Mother tested positive for BRCA2 in 2018; pt not tested.",
        "Pt has never been tested for BRCA1/2.",
        "Pt was not previously tested for BRCA.",
        "Pt to be tested for BRCA1/2 in 2026.",
        "Will get tested for BRCA1/2 after counseling, results in 2026.",
        "BRCA1/2 testing was ordered in 2014 but never done (insurance denied).",
        "BRCA1/2 testing ordered 2014 at Mercy (Myriad) - pt never went.",
        "If negative BRCA testing in 2026, consider panel.",
        "Tumor tested negative for BRCA1/2 in 2024 (somatic NGS).",
        "Pt wants to be tested for BRCA1/2.",
        "Previously tested for BRCA1/2?",
        "Previously tested for BRCA1/2:\nNo",
        "Previously tested for BRCA1/2\nNo",
        "Previously tested for BRCA1/2: [ ] Yes [X] No",
        "Tested for BRCA1/2 in 2014? No.",
    ],
)
def test_a_relative_s_a_denied_an_undone_or_a_tumor_s_test_is_none(text: str) -> None:
    assert _gen004(BRCA, _said(text)) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Previously tested: BRCA 3-site Ashkenazi founder panel only, 2014, negative.",
        "Pt had BRCA 3-site Ashkenazi panel only (2014) - negative.",
        "Pt had single-site testing for the family variant (BRCA2) 2019 - negative.",
        "Pt previously tested for the familial BRCA2 variant only (single-site, 2019), negative.",
    ],
)
def test_a_founder_or_familial_variant_test_is_no_same_test_before_full_brca(text: str) -> None:
    assert _gen004(BRCA, _said(text)) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Previously tested for BRCA1/2 only in 2014 - negative.",
        "Pt had BRCA1/2 testing 2014 at Mercy (Myriad, full sequence + large rearrangement) - "
        "negative per pt.",
    ],
)
def test_brca_only_told_these_ways_is_still_narrower_than_a_panel(text: str) -> None:
    assert _gen004(PANEL, _said(text)) == "met", text


def test_a_panel_told_as_tested_on_is_a_test_before_a_panel() -> None:
    said = _said("Tested negative on a hereditary cancer panel in 2021.")
    assert _gen004(PANEL, said) == "missing"


@pytest.mark.parametrize(
    "procedure",
    [
        _procedure("2014-04-02", code=BRCA),
        _procedure("2019-05-02", code=BRCA, text="BRCA1/BRCA2 full sequence + del/dup (outside)"),
        _procedure("2014-04-02", text="BRCA1/2 genetic testing (Myriad)"),
    ],
)
def test_a_coded_earlier_test_charted_as_a_procedure_is_a_test_before(procedure: dict) -> None:
    assert _gen004(BRCA, procedure) == "missing"


@pytest.mark.parametrize(
    "procedure",
    [
        _procedure("2014-04-02", code=BRCA, state="not-done"),
        _procedure("2026-02-25", code=BRCA),  # the order's own day: the order's test
        _procedure("2026-02-20", code=BRCA, state="in-progress"),
        _procedure("2019-02-20", code="81215"),  # a familial variant before full BRCA1/2
        _procedure("2026-01-15", text="Genetic counseling - BRCA1/2 hereditary risk"),
        _procedure("2025-01-15", text="Tumor BRCA1/2 NGS (somatic)"),
    ],
)
def test_an_undone_current_narrower_or_other_procedure_is_no_test_before(procedure: dict) -> None:
    assert _gen004(BRCA, procedure) == "met"


def test_a_coded_brca_procedure_is_narrower_than_a_panel_order() -> None:
    assert _gen004(PANEL, _procedure("2014-04-02", code=BRCA)) == "met"
