"""The gated pipeline (parse.py) gives every doc statements.py reads exactly as nlp.pipe does."""

from __future__ import annotations

from typing import Any

import pytest
from golden_notes import golden_note_texts, statements_of

from smartapp.notes import pipeline as pipeline_module
from smartapp.notes.parse import GatedMatcher, first_token_values, parsed
from smartapp.notes.pipeline import pipeline


def _matcher(nlp: Any, name: str) -> Any:
    component = nlp.get_pipe(name)
    owner = next(
        getattr(component, slot)
        for slot in ("_TargetMatcher__matcher", "_ConText__matcher")
        if hasattr(component, slot)
    )
    return owner._MedspacyMatcher__matcher


@pytest.fixture(scope="module")
def ungated() -> Any:
    """The pipeline as built before parse.py: no gate in front of either Matcher."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline_module, "gate_token_patterns", lambda component: False)
        return pipeline_module._build()


def _statements() -> list[str]:
    texts = golden_note_texts()
    # Upper-cased too: the TEXT patterns (PT, OA, ESI...) are case-sensitive, so this runs the
    # gated Matchers on far more statements.
    texts += [text.upper() for text in texts]
    return [
        *statements_of(texts),
        "PT 2x/wk x 6 wks, HEP daily",
        "IA steroid injection 3/2025, f/u in 6 wks",
        "US showed no DVT; pt declined PT.",
        "Not yet started - ordered 22 of 24 scheduled",
        "",
    ]


def _read(doc: Any) -> list[Any]:
    """What statements.py and finding_flags.py read of a doc: its targets, their modifiers and
    the tokens they point at."""
    out = []
    for ent in doc.ents:
        modifiers = [
            (m.category, m.modifier_span, m.scope_span, m.rule.literal, m.direction)
            for m in ent._.modifiers
        ]
        flags = (ent._.is_negated, ent._.is_historical, ent._.is_hypothetical, ent._.is_family)
        out.append((ent.label_, ent.start, ent.end, ent.start_char, ent.end_char, modifiers, flags))
    return out


def test_every_statement_reads_as_nlp_pipe_reads_it(ungated: Any) -> None:
    statements = _statements()
    gated = pipeline()
    before = [_read(doc) for doc in ungated.pipe(statements)]
    after = [_read(doc) for doc in parsed(gated, statements)]
    assert sum(1 for found in before if found) > 500
    for text, old, new in zip(statements, before, after, strict=True):
        assert new == old, text[:80]


def test_both_matchers_are_gated_and_know_every_pattern() -> None:
    nlp = pipeline()
    targets, context = (
        _matcher(nlp, name) for name in ("medspacy_target_matcher", "medspacy_context")
    )
    assert isinstance(targets, GatedMatcher) and isinstance(context, GatedMatcher)
    assert not targets._open and not context._open
    assert len(targets) == len(pipeline_module.targets()[1])


def test_a_statement_without_a_first_token_skips_the_matcher_and_one_with_it_matches() -> None:
    nlp = pipeline()
    gate = _matcher(nlp, "medspacy_target_matcher")
    assert not gate.may_match(nlp.make_doc("knee pain for two years, worse on stairs"))
    assert not gate.may_match(nlp.make_doc("pt 2x/wk"))  # TEXT is case-sensitive: "PT" only
    assert gate.may_match(nlp.make_doc("hep daily"))  # LOWER: any case
    assert gate.may_match(nlp.make_doc("HEP daily"))
    doc = next(parsed(nlp, ["completed PT in May"]))
    assert [e.label_ for e in doc.ents] == ["conservative-treatment|physical-therapy"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ([{"TEXT": "OT"}], ("ORTH", {"OT"})),
        ([{"LOWER": {"IN": ["ia", "cs"]}}, {"LOWER": "x"}], ("LOWER", {"ia", "cs"})),
        ([{"ORTH": "-"}, {"LOWER": "ordered"}], ("ORTH", {"-"})),
        ([{"LOWER": "hep", "OP": "?"}, {"LOWER": "x"}], None),  # may start at the next token
        ([{"IS_ALPHA": True}], None),
        # A sentence's first token that must also be one of these values: gated on the values.
        ([{"LOWER": {"IN": ["order"]}, "IS_SENT_START": True}], ("LOWER", {"order"})),
        ([{"IS_SENT_START": True}], None),
        ([{"LOWER": {"REGEX": "^x"}}], None),
        ([{"LOWER": {"NOT_IN": ["x"]}}], None),
        ([], None),
    ],
)
def test_first_token_values(pattern: list[dict[str, Any]], expected: Any) -> None:
    found = first_token_values(pattern)
    assert (found if found is None else (found[0], set(found[1]))) == expected


def test_a_pattern_the_gate_cannot_read_opens_it() -> None:
    from spacy.matcher import Matcher

    nlp = pipeline()
    gate = GatedMatcher(Matcher(nlp.vocab))
    gate.add("hep", [[{"LOWER": "hep"}]])
    assert not gate._open and not gate.may_match(nlp.make_doc("knee"))
    gate.add("anything", [[{"IS_DIGIT": True}]])
    assert gate._open and gate.may_match(nlp.make_doc("knee"))
