"""``pattern_store``: a pattern built from its stored code is the one ``re.compile`` makes."""

from __future__ import annotations

import re

from smartapp import lazy_re, pattern_store
from smartapp.notes import durations, statement_cuts

SOURCES = [
    (durations._SPAN.pattern, re.IGNORECASE),  # groups, look-behinds, IGNORECASE
    (statement_cuts.SENTENCE_END.pattern, 0),
    (r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?i:\s*wks?)", re.MULTILINE),  # names, inline flags
    (r"[☐☒☑]|\[\s*[xX✓✔]?\s*\]", 0),
]


def _stored(monkeypatch, tmp_path, sources):
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(pattern_store, "file_path", lambda: path)
    monkeypatch.setattr(pattern_store, "_store", None)
    keys = set(sources)
    monkeypatch.setattr(pattern_store, "kept_patterns", lambda: keys)
    pattern_store.write()
    monkeypatch.setattr(pattern_store, "_store", None)


def test_a_stored_pattern_is_the_compiled_one(monkeypatch, tmp_path):
    _stored(monkeypatch, tmp_path, SOURCES)
    real = re.compile
    compiled = []
    monkeypatch.setattr(re, "compile", lambda *a: compiled.append(a) or real(*a))
    for source, flags in SOURCES:
        built = pattern_store.compile(source, flags)
        assert built == real(source, flags)  # same source, flags and code
        assert (built.groups, built.groupindex, built.flags) == (
            real(source, flags).groups, real(source, flags).groupindex, real(source, flags).flags
        )  # fmt: skip
    assert compiled == []  # none parsed or compiled here
    text = "PT 2x/wk x 6 wks. Yes [ ] No [X] Result: 12/3"
    built = pattern_store.compile(*SOURCES[0])
    assert [m.span() for m in built.finditer(text)] == [
        m.span() for m in real(*SOURCES[0]).finditer(text)
    ]


def test_what_the_store_does_not_hold_is_compiled(monkeypatch, tmp_path):
    _stored(monkeypatch, tmp_path, SOURCES[:1])
    changed = SOURCES[0][0] + "|extra"
    assert pattern_store.compile(changed, re.IGNORECASE) == re.compile(changed, re.IGNORECASE)
    monkeypatch.setattr(pattern_store, "file_path", lambda: tmp_path / "none")
    monkeypatch.setattr(pattern_store, "_store", None)
    assert pattern_store.compile(*SOURCES[1]) == re.compile(*SOURCES[1])


def test_kept_patterns_are_registered():
    kept = lazy_re.compile(r"\bstored\b")
    assert kept in lazy_re.KEPT
