"""``lazy_re.compile``: nothing is compiled until a pattern is used, then it is re's pattern."""

from __future__ import annotations

import re

import pytest

from smartapp import lazy_re


def test_nothing_compiles_until_first_use(monkeypatch):
    compiled = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: compiled.append(a) or real(*a))
    kept = lazy_re.compile(r"\b(?P<n>\d+)\s*wks?\b", re.IGNORECASE)
    built = lazy_re.compile(rf"for {kept.pattern}")  # a source from another's: still nothing
    assert compiled == [] and built.pattern == r"for \b(?P<n>\d+)\s*wks?\b"
    assert kept.search("PT x 6 WKS")["n"] == "6"
    assert compiled == [(kept.pattern, re.IGNORECASE)]
    assert kept.findall("2 wk, 3 wks") == ["2", "3"]  # kept: compiled once
    assert len(compiled) == 1


def test_it_answers_as_the_compiled_pattern_does():
    source, flags = r"[,;]|\s-\s", re.IGNORECASE | re.MULTILINE
    kept, real = lazy_re.compile(source, flags), re.compile(source, flags)
    text = "knee pain; PT - 6 wks, NSAIDs"
    assert kept.split(text) == real.split(text)
    assert kept.sub("|", text) == real.sub("|", text)
    assert (kept.flags, kept.groups, kept.groupindex) == (real.flags, real.groups, real.groupindex)
    with pytest.raises(AttributeError):
        kept._private  # noqa: B018 -- private names are not forwarded


def test_no_module_compiles_a_kept_pattern_as_it_imports():
    """A module-level ``NAME = re.compile(...)`` puts its compile back into every cold import
    (issue 19: half of a cold score's import was compiling patterns most scorings never use)."""
    import pathlib

    import smartapp

    kept = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\s*:[^=\n]+)?\s*=\s*re\.compile\(", re.MULTILINE)
    root = pathlib.Path(smartapp.__file__).parent
    eager = [
        f"{path.relative_to(root)}:{text.count(chr(10), 0, m.start()) + 1}"
        for path in sorted(root.rglob("*.py"))
        for text in [path.read_text(encoding="utf-8")]
        for m in kept.finditer(text)
    ]
    assert eager == [], f"use lazy_re.compile for kept patterns: {eager}"
