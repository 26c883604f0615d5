"""A copy marker inside its statement bounds the copied text by the statement (brief s68-k): a
bracketed marker after the copied text with the statement going on past a spaced dash ("... 2/2025-
3/2025 [copied from 12/01/2025 visit] - relief ~8 months") copied the whole line, not only the
relief after it; a marker whose source is followed by a spaced dash ("carried forward from
12/01/2025 - hyaluronic acid ...") copied what follows the dash, which its source swallowed.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.copied import copied_spans

WRITTEN = date(2026, 4, 20)
SOURCE = date(2025, 12, 1)


def _copied(text: str) -> list[tuple[str, date]]:
    return [
        (text[s.start : s.end].strip(" -\u2013:\n"), s.written) for s in copied_spans(text, WRITTEN)
    ]


@pytest.mark.parametrize(
    ("text", "copied"),
    [
        (
            "Hx: Hyalgan x5 2/2025-3/2025 [copied from 12/01/2025 visit] - relief ~8 months.\n"
            "Today: pain recurred.",
            "Hx: Hyalgan x5 2/2025-3/2025 [copied from 12/01/2025 visit] - relief ~8 months.",
        ),
        (
            "Synvisc L knee 3/2025 (copied from 12/01/2025) - good relief x 7 mo.\nToday: worse.",
            "Synvisc L knee 3/2025 (copied from 12/01/2025) - good relief x 7 mo.",
        ),
        (
            "PT 8 wks [carried forward from 12/01/2025 note] \u2013 no better.\nToday: worse.",
            "PT 8 wks [carried forward from 12/01/2025 note] \u2013 no better.",
        ),
        (
            "Prior: carried forward from 12/01/2025 - hyaluronic acid series 2/2025-3/2025.\nNew.",
            "hyaluronic acid series 2/2025-3/2025.",
        ),
        (
            "Injections: copied from 12/01/2025 - Hyalgan x5 2/2025, relief ~8 months.",
            "Hyalgan x5 2/2025, relief ~8 months.",
        ),
        (
            "Hx: copied forward from 12/01/2025 \u2013 meloxicam x 8 wks, no help.\nNew.",
            "meloxicam x 8 wks, no help.",
        ),
        (
            "Prior tx - pulled forward from 12/01/2025 - PT 6 wks 1/2025.\nToday: worse.",
            "PT 6 wks 1/2025.",
        ),
    ],
)
def test_the_copied_statement_is_bounded_by_its_statement(text: str, copied: str) -> None:
    assert _copied(text) == [(copied, SOURCE)]


@pytest.mark.parametrize(
    ("text", "copied"),
    [
        # only what precedes a closing marker
        ("No h/o cancer. [copied from 12/01/2025 note]\nToday: new.", "No h/o cancer."),
        # only what follows an opening marker
        ("[Copied from 12/01/2025 visit] Hyalgan x5 - relief.\nNew.", "Hyalgan x5 - relief."),
        # a dash inside the source's own words is no bound
        ("Copied from 12/01/2025 f/u-visit: PT x 6 wks.\nNew.", "PT x 6 wks."),
    ],
)
def test_other_markers_keep_their_reach(text: str, copied: str) -> None:
    assert [c for c, _ in _copied(text)] == [copied]


def test_an_updated_copy_moves_nothing() -> None:
    assert _copied("Hx: PT 8 wks [copied from 12/01/2025, updated] - no better.") == []
