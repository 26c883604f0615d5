"""``smartapp score`` and ``checklists validate``: exit codes, one-line errors, JSON shape."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from smartapp.checklists.golden import build_bundle
from smartapp.cli import main

REPORT_SCHEMA = {
    "type": "object",
    "required": ["patient", "as_of", "service", "checklist", "readiness", "state", "headline",
                 "readiness_detail", "app_documents", "items", "warnings"],
    "properties": {
        "patient": {"type": "string", "pattern": "^Patient/"},
        "state": {"enum": ["ready", "not_ready", "incomplete"]},
        "headline": {"type": "string"},
        "app_documents": {"type": "array", "items": {"type": "object",
                                                     "required": ["reference", "why"]}},
        "as_of": {"type": "string", "format": "date"},
        "service": {"type": "object", "required": ["system", "code", "topic"]},
        "checklist": {"type": "object", "required": ["id", "version"]},
        "readiness": {"type": "integer", "minimum": 0, "maximum": 100},
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "id",
                    "element",
                    "title",
                    "required",
                    "status",
                    "denial_reasons",
                    "evidence",
                    "remedy",
                ],
                "properties": {
                    "status": {"enum": ["met", "partial", "missing", "not_applicable", "unknown"]},
                    "evidence": {
                        "type": "array",
                        "items": {"type": "object", "required": ["reference", "snippet"]},
                    },
                },
            },
        },
        "warnings": {"type": "array", "items": {"type": "string"}},
    },
}

ORDER = {
    "service_request": {
        "code": "72148",
        "requester_npi": "1234567893",
        "occurrence": "2026-03-10",
        "reason": ["icd10:M54.16"],
    },
}


def write(tmp_path, data, name="bundle.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return str(path)


def test_score_prints_contract_json(tmp_path, capsys):
    path = write(tmp_path, build_bundle(ORDER))
    assert main(["score", "--bundle", path, "--as-of", "2026-03-01"]) == 0
    report = json.loads(capsys.readouterr().out)
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["service"] == {"system": "cpt", "code": "72148", "topic": "advanced-imaging"}
    assert report["checklist"]["id"] == "caresource-advanced-imaging-lumbar-mri"
    assert report["patient"] == "Patient/golden-patient"
    assert 0 < report["readiness"] < 100


def test_score_defaults_to_the_open_order_and_explicit_service_wins(tmp_path, capsys):
    path = write(tmp_path, build_bundle(ORDER))
    assert main(["score", "--bundle", path, "--as-of", "2026-03-01", "--service", "97110"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["checklist"]["id"] == "caresource-therapy-pt-ot-chiro"
    by_id = {i["id"]: i["status"] for i in report["items"]}
    assert by_id["CSU-003"] == "missing"  # no order for 97110 in the record


def test_text_format_lists_gaps_with_remedies(tmp_path, capsys):
    path = write(tmp_path, build_bundle(ORDER))
    assert main(["score", "--bundle", path, "--as-of", "2026-03-01", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Readiness:" in out
    assert "add: Record the member's CareSource coverage" in out


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, [], "no such file"),
        ("{not json", [], "not a JSON file"),
        ({"resourceType": "Patient", "id": "x"}, [], "is not a FHIR Bundle"),
        ({"resourceType": "Bundle", "type": "collection", "entry": []}, [], "holds no Patient"),
        (build_bundle(ORDER), ["--service", "7214"], "is not a CPT or HCPCS code"),
        (build_bundle(ORDER), ["--service", "99213"], "no CareSource checklist covers"),
        (build_bundle({}), [], "no draft/active order"),
        (build_bundle(ORDER), ["--as-of", "03/01/2026"], "is not a date"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, content, args, message):
    path = str(tmp_path / "missing.json") if content is None else write(tmp_path, content)
    assert main(["score", "--bundle", path, *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in captured.err


def test_validate_passes_on_shipped_checklists(capsys, monkeypatch):
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    assert main(["checklists", "validate", "--no-run"]) == 0
    assert capsys.readouterr().out.startswith("ok:")


def test_validate_names_problems(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "codelists.yaml").write_text(
        'bad-list:\n  icd10cm: ["M54.5", "Q99.99"]\n  snomed: ["239873008"]\n'
    )
    (data / "x-topic.yaml").write_text(
        "id: x-topic\nkind: checklist\nversion: '1.0.0'\npayer: CareSource\ntitle: X\n"
        "sources: [{id: s, title: S, url: 'https://example.org'}]\n"
        "applies_to: {cpt: ['72148']}\ndiagnoses: bad-list\n"
        "retired: [{id: XX-002, reason: old}]\n"
        "items:\n"
        "  - {id: XX-001, element: not-an-element, title: T, required: true, denial_reasons: [],"
        " source: nowhere, criteria: {service_request: {field: code}},"
        " remedy: R, evidence_hint: H}\n"
        "  - {id: XX-002, element: service-code, title: T, required: true, denial_reasons: [],"
        " source: s, criteria: {service_request: {field: code}}, remedy: R, evidence_hint: H}\n"
    )
    golden = tmp_path / "golden"
    golden.mkdir()
    assert main(["checklists", "validate", "--data", str(data), "--golden", str(golden)]) == 2
    out = capsys.readouterr().out
    for expected in [
        "Q99.99 does not exist",
        "239873008 fails the Verhoeff",
        "not-an-element",
        "source 'nowhere'",
        "XX-002 is retired",
        "universal element 'member-coverage'",
        "XX-001: no golden case where it is met",
    ]:
        assert expected in out


def test_validate_rejects_schema_errors_with_file_and_path(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "codelists.yaml").write_text("{}\n")
    (data / "y.yaml").write_text("id: y\nkind: checklist\nversion: one\n")
    assert main(["checklists", "validate", "--data", str(data)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("smartapp: y.yaml:") and len(err.strip().splitlines()) == 1


SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"


@pytest.mark.parametrize(
    ("scenario", "fail_on", "code", "state"),
    [
        ("lmri-gapped.json", None, 0, "not_ready"),
        ("lmri-gapped.json", "not_ready", 3, "not_ready"),
        ("lmri-gapped.json", "incomplete", 3, "not_ready"),  # worse than incomplete fails too
        ("lmri-complete.json", "not_ready", 0, "ready"),
        ("lmri-complete.json", "incomplete", 0, "ready"),
    ],
)
def test_score_fail_on_exits_3_after_printing_the_report(scenario, fail_on, code, state, capsys):
    args = ["score", "--bundle", str(SCENARIOS / scenario), "--as-of", "2026-11-22"]
    assert main(args + (["--fail-on", fail_on] if fail_on else [])) == code
    captured = capsys.readouterr()
    assert json.loads(captured.out)["state"] == state  # the report is printed either way
    if code:
        assert captured.err.strip() == f"smartapp: readiness state is {state} (--fail-on {fail_on})"


def test_score_fail_on_incomplete_catches_what_could_not_be_checked(tmp_path, capsys):
    bundle = json.loads((SCENARIOS / "lmri-complete.json").read_text())
    bundle["entry"] = [e for e in bundle["entry"] if e["resource"]["resourceType"] != "Coverage"]
    bundle["entry"].append({"resource": {"resourceType": "OperationOutcome", "issue": [
        {"severity": "error", "code": "forbidden", "expression": ["Coverage"]}]}})  # fmt: skip
    path = write(tmp_path, bundle)
    base = ["score", "--bundle", path, "--as-of", "2026-11-22", "--format", "text"]
    assert main([*base, "--fail-on", "not_ready"]) == 0
    text = capsys.readouterr().out
    assert "Incomplete: 1 required item could not be checked [incomplete]" in text
    assert main([*base, "--fail-on", "incomplete"]) == 3
    assert main([*base, "--fail-on", "sometimes"]) == 2  # click's usage error


def lines_of(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_many_bundles_print_one_json_line_each_in_order(tmp_path, capsys):
    first = write(tmp_path, build_bundle(ORDER), "a.json")
    second = str(SCENARIOS / "lmri-complete.json")
    assert main(["score", "--bundle", first, "--bundle", second, "--as-of", "2026-11-22"]) == 0
    reports = lines_of(capsys.readouterr().out)
    assert [r["bundle"] for r in reports] == [first, second]
    for report in reports:
        jsonschema.validate(report, REPORT_SCHEMA)
    assert reports[1]["state"] == "ready" and reports[0]["patient"] == "Patient/golden-patient"
    # The same report as scoring the bundle alone.
    assert main(["score", "--bundle", second, "--as-of", "2026-11-22"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        k: v for k, v in reports[1].items() if k != "bundle"
    }


def test_a_bad_bundle_gets_an_error_line_and_the_others_still_score(tmp_path, capsys):
    good = write(tmp_path, build_bundle(ORDER), "good.json")
    broken = write(tmp_path, "{not json", "broken.json")
    missing = str(tmp_path / "missing.json")
    args = ["score", "--as-of", "2026-03-01"]
    for path in (broken, good, missing):
        args += ["--bundle", path]
    assert main(args) == 2
    captured = capsys.readouterr()
    lines = lines_of(captured.out)
    assert lines[0] == {"bundle": broken, "error": "cannot read broken.json: not a JSON file"}
    assert lines[1]["bundle"] == good and lines[1]["state"] in ("ready", "not_ready", "incomplete")
    assert lines[2] == {"bundle": missing, "error": "cannot read missing.json: no such file"}
    assert captured.err.strip() == "smartapp: 2 of 3 bundles could not be scored"


def test_a_folder_is_scored_file_by_file_in_name_order(tmp_path, capsys):
    folder = tmp_path / "bundles"
    folder.mkdir()
    for name in ("b.json", "a.json"):
        write(folder, build_bundle(ORDER), name)
    (folder / "notes.txt").write_text("not a bundle")
    assert main(["score", "--bundle", str(folder), "--as-of", "2026-03-01"]) == 0
    lines = lines_of(capsys.readouterr().out)
    assert [line["bundle"] for line in lines] == [str(folder / "a.json"), str(folder / "b.json")]
    assert {line["checklist"]["id"] for line in lines} == {"caresource-advanced-imaging-lumbar-mri"}


def test_an_empty_folder_and_text_format_for_many_are_refused(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["score", "--bundle", str(empty)]) == 2
    assert "holds no .json files" in capsys.readouterr().err
    path = write(tmp_path, build_bundle(ORDER))
    assert main(["score", "--bundle", path, "--bundle", path, "--format", "text"]) == 2
    assert "--format text prints one report" in capsys.readouterr().err


def test_fail_on_with_many_bundles_exits_3_after_every_line(capsys):
    gapped, complete = str(SCENARIOS / "lmri-gapped.json"), str(SCENARIOS / "lmri-complete.json")
    args = ["score", "--bundle", gapped, "--bundle", complete, "--as-of", "2026-11-22"]
    assert main([*args, "--fail-on", "not_ready"]) == 3
    captured = capsys.readouterr()
    assert [line["state"] for line in lines_of(captured.out)] == ["not_ready", "ready"]
    assert captured.err.strip() == (
        "smartapp: 1 of 2 reports are not_ready or worse (--fail-on not_ready)"
    )
