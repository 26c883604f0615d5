"""The CLI starts without the heavy stack: ``--help`` and ``checklists validate --no-run`` import
neither spaCy/medspaCy nor simple-icd-10-cm (issue 19); ``score`` imports the NLP stack only when
a note is in a window. Each case runs in a fresh interpreter, as a user's shell would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from smartapp.checklists.golden import build_bundle
from smartapp.cli import COMMANDS, SUMMARIES, cli

ROOT = Path(__file__).resolve().parents[1]
#: medspaCy imports QuickUMLS (and with it NLTK) for a component the pipeline never adds.
HEAVY = ("spacy", "medspacy", "simple_icd_10_cm", "quickumls", "nltk")
PROBE = (
    "import sys\n"
    "from smartapp.cli import main\n"
    "code = main(sys.argv[1:])\n"
    f"heavy = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))\n"
    "print('HEAVY=' + ','.join(heavy), file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def run_cli(*args: str) -> tuple[int, str, set[str]]:
    """(exit code, stdout, heavy top-level modules imported) of ``smartapp ARGS``."""
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)  # fmt: skip
    marker = [line for line in done.stderr.splitlines() if line.startswith("HEAVY=")]
    assert marker, done.stderr
    return done.returncode, done.stdout, set(filter(None, marker[-1][6:].split(",")))


def test_help_lists_every_command_without_importing_them():
    code, out, heavy = run_cli("--help")
    assert code == 0 and heavy == set()
    assert all(f"  {name}  " in out for name in COMMANDS)


def test_validate_without_golden_runs_imports_no_nlp_and_no_icd_library():
    code, out, heavy = run_cli("checklists", "validate", "--no-run")
    assert code == 0 and out.startswith("ok:") and heavy == set()


def test_score_imports_the_nlp_only_when_a_note_is_in_a_window(tmp_path):
    order = {"service_request": {"code": "72148", "occurrence": "2026-03-10",
                                 "reason": ["icd10:M54.16"]}}  # fmt: skip
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(build_bundle(order)))
    code, _, heavy = run_cli("score", "--bundle", str(plain), "--as-of", "2026-03-01")
    assert code == 0 and heavy == set()
    noted = tmp_path / "noted.json"
    note = {"date": "2026-02-20", "type": "loinc:11506-3", "title": "Visit",
            "text": "Six weeks of physical therapy without relief."}  # fmt: skip
    noted.write_text(json.dumps(build_bundle({**order, "notes": [note]})))
    code, _, heavy = run_cli("score", "--bundle", str(noted), "--as-of", "2026-03-01")
    assert code == 0 and heavy == {"spacy", "medspacy"}


def test_the_pipeline_leaves_quickumls_importable_for_real():
    """QuickUMLS is kept out of medspaCy's import, not out of the process: a later import is
    the real package."""
    probe = ("import sys\nfrom smartapp.notes.pipeline import pipeline\npipeline()\n"
             "assert 'quickumls' not in sys.modules\nimport quickumls.spacy_component as c\n"
             "print(hasattr(c, 'SpacyQuickUMLS'))\n")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_help_summaries_are_the_commands_own(name):
    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    for limit in (45, 200):
        expected = click.Command(name, help=SUMMARIES[name]).get_short_help_str(limit)
        assert command.get_short_help_str(limit) == expected
