"""``smartapp score`` over many bundles across processes (smartapp.scoring.folder; issue 19): the
lines are the one-process run's, byte for byte and in the input order, bad bundles included."""

from __future__ import annotations

import gc
import json
import os
from datetime import date
from pathlib import Path

import pytest

from smartapp.checklists.golden import build_bundle
from smartapp.cli import main
from smartapp.scoring import folder

NOTE = "Six weeks of physical therapy without relief. Radicular pain down the left leg."


def bundles(tmp_path: Path) -> Path:
    """Six bundles in a folder, written out of name order: notes in and out of the windows, two
    services, and a file that is not JSON in the middle."""
    where = tmp_path / "bundles"
    where.mkdir()
    for number, (code, noted) in enumerate(
        [("72148", True), ("72148", False), ("73721", True), ("72148", True), ("73721", False)]
    ):
        order = {"service_request": {"code": code, "occurrence": "2026-03-10",
                                     "reason": ["icd10:M54.16"]}}  # fmt: skip
        if noted:
            order["notes"] = [{"date": f"2026-02-{10 + number}", "type": "loinc:11506-3",
                               "title": "Visit", "text": NOTE}]  # fmt: skip
        (where / f"{5 - number:02d}.json").write_text(json.dumps(build_bundle(order)))
    (where / "03b.json").write_text("{not json")
    return where


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("jobs", ["2", "3", "8"])
def test_the_lines_are_the_one_process_runs_whatever_the_jobs(tmp_path, capsys, jobs):
    where = bundles(tmp_path)
    args = ["score", "--bundle", str(where), "--as-of", "2026-03-01"]
    alone = run([*args, "--jobs", "1"], capsys)
    assert alone[0] == 2 and alone[2].strip() == "smartapp: 1 of 6 bundles could not be scored"
    names = [Path(json.loads(line)["bundle"]).name for line in alone[1].splitlines()]
    assert names == sorted(p.name for p in where.iterdir())
    assert run([*args, "--jobs", jobs], capsys) == alone


def test_the_bundles_after_the_first_are_scored_in_forked_workers(tmp_path, monkeypatch):
    """The first bundle builds what scoring needs here; the rest run in other processes, and
    their lines still come back in the input order."""
    real = folder.score_path

    def marked(*args):  # the workers are forked after this patch: they run it too
        line, ok = real(*args)
        return {**line, "pid": os.getpid()}, ok

    monkeypatch.setattr(folder, "score_path", marked)
    paths = sorted(bundles(tmp_path).iterdir())
    lines = [line for line, _ in folder.scored_lines(paths, None, date(2026, 3, 1), 2)]
    assert [line["bundle"] for line in lines] == [str(p) for p in paths]
    assert lines[0]["pid"] == os.getpid()
    assert os.getpid() not in {line["pid"] for line in lines[1:]}


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_bundles_after_the_first_run_with_few_young_collections(tmp_path, monkeypatch, jobs):
    """Collecting every 700 allocations walked each bundle's short-lived JSON and record for
    nothing (issue 19): the rest of a folder runs at folder.YOUNG_OBJECTS, then the process's
    own threshold is back."""
    real = folder.score_path

    def marked(*args):
        line, ok = real(*args)
        return {**line, "young": gc.get_threshold()[0]}, ok

    monkeypatch.setattr(folder, "score_path", marked)
    before = gc.get_threshold()
    paths = sorted(bundles(tmp_path).iterdir())
    lines = [line for line, _ in folder.scored_lines(paths, None, date(2026, 3, 1), jobs)]
    assert lines[0]["young"] == before[0]
    assert {line["young"] for line in lines[1:]} == {folder.YOUNG_OBJECTS}
    assert gc.get_threshold() == before
