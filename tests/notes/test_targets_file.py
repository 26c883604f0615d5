"""The note vocabulary file stays safe to extend (issue 15: several checklists add concepts).

Two ways an addition can silently change what other checklists find:

- a repeated key: PyYAML keeps the last of two ``clinical-notes:`` (or concept) keys and drops
  the first without a word — a merge of two branches that each added the category would lose
  one branch's concepts;
- a new phrase that contains an existing one ("failed home sleep test" around "home sleep
  test"): the target matcher keeps the longest overlapping match, so the existing concept would
  no longer be found there. The ``clinical-notes`` concepts are therefore copies of existing
  phrases (the match carries both labels) or regexes (which never compete for a span).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from smartapp.notes.pipeline import TARGETS_FILE


class _UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that refuses a mapping with the same key twice."""


def _mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _load_unique(text: str) -> Any:
    return yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass


def test_a_repeated_category_is_caught() -> None:
    text = "categories:\n  clinical-notes:\n    a: [x]\n  clinical-notes:\n    b: [y]\n"
    assert yaml.safe_load(text)["categories"] == {"clinical-notes": {"b": ["y"]}}  # silent loss
    with pytest.raises(yaml.constructor.ConstructorError, match="clinical-notes"):
        _load_unique(text)


def test_the_targets_file_repeats_no_key() -> None:
    document = _load_unique(TARGETS_FILE.read_text(encoding="utf-8"))
    assert "clinical-notes" in document["categories"]


def _tokens(phrase: str) -> list[str]:
    return re.findall(r"[a-z0-9]+|[^\sa-z0-9]", phrase.lower())


def _contains(outer: list[str], inner: list[str]) -> bool:
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


def test_clinical_notes_phrases_take_no_span_from_other_concepts() -> None:
    categories = _load_unique(TARGETS_FILE.read_text(encoding="utf-8"))["categories"]
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
