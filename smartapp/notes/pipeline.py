"""The spaCy + medspaCy pipeline and its targets, loaded once per process.

Targets (``targets.yaml``) become a medspaCy TargetMatcher; ConText gets medspaCy's shipped rules
(less ": no"/": none") plus ours (``context.yaml``), both read by
:mod:`smartapp.notes.context_rules`. One phrase may serve several concepts ("return to work" is a
work status and a plan): it is matched once, with a label naming every concept, and becomes one
finding per concept. ``{regex: ...}`` targets are not given to spaCy: they are matched over each
statement by :mod:`smartapp.notes.findings`.
"""

from __future__ import annotations

import gc
import json
import re
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from ..yamlfile import safe_load
from .context_rules import context_rules, default_context_phrases, spared_labels, sparing
from .declined_again import repeated_refusal_rules
from .imperative_orders import imperative_order_rules
from .nlp_import import import_medspacy
from .parse import gate_token_patterns

HERE = Path(__file__).parent
TARGETS_FILE = HERE / "targets.yaml"


@cache
def load_targets(path: Path = TARGETS_FILE) -> dict[str, dict[str, list[Any]]]:
    """category -> concept -> phrases (strings or ``{pattern: [...]}`` / ``{regex: ...}``)."""
    document = safe_load(path.read_text(encoding="utf-8"))
    return document["categories"]


@cache
def targets() -> tuple[dict[str, set[str]], list[tuple[str, Any]], list[tuple[str, str]]]:
    """(phrase → labels, [(label, token pattern)], [(label, regex source)]) from the targets
    file. The regexes are compiled only when a statement can hold a match (prefilter.py): most
    never run in a short process, and compiling all of them was a tenth of a second of a cold
    ``smartapp score`` (issue 19)."""
    phrases: dict[str, set[str]] = {}
    # Identical token patterns of several concepts become one rule naming them all, as phrases
    # do: two rules over the same span would be pruned to one, and a concept would go unseen.
    patterns: dict[str, tuple[Any, set[str]]] = {}
    regexes: list[tuple[str, str]] = []
    for category, concepts in load_targets().items():
        for concept, entries in concepts.items():
            label = f"{category}|{concept}"
            for entry in entries:
                if isinstance(entry, dict) and "regex" in entry:
                    regexes.append((label, entry["regex"]))
                elif isinstance(entry, dict):
                    key = json.dumps(entry["pattern"], sort_keys=True)
                    patterns.setdefault(key, (entry["pattern"], set()))[1].add(label)
                else:
                    phrases.setdefault(str(entry).lower(), set()).add(label)
    merged = [(";".join(sorted(labels)), pattern) for pattern, labels in patterns.values()]
    return phrases, merged, regexes


@cache
def first_words() -> frozenset[str]:
    """The lower-case first word of every phrase and token-pattern target: a statement with none
    of them cannot hold a target, so it needs no spaCy pass."""
    phrases, patterns, _ = targets()
    words = {found[0] for found in (re.findall(r"[a-z0-9]+", p) for p in phrases) if found}
    for _, pattern in patterns:
        first = pattern[0]
        for key in ("TEXT", "LOWER", "ORTH"):
            value = first.get(key)
            values = value.get("IN", []) if isinstance(value, dict) else [value]
            for text in values:
                if isinstance(text, str) and re.search(r"[a-z0-9]", text.lower()):
                    words.add(re.findall(r"[a-z0-9]+", text.lower())[0])
    return frozenset(words)


