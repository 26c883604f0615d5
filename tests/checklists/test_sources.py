"""Every rule is cited: checklist items name a listed source, verified rules have a public URL.

Issue 15 ("How to prove it"): a test fails when any checklist item lacks a source, or a rule marked
``verified: true`` (a checklist source or an appeal clock) has no URL to check it against. The
generated section of docs/checklists.md must match the data.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from smartapp.appeals.clocks import DATA as RULES_FILE
from smartapp.checklists.catalog_doc import BEGIN, END, render, sync
from smartapp.checklists.loader import load_catalog
from smartapp.checklists.validate import check_catalog, check_sources
from smartapp.cli import main

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "checklists.md"


def _files():
    catalog = load_catalog()
    return {**catalog.includes, **catalog.checklists}


def test_every_shipped_item_cites_a_listed_source() -> None:
    for checklist in _files().values():
        for item in checklist.items:
            assert item.source, f"{checklist.id} {item.id} has no source"
            source = checklist.sources.get(item.source)
            assert source is not None, f"{checklist.id} {item.id}: {item.source} is not listed"
            assert source.get("url") or source.get("document"), item.id


def test_every_verified_checklist_source_has_a_url_and_says_what_it_states() -> None:
    assert check_sources(load_catalog()) == []
    for raw in load_catalog().raw.values():
        for source in raw["sources"]:
            if source.get("verified") is True:
                assert source["url"].startswith("https://"), (raw["id"], source["id"])
                assert source["says"], (raw["id"], source["id"])


def test_every_verified_appeal_clock_has_a_url() -> None:
    table = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    for rule in table["rules"]:
        if rule.get("verified"):
            source = table["sources"][rule["source"]]
            assert source.get("url", "").startswith("https://"), (rule["id"], rule["source"])


def _catalog_with(tmp_path: Path, source: str, item_source: str = "s"):
    data = tmp_path / "data"
    data.mkdir()
    (data / "codelists.yaml").write_text("{}\n")
    (data / "x-topic.yaml").write_text(
        "id: x-topic\nkind: checklist\nversion: '1.0.0'\npayer: CareSource\ntitle: X\n"
        f"sources: [{source}]\napplies_to: {{cpt: ['72148']}}\ndiagnoses: {{icd10cm: [M54.50]}}\n"
        "items:\n"
        "  - {id: XX-001, element: service-code, title: T, required: true, denial_reasons: [],"
        f" source: '{item_source}', criteria: {{service_request: {{field: code}}}},"
        " remedy: R, evidence_hint: H}\n"
    )
    return data


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("{id: s, title: S, document: seeds/003, verified: true, says: [A criterion here.]}",
         "verified: true needs a public url"),
        ("{id: s, title: S, url: 'https://example.org', verified: true}",
         "verified: true needs `says`"),
        ("{id: s, title: S, url: 'https://example.org', verified: false}",
         "verified: false needs `confirm`"),
    ],
)  # fmt: skip
def test_validate_fails_on_an_unverifiable_source(tmp_path, capsys, source, problem) -> None:
    data = _catalog_with(tmp_path, source)
    assert any(problem in p for p in check_catalog(load_catalog(data)))
    assert main(["checklists", "validate", "--data", str(data), "--no-run"]) == 2
    assert problem in capsys.readouterr().out


def test_validate_fails_on_an_item_without_a_source(tmp_path, capsys) -> None:
    data = _catalog_with(tmp_path, "{id: s, title: S, url: 'https://example.org'}", "")
    assert main(["checklists", "validate", "--data", str(data), "--no-run"]) == 2
    assert "source" in capsys.readouterr().err


def test_committed_doc_matches_the_data() -> None:
    page = DOC.read_text(encoding="utf-8")
    assert render(load_catalog()) in page, "run `smartapp checklists docs --write`"


def test_generated_doc_lists_every_checklist_version_codes_and_sources() -> None:
    block = render(load_catalog())
    assert block.startswith(BEGIN) and block.endswith(END)
    for checklist in _files().values():
        assert f"### `{checklist.id}` (version {checklist.version})" in block
        for source_id in checklist.sources:
            assert f"`{source_id}`" in block
    assert "CPT 97750, 97545, 97546" in block


def test_docs_command_detects_drift_and_rewrites(tmp_path, monkeypatch, capsys) -> None:
    page = tmp_path / "checklists.md"
    page.write_text(f"# Checklists\n\n{BEGIN}\nstale\n{END}\n\nafter\n", encoding="utf-8")
    assert main(["checklists", "docs", "--doc", str(page)]) == 2
    assert "out of date" in capsys.readouterr().err
    assert main(["checklists", "docs", "--doc", str(page), "--write"]) == 0
    text = page.read_text(encoding="utf-8")
    assert "stale" not in text and text.endswith("\n\nafter\n")
    assert sync(page, load_catalog(), write=False)
    assert main(["checklists", "docs", "--doc", str(page)]) == 0


def test_code_ranges_hold_only_codes_of_their_kind() -> None:
    # Issue 15 point 11: every range checked against its code set.
    lists = load_catalog().codelists
    lumbar = lists["lumbar-imaging"]
    assert lumbar.contains("cpt", "72148") and lumbar.contains("cpt", "72158")
    assert not lumbar.contains("cpt", "72156") and not lumbar.contains("cpt", "72157")
    assert not lists["office-visits"].contains("cpt", "99241")  # deleted from CPT in 2023
    assert lists["office-visits"].contains("cpt", "99243")
    therapy = load_catalog().checklists["caresource-therapy-pt-ot-chiro"]
    assert therapy.applies_to.contains("cpt", "92507")  # speech therapy joined in 2.1.0
    infliximab = load_catalog().checklists["caresource-injectable-infliximab"]
    for code in ("J1745", "Q5103", "Q5104", "Q5109", "Q5121"):
        assert infliximab.applies_to.contains("hcpcs", code), code
