"""The incorrect-CPT lens on small golden-vocabulary records: region, contrast, variant, side,
unlisted codes and pairing — findings carry evidence; suggestions only when documentation is
clear and consistent."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.appeals.cpt_lens import code_for, cpt_lens
from smartapp.appeals.cpt_text import describe, sentences
from smartapp.checklists.golden import build_bundle
from smartapp.evidence import build_record

AS_OF = date(2026, 3, 1)


def lens(code: str, notes: list[str], reason: str = "icd10:M51.16", order_text: str | None = None,
         modifiers: tuple[str, ...] = (), body_site: dict | None = None):  # fmt: skip
    record = {
        "service_request": {"code": code, "reason": [reason]},
        "conditions": [{"code": reason, "onset": "2025-06-01"}],
        "notes": [{"date": "2026-02-20", "text": text} for text in notes],
    }
    bundle = build_bundle(record)
    request = next(e["resource"] for e in bundle["entry"]
                   if e["resource"]["resourceType"] == "ServiceRequest")  # fmt: skip
    if order_text:
        request["code"]["text"] = order_text
    if body_site:
        request["bodySite"] = [body_site]
    return cpt_lens(build_record(bundle), code, as_of=AS_OF, modifiers=modifiers)


def kinds(result) -> list[tuple[str, str]]:
    return [(f.kind, f.severity) for f in result.findings]


def test_consistent_documentation_has_no_findings() -> None:
    result = lens("72148", ["Plan: order MRI lumbar spine without contrast."])
    assert result.findings == () and result.suggested_code is None


@pytest.mark.parametrize(
    ("code", "note", "kind", "better"),
    [
        ("72148", "Plan: order MRI lumbar spine with contrast.", "contrast", "72149"),
        ("72149", "We will order an MRI L-spine w/o contrast.", "contrast", "72148"),
        ("72148", "Plan: MRI cervical spine without contrast requested.", "region", "72141"),
        ("72148", "Plan: order MRI thoracic spine with and without contrast.", "region", "72157"),
        ("72148", "Plan: order CT lumbar spine without contrast.", "modality", "72131"),
        ("70551", "Plan: MRI brain with and without contrast ordered.", "contrast", "70553"),
    ],
)
def test_mismatch_with_a_clear_better_code(code, note, kind, better) -> None:
    result = lens(code, [note], reason="icd10:G89.29")
    mismatch = next(f for f in result.findings if f.kind == kind)
    assert mismatch.severity == "mismatch"
    assert mismatch.evidence[0]["reference"].startswith("DocumentReference/documentreference-1#")
    assert result.suggested_code == better
    assert better in mismatch.reason


def test_history_sentences_are_not_read_as_the_order() -> None:
    result = lens("72148", ["MRI brain in 2019 was normal.", "Plan: order MRI lumbar spine."])
    assert not [f for f in result.findings if f.kind in ("region", "contrast")]


def test_conflicting_notes_give_no_suggestion() -> None:
    result = lens("72148", ["Plan: order MRI lumbar spine with contrast.",
                            "Plan: order MRI lumbar spine without contrast."])  # fmt: skip
    assert ("contrast", "info") in kinds(result)
    assert result.suggested_code is None


def test_order_text_contradicting_its_code() -> None:
    result = lens("72148", [], order_text="MRI lumbar spine with contrast")
    assert ("contrast", "mismatch") in kinds(result)
    assert result.suggested_code is None  # the order's own label does not vote


def test_diagnosis_region_against_the_code() -> None:
    result = lens("72141", [], reason="icd10:M51.16")
    assert ("region", "mismatch") in kinds(result)
    assert ("pairing", "info") not in kinds(result)


def test_pairing_mismatch_is_reported() -> None:
    result = lens("72148", [], reason="icd10:M17.12")
    pairing = next(f for f in result.findings if f.kind == "pairing")
    assert pairing.severity == "mismatch" and "M17.12" in pairing.message
    assert pairing.evidence


def test_arthroplasty_variant_and_side() -> None:
    uni = lens("27447", ["Plan: proceed with right unicompartmental knee arthroplasty."],
               reason="icd10:M17.11", modifiers=("RT",))  # fmt: skip
    assert uni.suggested_code == "27446"
    assert ("side", "mismatch") not in kinds(uni)
    no_side = lens("27447", ["Plan: proceed with left total knee arthroplasty."],
                   reason="icd10:M17.12")  # fmt: skip
    side = next(f for f in no_side.findings if f.kind == "side")
    assert side.severity == "missing" and side.suggested_modifier == "LT"
    right = {"coding": [{"system": "http://snomed.info/sct", "code": "24028007"}]}
    body_site = lens("27447", [], reason="icd10:M17.12", body_site=right)
    assert ("side", "mismatch") in kinds(body_site)
    conflicting = lens("27447", ["Plan: proceed with right total knee arthroplasty."],
                       reason="icd10:M17.12", modifiers=("RT",))  # fmt: skip
    assert ("side", "mismatch") in kinds(conflicting)
    assert conflicting.suggested_modifier is None  # notes and diagnosis disagree: no suggestion


def test_unlisted_code() -> None:
    described = lens("76498", ["Plan: order MRI of the left knee without contrast."],
                     reason="icd10:M17.12")  # fmt: skip
    assert described.suggested_code == "73721"
    bare = lens("76498", [], reason="icd10:M17.12")
    assert ("unlisted", "info") in kinds(bare) and bare.suggested_code is None


def test_27599_is_the_unlisted_femur_or_knee_code_not_an_arthroplasty() -> None:
    from smartapp.appeals.cpt_text import attribute_table

    attrs = attribute_table()["codes"]["27599"]
    assert attrs["kind"] != "arthroplasty" and attrs["unlisted"] and attrs["region"] == "knee"
    # Never offered as the code for a documented knee replacement (it is not one) ...
    assert code_for({"kind": "arthroplasty", "region": "knee", "variant": "total"}) == "27447"
    # ... and when notes describe a total knee replacement, the listed code is suggested.
    described = lens("27599", ["Plan: proceed with right total knee arthroplasty."],
                     reason="icd10:M17.11", modifiers=("RT",))  # fmt: skip
    assert described.suggested_code == "27447"
    bare = lens("27599", [], reason="icd10:M17.11", modifiers=("RT",))
    assert ("unlisted", "info") in kinds(bare) and bare.suggested_code is None


def test_unknown_code_checks_pairing_only() -> None:
    result = lens("97110", [], reason="icd10:M54.50")
    assert ("unknown-code", "info") in kinds(result)
    assert result.checked == ("diagnosis pairing",)


def test_code_for_and_text_parsing() -> None:
    assert code_for({"kind": "imaging", "modality": "mri", "region": "knee",
                     "contrast": "with"}) == "73722"  # fmt: skip
    assert code_for({"kind": "imaging", "modality": "mri", "region": "lumbar-spine"}) is None
    assert describe("MRI c-spine w/wo contrast")["contrast"] == "with-and-without"
    assert describe("MRI brain without and with contrast")["contrast"] == "with-and-without"
    assert describe("ct of the head")["modality"] == "ct"
    assert describe("the act of walking")["modality"] is None
    assert describe("both knees")["side"] == "bilateral"
    text = "One.  Two!\nThree"
    assert [(a, b, s) for a, b, s in sentences(text)] == [
        (0, 4, "One."), (6, 10, "Two!"), (11, 16, "Three")]  # fmt: skip
