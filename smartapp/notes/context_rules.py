"""The ConText modifier rules: ours from ``context.yaml`` (:func:`context_rules`, a phrase listed
in both directions made one BIDIRECTIONAL rule; :func:`spared_labels`, the targets a rule does
not reach, and :func:`sparing`, its callback; :func:`spared_result`, a test it left as a
result) and the ones medspaCy ships
(:func:`default_context_phrases`: their token patterns enumerated as literal phrases, less
": no"/": none" and every phrase ours list). Read once per process.

Split out of pipeline.py, which builds the spaCy + medspaCy pipeline from these and the targets;
clauses, self_directed and regex_target_flags read our rules' phrases too.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from ..yamlfile import safe_load

HERE = Path(__file__).parent
CONTEXT_FILE = HERE / "context.yaml"
#: medspaCy rules that read a header's colon as the negation ("Right knee: No effusion.").
DROPPED_DEFAULT_RULES = frozenset({": no", ": none"})


@cache
def context_rules(path: Path = CONTEXT_FILE) -> tuple[tuple[str, str, str, int | None], ...]:
    """(phrase, category, direction, max_scope) for every modifier in the context file.

    A phrase listed both FORWARD and BACKWARD for a category becomes one BIDIRECTIONAL rule:
    ConText keeps only one rule per phrase, so two would silently lose a direction.
    """
    document = safe_load(path.read_text(encoding="utf-8"))
    directions: dict[tuple[str, str], set[str]] = {}
    scopes: dict[tuple[str, str], int | None] = {}
    for rule in document["rules"]:
        for phrase in rule["phrases"]:
            key = (str(phrase).lower(), rule["category"])
            directions.setdefault(key, set()).add(rule["direction"])
            scopes[key] = rule.get("max_scope")
    return tuple(
        (phrase, category, next(iter(found)) if len(found) == 1 else "BIDIRECTIONAL",
         scopes[(phrase, category)])
        for (phrase, category), found in directions.items()
    )  # fmt: skip


@cache
def phrases_pattern(category: str) -> re.Pattern[str]:
    """Any phrase of ``category`` in the context file, longest first, as whole words: what
    clauses.py reads of a clause ("negative", "without relief")."""
    phrases = sorted(
        (phrase for phrase, kind, _direction, _scope in context_rules() if kind == category),
        key=len, reverse=True,
    )  # fmt: skip
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w-])", re.I)


@cache
def spared_labels(path: Path = CONTEXT_FILE) -> dict[tuple[str, str], frozenset[str]]:
    """(phrase, category) -> the target labels ("category|concept") its rule does not reach.

    A rule's ``spares`` list: "was negative" denies a symptom ("fever was negative") but is a
    test's result after a test ("QuantiFERON was negative"), which its NORMAL_RESULT reads.
    """
    document = safe_load(path.read_text(encoding="utf-8"))
    return {
        (str(phrase).lower(), rule["category"]): frozenset(rule["spares"])
        for rule in document["rules"]
        if rule.get("spares")
        for phrase in rule["phrases"]
    }


def sparing(labels: frozenset[str]) -> Callable[[Any, Any, Any], bool]:
    """A ConTextRule ``on_modifies`` callback: the modifier reaches a target unless one of the
    concepts the target names (its label, "category|concept" joined by ";") is in ``labels``."""

    def modifies(target: Any, _modifier: Any, _between: Any) -> bool:
        return labels.isdisjoint(target.label_.split(";"))

    return modifies


def spared_result(ent: Any) -> bool:
    """Whether a rule's ``spares`` left the target ``ent`` alone as a test in its scope: its
    result words ("QuantiFERON was negative", "PPD negative on 7/21") say the test was done and
    found nothing, as a NORMAL_RESULT does (the longer match hides the "negative" in it)."""
    graph = getattr(ent.doc._, "context_graph", None)
    labels = set(ent.label_.split(";"))
    return any(
        not labels.isdisjoint((m.rule.metadata or {}).get("spares", ()))
        and m.scope_span[0] < ent.end
        and ent.start < m.scope_span[1]
        for m in (graph.modifiers if graph is not None else ())
    )


def _default_context_rules() -> str:
    """Path of the ConText rules medspaCy ships (resources/en/context_rules.json)."""
    spec = importlib.util.find_spec("medspacy")
    if spec is None or spec.origin is None:
        raise ImportError("medspacy is not installed")
    return str(Path(spec.origin).parent.parent / "resources" / "en" / "context_rules.json")


def _expand(pattern: list[dict[str, Any]]) -> list[str]:
    """Every phrase a medspaCy token pattern of LOWER / IN / optional tokens matches."""
    choices: list[list[str | None]] = []
    for token in pattern:
        value = token.get("LOWER")
        values: list[str | None] = list(value["IN"]) if isinstance(value, dict) else [value]
        if token.get("OP") == "?":
            values.append(None)
        choices.append(values)
    return [
        " ".join(t for t in combination if t)
        for combination in itertools.product(*choices)
        if any(combination)
    ]


@cache
def default_context_phrases() -> tuple[tuple[str, str, str], ...]:
    """medspaCy's shipped ConText rules as literal phrases (their token patterns enumerated),
    less every phrase ``context.yaml`` lists itself.

    A token-pattern rule costs the Matcher work on every token of every statement; the same
    rule as literals is one hash lookup in the PhraseMatcher (issue 13: notes of a megabyte).
    A phrase in both ("mother", "declined", "evaluate for") would be two rules over one span, of
    which ConText keeps one by the rules' order: which one depended on where a rule stood in
    context.yaml, so an edit anywhere in it could turn "husband" around. Ours decide.
    """
    ours = {phrase for phrase, *_ in context_rules()}
    document = json.loads(Path(_default_context_rules()).read_text(encoding="utf-8"))
    out: dict[tuple[str, str], str] = {}
    for rule in document["context_rules"]:
        if rule["literal"].lower() in DROPPED_DEFAULT_RULES:
            continue
        phrases = _expand(rule["pattern"]) if rule.get("pattern") else [rule["literal"]]
        for phrase in phrases:
            if phrase.lower() not in ours:
                out.setdefault((phrase.lower(), rule["category"]), rule["direction"])
    return tuple((phrase, category, direction) for (phrase, category), direction in out.items())
