"""Arranging a report for people: gap grouping, citations, readiness words (pure functions)."""

from __future__ import annotations

from smartapp.checklists.readiness import report_readiness
from smartapp.checks import present


def item(id_, status, required=True, reasons=(), evidence=()):
    return {"id": id_, "status": status, "required": required, "denial_reasons": list(reasons),
            "evidence": list(evidence), "title": id_, "remedy": "", "searched": ""}


def test_required_gaps_group_by_their_first_denial_reason():
    report = {"readiness": 60, "items": [
        item("A", "missing", reasons=["medical-necessity", "missing-clinical-notes"]),
        item("B", "partial", reasons=["incorrect-cpt"]),
        item("C", "unknown"),
        item("D", "missing", required=False, reasons=["medical-necessity"]),
        item("E", "met", reasons=["medical-necessity"]),
        item("F", "not_applicable"),
    ]}
    arranged = present.arrange(report)
    groups = {g.key: [i["id"] for i in g.items] for g in arranged["groups"]}
    assert groups == {"medical-necessity": ["A"], "incorrect-cpt": ["B"]}
    # An item that could not be checked is not a gap: it is listed on its own (issue 12).
    assert [i["id"] for i in arranged["could_not_check"]] == ["C"]
    assert [i["id"] for i in arranged["recommended"]] == ["D"]
    assert [i["id"] for i in arranged["documented"]] == ["E", "F"]
    assert arranged["required_gap_count"] == 2
    assert arranged["readiness_word"] == "Not ready: 2 required gaps, 1 could not be checked"


def test_the_verdict_is_recomputed_from_the_items_of_a_saved_report():
    """A report saved under the old rule ("readiness" 100 with an unknown item left out) reads
    by the one rule: incomplete, 50."""
    old = {"readiness": 100, "items": [item("A", "met"), item("B", "unknown")]}
    verdict = report_readiness(old)
    assert (verdict.number, verdict.state) == (50, "incomplete")
    assert present.arrange(old)["readiness_word"] == (
        "Incomplete: 1 required item could not be checked")
    ready = {"readiness": 100, "items": [item("A", "met"), item("B", "missing", required=False)]}
    assert present.arrange(ready)["readiness_word"] == "Almost ready"


def test_references_parse_with_note_ranges_and_refuse_junk():
    link = present.parse_reference("DocumentReference/note-1#86-102", "physical therapy")
    assert (link.resource_type, link.resource_id, link.start, link.end) == (
        "DocumentReference", "note-1", 86, 102)
    assert link.is_note and link.label == "DocumentReference/note-1"
    plain = present.parse_reference("Condition/dx-1")
    assert (plain.start, plain.end, plain.is_note) == (None, None, False)
    for junk in ("", "Condition", "../etc/passwd", "Condition/a/b", "Con dition/x"):
        assert present.parse_reference(junk) is None, junk
    assert present.parse_reference("Condition/x#a-b").start is None


def test_the_same_quote_is_cited_once():
    cited = item("A", "met", evidence=[
        {"reference": "DocumentReference/n#1-5", "snippet": "PT for 8 weeks"},
        {"reference": "DocumentReference/n#20-27", "snippet": "PT for 8 weeks"},
        {"reference": "Procedure/p", "snippet": "PT for 8 weeks"},
    ])
    assert [link.label for link in present.evidence_links(cited)] == [
        "DocumentReference/n", "Procedure/p"]


def test_engine_explanations_read_in_words_but_keep_evidence_references() -> None:
    from smartapp.checks.wording import plain

    said = plain("Searched Condition for codes lumbar-spine-diagnoses up to 2026-11-22; searched "
                 "Observation/DiagnosticReport/ImagingStudy for exam-findings (straight-leg-raise)"
                 " in DocumentReference/lmri-gapped-note-acute.")  # fmt: skip
    assert said == ("Searched diagnoses for codes lumbar spine diagnoses up to 2026-11-22; "
                    "searched results and scores, reports or imaging studies for exam findings "
                    "(straight leg raise) in DocumentReference/lmri-gapped-note-acute.")


def test_quotes_are_cut_at_a_word_with_an_ellipsis_and_cited_once() -> None:
    from smartapp.checklists.context import cite, clip, unique_evidence

    assert clip("Low back pain since the move, worse when lifting boxes", 30) == (
        "Low back pain since the move,…")
    assert clip("short", 30) == "short"
    assert cite("DocumentReference/n", "word " * 100)["snippet"].endswith("word…")
    same = [{"reference": "DocumentReference/n#10-40", "snippet": "PT twice weekly."},
            {"reference": "DocumentReference/n#12-30", "snippet": "PT twice weekly."},
            {"reference": "DocumentReference/m#1-9", "snippet": "PT twice weekly."}]
    assert unique_evidence(same) == [same[0], same[2]]
