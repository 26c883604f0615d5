"""The start of care of a home-health episode, as the record states it ("SOC 05/18/2026").

CMS and Ohio Medicaid time the face-to-face encounter from the start of care (90 days before to
30 days after it), and only the initial certification needs one: a recertification 60 or 120 days
later is covered by the encounter of the episode's start. A criterion that says
``since: start-of-care`` counts its window back from the start of care the record states, the
latest one within :data:`EPISODE_DAYS` before the order; without one written, from the first
day of the back-to-back certification periods the order's episode runs through ("HH POC cert
3/3-5/1", then "recert 5/2-6/30": blind wave 13); without either it counts back from the order,
as ``since: order`` does (blind wave 10: recertifications whose encounter preceded the original
start of care were called missing). A start of care the order's papers propose after the order
("Proposed SOC: 09/14/2026" on a plan signed 9/06) times the encounter too: a visit 96 days
before it is none, though 88 days before the order (blind wave 22, CB/hh-03). An order that
calls itself a recertification, or whose episode a note written since its last period began calls
one ("Recert due - paperwork sent to MD": blind wave 30, DH/hh-02), continues the run of periods
up to one period (60 days) after the last ended, however late it was asked for (blind wave 24,
CH/hh-02). A run whose first period on record is a plan of care charted as a recertification
("HH POC recert 6/10-8/8") began at least one period (60 days) before it, and the encounter is
timed from then (blind wave 32, DM/hh-02). With none of these, an order that opens an episode
proposes its start of care as its date of service (``occurrence[x]``): "SN 1w4, HHA 3w8" ordered
6/01 for 6/22 times its encounter from 6/22 (blind wave 41, EY/hh-03).

A recertification needs no new encounter, but one held for it counts as well: the certifying
practitioner's video visit two days before the recertified period, about the reason for home care,
is a face-to-face encounter though 58 days after the start of care (blind wave 31,
DI/homehealth-02). :func:`recertifying` tells such an order.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import lazy_re
from ..evidence import PatientRecord
from ..evidence.dates import parse_date
from ..notes.calendar_days import latest_on_or_before, numeric_date, safe_date
from .episode_run import continued_on, first_certified
from .first_evaluation import first_evaluation
from .note_heading import first_text_line
from .plan_periods import names_plan, stated_periods

#: How far back a stated start of care can open the episode an order continues.
EPISODE_DAYS = 365
#: How far after the order a start of care it proposes can be (a certification period).
AHEAD_DAYS = 60
#: A qualifier may follow the words: "SOC (planned): 06/22/2026" on a draft plan of care
#: states the start of care as "Proposed SOC:" does (blind wave 41, EY/hh-03).
_SOC = lazy_re.compile(
    r"\b(?:soc|start\s+of\s+care)(?:\s+date)?"
    r"(?:\s*\(?(?:planned|proposed|anticipated|expected|projected|tentative|target)\)?)?"
    r"\s*(?:[:#=-]|was|on|of)?\s*"
    r"(?:(?P<us>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<md>\d{1,2})/(?P<d>\d{1,2})(?![/\d]))\b",
    re.IGNORECASE,
)


def start_of_care(
    record: PatientRecord,
    order_date: date,
    as_of: date,
    order_text: str = "",
    proposed: date | None = None,
) -> date | None:
    """The latest start of care stated in the record within the episode before ``order_date``
    (or proposed up to :data:`AHEAD_DAYS` after it); without one, the first day of the
    certification periods the order's episode runs through (``order_text``: the order's own
    words, which may call it a recertification); without those, the order's own date of service
    (``proposed``) when it opens a new episode up to :data:`AHEAD_DAYS` after the order."""
    earliest = order_date - timedelta(days=EPISODE_DAYS)
    latest = order_date + timedelta(days=AHEAD_DAYS)
    found: list[date] = []
    periods: list[tuple[date, date]] = []
    # The first days of plans of care charted as recertifications. Only a CarePlan's own title
    # or description names its period so: a note's line may name the period it reviews and the
    # recertification it recommends ("Visits 12/22-2/12 ... Recommend recert": CX/hh-01).
    recerts: set[date] = set()
    ahead: list[date] = []  # recertified periods the order's papers propose after it
    for note in record.all_texts():
        if note.date is not None and not earliest <= note.date <= as_of:
            continue  # a note from before the episode cannot state its start
        found += [d for d in _stated(note.text or "", note.date) if earliest <= d <= latest]
        stated = stated_periods(note.text or "", note.date)
        periods += stated
        if _recert_heading(note.title, note.text or ""):
            ahead += [start for start, _ in stated if order_date < start <= latest]
    for plan, start, end in _care_plans(record):
        # A plan of care charted as a CarePlan (blind wave 15, AW/hh-04): "Home Health Plan of
        # Care (SOC 1/8/2026)" for 1/8-3/8/2026 states the start of care and a certification.
        found += [d for d in _stated(plan, start) if earliest <= d <= latest]
        if start is not None and end is not None and start <= end:
            periods.append((start, end))
            if _RECERT.search(plan):
                recerts.add(start)
    recert = _RECERT.search(order_text) or _recert_noted(record, periods, order_date, as_of)
    late = _RECERT_DAYS if recert else _LATE_DAYS
    if found:
        return max(found)
    continued = continued_on(record, earliest, order_date)
    opened = first_certified(periods, earliest, order_date, late, continued, bool(recert))
    if opened in recerts:
        # The first period on record is itself a recertification ("HH POC recert 6/10-8/8"):
        # the episode began at least one certification period before it, and its encounter is
        # timed from then (blind wave 32, DM/hh-02: the wound clinic's referral visit 133 days
        # before the recertified period, 73 before the latest start of care it implies).
        return opened - timedelta(days=_RECERT_DAYS)
    if opened is None and ahead:
        # No period runs at the order, but its plan of care, headed as a recertification, proposes
        # the next ("PLAN OF CARE - RECERT / Cert period: 04/13/2026 - 06/11/2026" on 4/06): the
        # episode it continues began at least one period before that one (blind wave 38,
        # EL/homehealth-02: the wound visit of 11/14 before the original start of care).
        return min(ahead) - timedelta(days=_RECERT_DAYS)
    if opened is None and recert and not periods:
        # No start or period stated: the agency's first evaluation opened the episode (blind
        # wave 82, LA/home-health-02; first_evaluation.py). Stated periods that lapsed before
        # the order leave it opening its own episode (CH/hh-02's class, above).
        return first_evaluation(record, earliest, order_date)
    if opened is None and proposed and order_date < proposed <= latest:
        # An initial order asks for care from the day it proposes: that day is the start of
        # care the encounter is timed from (42 CFR 424.22(a)(1)(v)), not the day it was signed
        # (blind wave 41, EY/hh-03: an order of 6/01 for care from 6/22, the visit of 3/17).
        if not recert and not recertifying(record, order_date, order_text):
            return proposed
    return opened


def states_start(record: PatientRecord, order_date: date, as_of: date) -> bool:
    """Whether a text read states a start of care :func:`start_of_care` would take (one within
    the episode before ``order_date`` or proposed up to :data:`AHEAD_DAYS` after it)."""
    earliest = order_date - timedelta(days=EPISODE_DAYS)
    latest = order_date + timedelta(days=AHEAD_DAYS)
    stated = [d for n in record.all_texts()
              if n.date is None or earliest <= n.date <= as_of
              for d in _stated(n.text or "", n.date)]  # fmt: skip
    stated += [d for plan, start, _ in _care_plans(record) for d in _stated(plan, start)]
    return any(earliest <= d <= latest for d in stated)


def recertifying(
    record: PatientRecord, order_date: date, order_text: str = "", proposed: date | None = None
) -> bool:
    """Whether the order asks for a certification period after one already certified: it calls
    itself a recertification ("Recert - PT 2w4"), every plan period stated before it has
    ended by its date (the plan of care charted for 6/30-8/28, the order of 8/29), the period
    that runs on its date began the day after an earlier one ended (9/10-11/8, then 11/9-1/7),
    or its date of service (``proposed``) is the day after the period of a CarePlan running on
    its date ends: "SN 3x/wk x 9 wks" ordered 9/30 for 10/7, the plan of care 8/8-10/6 (blind
    wave 76, KF/home-health-03)."""
    if _RECERT.search(order_text):
        return True
    earliest = order_date - timedelta(days=EPISODE_DAYS)
    periods = [(start, end) for _, start, end in _care_plans(record) if start and end]
    plans = [(start, end) for start, end in periods if earliest <= start <= order_date]
    for note in record.all_texts():
        if note.date is None or earliest <= note.date <= order_date:
            stated = stated_periods(note.text or "", note.date)
            periods += stated
            if _recert_heading(note.title, note.text or "") and any(
                order_date < start <= order_date + timedelta(days=AHEAD_DAYS) for start, _ in stated
            ):
                return True  # its plan, headed as a recertification, proposes the next period
    # ... or so charted as a CarePlan, whose title names the recertification and whose period
    # starts after the order ("Plan of Care (CMS-485) - recertification 2/8/2026-4/8/2026" for
    # an order of 2/6: blind wave 58, HK/home-health-01). The CarePlan is dated by its period,
    # after the order, so the notes' loop above never sees it.
    if any(
        start and order_date < start <= order_date + timedelta(days=AHEAD_DAYS)
        for plan, start, _ in _care_plans(record)
        if _RECERT.search(plan)
    ):
        return True
    begun = [(start, end) for start, end in periods if earliest <= start <= order_date]
    if begun and max(end for _, end in begun) < order_date:
        return True
    if proposed and any(order_date <= end < proposed <= end + _NEXT_DAY for _, end in plans):
        return True  # a CarePlan's period: an agency summary's "episode 12/10-2/7" is not one
    # ... or the period it falls in follows, back to back, one that ran before it: a plan of care
    # for 9/10-11/8, then "RECERTIFICATION PLAN OF CARE (DRAFT) 11/9 - 1/7" with the order of
    # 11/25 (blind wave 36, EE/home-health-03: the video visit 40 days after the start of care,
    # 36 before the order, was the recertification's encounter).
    return any(
        prior_end < start <= prior_end + timedelta(days=1)
        for start, end in begun
        if end >= order_date
        for prior_start, prior_end in begun
        if prior_start < start
    )


def _recert_noted(
    record: PatientRecord, periods: list[tuple[date, date]], order_date: date, as_of: date
) -> bool:
    """Whether a note written since the last certification period before the order began calls
    the care that goes on a recertification ("Recert due - paperwork sent to MD 12/22/25, not
    returned": blind wave 30, DH/hh-02): the agency continues the episode, late as its paper is."""
    begun = [start for start, _ in periods if start <= order_date]
    if not begun:
        return False
    since = max(begun)
    return any(
        note.date is not None and since <= note.date <= as_of and _RECERT.search(note.text or "")
        for note in record.all_texts()
    )


def _stated(text: str, written: date | None = None) -> list[date]:
    """The starts of care ``text`` writes ("SOC 05/18/2026", "start of care: 2026-05-18"); one
    with no year ("F2F 3/30/26, SOC 4/6": blind wave 24, CH/hh-02) is read from the day it was
    ``written``: up to :data:`AHEAD_DAYS` after it a start proposed, else the latest before."""
    found = []
    for match in _SOC.finditer(text):
        if match["md"]:
            when = _yearless(int(match["md"]), int(match["d"]), written) if written else None
        elif match["iso"]:
            when = parse_date(match["iso"])
        else:
            when = numeric_date(match["us"])
        if when is not None:
            found.append(when)
    return found


def _recert_heading(title: str, text: str) -> bool:
    """Whether a note's title or first line heads a plan of care as a recertification ("HOME
    HEALTH CERTIFICATION AND PLAN OF CARE - RECERT"); not a line further down that recommends
    one ("Visits 12/22-2/12 ... Recommend recert": CX/hh-01)."""
    heads = (title or "", first_text_line(text))
    return any(names_plan(head) and _RECERT.search(head) for head in heads)


def _yearless(month: int, day: int, written: date) -> date | None:
    for year in (written.year, written.year + 1):  # "SOC 1/5" proposed on 12/20
        ahead = safe_date(year, month, day)
        if ahead and written < ahead <= written + timedelta(days=AHEAD_DAYS):
            return ahead
    return latest_on_or_before(month, day, written)


def _care_plans(record: PatientRecord) -> list[tuple[str, date | None, date | None]]:
    """The record's plans of care charted as CarePlans (a title or description that names a
    plan of care or a certification, not a diabetes care plan), with their periods."""
    out = []
    for item in record.of("CarePlan"):
        resource = item.raw
        text = " ".join(str(resource.get(k) or "") for k in ("title", "description"))
        if names_plan(text):
            period = resource.get("period") or {}
            out.append((text, parse_date(period.get("start")), parse_date(period.get("end"))))
    return out


#: How long after its last certification period ended an order still continues that episode
#: (a recertification signed a little late).
_LATE_DAYS = 30
#: ... and when the order calls itself a recertification ("Recert: PT 2w4. Second cert period"):
#: the certification period after the last one, 60 days (42 CFR 484.55(d)(1)), though care ran
#: unapproved since the last one ended (blind wave 24, CH/hh-02: 32 days after it).
_RECERT_DAYS = 60
_NEXT_DAY = timedelta(days=1)
_RECERT = lazy_re.compile(
    r"\b(?:re-?cert(?:ification|ified|ify)?|(?:second|2nd|third|3rd|fourth|4th|subsequent|next)"
    r"\s+(?:cert(?:ification)?|episode|60-day)\s*(?:period|episode)?)\b",
    re.IGNORECASE,
)
