"""Statements through the pipeline without the work that cannot change a finding (issue 19).

``nlp.pipe`` runs every component on every statement. Two parts of that are idle on most
statements, provably, and are skipped only where they are:

- **Token patterns whose first token the statement does not have.** spaCy's Matcher tries every
  token pattern at every token, testing each set-membership predicate (``{TEXT: {IN: [...]}}``)
  in Python: ~9 ms of the ~55 ms CPU of a small generated bundle, for no match at all. A pattern
  can match only from a token its first token accepts. :class:`GatedMatcher` stands in for the
  Matcher of medspaCy's target matcher and of ConText: it reads each pattern's first token as it
  is added, and when every first token is an exact TEXT / ORTH / LOWER value or set of them (no
  operator), a statement with no token of those values gets the Matcher's own answer -- no match
  -- without running it. A first token of any other kind turns the gate off (always run).
- **The sentencizer and ConText on a statement with no target.** ConText only marks targets
  (its graph links modifiers to ``doc.ents``), and the sentences are read by ConText alone, so
  a statement the target matcher found nothing in is finished after it; statements.py reads no
  more of such a doc than its (empty) ``ents``. The target matcher reads no sentence boundary,
  so running it before the sentencizer changes nothing it finds.

tests/notes/test_parse.py compares the gated pipeline with ``nlp.pipe`` token by token and
modifier by modifier on every golden and blind-case note; bench/score_dump.py (reports and
``--findings``) was byte-identical before and after.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..bounded import BoundedStore

#: The pipeline :func:`parsed` knows how to run in its own order (pipeline.py builds it).
PIPE_NAMES = ("sentencizer", "medspacy_target_matcher", "medspacy_context")
#: Token attributes a first token may be gated on: what the Matcher compares for each.
_ATTRS = {"TEXT": "ORTH", "ORTH": "ORTH", "LOWER": "LOWER"}
#: Further tests a first token may add to those: the token must pass them too, so a doc without
#: the gated values still has no match ("Order HST.": the verb opening a sentence).
_ALSO = frozenset({"IS_SENT_START"})


def first_token_values(pattern: list[dict[str, Any]]) -> tuple[str, frozenset[str]] | None:
    """(ORTH or LOWER, the values one of which the first token must have) for a token pattern,
    or None when its first token is optional or compares anything else."""
    if not pattern or not isinstance(pattern[0], dict):
        return None
    first = pattern[0]
    gated = sorted(key for key in first if key in _ATTRS)
    if "OP" in first or not gated or any(key not in _ATTRS and key not in _ALSO for key in first):
        return None
    key = gated[0]  # every key must hold; one of them is enough to gate on
    value = first[key]
    if isinstance(value, str):
        return _ATTRS[key], frozenset({value})
    if isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list):
        if all(isinstance(v, str) for v in value["IN"]):
            return _ATTRS[key], frozenset(value["IN"])
    return None


class GatedMatcher:
    """A spaCy Matcher that is not run on a doc none of whose tokens any pattern can start at.

    Patterns must be added through this object (medspaCy's matcher does), so the gate always
    knows every pattern the Matcher holds."""

    def __init__(self, matcher: Any) -> None:
        from spacy.attrs import LOWER, ORTH
        from spacy.strings import get_string_id

        self._matcher = matcher
        self._hash = get_string_id
        self._columns = [ORTH, LOWER]
        self._keys: dict[str, set[int]] = {"ORTH": set(), "LOWER": set()}
        self._open = len(matcher) > 0  # patterns added before the gate: not known, always run

    def add(self, key: Any, patterns: list[list[dict[str, Any]]], **kwargs: Any) -> None:
        self._matcher.add(key, patterns, **kwargs)
        for pattern in patterns:
            found = first_token_values(pattern)
            if found is None:
                self._open = True
            else:
                self._keys[found[0]].update(self._hash(value) for value in found[1])

    def may_match(self, doc: Any) -> bool:
        """Whether some token of ``doc`` is one a pattern can start at."""
        if self._open:
            return True
        if not (self._keys["ORTH"] or self._keys["LOWER"]):
            return False
        values = doc.to_array(self._columns)
        return not (
            self._keys["ORTH"].isdisjoint(values[:, 0].tolist())
            and self._keys["LOWER"].isdisjoint(values[:, 1].tolist())
        )

    def __call__(self, doc: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs or self.may_match(doc):
            return self._matcher(doc, *args, **kwargs)
        return []  # a new list: medspaCy extends what the Matcher returns

    def __len__(self) -> int:
        return len(self._matcher)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._matcher, name)


def gate_token_patterns(component: Any) -> bool:
    """Put a :class:`GatedMatcher` in front of the token Matcher of a medspaCy target matcher or
    ConText component, before its rules are added; False when medspaCy's layout is not the
    one this was written for (then nothing is changed and every statement runs the Matcher)."""
    owner = next(
        (getattr(component, name) for name in ("_TargetMatcher__matcher", "_ConText__matcher")
         if hasattr(component, name)),
        None,
    )  # fmt: skip
    slot = "_MedspacyMatcher__matcher"
    if owner is None or not hasattr(owner, slot):
        return False
    setattr(owner, slot, GatedMatcher(getattr(owner, slot)))
    return True


#: Statements' docs already made, by pipeline and text (issue 19). A doc depends on its text
#: alone, and a chart repeats its statements: a history copied forward from visit to visit, a
#: template's fixed lines ("Gait: antalgic.", "RTC 6 wks."; about half the statements of a
#: generated bundle). Bounded at 1,024 docs, more than a chart's statements (a doc with targets
#: is ~11 KB of RSS: ~11 MB). The docs are only read after the pipeline, never changed, so one
#: doc serves every statement with its text.
MAX_DOCS = 1024
_kept: BoundedStore[tuple[Any, str], Any] = BoundedStore(MAX_DOCS)


def parsed(nlp: Any, texts: Iterable[str]) -> Iterator[Any]:
    """A doc for each text, as ``nlp.pipe`` gives it wherever statements.py reads it: the
    sentencizer and ConText run only on docs the target matcher found a target in, and a text
    parsed before gets the doc made then."""
    if tuple(nlp.pipe_names) != PIPE_NAMES:
        yield from nlp.pipe(texts)
        return
    sentencizer, targets, context = (nlp.get_pipe(name) for name in PIPE_NAMES)
    for text in texts:
        doc = _kept.get((nlp, text))
        if doc is None:
            doc = targets(nlp.make_doc(text))
            if doc.ents:
                doc = context(sentencizer(doc))
            _kept.put((nlp, text), doc)
        yield doc