@contextmanager
def _no_collection() -> Iterator[None]:
    """No cyclic garbage collection while the NLP stack imports and the pipeline is built, and
    what exists then frozen (:func:`gc.freeze`) afterwards.

    Both allocate some 100,000 objects that live as long as the process and none of which is
    garbage; each full collection on the way walked all of those built so far, and every later
    one (the interpreter's last, at exit, too) would walk them again: ~0.3 s of CPU of a cold
    ``smartapp score`` (issue 19). Frozen objects are still freed by reference counting.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


# functools.cache does not stop two threads building at once: a population run's first
# patients, scored in parallel on a cold worker, imported spaCy concurrently and crashed with
# ImportError (a half-initialised module). One lock around the first build.
_BUILD_LOCK = threading.Lock()


def pipeline() -> Any:
    """Build the spaCy + medspaCy pipeline once (cached; callers serialise its use)."""
    with _BUILD_LOCK:
        return _built()


@cache
def _built() -> Any:
    with _no_collection():
        return _build()


def _build() -> Any:
    with warnings.catch_warnings():
        # spaCy's CLI module imports a click API that click 8.2 deprecates; not our code path.
        warnings.simplefilter("ignore", DeprecationWarning)
        import_medspacy()  # registers the medspacy_* pipeline factories
        import spacy
        from medspacy.context import ConTextRule
        from medspacy.ner import TargetRule
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")  # ConText scopes need sentence boundaries; statements are short
    matcher = nlp.add_pipe("medspacy_target_matcher")
    context = nlp.add_pipe("medspacy_context", config={"rules": None})
    gate_token_patterns(matcher)  # before any rule is added (parse.py)
    gate_token_patterns(context)
    context.add(
        [
            ConTextRule(phrase, category, direction=direction)
            for phrase, category, direction in default_context_phrases()
        ]
    )
    # One token pattern ConText keeps: "not [yet|been|…] started/done/tried/…" on either side.
    context.add(
        ConTextRule(
            "not … done", "NEGATED_EXISTENCE", direction="BIDIRECTIONAL",
            pattern=[{"LOWER": {"IN": ["not", "n't", "never"]}},
                     {"IS_ALPHA": True, "OP": "?"},
                     {"LOWER": {"IN": ["started", "done", "tried", "completed", "performed",
                                       "attempted", "obtained", "received", "approved"]}}],
        )
    )  # fmt: skip
    # "Steroid injection: discussed - pt declined, wants to avoid steroids": the care before
    # it was turned down. Only when "declined" closes its clause: "PT 6 wks, pt declined more
    # visits" declines the visits (the FORWARD rule), not the six weeks done.
    context.add(
        ConTextRule(
            "pt declined.", "NEGATED_EXISTENCE", direction="BACKWARD",
            pattern=[{"LOWER": {"IN": ["pt", "patient", "he", "she", "member"]}},
                     {"LOWER": {"IN": ["declined", "declines", "refused", "refuses"]}},
                     {"IS_PUNCT": True}],
        )
    )  # fmt: skip
    # "Reconsidered steroid injection - again declined.": a refusal said again (declined_again.py).
    context.add(repeated_refusal_rules(ConTextRule))
    # "completed PT (PCP-ordered) April-July": who ordered past care, not an order still to run.
    context.add(
        ConTextRule(
            "X-ordered", "ORDERED_BY", direction="PSEUDO",
            pattern=[{"ORTH": "-"}, {"LOWER": {"IN": ["ordered", "prescribed", "referred"]}}],
        )
    )  # fmt: skip
    # "22 of 24 scheduled": visits counted against those booked, not a visit yet to come.
    context.add(
        ConTextRule(
            "N of M scheduled", "OUTCOME", direction="PSEUDO",
            pattern=[{"LOWER": "of"}, {"LIKE_NUM": True},
                     {"LOWER": {"IN": ["scheduled", "planned", "authorized", "approved"]}}],
        )
    )  # fmt: skip
    context.add(imperative_order_rules(ConTextRule))  # "Order HST.", "Plan: schedule PSG"
    phrases, patterns, _ = targets()
    rules = [TargetRule(phrase, ";".join(sorted(labels))) for phrase, labels in phrases.items()]
    rules += [TargetRule(label, label, pattern=pattern) for label, pattern in patterns]
    matcher.add(rules)
    spared = spared_labels()
    context.add(
        [
            ConTextRule(
                phrase, category, direction=direction, max_scope=scope,
                # "QuantiFERON was negative": a test's result, not the test denied (s68-n).
                on_modifies=sparing(spared[(phrase, category)])
                if (phrase, category) in spared else None,
                metadata={"spares": spared[(phrase, category)]}
                if (phrase, category) in spared else None,
            )
            for phrase, category, direction, scope in context_rules()
        ]
    )  # fmt: skip
    return nlp
