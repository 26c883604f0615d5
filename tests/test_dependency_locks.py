"""The hashed dependency locks cover what the project declares, and the installer uses them.

scripts/install.sh installs requirements/build.txt (pip, setuptools, wheel), then test.txt (the
suite) or runtime.txt (the demo) with pip's --require-hashes, then the project itself with
--no-deps; the sandbox's npm
packages come from package-lock.json through `npm ci`. A dependency added to pyproject.toml
without `bash scripts/lock.sh` fails here, offline, instead of in an install on a clean machine
(docs/dependencies.md).
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS = ROOT / "requirements"
INSTALL = ROOT / "scripts" / "install.sh"
HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})\b")


def read_lock(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """Name → (pinned version, sha256 hashes) of a hashed requirements file."""
    logical = re.sub(r"\\\n", " ", text)
    pins: dict[str, tuple[str, frozenset[str]]] = {}
    for line in logical.splitlines():
        line = line.split(" #")[0].strip()
        if not line or line.startswith("#"):
            continue
        requirement = Requirement(line.split(" --")[0])
        spec = [s for s in requirement.specifier]
        assert len(spec) == 1 and spec[0].operator == "==", f"not an exact pin: {line[:80]}"
        pins[canonicalize_name(requirement.name)] = (spec[0].version, frozenset(HASH.findall(line)))
    return pins


def uncovered(declared: list[str], lock: dict[str, tuple[str, frozenset[str]]]) -> list[str]:
    """Declared requirements the lock does not pin, or pins outside the declared range."""
    gaps = []
    for text in declared:
        requirement = Requirement(text)
        if requirement.marker and not requirement.marker.evaluate({"python_version": "3.11"}):
            continue
        name = canonicalize_name(requirement.name)
        pinned = lock.get(name)
        if pinned is None:
            gaps.append(f"{requirement.name}: not in the lock")
        elif not requirement.specifier.contains(pinned[0], prereleases=True):
            gaps.append(f"{requirement.name}: locked {pinned[0]}, declared {requirement.specifier}")
    return gaps


def extras_of(declared: list[str]) -> list[str]:
    """What a requirement with extras (``psycopg[binary]``) requires, extras' packages included
    (psycopg-binary), read from the installed package's metadata."""
    found = []
    for requirement in (Requirement(text) for text in declared):
        wanted = requirement.extras
        for line in importlib.metadata.requires(requirement.name) if wanted else []:
            marker = Requirement(line).marker
            if marker is None or any(marker.evaluate({"extra": extra}) for extra in wanted):
                found.append(line.split(";")[0])
    return found


PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
APP = PYPROJECT["project"]["dependencies"]
TEST = PYPROJECT["project"]["optional-dependencies"]["test"]
# The installer's own tools: the build backend (editable install without build isolation) and pip.
TOOLS = PYPROJECT["build-system"]["requires"] + [
    line for line in (REQUIREMENTS / "build.in").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]  # fmt: skip
LOCKS = {
    "test.txt": APP + TEST + TOOLS,
    "runtime.txt": APP + TOOLS,
    "build.txt": TOOLS,
}


@pytest.mark.parametrize("lock_name", sorted(LOCKS))
def test_the_lock_pins_every_declared_dependency_within_its_range(lock_name):
    lock = read_lock((REQUIREMENTS / lock_name).read_text(encoding="utf-8"))
    declared = LOCKS[lock_name] + extras_of(LOCKS[lock_name])
    assert uncovered(declared, lock) == [], "run `bash scripts/lock.sh`"
    unhashed = [name for name, (_, hashes) in lock.items() if not hashes]
    assert unhashed == [], "every pin carries the sha256 of each file pip may pick"


def test_the_demo_and_the_bootstrap_run_the_versions_the_suite_tested():
    test = read_lock((REQUIREMENTS / "test.txt").read_text(encoding="utf-8"))
    for subset in ("runtime.txt", "build.txt"):
        lock = read_lock((REQUIREMENTS / subset).read_text(encoding="utf-8"))
        assert set(lock) < set(test), subset
        assert {name: lock[name] for name in lock} == {name: test[name] for name in lock}, subset


def test_the_guard_sees_a_missing_dependency_and_a_pin_outside_its_range():
    lock = read_lock("flask==3.0.3 \\\n    --hash=sha256:" + "a" * 64 + "\n    # via x\n")
    assert lock == {"flask": ("3.0.3", frozenset({"a" * 64}))}
    assert uncovered(["Flask>=3.1", "fresh-library>=1.0", "flask-wtf; python_version<'3'"],
                     lock) == ["Flask: locked 3.0.3, declared >=3.1",
                               "fresh-library: not in the lock"]  # fmt: skip
    with pytest.raises(AssertionError, match="not an exact pin"):
        read_lock("flask>=3.1 --hash=sha256:" + "a" * 64)


def test_this_environment_has_the_locked_versions():
    """The suite runs on what the lock pins (a venv left from before a lock change fails here:
    run scripts/install.sh test)."""
    lock = read_lock((REQUIREMENTS / "test.txt").read_text(encoding="utf-8"))
    installed = {canonicalize_name(d.metadata["Name"]): d.version
                 for d in importlib.metadata.distributions()}  # fmt: skip
    assert {name: installed.get(name) for name in lock} == {n: v for n, (v, _) in lock.items()}


def test_the_installer_installs_only_from_the_locks():
    script = [line.split("#")[0] for line in INSTALL.read_text(encoding="utf-8").splitlines()]
    pip_lines = [line.strip() for line in script if "pip install" in line]
    assert pip_lines == [
        ".venv/bin/python -m pip install --quiet --require-hashes -r requirements/build.txt",
        '.venv/bin/python -m pip install --quiet --require-hashes -r "$lock"',
        ".venv/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .",
    ]
    text = "\n".join(script)
    assert "lock=requirements/runtime.txt" in text and "lock=requirements/test.txt" in text


def npm_manifests() -> list[Path]:
    """The project's package.json files, not installed copies (node_modules, .venv)."""
    found = ROOT.rglob("package.json")
    return [p for p in found if not {"node_modules", ".venv"} & set(p.relative_to(ROOT).parts)]


def test_every_npm_package_installs_from_its_integrity_checked_lock():
    script = INSTALL.read_text(encoding="utf-8")
    manifests = npm_manifests()
    assert manifests, "no package.json found: is this guard still looking?"
    for manifest in manifests:
        folder = manifest.parent.relative_to(ROOT).as_posix()
        assert f"(cd {folder} && npm ci " in script, f"{folder}: installed without npm ci"
        lock = json.loads((manifest.parent / "package-lock.json").read_text(encoding="utf-8"))
        packages = {k: v for k, v in lock["packages"].items() if k}
        assert packages and all(v.get("integrity", "").startswith("sha512-")
                                for v in packages.values()), folder  # fmt: skip
