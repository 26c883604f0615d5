"""A resource type a Bulk Data export lost as a whole (smartapp.population.whole_types), at the
network seam: a type the EHR's error file says failed is "could not be checked" for every scored
patient -- never "missing" -- and the report and the worklist row say why; a type the manifest
silently left out is read over FHIR for each patient, so the run scores as if it were there."""

from __future__ import annotations

import pytest
import responses
from population_ehr import AS_OF, FakeEhr
from population_helpers import app_with, signed_in

from smartapp.db import session_factory
from smartapp.models import PopulationRun, SavedReport, TrackedRequest
from smartapp.population.bulk import EXPORT_TYPES
from smartapp.population.runs import start_run, wait_for
from smartapp.population.whole_types import failed_type

COORDINATOR = "Practitioner/pa-coordinator"
WHY = "the EHR's export of DocumentReference failed: export timed out"
#: As pages say it: type names in words, HTML-escaped.
SHOWN = "the EHR&#39;s export of clinical notes failed: export timed out"


@pytest.mark.parametrize(("issue", "expected"), [
    ({"severity": "error", "code": "exception", "expression": ["DocumentReference"]},
     "DocumentReference"),
    ({"severity": "error", "diagnostics": "Observation: export failed (injected)."}, "Observation"),
    ({"severity": "fatal", "details": {"text": "The export of Coverage failed"}}, "Coverage"),
    # One record's or one resource's problem, a warning, or a type not asked for: not a type.
    ({"severity": "error", "diagnostics": "Patient/pop-9: the record failed mid-export"}, None),
    ({"severity": "error", "diagnostics": "Observation/o9: cannot serialise"}, None),
    ({"severity": "error", "expression": ["Observation/o9"]}, None),
    ({"severity": "error", "diagnostics": "Encounter e9 skipped"}, None),
    ({"severity": "warning", "diagnostics": "Observation: some were slow"}, None),
    ({"severity": "error", "diagnostics": "Immunization: export failed"}, None),
    ("not an issue", None),
])  # fmt: skip
def test_an_error_file_issue_is_a_whole_type_only_when_it_names_no_record(issue, expected):
    assert failed_type(issue, EXPORT_TYPES) == expected


def run(tmp_path, **fake):
    app = app_with(tmp_path, COORDINATORS={"ehr": [COORDINATOR]}, BULK_WORKERS=2)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        ehr = FakeEhr(mocked, **fake)
        with app.app_context(), session_factory(app)() as db:
            run_id = start_run(app, db, "ehr", started_by="cli", as_of=AS_OF)
        assert wait_for(app, run_id, timeout=240) == "done"
    return app, run_id, ehr


def reports(app) -> dict[str, tuple[str, SavedReport]]:
    """patient id -> (readiness state, latest saved report) of the run's worklist rows."""
    with session_factory(app)() as db:
        return {row.patient_ref.removeprefix("Patient/"): (row.readiness_state,
                                                           db.get(SavedReport,
                                                                  row.latest_report_id))
                for row in db.query(TrackedRequest)}  # fmt: skip


def notes_read(ehr: FakeEhr) -> list[str]:
    return sorted(name for name in ehr.read if not name.startswith("walker-fails"))


def note_items(report: SavedReport) -> list[dict]:
    """The items whose search reads the notes (the report's own words for what was searched)."""
    return [item for item in report.report["items"] if "note" in str(item.get("searched"))]


def test_a_type_whose_export_failed_is_could_not_check_for_every_scored_patient(tmp_path):
    app, _, _ = run(tmp_path / "failed", failed_types=("DocumentReference",))
    scored = reports(app)
    assert set(scored) == {"walker-complete", "lmri-gapped", "walker-unreadable"}
    for _, report in scored.values():
        assert {"resource_type": "DocumentReference", "reason": "processing",
                "detail": WHY} in report.could_not_check  # fmt: skip
        notes = note_items(report)
        assert notes and all(item["status"] != "missing" for item in notes), notes
        assert any(item["status"] == "unknown" for item in notes)
    # The complete walker patient is ready when its notes are read; without them it is
    # incomplete (not "not ready": nothing is known to be missing).
    assert scored["walker-complete"][0] == "incomplete"
    # The gapped patient's one gap is a problem-list onset too recent for six weeks of
    # symptoms; a note could state an earlier onset (onsets.py reads the newest note's), so
    # with every note unread it is "could not check", not "missing": incomplete, not
    # "not ready" (unread notes are never evidence of absence, docs/unreadable-input.md).
    lmri_state, lmri_report = scored["lmri-gapped"]
    assert lmri_state == "incomplete"
    onset = next(i for i in lmri_report.report["items"] if i["id"] == "LMRI-002")
    assert onset["status"] == "unknown"
    # The coordinator reads why on the worklist row and on the report.
    client = signed_in(app, COORDINATOR)
    worklist = client.get("/worklist").text
    # One row for each incomplete patient: both walkers and the gapped lumbar MRI patient.
    assert worklist.count(f"Could not check clinical notes: {SHOWN}") == 3
    with session_factory(app)() as db:
        complete = db.query(TrackedRequest).filter_by(patient_ref="Patient/walker-complete").one()
    page = client.get(f"/requests/{complete.id}").text
    assert f"<strong>Clinical notes</strong>: the EHR answered with an error ({SHOWN})" in page


