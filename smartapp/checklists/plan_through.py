"""A plan of care's period written by its last day alone: "Plan of care: auditory rehab 92633,
2x/wk x 24 wks (through 10/19/2026)" (blind wave 24, BJ/slp-03: the plan signed 5/4 was in force
on 9/25, but only a range "5/4-10/19/2026" was read as its period, so it was 144 days old and
called missing).

The period runs from the day the note was written to that day; a line that gives both ends is
:data:`plan_periods._RANGE`'s. Only an end the words tie to the plan ("through", "thru",
"until", "valid to", "ending"), never a goal's target day ("Goals: ... by 10/19/2026") or a
follow-up's.

A treatment plan headed only "Plan:" states its last day the same way: "Plan: CMT 3 regions
2x/wk x 6 wks then 1x/wk x 6 wks (through 7/27/26)" (blind wave 33, DS/therapy-pt-ot-chiro-02:
the plan ran out three days before the request for new visits, yet was read as in force, its
heading naming no "plan of care"). Only the sentence the heading opens is the plan's
(:func:`labelled_periods`): an "off work through 3/5" after it is not.

A re-exam may carry the plan on by its visit rate alone, the last day without its year:
"Continue 2x/wk through 6/30" (blind wave 72, JM/therapy-pt-ot-chiro-02). That rate's sentence
states a period too (:func:`rate_periods`), in force to that day and lapsed after it; a day
without its year is the next one after the note, no more than six months on.

A plan that states only its weeks ("POC 2x/wk x 24 wks", "4x/wk x 4 wks, then 1x/wk x 24 wks")
runs as long from the day it was written (:func:`lasting_periods`). Those weeks keep a plan in
force, and a plan of care stated with its rate and weeks, or its visits at a rate, ends with
them (plan_weeks.py): "OT RE-EVAL ... POC: 2x/wk x 8 wks" of 6/10 certifies
treatment to 8/05, and daily notes copying its goals forward after that are no new plan (blind
wave 106, ON/ptot-02; Medicare Benefit Policy Manual ch. 15 §220.1.2-3: the plan's duration,
then a recertification). Until s90 the weeks never lapsed a plan (blind wave 24).

Goals headed by the months the plan gives them ("Goals (6 mo):") run as long, in a note that
plans care (:func:`goal_periods`), and likewise only keep a plan in force.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from .. import lazy_re
from ..evidence.dates import parse_date
from ..notes.calendar_days import numeric_date
from ..notes.clause_spans import clause_end
from .plan_months import month_periods

# A last day may go without its year ("Continue 2x/wk through 6/30" at a re-exam of 5/1: blind
# wave 72, JM/therapy-pt-ot-chiro-02): a plan runs ahead, so it is the next such day.
_THROUGH = lazy_re.compile(
    r"(?<![\d/-])(?<![\d/-]\s)\b(?:through|thru|until|till|valid\s+to|ending)\s+"
    r"(?:(?P<us>\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?)|(?P<iso>\d{4}-\d{2}-\d{2}))\b(?![/\d])",
    re.IGNORECASE,
)


def through_periods(line: str, written: date | None) -> Iterable[tuple[date, date]]:
    """The periods ``line`` (one naming a plan) states by their last day, from ``written``."""
    if written is None:
        return
    for match in _THROUGH.finditer(line):
        if (end := _last_day(match, written)) is not None:
            yield written, end


def line_periods(line: str, written: date | None, *, named: bool) -> list[tuple[date, date]]:
    """The periods ``line`` states by their last day or in months when it names a plan
    (``named``), else those a visit rate in it runs to (:func:`rate_periods`)."""
    if not named:
        return rate_periods(line, written)
    return [*through_periods(line, written), *month_periods(line, written)]


def _last_day(match: re.Match[str], written: date) -> date | None:
    end = parse_date(match["iso"]) if match["iso"] else _day_ahead(match["us"], written)
    return end if end is not None and written <= end else None


#: How far ahead a last day without its year may be: the longest plan period the checklists' rules
#: allow (developmental therapy's six months, OAC 5160-8-32). "Did PT 2x/wk through 3/15" written
#: 4/1 is a past course, not a plan to next March.
_YEARLESS_AHEAD = timedelta(days=183)


def _day_ahead(text: str, written: date) -> date | None:
    """ "6/30/26" → that day; "6/30" → the first 6/30 on or after ``written``, if within
    :data:`_YEARLESS_AHEAD` of it."""
    if text.count("/") == 2 or written == date.min:
        return numeric_date(text)
    for year in (written.year, written.year + 1):
        end = numeric_date(text, year)
        if end is not None and written <= end <= written + _YEARLESS_AHEAD:
            return end
    return None


#: A visit rate, the plan's frequency: "2x/wk", "2 x/week", "2 times a week" (the plan-of-care
#: frequency vocabulary's forms, notes/targets.yaml).
_RATE = lazy_re.compile(
    r"\b\d\s*x\s*/?\s*(?:wk|week)\b|\b\d\s*(?:x|times)\s*(?:per|a|each)\s*(?:wk|week)\b",
    re.IGNORECASE,
)
#: Where the rate's statement ends: the end of its sentence or clause.
_CLAUSE_END = lazy_re.compile(r"[.;](?:\s|$)")
#: How far after the rate its last day may be said: "2x/wk (CMT + ther ex) through 6/30".
_RATE_REACH = 20


def rate_periods(line: str, written: date | None) -> list[tuple[date, date]]:
    """The periods a visit rate in ``line`` runs to by the last day after it in its sentence:
    "Continue 2x/wk through 6/30" at a re-exam is the plan continued, without naming one (JM/
    therapy-pt-ot-chiro-02), and "Continue 2x/wk through 5/31" is one that lapsed on 5/31."""
    if written is None:
        return []
    out = []
    for rate in _RATE.finditer(line):
        words = line[rate.end() : clause_end(line, rate.end(), _CLAUSE_END)]
        out += [
            (written, end) for match in _THROUGH.finditer(words)
            if match.start() <= _RATE_REACH and (end := _last_day(match, written)) is not None
        ]  # fmt: skip
    return out


#: How long a plan says it runs, in the plan's words: "2x/wk x 24 wks", "x 12 weeks",
#: "Duration: 8 weeks"; not home health's "2w4" (visits a week, then weeks), a goal's "at 6 mos"
#: or a symptom's "x 3 months" before the plan is named.
_LASTS = lazy_re.compile(
    r"(?:\bx\s*|\bduration\s*:\s*|\bfor\s+)(\d{1,2})\s*(wks?|weeks?|mos?|months?)\b(?![/\d])",
    re.IGNORECASE,
)
#: The kind of sessions the rate may follow in its clause: "; group 1x/wk x 12 wks".
_KIND_FIRST = lazy_re.compile(
    r"^(?:(?:group|individual|indiv|individual\s+tx|group\s+tx|tx|therapy|speech|slp|st|pt|ot)"
    r"\s+)+",
    re.IGNORECASE,
)
#: Phases one after another: "4x/wk x 4 wks, then group maintenance 1x/wk x 24 wks".
_THEN = lazy_re.compile(r"\bthen\b", re.IGNORECASE)
#: Where the plan's statement ends: its goals, or the next sentence.
_PLAN_END = lazy_re.compile(r"\bgoals?\b|[.;]\s", re.IGNORECASE)


def lasting_periods(
    text: str, plan_words: re.Pattern[str], written: date | None, *, rated: bool = False
) -> list[tuple[date, date]]:
    """The periods plans in ``text`` (each named by ``plan_words``) run by the weeks they state
    after their names ("POC 2x/wk x 24 wks" written 5/4 runs to 10/19), the phases added up when
    one follows another. With ``rated``, only a plan stated with its visit rate, and also one
    stated by its visits at that rate ("POC: 12 visits at 2x/wk" runs six weeks): the frequency
    and duration a plan certifies (plan_weeks.py)."""
    if written is None:
        return []
    out = []
    for line in text.splitlines():
        for plan in plan_words.finditer(line):
            end = _PLAN_END.search(line, plan.start() + 1)
            words = line[plan.start() : end.start() if end else len(line)]
            if rated and not _RATE.search(words):
                continue
            days = [
                int(m[1]) * (7 if m[2].lower()[0] == "w" else 30) for m in _LASTS.finditer(words)
            ]
            if rated and days and _VISITS.search(words):
                # "x 6 wks (18 visits)": the plan runs by its visits, which the calendar does not
                # date (FA/ptot-02: "Visit 16 of 18" five weeks past its weeks).
                continue
            if rated and not days:
                days = _visits_at_rate(words)
            if not days and end and end[0].startswith(";"):
                # Its targets first, its rate and weeks in the next clause: "POC: 2-symbol
                # requests 80% across 3 settings; 2x/wk x 26 wks." (blind wave 94, MX/slp-03).
                # Only a clause that opens with the visit rate (its kind before it), so a
                # follow-up's "; f/u x 6 wks" or a symptom's weeks stay out.
                rest = line[end.end() :]
                clause = rest[: stop.start()] if (stop := _PLAN_END.search(rest)) else rest
                if _RATE.match(_KIND_FIRST.sub("", clause.strip(), count=1)):
                    days = [
                        int(m[1]) * (7 if m[2].lower()[0] == "w" else 30)
                        for m in _LASTS.finditer(clause)
                    ]
            if days:
                total = sum(days) if _THEN.search(words) else max(days)
                out.append((written, written + timedelta(days=total)))
    return out


#: A number of visits a plan states: "12 visits", "8 sessions", "12 tx", "8 more visits".
_VISITS = lazy_re.compile(
    r"\b(\d{1,2})\s*(?:(?:more|additional|further)\s+)?(?:visits?|sessions?|tx|treatments?)\b",
    re.IGNORECASE,
)
#: The visit rate's number per week: "2x/wk" -> 2 (the forms of :data:`_RATE`).
_PER_WEEK = lazy_re.compile(
    r"\b(\d)\s*(?:x|times)\s*(?:/|per|a|each)?\s*(?:wk|week)\b", re.IGNORECASE
)


def _visits_at_rate(words: str) -> list[int]:
    """The days ``words`` (a plan's statement with no weeks) run by the visits they state at
    their rate: "12 visits at 2x/wk" is six weeks, 42 days."""
    visits, rate = _VISITS.search(words), _PER_WEEK.search(words)
    if not visits or not rate or int(rate[1]) == 0:
        return []
    return [-(-int(visits[1]) // int(rate[1])) * 7]


def rate_lasting_periods(text: str, written: date | None) -> list[tuple[date, date]]:
    """The periods the visit rates in ``text`` run by the weeks stated after them ("Recommend
    transition to group tx 1x/wk x 24 wks" written 3/16 runs to 8/31), with no plan named: a
    re-evaluation's recommended rate and weeks are its plan's (renewed_plans.renewal_days)."""
    return lasting_periods(text, _RATE, written)


#: A plan's heading in a note: "Plan:", "Updated plan:", "Treatment plan:", "<b>Plan:</b>".
_PLAN_LABEL = lazy_re.compile(
    r"\b(?:(?:updated|revised|new|treatment|tx|therapy|chiropractic|care)\s+)?plan\s*:",
    re.IGNORECASE,
)
#: Where the sentence a heading opens ends.
_SENTENCE_END = lazy_re.compile(r"\.(?:\s|$)|\n")


def labelled_periods(text: str, written: date | None) -> list[tuple[date, date]]:
    """The periods the sentences opened by a "Plan:" heading in ``text`` state by their last
    day ("Plan: 2x/wk x 6 wks (through 7/27/26)" written 5/4 runs 5/4-7/27)."""
    out: list[tuple[date, date]] = []
    for label in _PLAN_LABEL.finditer(text):
        sentence = text[label.end() : clause_end(text, label.end(), _SENTENCE_END)]
        out += through_periods(sentence, written)
        out += month_periods(sentence, written)  # "Plan: ... for school year (9/2025-5/2026)"
    return out


#: Goals headed by how long the plan gives them: "Goals (6 mo):", "LTG (12 wks):", "6-month
#: goals:" (blind wave 44, FK/speech-language-02: a re-evaluation's "Goals (6 mo)" under a signed
#: certification, its plan in force five months on, was called 148 days old). Only a heading at
#: the start of a line: a goal's own "... at 6 mos" inside a sentence is its target, not the plan's.
_GOALS_FOR = lazy_re.compile(
    r"^\W*(?:(?:long|short)[- ]term\s+)?(?:goals?|ltgs?|stgs?)\s*\(\s*(?:x\s*)?(\d{1,2})\s*"
    r"(wks?|weeks?|mos?|months?)\s*\)\s*:|"
    r"^\W*(\d{1,2})[- ](wks?|weeks?|mos?|months?)\s+(?:(?:long|short)[- ]term\s+)?goals?\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def goal_periods(text: str, written: date | None) -> list[tuple[date, date]]:
    """The period a plan's goals heading gives them ("Goals (6 mo):" written 2/10 runs to 8/9),
    from ``written``: how long the plan runs, as a plan's weeks do (:func:`lasting_periods`)."""
    if written is None:
        return []
    out = []
    for match in _GOALS_FOR.finditer(text):
        count, unit = (match[1], match[2]) if match[1] else (match[3], match[4])
        days = int(count) * (7 if unit.lower()[0] == "w" else 30)
        out.append((written, written + timedelta(days=days)))
    return out
