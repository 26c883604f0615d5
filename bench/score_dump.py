"""Dump every scoring output of the test corpora, to prove a speed change changes no finding.

    .venv/bin/python bench/score_dump.py OUT.jsonl [--generated 50]
    diff before.jsonl after.jsonl   # must be empty

One JSON line per case, keys sorted: every blind case in tests/accuracy/cases and every golden
case in tests/golden, scored as ``smartapp score`` scores them (the whole report: every item's
status, evidence, remedy and searched text, the warnings), plus ``--generated`` bundles from the
project's generator (bench/cli.py's folder), scored as of its date. A case that cannot be scored
dumps its error. All in one process, in a fixed order, as a folder run would score them.

``--findings`` dumps the note NLP's output instead: every finding (all fields) of every text of
every bundle, whatever its date or the checklist, so a change below the checklists is compared
on everything the NLP says, not only on what the reports quote.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.cli import AS_OF, small_bundles  # noqa: E402
from smartapp.checklists.golden import load_cases as golden_cases  # noqa: E402
from smartapp.errors import SmartAppError  # noqa: E402
from smartapp.scoring import read_bundle, score_bundle  # noqa: E402
from smartapp.scoring.accuracy import load_cases as blind_cases  # noqa: E402


def scored(bundle: dict, service: str | None, as_of: date, nlp_only: bool = False) -> dict:
    if nlp_only:
        return findings(bundle)
    try:
        return score_bundle(bundle, service=service, as_of=as_of)
    except SmartAppError as error:
        return {"error": error.message}


def findings(bundle: dict) -> dict:
    from smartapp.evidence import build_record
    from smartapp.notes import NoteInput, find_findings

    record = build_record(bundle)
    notes = [NoteInput(n.ref, n.text, n.date, f"{n.title} {' '.join(c.code for c in n.codes)}")
             for n in record.all_texts() if n.text]  # fmt: skip
    return {"findings": [_plain(dataclasses.asdict(f)) for f in find_findings(notes, [])]}


def _plain(value: object) -> object:
    """JSON-ready, with sets sorted (their order in a repr changes with the hash seed)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(item) for item in value)
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--generated", type=int, default=50)
    parser.add_argument("--findings", action="store_true", help="dump the NLP's findings")
    args = parser.parse_args()
    started, count, nlp = time.perf_counter(), 0, args.findings
    with args.out.open("w", encoding="utf-8") as out, tempfile.TemporaryDirectory() as scratch:

        def dump(name: str, report: dict) -> None:
            nonlocal count
            out.write(json.dumps({"case": name, **report}, sort_keys=True) + "\n")
            count += 1

        for name, case in blind_cases(ROOT / "tests" / "accuracy" / "cases"):
            when = date.fromisoformat(case["as_of"])
            dump(f"accuracy/{name}", scored(case["bundle"], case["service"], when, nlp))
        for case in golden_cases(ROOT / "tests" / "golden"):
            name = f"golden/{case.path.parent.name}/{case.path.name}"
            dump(name, scored(case.bundle(), case.service, case.as_of, nlp))
        for path in small_bundles(Path(scratch), args.generated):
            when = date.fromisoformat(AS_OF)
            dump(f"generated/{path.name}", scored(read_bundle(path), None, when, nlp))
    print(f"{count} reports in {time.perf_counter() - started:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