def test_a_type_the_manifest_silently_left_out_is_read_over_fhir(tmp_path):
    app, _, plain = run(tmp_path / "plain")
    expected = {pid: state for pid, (state, _) in reports(app).items()}
    app, run_id, ehr = run(tmp_path / "dropped", dropped_types=("DocumentReference",))
    scored = reports(app)
    assert {pid: state for pid, (state, _) in scored.items()} == expected
    assert expected["walker-complete"] == "ready"
    for _, report in scored.values():
        assert all(w["resource_type"] != "DocumentReference" for w in report.could_not_check)
    # The same notes, found by the search (the failing patient's are left out: how many of its
    # notes are read before its clinician's read fails depends on timing).
    assert notes_read(ehr) == notes_read(plain) and notes_read(ehr)
    with session_factory(app)() as db:
        problems = db.get(PopulationRun, run_id).export_problems
    assert [p["type"] for p in problems if p.get("absent")] == ["DocumentReference"]


#: An error-file entry that is not an object, naming the type (and one record) in its words.
ODD_ISSUE = {"resourceType": "OperationOutcome", "issue": [
    "DocumentReference: export timed out for Patient/walker-complete"]}
#: A line cut short that still says it is only a warning.
MILD = '{"resourceType": "OperationOutcome", "issue": [{"severity": "warning", "diagnostics": "sl'
MAYBE = ("the EHR's export of DocumentReference may be incomplete: its error file has an entry "
         "the app could not read (line 2)")  # fmt: skip


@pytest.fixture(scope="module")
def plain_reports(tmp_path_factory) -> dict[str, dict]:
    """patient id -> the report of a run whose error file is all readable."""
    app, _, _ = run(tmp_path_factory.mktemp("plain"))
    return {pid: report.report for pid, (_, report) in reports(app).items()}


def only_unknown_now(plain: dict, report: SavedReport) -> list[str]:
    """The items whose status changed from the readable run's: each to "could not be checked",
    never from "met" (what was found still counts)."""
    before = {i["id"]: i["status"] for i in plain["items"]}
    after = {i["id"]: i["status"] for i in report.report["items"]}
    moved = {(before[i], after[i]) for i in after if before[i] != after[i]}
    assert all(now == "unknown" and was != "met" for was, now in moved), moved
    return [i for i in after if before[i] != after[i]]


def test_an_unreadable_error_entry_makes_the_types_it_names_could_not_check(
        tmp_path, caplog, plain_reports):  # fmt: skip
    caplog.set_level("INFO")
    app, run_id, _ = run(tmp_path / "odd", error_lines=(ODD_ISSUE, MILD))
    scored = reports(app)
    assert set(scored) == set(plain_reports)
    changed = []
    for patient, (_, report) in scored.items():
        assert {"resource_type": "DocumentReference", "reason": "processing",
                "detail": MAYBE} in report.could_not_check  # fmt: skip
        others = {w["resource_type"] for w in report.could_not_check} - {"DocumentReference"}
        assert others == ({"Coverage"} if patient == "walker-unreadable" else set())
        changed += only_unknown_now(plain_reports[patient], report)
    assert changed  # the gapped patient's unfound note items: "could not be checked" now
    # The run page says so in plain words, beside the readable issue of the same file.
    page = signed_in(app, COORDINATOR).get(f"/population/runs/{run_id}").text
    assert "export error file: <bdi>Encounter e9 skipped</bdi>" in page
    assert ("line 2: an entry the app could not read (an issue that is not an object); it may "
            "say the export lost DocumentReference, so DocumentReference reads \u201ccould not be "
            "checked\u201d in this run&#39;s reports") in page
    assert ("line 3: an entry the app could not read (not JSON); it says it is only a "
            "warning") in page
    logged = [r.getMessage() for r in caplog.records if "error-file line" in r.getMessage()]
    assert logged == ["bulk: error-file line 2 unreadable (an issue that is not an object); "
                      "types marked could not check: 1",
                      "bulk: error-file line 3 unreadable (not JSON); types marked could not "
                      "check: 0"]
    assert not any("walker-complete" in r.getMessage() or "timed out" in r.getMessage()
                   for r in caplog.records)  # fmt: skip


def test_an_unreadable_error_line_naming_nothing_leaves_every_type_could_not_check(
        tmp_path, plain_reports):  # fmt: skip
    """Every requested type, except one the manifest has no file for: that one is read over
    FHIR, whole, as a type the manifest silently left out."""
    app, run_id, ehr = run(tmp_path / "garbled", error_lines=("<html>502 Bad Gateway</html>",),
                           dropped_types=("DocumentReference",))  # fmt: skip
    scored = reports(app)
    assert set(scored) == set(plain_reports)
    exported = set(EXPORT_TYPES) - {"DocumentReference"}
    changed = []
    for patient, (_, report) in scored.items():
        unchecked = {w["resource_type"] for w in report.could_not_check}
        assert unchecked >= exported and "DocumentReference" not in unchecked
        changed += only_unknown_now(plain_reports[patient], report)
    assert changed
    assert notes_read(ehr)  # the notes, found by the patients' searches
    with session_factory(app)() as db:
        problems = db.get(PopulationRun, run_id).export_problems
    assert [(p["types"], p["text"]) for p in problems if p.get("unreadable")] == [(
        list(EXPORT_TYPES),
        "line 2: an entry the app could not read (not JSON); it may be about any resource type "
        "the export lost, so every other type reads \u201ccould not be checked\u201d in this "
        "run's reports; DocumentReference (no file) is read over FHIR instead")]
    assert [p["type"] for p in problems if p.get("absent")] == ["DocumentReference"]
