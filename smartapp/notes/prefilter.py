"""Literal pre-checks for the ``{regex: ...}`` targets: skip a pattern on a statement that cannot
hold a match of it.

Most regex targets are tempered patterns ("difficulty … walk", "if … then") that scan every
statement with bounded gaps; a statement without any of the words such a pattern spells out in
full cannot match it. :func:`required_literals` reads those words off the pattern's own parse
tree (``re._parser``, the standard library's parser): a set of strings of which every match must
contain at least one. Only constructs that force text are read — literal runs, small literal
character sets, every branch of an alternation, repeats of at least one, positive lookarounds;
anything else yields no requirement, and a pattern with none is always run. So the pre-check can
only skip a pattern that would have found nothing: findings are unchanged by construction
(tests/notes/test_prefilter.py; issue 19).

The check searches the strings with ``re.IGNORECASE``, the loosest case rule a pattern can apply
to a literal (a ``(?-i:…)`` or ``(?a:…)`` scope only matches fewer texts), so the pre-check
accepts every text the pattern's literal accepts, whatever the Unicode case pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from .. import pattern_store

try:  # the standard library's regular-expression parser: private, so read defensively
    from re import _constants as sre_c
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - a Python without it: every pattern simply runs
    sre_parse = None  # type: ignore[assignment]

#: More alternatives than this in a run (character sets multiplied out) is no longer a pre-check.
MAX_STRINGS = 256
#: A literal character set of at most this many characters ([ca]pap) extends a run.
MAX_CLASS = 4
#: Necessary sets kept per pattern.
MAX_SETS = 3

Strings = frozenset[str]
#: What a gate works out from its patterns: each one's necessary sets, and the scan's trie.
Stored = tuple[list[tuple[Strings, ...]], str]


def _quality(strings: Strings) -> tuple[int, int]:
    """Longer shortest string first (rarer in text), then fewer strings."""
    return (min(map(len, strings)), -len(strings))


def _pure(sequence: Iterable[Any]) -> set[str] | None:
    """Every string ``sequence`` can match, when it is made only of literals, small literal
    character sets, alternations and optional parts of those (and there are few); else None."""
    out = {""}
    for op, value in sequence:
        if op is sre_c.LITERAL:
            options: set[str] | None = {chr(value)}
        elif op is sre_c.IN:
            small = len(value) <= MAX_CLASS and all(o is sre_c.LITERAL for o, _ in value)
            options = {chr(code) for _, code in value} if small else None
        elif op is sre_c.SUBPATTERN:
            options = _pure(value[-1])
        elif op is sre_c.BRANCH:
            parts = [_pure(branch) for branch in value[1]]
            options = set().union(*parts) if all(p is not None for p in parts) else None
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and value[:2] == (0, 1):
            body = _pure(value[2])
            options = body | {""} if body is not None else None
        else:
            options = None
        if options is None or len(out) * len(options) > MAX_STRINGS:
            return None
        out = {text + option for text in out for option in options}
    return out


def _candidates(sequence: Iterable[Any]) -> list[Strings]:
    """Sets of strings, each necessary: every match of ``sequence`` contains one of each set."""
    found: list[Strings] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if all(run):
            found.append(frozenset(run))
        run = {""}

    for op, value in sequence:
        options = _pure([(op, value)])
        if options is not None and len(run) * len(options) <= MAX_STRINGS:
            run = {text + option for text in run for option in options}
            continue
        flush()
        inner: Strings | None = None
        if op is sre_c.SUBPATTERN:
            inner = best(value[-1])
        elif op is getattr(sre_c, "ATOMIC_GROUP", None):
            inner = best(value)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT,
                    getattr(sre_c, "POSSESSIVE_REPEAT", None)):  # fmt: skip
            low, _high, body = value
            inner = best(body) if low >= 1 else None
        elif op is sre_c.ASSERT:  # a positive lookaround: its text is in the statement too
            inner = best(value[1])
        elif op is sre_c.BRANCH:
            branches = [best(branch) for branch in value[1]]
            if all(b is not None for b in branches):
                union = frozenset().union(*branches)  # type: ignore[arg-type]
                inner = union if len(union) <= MAX_STRINGS else None
        if inner is not None:
            found.append(inner)
    flush()
    return found


def best(sequence: Iterable[Any]) -> Strings | None:
    """The most selective necessary set of ``sequence``, or None when it has none."""
    found = _candidates(sequence)
    return max(found, key=_quality) if found else None


def _case_safe(text: str) -> bool:
    """Every character of ``text`` is ASCII or has no case: :data:`FOLD` then ``str.lower``
    brings every text character ``re.IGNORECASE`` equates with it to its lower case."""
    return all(c.isascii() or c.lower() == c == c.upper() for c in text)


def required_literals(source: str, flags: int = re.IGNORECASE) -> list[Strings]:
    """Necessary sets for the pattern ``source``, lower-cased, most selective first (at most
    ``MAX_SETS``; one-character strings only when nothing better is known); [] when none.
    A pattern that is not valid raises ``re.error``, as compiling it would."""
    if sre_parse is None:  # pragma: no cover
        return []
    tree = sre_parse.parse(source, flags)
    try:
        found = {frozenset(s.lower() for s in strings) for strings in _candidates(tree)}
    except Exception:  # a parse tree we cannot read: no pre-check, never a wrong one
        return []
    # Ties broken by the strings themselves: the same sets in every process, whatever the hash
    # seed's set order (gate_file.py stores them).
    ranked = sorted((s for s in found if all(map(_case_safe, s))),
                    key=lambda s: (_quality(s), sorted(s)), reverse=True)  # fmt: skip
    longer = [s for s in ranked if _quality(s)[0] > 1]
    return (longer or ranked)[:MAX_SETS]


#: The characters outside ASCII that ``re.IGNORECASE`` matches with an ASCII letter, and that
#: letter (tests/notes/test_prefilter.py scans every code point for them).
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded(text: str) -> str:
    """``text`` as the literals are searched in."""
    return text.translate(FOLD).lower()


def _trie(strings: Iterable[str]) -> str:
    """A regular expression matching the longest of ``strings`` that starts at a position."""
    root: dict[str, Any] = {}
    for text in strings:
        node = root
        for char in text:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


class Gate:
    """Which regex targets can match a statement, from one scan for all their literals.

    The scan finds, at every position, the longest literal starting there; every literal
    starting at that position is a prefix of it, so each found literal stands for its prefixes
    too, and the set of literals present is exact. A target runs when each of its necessary
    sets meets that set (a target with none always runs). Patterns are compiled (with
    ``re.IGNORECASE``) the first time a statement lets them run."""

    def __init__(self, regexes: Iterable[tuple[str, str]], stored: Stored | None = None) -> None:
        """``stored``: the necessary sets and the scan's trie worked out before (gate_file.py),
        else worked out here."""
        pairs = list(regexes)
        needs = stored[0] if stored else [tuple(required_literals(s)) for _, s in pairs]
        self.targets = [
            (label, source, need) for (label, source), need in zip(pairs, needs, strict=True)
        ]
        self.compiled: dict[int, re.Pattern[str]] = {}
        literals = {text for _, _, needs in self.targets for need in needs for text in need}
        self.prefixes = {
            text: frozenset(text[:end] for end in range(1, len(text) + 1)) & literals
            for text in literals
        }
        trie = stored[1] if stored else _trie(literals)
        self.scan = pattern_store.compile(f"(?=({trie}))") if literals else None
        # Targets by the literals of their first set: a statement's literals name the few
        # targets worth a look, without a pass over all of them.
        self.always = [i for i, (_, _, needs) in enumerate(self.targets) if not needs]
        self.by_literal: dict[str, list[int]] = {}
        for index, (_, _, needs) in enumerate(self.targets):
            for text in needs[0] if needs else ():
                self.by_literal.setdefault(text, []).append(index)

    def present(self, text: str) -> set[str]:
        """The literals that occur in ``text`` (as :func:`folded` reads it)."""
        # findall hands back the scan's strings without a match object each, and a literal
        # found at several positions is expanded once: a third of finditer's CPU (issue 19).
        hits = set(self.scan.findall(folded(text))) if self.scan is not None else ()
        return set().union(*map(self.prefixes.__getitem__, hits))

    def runnable(self, text: str) -> list[tuple[str, re.Pattern[str]]]:
        """(label, compiled pattern) of the targets that can match in ``text``, in target
        order."""
        found = self.present(text)
        chosen = set(self.always)
        for literal in found:
            chosen.update(self.by_literal.get(literal, ()))
        out = []
        for index in sorted(chosen):
            label, source, needs = self.targets[index]
            if all(not found.isdisjoint(need) for need in needs[1:]):
                regex = self.compiled.get(index)
                if regex is None:
                    regex = self.compiled[index] = pattern_store.compile(source, re.IGNORECASE)
                out.append((label, regex))
        return out


@cache
def gate() -> Gate:
    """The gate of the targets file's ``{regex: ...}`` targets, built once."""
    from .gate_file import load, work_out_and_keep
    from .pipeline import targets

    regexes = targets()[2]
    return Gate(regexes, load(regexes) or work_out_and_keep(regexes))
