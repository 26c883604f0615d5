"""GEN-001: a syndrome named as the topic of counseling is no cancer history the criteria ask.

A pre-test visit whose only word of Lynch syndrome is "Counseling done: Lynch syndrome" states
no personal or family history (UHC CS049); it met GEN-001 (noticed at an earlier stop, brief
s90-noticed2; notes/counseling_topics.py). The history told in the same note still meets it.
"""

from __future__ import annotations

import pytest

from .test_judgement import one_note_record, status

_VISIT = "GENETICS VISIT (pre-test)\n41F here to discuss germline testing.\n{line}\nPlan: panel."


def _gen001(line: str) -> str:
    bundle = one_note_record("81435", "2026-02-20", _VISIT.format(line=line), reason="Z13.79")
    return status(bundle, "GEN-001")["status"]


@pytest.mark.parametrize(
    "line",
    ["Counseling done: Lynch syndrome.", "Genetic counseling completed re: Lynch syndrome."],
)
def test_the_topic_alone_is_missing(line: str) -> None:
    assert _gen001(line) == "missing", line


@pytest.mark.parametrize(
    "line",
    [
        "h/o Lynch syndrome. Counseling done: Lynch syndrome.",
        "Lynch syndrome dx 2019. Counseling done: Lynch syndrome.",
        "Mother - colon ca at 44. Counseling done: Lynch syndrome.",
    ],
)
def test_the_history_told_is_met(line: str) -> None:
    assert _gen001(line) == "met", line
