"""Engine unit tests: combinators, windows, thresholds, readiness, NPI and ICD-10 helpers."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists import load_catalog
from smartapp.checklists.codelist import CodeList
from smartapp.checklists.engine import ItemResult, check, make_context, readiness, readiness_state
from smartapp.checklists.golden import build_bundle
from smartapp.checklists.order_requester import is_valid_npi
from smartapp.checklists.requests import billable_hint
from smartapp.evidence import build_record
from smartapp.notes import NoteFinding

AS_OF = date(2026, 3, 1)
PT = CodeList.from_mapping("pt", {"cpt": ["97110-97112"], "snomed": ["91251008"]})


def context(record_spec, service=("cpt", "72148")):
    checklist = load_catalog().checklists["caresource-advanced-imaging-lumbar-mri"]
    record = build_record(build_bundle(record_spec))
    record.findings = []
    return make_context(checklist, record, AS_OF, service)


def pt_visits(*days):
    return {"procedures": [{"code": "cpt:97110", "date": d} for d in days]}


def test_codelist_ranges_prefixes_and_exact_codes():
    codes = CodeList.from_mapping(
        "x", {"cpt": ["27440-27447"], "icd10cm": ["M51.1*", "G83.4"], "hcpcs": ["E0130-E0149"]}
    )
    assert codes.contains("cpt", "27447") and not codes.contains("cpt", "27448")
    assert codes.contains("icd10cm", "M51.16") and not codes.contains("icd10cm", "M51.2")
    assert codes.contains("hcpcs", "E0143") and not codes.contains("hcpcs", "E0150")
    assert codes.contains("icd10cm", "G83.4") and not codes.contains("snomed", "G83.4")


def test_window_threshold_and_span():
    ctx = context(pt_visits("2025-12-01", "2026-01-20"))
    assert check({"has_procedure": {"codes": PT, "within_days": 120}}, ctx).status == "met"
    # Evidence outside every window does not count (issue 13): missing, with the old evidence named.
    outside = check({"has_procedure": {"codes": PT, "within_days": 20}}, ctx)
    assert outside.status == "missing" and "outside the window" in outside.searched
    assert "2025-12-01" in outside.searched
    span = check({"has_procedure": {"codes": PT, "within_days": 120, "min_span_days": 60}}, ctx)
    assert span.status == "partial" and "50 days" in span.searched
    few = check({"has_procedure": {"codes": PT, "min_count": 3}}, ctx)
    assert few.status == "partial" and "2 of the 3" in few.searched


def test_evidence_after_as_of_is_ignored():
    ctx = context(pt_visits("2026-03-05"))
    assert check({"has_procedure": {"codes": PT}}, ctx).status == "missing"


def test_values_outside_range_are_missing_and_named():
    ctx = context(
        {
            "observations": [
                {"code": "loinc:69990-0", "text": "AHI", "date": "2026-02-01", "value": 9}
            ]
        }
    )
    crit = {"has_observation": {"names": ["ahi"], "value": {"min": 15}}}
    # A result that fails the threshold is no credit at all (issue 13): missing, value named.
    outcome = check(crit, ctx)
    assert outcome.status == "missing" and "(9)" in outcome.searched
    crit["has_observation"]["value"] = {"min": 5, "max": 14}
    assert check(crit, ctx).status == "met"


@pytest.mark.parametrize(
    ("statuses", "all_of", "any_of"),
    [
        (["met", "met"], "met", "met"),
        (["met", "missing"], "partial", "met"),
        (["missing", "missing"], "missing", "missing"),
        (["missing", "unknown"], "unknown", "unknown"),
        (["partial", "missing"], "partial", "partial"),
        # What could be read is there, the rest could not be checked: unknown, not a gap.
        (["met", "unknown"], "unknown", "met"),
        # all_of: the partial part is a gap whatever the rest says. any_of: the alternative
        # that could not be checked may be the one that is met (bench/unread.py).
        (["partial", "unknown"], "partial", "unknown"),
    ],
)
def test_combinators(statuses, all_of, any_of):
    ctx = context({**pt_visits("2026-02-01"), "unreadable": ["Coverage"]})
    leaf = {
        "met": {"has_procedure": {"codes": PT}},
        "missing": {"has_condition": {"names": ["nothing like this"]}},
        "partial": {"has_procedure": {"codes": PT, "min_count": 2}},
        "unknown": {"has_coverage": {}},
    }
    children = [leaf[s] for s in statuses]
    assert check({"all_of": children}, ctx).status == all_of
    assert check({"any_of": children}, ctx).status == any_of


def test_not_flips_and_keeps_unknown():
    ctx = context({"unreadable": ["Coverage"], **pt_visits("2026-02-01")})
    assert check({"not": {"has_procedure": {"codes": PT}}}, ctx).status == "missing"
    assert check({"not": {"has_condition": {"names": ["zzz"]}}}, ctx).status == "met"
    assert check({"not": {"has_coverage": {}}}, ctx).status == "unknown"


def test_a_not_of_a_not_reads_as_what_was_searched():
    # A `not` of a `not` gates a part on the order (BED-001's variable-height part); a reviewer
    # reads what was searched, not "Not: Not: ...".
    ctx = context(pt_visits("2026-02-01"))
    inner = check({"has_procedure": {"codes": PT}}, ctx)
    once = check({"not": {"has_procedure": {"codes": PT}}}, ctx)
    twice = check({"not": {"not": {"has_procedure": {"codes": PT}}}}, ctx)
    assert once.searched == f"Not: {inner.searched}"
    assert (twice.status, twice.searched) == (inner.status, inner.searched)


def test_refuted_and_resolved_conditions_do_not_count():
    spec = {"conditions": [{"code": "icd10:M54.16", "status": "resolved"}]}
    crit = {"has_condition": {"codes": CodeList.from_mapping("l", {"icd10cm": ["M54.1*"]})}}
    assert check(crit, context(spec)).status == "missing"


def test_a_condition_abated_by_as_of_does_not_count_even_marked_active():
    bundle = build_bundle({"conditions": [{"code": "icd10:M54.16", "onset": "2019-06-01"}]})
    condition = next(e["resource"] for e in bundle["entry"]
                     if e["resource"]["resourceType"] == "Condition")  # fmt: skip
    crit = {"has_condition": {"codes": CodeList.from_mapping("l", {"icd10cm": ["M54.1*"]})}}
    checklist = load_catalog().checklists["caresource-advanced-imaging-lumbar-mri"]
    for abated, want in (("2019-09-01", "missing"), ("2026-06-01", "met")):
        condition["abatementDateTime"] = abated
        record = build_record(bundle)
        record.findings = []
        ctx = make_context(checklist, record, AS_OF, ("cpt", "72148"))
        assert check(crit, ctx).status == want, abated


def test_note_findings_negated_mentions_never_count():
    def Finding(asserted):
        text = "has not tried physical therapy"
        return NoteFinding(
            "DocumentReference/documentreference-1", "conservative-treatment",
            "physical-therapy", text, 4, 20, not asserted, False, False, False, None, text,
        )  # fmt: skip

    ctx = context(
        {"notes": [{"date": "2026-02-20", "text": "Patient has not tried physical therapy."}]}
    )
    ctx.record.findings = [Finding(asserted=False)]
    outcome = check({"note_finding": {"category": "conservative-treatment"}}, ctx)
    assert outcome.status == "missing" and "negated" in outcome.searched
    ctx.record.findings = [Finding(asserted=True)]
    assert check({"note_finding": {"category": "conservative-treatment"}}, ctx).status == "met"
    needs_duration = {
        "note_finding": {"category": "conservative-treatment", "min_duration_days": 42}
    }
    assert check(needs_duration, ctx).status == "partial"


def test_family_option_counts_only_relatives_and_never_negated():
    def Finding(negated, family):
        text = "mother breast cancer at 42"
        return NoteFinding(
            "DocumentReference/documentreference-1", "clinical-notes", "family-cancer",
            text, 0, len(text), negated, False, False, family, None, text,
        )  # fmt: skip

    ctx = context(
        {"notes": [{"date": "2026-02-20", "text": "Family history: mother breast cancer at 42."}]}
    )
    plain = {"note_finding": {"category": "clinical-notes"}}
    family = {"note_finding": {"category": "clinical-notes", "family": True}}
    ctx.record.findings = [Finding(negated=False, family=True)]
    assert check(plain, ctx).status == "missing"
    assert check(family, ctx).status == "met"
    ctx.record.findings = [Finding(negated=True, family=True)]
    outcome = check(family, ctx)
    assert outcome.status == "missing" and "negated" in outcome.searched
    ctx.record.findings = [Finding(negated=False, family=False)]  # the patient's own history
    assert check(family, ctx).status == "missing"
    assert check(plain, ctx).status == "met"


def result(status, required=True):
    return ItemResult("X-001", "clinical-notes", "t", required, status, (), "r", "s")


def test_readiness_counts_every_required_item_unknown_as_zero():
    """Issue 12: unknown counts 0 (it used to be left out, so withheld data raised the number)
    and not_applicable counts as satisfied; recommended items never count."""
    assert readiness([result("met"), result("missing")]) == 50
    assert (
        readiness([result("met"), result("partial"), result("unknown"), result("missing", False)])
        == 50
    )
    assert readiness([result("not_applicable")]) == 100
    assert readiness([result("met"), result("unknown")]) == 50
    assert readiness([result("missing", False)]) == 100  # no required item at all
    # Report items (dicts, as saved) weigh the same as ItemResults.
    assert readiness([{"required": True, "status": "partial"}]) == 50


@pytest.mark.parametrize(
    ("statuses", "state", "headline"),
    [
        (["met", "missing", "unknown"], "not_ready",
         "Not ready: 1 required gap, 1 could not be checked"),
        (["met", "partial", "missing"], "not_ready", "Not ready: 2 required gaps"),
        (["met", "unknown", "unknown"], "incomplete",
         "Incomplete: 2 required items could not be checked"),
        (["met", "unknown"], "incomplete", "Incomplete: 1 required item could not be checked"),
        (["met", "not_applicable"], "ready", "Ready to submit"),
    ],
)
def test_readiness_state_and_headline(statuses, state, headline):
    verdict = readiness_state([result(s) for s in statuses])
    assert (verdict.state, verdict.headline) == (state, headline)
    assert verdict.number == readiness([result(s) for s in statuses])


def test_almost_ready_only_when_every_required_item_is_met():
    assert readiness_state([result("met"), result("missing", False)]).headline == "Almost ready"
    assert readiness_state([result("met"), result("unknown", False)]).headline == "Almost ready"
    assert readiness_state([result("met"), result("met", False)]).headline == "Ready to submit"
    # A required gap is never "Almost ready", however high the number.
    many = [result("met")] * 19 + [result("partial"), result("missing", False)]
    verdict = readiness_state(many)
    assert verdict.number == 98 and verdict.headline == "Not ready: 1 required gap"
    # An unchecked required item is never ready, even at 100 met otherwise.
    assert readiness_state([result("met")] * 9 + [result("unknown")]).state == "incomplete"


def test_npi_check_digit_and_most_specific_code_hint():
    assert (
        is_valid_npi("1234567893") and not is_valid_npi("1234567890") and not is_valid_npi("12345")
    )
    assert "M54.50, M54.51, M54.59" in billable_hint("M54.5")
    assert "not an ICD-10-CM code" in billable_hint("Q99.99")


def test_undated_evidence_counts_only_without_a_window():
    ctx = context({"conditions": [{"code": "icd10:M54.16"}]})
    lumbar = CodeList.from_mapping("l", {"icd10cm": ["M54.1*"]})
    assert check({"has_condition": {"codes": lumbar}}, ctx).status == "met"
    undated = check({"has_condition": {"codes": lumbar, "within_days": 30}}, ctx)
    assert undated.status == "missing" and "undated" in undated.searched


def test_requester_contact_reads_the_role_then_the_practitioner():
    order = {"code": "72148", "requester_npi": "1234567893"}
    bundle = build_bundle({"service_request": order})
    role = {"resourceType": "PractitionerRole", "id": "role-1",
            "practitioner": {"reference": "Practitioner/practitioner-1"},
            "telecom": [{"system": "fax", "value": "614-555-0199"},
                        {"system": "phone", "value": "614-555-0100", "use": "old"}]}  # fmt: skip
    bundle["entry"].append({"resource": role})
    request = next(e["resource"] for e in bundle["entry"]
                   if e["resource"]["resourceType"] == "ServiceRequest")  # fmt: skip
    request["requester"] = {"reference": "PractitionerRole/role-1"}
    checklist = load_catalog().checklists["caresource-occupational-work-rehab"]
    record = build_record(bundle)
    record.findings = []
    ctx = make_context(checklist, record, AS_OF, ("cpt", "72148"))
    outcome = check({"service_request": {"field": "requester-contact"}}, ctx)
    assert outcome.status == "met" and outcome.evidence[0]["snippet"] == "fax 614-555-0199"
    # A requester that could not be read is unknown, never missing.
    request["requester"] = {"reference": "Practitioner/elsewhere"}
    bundle["entry"].append({"resource": {"resourceType": "OperationOutcome", "issue": [
        {"severity": "error", "code": "forbidden", "expression": ["Practitioner"]}]},
        "search": {"mode": "outcome"}})  # fmt: skip
    record = build_record(bundle)
    record.findings = []
    ctx = make_context(checklist, record, AS_OF, ("cpt", "72148"))
    assert check({"service_request": {"field": "requester-contact"}}, ctx).status == "unknown"


BEDS = CodeList.from_mapping("HCPCS E0255, HCPCS E0256", {"hcpcs": ["E0255", "E0256"]})


@pytest.mark.parametrize("code", ["E0255", "E0260"])
def test_only_for_is_the_requested_service_check(code):
    # `only_for: {codes}` says "only for these service codes" (s80-health); alone it reads as
    # requested_service does.
    ctx = context({}, service=("hcpcs", code))
    gate = check({"only_for": {"codes": BEDS}}, ctx)
    assert gate == check({"requested_service": {"codes": BEDS}}, ctx)
    assert gate.status == ("met" if code == "E0255" else "missing")


@pytest.mark.parametrize("code", ["E0255", "E0260"])
@pytest.mark.parametrize("days", [(), ("2026-02-01",)])
def test_only_for_gates_an_all_of_as_a_not_of_a_not_did(code, days):
    # Inside all_of the gate stands aside when it holds (the other part alone decides met or
    # missing, never "partial" by the gate) and makes the whole missing, saying the code is not
    # in the list, when it fails: what BED-001's `not` of a `not` said twice over.
    ctx = context(pt_visits(*days), service=("hcpcs", code))
    part = {"has_procedure": {"codes": PT}}
    direct = check({"all_of": [{"only_for": {"codes": BEDS}}, part]}, ctx)
    twice = check({"all_of": [{"not": {"not": {"requested_service": {"codes": BEDS}}}}, part]}, ctx)
    assert direct == twice
    if code == "E0260":
        assert direct.status == "missing" and "is not in HCPCS E0255" in direct.searched
    else:
        assert direct == check(part, ctx)  # stands aside: the part's own outcome
