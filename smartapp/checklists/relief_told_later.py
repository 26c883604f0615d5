"""A prior procedure's relief told over two visits: how much at the follow-up after it, how long
it held at a later one.

A repeat epidural is judged by the last one's relief, 50% for 3 months (LCD L39240), and notes
often give the two halves apart: "Post-injection f/u: 75% relief leg pain, back to walking 2
miles" a month after the injection, then at the visit that asks for the repeat, "relief lasted
until about mid-March (~4.5 months), now leg pain back to 6/10" (blind wave 74, JX/spinal-inj-03).
The percentage's statement gives no length, so IPN-009 (which asks the statement to say how long)
found none. A relief whose own statement is silent on its length takes the length a later note
gives, before the next procedure of the kind: the time its relief "lasted", or the days from the
procedure to the day it "lasted until" (read as :mod:`.relief_lasting` reads a relief's own
words). Only a later statement about relief of the same procedure: one about a knee shot's is
none, and a later relief that lasted three weeks makes the percentage short, as its own words
would.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.clause_spans import pieces
from .context import Context
from .joint_injections import of_another_joint
from .last_procedure import prior_procedures
from .relief_lasting import told_days, until_day

#: A sentence's end: a full stop not inside a number ("~4.5 months"), a semicolon or a line.
_SENTENCE_END = lazy_re.compile(r"(?<!\d)\.(?!\d)|[;\n]")
#: A sentence about relief: the words relief_lasting.py reads a relief's length by.
_RELIEF = lazy_re.compile(
    r"\b(?:relief|improvement|improved|better|helped|benefit|wore\s+off|wearing\s+off)\b",
    re.IGNORECASE,
)


def told_later(
    readings: list[Any], spec: dict[str, Any], ctx: Context, dates: dict[str, date | None]
) -> list[Any]:
    """``readings`` (relief values whose statements give no length), each with the length a
    later note tells (as its ``duration_days``); those no later note tells are dropped."""
    days = prior_procedures(spec.get("after_last") or [], ctx)
    out = []
    for finding in readings:
        written = dates.get(finding.note_ref)
        began = max((d for d in days if written and d <= written), default=None)
        if written is None or began is None:
            continue
        following = min((d for d in days if d > written), default=None)
        held = _length_after(written, began, following, ctx, dates)
        if held is not None:
            out.append(replace(finding, duration_days=held))
    return out


def _length_after(
    written: date,
    began: date,
    following: date | None,
    ctx: Context,
    dates: dict[str, date | None],
) -> int | None:
    """Days the relief held by the latest note after ``written`` (and before the next
    procedure, ``following``) that says so, counted from the procedure's day ``began``."""
    told: list[tuple[date, int]] = []
    for ref, text in ctx.texts.items():
        day = dates.get(ref)
        if day is None or day <= written or day > ctx.as_of or (following and day >= following):
            continue
        for at, end in pieces(text, _SENTENCE_END):
            sentence = text[at:end]
            if not _RELIEF.search(sentence) or of_another_joint(text, at + len(sentence) // 2):
                continue
            ended = until_day(sentence, day)
            held = (ended - began).days if ended and ended > began else told_days(sentence, day)
            if held:
                told.append((day, held))
    return max(told)[1] if told else None
