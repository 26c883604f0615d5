"""A recorded denial: the dates, plan, stage and reason a coordinator types from the letter/EOB.

:class:`Denial` is the input of the clock calculator and the packet builder; ``Denial.from_dict``
validates the JSON the UI posts or the CLI reads (shape in docs/appeals.md §3) and raises
:class:`~smartapp.errors.InputError` with one line saying what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from .. import lazy_re
from ..errors import InputError
from .eob_codes import CATEGORIES, CodeCategory, category_from_codes

PLAN_TYPES = ("medicaid", "marketplace", "mycare", "medicare")
REVIEWS = ("pre-service", "post-service", "claim")
#: Where the appeal stands; each clock rule lists the stages in which it runs.
STAGES = (
    "denied",  # denial received, nothing filed yet (P2P and first-level filing clocks run)
    "p2p",  # peer-to-peer requested or held, first-level appeal not filed yet
    "first-level",  # first-level appeal filed (filed_at), decision pending
    "first-level-decided",  # first level upheld (decided_on), second level not filed
    "second-level",  # second-level appeal filed (filed_at), decision pending
    "second-level-decided",  # internal levels exhausted (decided_on)
    "external-review",  # external review / fair hearing requested
    "closed",  # approved, withdrawn or given up: no clocks
)
_STATE_RE = lazy_re.compile(r"^[A-Z]{2}$")
#: The dates a denial's fields may hold (a typo such as 9999-12-31 is refused at the edge).
EARLIEST, LATEST = date(2000, 1, 1), date(2099, 12, 31)
#: Longest denial reason and EOB code list (the form says so; longer is refused, not cut).
MAX_REASON, MAX_CODES = 2000, 200


def _in_years(day: date, name: str) -> date:
    """Denials are recent: a date outside EARLIEST..LATEST is refused with the range."""
    plain = day.date() if isinstance(day, datetime) else day
    if not EARLIEST <= plain <= LATEST:
        raise InputError(f"{name} {plain.isoformat()} is outside {EARLIEST.isoformat()} to "
                         f"{LATEST.isoformat()}: check the year")  # fmt: skip
    return day


def _date(value: Any, name: str, required: bool = False) -> date | None:
    if value in (None, ""):
        if required:
            raise InputError(f"the denial needs {name} (YYYY-MM-DD)")
        return None
    if isinstance(value, datetime):
        return _in_years(value.date(), name)
    if isinstance(value, date):
        return _in_years(value, name)
    try:
        return _in_years(date.fromisoformat(str(value)[:10]), name)
    except ValueError as error:
        raise InputError(f"{name} {str(value)[:40]!r} is not a date (YYYY-MM-DD)") from error


def _when(value: Any, name: str) -> date | datetime | None:
    """A date, or a datetime when a time is given (the 72-hour clock needs the hour)."""
    if value in (None, "") or isinstance(value, date):
        return value or None
    text = str(value)
    if len(text) <= 10:
        return _date(text, name)
    try:
        return _in_years(datetime.fromisoformat(text.replace("Z", "+00:00")), name)
    except ValueError as error:
        raise InputError(f"{name} {text[:40]!r} is not a date or date-time (ISO 8601)") from error


def _bounded(value: Any, name: str, limit: int) -> str:
    """Text up to ``limit`` characters; longer is refused with the limit (never cut silently)."""
    text = str(value or "")
    if len(text) > limit:
        raise InputError(f"{name} can be at most {limit:,} characters; this one has {len(text):,}")
    return text


def _choice(value: Any, name: str, allowed: tuple[str, ...], default: str | None = None) -> str:
    text = str(value).strip().lower() if value not in (None, "") else default
    if text not in allowed:
        raise InputError(f"{name} must be one of {', '.join(allowed)}")
    return text


@dataclass(frozen=True)
class Denial:
    """One denial of one requested service, as recorded by the coordinator."""

    denial_date: date
    plan_type: str
    state: str
    review: str = "pre-service"
    notice_date: date | None = None
    urgent: bool = False
    stage: str = "denied"
    filed_at: date | datetime | None = None
    decided_on: date | None = None
    extended: bool = False
    reason_text: str = ""
    codes: str = ""
    category: str | None = None
    service_code: str | None = None
    #: The date of service, or of discharge for a stay: claim appeals are counted from it.
    service_date: date | None = None

    @property
    def notice(self) -> date:
        """The date on the denial letter (the determination date when none was entered)."""
        return self.notice_date or self.denial_date

    def code_category(self) -> CodeCategory:
        """What the typed EOB codes say (unknown codes listed, never guessed)."""
        return category_from_codes(self.codes)

    def resolved_category(self) -> str | None:
        """The coordinator's pick, else the category the codes agree on, else None."""
        return self.category or self.code_category().category

    @classmethod
    def from_dict(cls, data: Any) -> Denial:
        """Validate the denial JSON (docs/appeals.md §3); InputError names the first problem."""
        if not isinstance(data, dict):
            raise InputError("the denial must be a JSON object")
        state = str(data.get("state") or "").strip().upper()
        if not _STATE_RE.match(state):
            raise InputError("state must be a two-letter US state code (OH, GA, IN, …)")
        # A category that to_dict() derived from the codes is not the coordinator's pick.
        picked = data.get("category_source", "coordinator") == "coordinator"
        category = (data.get("category") or None) if picked else None
        if category is not None and category not in CATEGORIES:
            raise InputError(f"category must be one of {', '.join(CATEGORIES)}")
        denial = cls(
            denial_date=_date(data.get("denial_date"), "denial_date", required=True),  # type: ignore[arg-type]
            notice_date=_date(data.get("notice_date"), "notice_date"),
            plan_type=_choice(data.get("plan_type"), "plan_type", PLAN_TYPES),
            state=state,
            review=_choice(data.get("review"), "review", REVIEWS, "pre-service"),
            urgent=bool(data.get("urgent", False)),
            stage=_choice(data.get("stage"), "stage", STAGES, "denied"),
            filed_at=_when(data.get("filed_at"), "filed_at"),
            decided_on=_date(data.get("decided_on"), "decided_on"),
            extended=bool(data.get("extended", False)),
            reason_text=_bounded(data.get("reason_text"), "reason_text", MAX_REASON),
            codes=_bounded(data.get("codes"), "codes", MAX_CODES),
            category=category,
            service_code=(str(data["service_code"]).strip().upper() or None)
            if data.get("service_code")
            else None,
            service_date=_date(data.get("service_date"), "service_date"),
        )
        if denial.notice < denial.denial_date:
            raise InputError("notice_date cannot be before denial_date")
        return denial

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (dates as ISO strings), with the derived category and code meanings."""
        derived = self.code_category()
        return {
            "denial_date": self.denial_date.isoformat(),
            "notice_date": self.notice.isoformat(),
            "plan_type": self.plan_type,
            "state": self.state,
            "review": self.review,
            "urgent": self.urgent,
            "stage": self.stage,
            "filed_at": self.filed_at.isoformat() if self.filed_at else None,
            "decided_on": self.decided_on.isoformat() if self.decided_on else None,
            "extended": self.extended,
            "reason_text": self.reason_text,
            "codes": self.codes,
            "category": self.resolved_category(),
            "category_source": "coordinator" if self.category else "codes",
            "code_meanings": derived.as_dict(),
            "service_code": self.service_code,
            "service_date": self.service_date.isoformat() if self.service_date else None,
        }

    def at_stage(self, stage: str, **changes: Any) -> Denial:
        """A copy moved to ``stage``, e.g. ``at_stage("first-level", filed_at=…)`` after filing."""
        _choice(stage, "stage", STAGES)
        return replace(self, stage=stage, **changes)
