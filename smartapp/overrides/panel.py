"""What the report templates need to show overrides: the report as people left it, and per item
the standing override, the withdrawn ones, and where the forms post (templates/overrides/)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..db import get_session
from ..identity import OTHER, actor_of, role_of
from ..models import AppSession, CheckRun, ItemOverride, SavedReport, TrackedRequest
from ..urls import url_for
from . import store
from .forms import KIND_WORDS, MAX_PASSAGE, MAX_REASON
from .refs import pointable
from .report import overridden_report, when


@dataclass
class Panel:
    scope: store.Scope
    standing: dict[str, ItemOverride]
    #: This user may add and withdraw overrides here (forms are shown).
    editable: bool
    me: str
    words = KIND_WORDS
    max_reason = MAX_REASON
    max_passage = MAX_PASSAGE
    when = staticmethod(when)

    @functools.cached_property
    def report(self) -> dict[str, Any]:
        """The report with the standing overrides applied, worked out when asked: a request
        page whose page and cards are kept never asks (issue 19, stop 49)."""
        return overridden_report(self.scope.report, self.standing)

    @functools.cached_property
    def pointable(self) -> dict[str, str]:
        """What an override may point at (refs.pointable), worked out when the item cards are
        rendered: a request page whose cards are kept never asks (issue 19, stop 47)."""
        return pointable(self.scope.report, self.scope.record_refs)

    def withdrawn(self, item_id: str) -> list[ItemOverride]:
        return [r for r in self.scope.rows if r.item_id == item_id and r.withdrawn_at is not None]

    def _where(self) -> dict[str, Any]:
        if self.scope.saved is not None and self.scope.tracked is not None:
            return {"request_id": self.scope.tracked.id, "report_id": self.scope.saved.id}
        return {"run_id": self.scope.run_id}

    def add_url(self, item_id: str) -> str:
        kind = "saved_add" if "report_id" in self._where() else "run_add"
        return url_for(f"overrides.{kind}", item_id=item_id, **self._where())

    def withdraw_url(self, row: ItemOverride) -> str:
        kind = "saved_withdraw" if "report_id" in self._where() else "run_withdraw"
        return url_for(f"overrides.{kind}", override_id=row.id, **self._where())


def _panel(db: Session | None, launch: AppSession | None, scope: store.Scope,
           rows: list[Any] | None = None) -> Panel:  # fmt: skip
    if rows is None:
        store.read(db or get_session(), scope)  # the page only shows them: plain rows
    else:
        scope.rows = rows
    standing = store.active(scope.rows)
    may = launch is not None and role_of(launch) != OTHER and scope.editable
    me = actor_of(launch) if launch is not None else ""
    return Panel(scope, standing, may, me)


def for_run(db: Session, launch: AppSession, run: CheckRun) -> tuple[dict, Panel]:
    """The live check's report with its overrides, and the panel for its page."""
    panel = _panel(db, launch, store.run_scope(run))
    return panel.report, panel


def for_saved(
    db: Session | None, launch: AppSession | None, tracked: TrackedRequest, saved: SavedReport,
    rows: list[Any] | None = None,
) -> tuple[dict, Panel]:
    """A saved version's report with its overrides (launch None: read-only, e.g. print);
    ``rows``: its override rows, already read (the request page's lists; ``db`` may then be
    None), else read here."""
    panel = saved_panel(db, launch, tracked, saved, rows)
    return panel.report, panel


def saved_panel(db: Session | None, launch: AppSession | None, tracked: TrackedRequest,
                saved: SavedReport, rows: list[Any] | None = None) -> Panel:  # fmt: skip
    """:func:`for_saved`'s panel alone: its ``report`` is worked out when asked."""
    return _panel(db, launch, store.saved_scope(tracked, saved), rows)
