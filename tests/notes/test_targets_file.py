"""The note vocabulary file stays safe to extend (issue 15: several checklists add concepts).

A repeated key would drop concepts silently (tests/notes/test_vocabulary_files.py). The other
way an addition can silently change what other checklists find:

- a new phrase that contains an existing one ("failed home sleep test" around "home sleep
  test"): the target matcher keeps the longest overlapping match, so the existing concept would
  no longer be found there. The ``clinical-notes`` concepts are therefore copies of existing
  phrases (the match carries both labels) or regexes (which never compete for a span).
"""

from __future__ import annotations

import re

import yaml

from smartapp.notes.pipeline import TARGETS_FILE


def _tokens(phrase: str) -> list[str]:
    return re.findall(r"[a-z0-9]+|[^\sa-z0-9]", phrase.lower())


def _contains(outer: list[str], inner: list[str]) -> bool:
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


def test_clinical_notes_phrases_take_no_span_from_other_concepts() -> None:
    categories = yaml.safe_load(TARGETS_FILE.read_text(encoding="utf-8"))["categories"]
    others = {
        str(entry).lower()
        for category, concepts in categories.items()
        if category != "clinical-notes"
        for entries in concepts.values()
        for entry in entries
        if isinstance(entry, str)
    }
    clashes = [
        (concept, phrase, other)
        for concept, entries in categories["clinical-notes"].items()
        for phrase in (str(e).lower() for e in entries if isinstance(e, str))
        if phrase not in others
        for other in others
        if _contains(_tokens(phrase), _tokens(other))
    ]
    assert clashes == []
