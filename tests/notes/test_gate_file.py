"""The regex targets' pre-checks stored at install time (smartapp.notes.gate_file; issue 19): the
stored gate is the one worked out, and a file for other patterns or another targets file is not
used."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from smartapp.notes import gate_file
from smartapp.notes.pipeline import TARGETS_FILE, targets
from smartapp.notes.prefilter import Gate


def test_the_stored_answer_is_the_gate_worked_out(tmp_path):
    regexes = targets()[2]
    path = gate_file.write(tmp_path / "gate.json")
    stored = gate_file.load(regexes, path)
    assert stored is not None
    loaded, worked_out = Gate(regexes, stored), Gate(regexes)
    assert loaded.targets == worked_out.targets
    assert loaded.scan is not None and worked_out.scan is not None
    assert loaded.scan.pattern == worked_out.scan.pattern
    assert (loaded.always, loaded.by_literal) == (worked_out.always, worked_out.by_literal)


def test_a_file_for_other_patterns_is_not_used(tmp_path):
    regexes = targets()[2]
    path = gate_file.write(tmp_path / "gate.json")
    changed = [(label, source + "x") if n == 7 else (label, source)
               for n, (label, source) in enumerate(regexes)]  # fmt: skip
    assert gate_file.load(changed, path) is None
    assert gate_file.load(regexes[1:], path) is None
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, "needs": None}))  # damaged: worked out again, no error
    assert gate_file.load(regexes, path) is None
    path.write_text("{not json")
    assert gate_file.load(regexes, path) is None
    assert gate_file.load(regexes, tmp_path / "absent.json") is None


def test_a_changed_targets_file_looks_for_another_file(tmp_path, monkeypatch):
    before = gate_file.file_path()
    edited = tmp_path / "targets.yaml"
    edited.write_bytes(TARGETS_FILE.read_bytes() + b"\n# one more line\n")
    monkeypatch.setattr(gate_file, "TARGETS_FILE", edited)
    assert gate_file.file_path() != before


def test_writing_removes_the_files_of_earlier_digests(tmp_path):
    old = tmp_path / "notes-gate-0000000000000000.json"
    old.write_text("{}")
    path = gate_file.write(tmp_path / "notes-gate-1111111111111111.json")
    assert sorted(tmp_path.iterdir()) == [path]


def test_every_process_works_out_the_same_answer_whatever_its_hash_seed():
    """The stored file is written by one process and read by others: the necessary sets chosen
    must not depend on the set order a hash seed gives."""
    probe = ("import json\nfrom smartapp.notes.gate_file import work_out\n"
             "from smartapp.notes.pipeline import targets\n"
             "print(json.dumps(work_out(targets()[2])))\n")  # fmt: skip
    answers = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300)  # fmt: skip
        assert done.returncode == 0, done.stderr
        answers.add(done.stdout)
    assert len(answers) == 1


def test_a_process_without_the_file_writes_it_for_the_next(tmp_path, monkeypatch):
    regexes = targets()[2]
    path = tmp_path / "share" / "notes-gate-test.json"
    monkeypatch.setattr(gate_file, "file_path", lambda: path)
    stored = gate_file.work_out_and_keep(regexes)
    assert gate_file.load(regexes, path) == stored
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")  # a file where the folder should be: the write fails, quietly
    monkeypatch.setattr(gate_file, "file_path", lambda: blocked / "gate.json")
    assert gate_file.work_out_and_keep(regexes) == stored
