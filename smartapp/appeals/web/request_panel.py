"""What the tracked request's page shows about its denial and appeal (``appeals/_request_section
.html``): the recorded denial and what its codes mean, every running clock, the appeal-progress
choices, the packets built so far, and whether a packet can be built from this launch.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select

from ... import direct
from ...launch import current_launch
from ...models import AppealPacket, TrackedRequest
from ..eob_codes import CATEGORY_LABELS
from .blueprint import NEEDS_CHART, bp, chart_open_for
from .clocks import clock_of, when_text
from .denials import STAGE_LABELS

_P = AppealPacket.__table__.c
#: A request's latest packets as its page lists them: built once, on the driver's cursor
#: (smartapp.direct), named tuples of these fields.
_PACKETS = (select(_P.id, _P.status, _P.created_at, _P.created_by)
            .where(_P.request_id == bindparam("request"))
            .order_by(_P.id.desc()).limit(20))  # fmt: skip


@bp.app_template_global()
def appeal_panel(tracked: TrackedRequest) -> dict[str, Any]:
    """Everything the request page's "Denial and appeal" section needs."""
    # A packet needs a recorded denial (packets.start_build) and a denial is never cleared, so a
    # request without one has no packets: skip the query on most request pages.
    packets = direct.named(_PACKETS, {"request": tracked.id}) if tracked.denial else []
    return {
        "clock": clock_of(tracked),
        "packets": packets,
        "chart_open": chart_open_for(current_launch(), tracked),
        "needs_chart": NEEDS_CHART,
        "stages": STAGE_LABELS,
        "category_labels": CATEGORY_LABELS,
        "when_text": when_text,
    }


@bp.app_template_global()
def denial_clock(tracked: TrackedRequest) -> Any:
    """The worklist's deadline cell for one row (None for requests that are not denied)."""
    if tracked.status != "denied":
        return None
    return clock_of(tracked)
