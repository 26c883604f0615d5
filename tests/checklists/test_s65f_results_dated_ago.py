"""A result dated by how long before its note it was had (lead's class at stop 47, s65-f):
"QuantiFERON negative 14 months ago" was the visit's own result, a TB screen inside INF-003's 12
months; "XR R knee 14 months ago: ... bone-on-bone" a film inside TKA-001's. The time is read in
the result's own clause, the clause after it that says when it was done, or the study heading
the findings; a time of something else (the pain's onset, another vaccine) dates no result."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _tb(text: str) -> str:
    bundle = record("J1745", _note("n1", "2026-02-20", f"Crohn's disease. {text}"), reason="K50.90")
    return status(bundle, "INF-003")["status"]


def _films(text: str) -> str:
    bundle = record("27447", _note("n1", "2026-02-20", f"R knee OA. {text}"), reason="M17.11")
    return status(bundle, "TKA-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "QuantiFERON negative 14 months ago.",
        "QuantiFERON-TB Gold negative (drawn ~14 mo ago).",
        "TB screen: QFT negative, done 2 years ago.",
        "qft neg eighteen months ago, no TB risk factors",
    ],
)
def test_a_tb_test_said_older_than_a_year_is_out_of_the_window(text: str) -> None:
    assert _tb(text) == "missing", text


@pytest.mark.parametrize(
    "text",
    [
        "QFT neg about 6 months ago.",
        "QFT negative 2 years ago; QFT 1/2026 negative.",
        "Tdap 2 yrs ago, QFT neg.",
    ],
)
def test_a_tb_test_inside_the_year_still_counts(text: str) -> None:
    assert _tb(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "XR R knee 14 months ago: severe medial joint space narrowing, bone-on-bone, KL4.",
        "Standing films 18 mos ago - KL 4, bone on bone.",
        "XR R knee 2 yrs ago showed KL4 changes.",
    ],
)
def test_films_said_older_than_a_year_are_out_of_the_window(text: str) -> None:
    assert _films(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "XR R knee about 3 months ago: severe medial joint space narrowing, bone-on-bone, KL4.",
        "R knee pain began 14 months ago - XR today: bone on bone.",
        "Films 2 yrs ago: KL2; today's XR: KL4 bone on bone.",
    ],
)
def test_films_inside_the_year_still_count(text: str) -> None:
    assert _films(text) == "met", text
