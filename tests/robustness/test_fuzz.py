"""Malformed records never crash scoring (issue 13): a fixed budget of seeded mutations of the
project's scenario bundles, through the public scoring API and through ``smartapp score``.

``bench/fuzz.py`` runs the same mutator for ten thousand cases and more; a crash it finds is
reproduced here by adding its seed to ``SEEDS``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smartapp.errors import SmartAppError
from smartapp.scoring import score_bundle

from .mutator import cases

AS_OF = dt.date(2026, 11, 22)
BUDGET = 40
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("seed", "bundle"), list(cases(BUDGET, seed=13)), ids=lambda v: str(v)[:12]
)
def test_no_exception_escapes_the_scoring_api(seed, bundle) -> None:
    try:
        report = score_bundle(bundle, as_of=AS_OF)
    except SmartAppError:
        return  # a clear, typed "cannot use this input" is the right answer
    assert report["state"] in ("ready", "not_ready", "incomplete")
    json.dumps(report)  # what the app stores and the CLI prints


HOSTILE_FILES = {
    "nested": "[" * 5000 + "]" * 5000,
    "huge-integer": '{"resourceType": "Bundle", "total": ' + "9" * 5000 + "}",
    "not-json": "\x00\x01 not json",
    "entry-true": '{"resourceType": "Bundle", "entry": true}',
}


def _run(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smartapp", "score", "--bundle", str(path), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip


def test_the_cli_answers_0_or_2_and_never_a_traceback(tmp_path) -> None:
    runs = [(name, text, "json") for name, text in HOSTILE_FILES.items()]
    runs += [(f"mutated-{seed}", json.dumps(bundle), "json") for seed, bundle in cases(2, seed=31)]
    # A lone surrogate (broken UTF-16 from an EHR) in the order's text, which the text report
    # prints: it cannot be encoded as UTF-8 on the way out.
    surrogate = json.loads((ROOT / "sandbox" / "scenarios" / "lmri-gapped.json").read_text())
    for entry in surrogate["entry"]:
        if entry["resource"]["resourceType"] == "ServiceRequest":
            entry["resource"]["code"]["text"] = "MRI lumbar spine \ud800 without contrast"
    runs.append(("lone-surrogate", json.dumps(surrogate), "text"))
    for name, text, output in runs:
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        done = _run(path, "--as-of", "2026-11-22", "--format", output)
        assert done.returncode in (0, 2), (name, output, done.stderr[-500:])
        assert "Traceback" not in done.stdout + done.stderr, (name, output)
