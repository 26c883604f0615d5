"""The repository stands alone: a clone with nothing beside it has every file its tests, sandbox
and benchmarks read.

Only tests/fixture_paths.py may point outside the clone (at ../shared/fixtures, third-party
reference data), and every test that reads through it is marked to skip, with a reason, when it
is absent. The sandbox's patients all come from the repository: scenario files and the seeded
generator. ``scripts/clean-clone-test.sh`` is the full check (the suite in a fresh clone).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from sandbox import synthetic
from sandbox.__main__ import seed_files

ROOT = Path(__file__).resolve().parents[1]
CODE_DIRS = ("smartapp", "sandbox", "tests", "bench", "scripts")
GATEWAY = ROOT / "tests" / "fixture_paths.py"


def python_files() -> list[Path]:
    skip = {GATEWAY, Path(__file__).resolve()}
    return sorted(p for d in CODE_DIRS for p in (ROOT / d).rglob("*.py")
                  if "node_modules" not in p.parts and p not in skip)  # fmt: skip


def _outside(value: object) -> bool:
    """A path piece that leaves the clone: ``"shared"`` joined on, or ``"../shared/…"``."""
    return isinstance(value, str) and (value == "shared" or (
        value.startswith("../shared") and " " not in value))  # fmt: skip


def paths_leaving(tree: ast.AST) -> list[str]:
    """Path joins (``a / "shared"``) and call arguments (``Path("../shared/x")``) that leave the
    clone. Citations in data or prose (``"../shared/seeds/002 (project seed)"``) are no reads."""
    found = []
    for node in ast.walk(tree):
        operands: list[ast.AST] = []
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            operands = [node.left, node.right]
        elif isinstance(node, ast.Call):
            operands = [*node.args, *(k.value for k in node.keywords)]
        found += [o.value for o in operands if isinstance(o, ast.Constant) and _outside(o.value)]
    return found


def test_no_code_reads_files_outside_the_clone():
    leaving = [f"{path.relative_to(ROOT)}: {value!r}" for path in python_files()
               for value in paths_leaving(ast.parse(path.read_text(encoding="utf-8")))]  # fmt: skip
    scripts = [p for d in CODE_DIRS for pattern in ("*.sh", "*.mjs")
               for p in (ROOT / d).rglob(pattern) if "node_modules" not in p.parts]  # fmt: skip
    for path in sorted(scripts):
        for line in path.read_text(encoding="utf-8").splitlines():
            code = line.split("#")[0] if path.suffix == ".sh" else line.split("//")[0]
            if "../shared" in code:
                leaving.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    assert leaving == [], "only tests/fixture_paths.py may point outside the clone"


def test_the_guard_sees_a_path_out_of_the_clone():
    code = 'ROOT.parent / "shared" / "fixtures"\nPath("../shared/fixtures/x.json")\n'
    assert sorted(paths_leaving(ast.parse(code))) == ["../shared/fixtures/x.json", "shared"]
    assert paths_leaving(ast.parse(GATEWAY.read_text(encoding="utf-8"))) == ["shared"]


def _reference_names(tree: ast.Module) -> set[str]:
    """Names a test module takes from fixture_paths, and module names computed from them."""
    names = {alias.asname or alias.name for node in ast.walk(tree)
             if isinstance(node, ast.ImportFrom) and node.module == "fixture_paths"
             for alias in node.names} - {"needs_reference_fixtures", "ABSENT"}  # fmt: skip
    for node in tree.body:
        if isinstance(node, ast.Assign) and names & {
            n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)
        }:
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def test_tests_of_reference_fixtures_skip_with_a_reason_when_absent():
    checked = 0
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _reference_names(tree)
        if not names:
            continue
        for node in tree.body:
            if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test_")):
                continue
            used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            marks = {d.id for d in node.decorator_list if isinstance(d, ast.Name)}
            if used & names:
                checked += 1
                assert "needs_reference_fixtures" in marks, f"{path.name}::{node.name}"
            else:
                assert "needs_reference_fixtures" not in marks, f"{path.name}::{node.name}"
    assert checked, "no reference-fixture tests found: is this guard still looking?"


def test_the_sandbox_loads_every_patient_from_the_repository(tmp_path):
    seeds = seed_files(True, tmp_path)
    assert all(p.is_relative_to(ROOT) or p.is_relative_to(tmp_path) for p in seeds)
    patients = []
    for path in seeds:
        for entry in json.loads(path.read_text(encoding="utf-8"))["entry"]:
            # PUT with an id: the same ids on every start, nothing the engine makes up.
            assert entry["request"]["method"] == "PUT" and entry["resource"]["id"]
            if entry["resource"]["resourceType"] == "Patient":
                patients.append(entry["resource"]["id"])
    manifest = json.loads((ROOT / "sandbox" / "scenarios" / "manifest.json").read_text())
    expected = [e["patient"].removeprefix("Patient/") for e in manifest]
    assert sorted(patients) == sorted(expected + [entry.id for entry in synthetic.ROSTER])


@pytest.mark.parametrize("script", ["scripts/test.sh", ".ci/run"])
def test_the_ci_command_needs_nothing_beside_the_clone(script):
    path = ROOT / script
    if not path.exists():
        pytest.fail(f"{script} is missing: CI runs it")
    assert "shared" not in path.read_text(encoding="utf-8")
