"""The request page's three lists -- its report versions, its comments and its latest audit
events -- read in one round trip (issue 19): one ``UNION ALL`` of the three statements the page
ran, built once, each row tagged with its list and its place in it, and read back into the same
three lists of named tuples (the same fields, in the same order, with the same values).

The three lists have different columns, so the union shares typed slots: a version's id and
readiness go in the two integer slots, its state and saver in the first two text slots, and so
on (``_SLOTS``). Each list keeps its own order: versions and events newest first, comments
oldest first (their ``place``); only the events are limited (one more than the page shows, to
know whether to link to the rest), inside a subquery because a member of a compound SELECT
takes no LIMIT of its own on SQLite. Empty slots are NULLs cast to the slot's type: PostgreSQL
types a bare NULL in a subquery as text, which would not unite with an integer column.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Integer,
    Text,
    bindparam,
    cast,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.engine import Connection

from ..identity import actor_of
from ..models import AuditEvent, RequestComment, SavedReport
from .access import plain_type

#: Events on a request's page: the latest few, the rest one link away on /audit?request=<id>
#: (every view is audited, so a busy request's trail grows by the day).
REQUEST_EVENTS = 20
#: What an audit row shows (templates/reports/_events.html).
EVENT_COLUMNS = (AuditEvent.at, AuditEvent.actor, AuditEvent.role, AuditEvent.action,
                 AuditEvent.request_id, AuditEvent.patient_ref, AuditEvent.detail)  # fmt: skip
_R, _C, _A = SavedReport.__table__.c, RequestComment.__table__.c, AuditEvent.__table__.c
#: The union's slots and their types, after ``list`` and ``place``.
_SLOTS = {"at": DateTime(timezone=True), "text1": Text(), "text2": Text(), "text3": Text(),
          "text4": Text(), "int1": Integer(), "int2": Integer(), "detail": JSON()}  # fmt: skip
#: Each list: its fields (as the page reads them) and the slot each one is carried in.
_LISTS: dict[str, dict[str, str]] = {
    "events": {"at": "at", "actor": "text1", "role": "text2", "action": "text3",
               "request_id": "int1", "patient_ref": "text4", "detail": "detail"},
    "versions": {"id": "int1", "created_at": "at", "readiness": "int2", "state": "text1",
                 "run_by": "text2"},
    "comments": {"author": "text1", "text": "text2", "created_at": "at"},
}  # fmt: skip
_FIELDS = {name: plain_type(tuple(fields)) for name, fields in _LISTS.items()}


def _member(name: str, place: Any, columns: dict[str, Any]) -> list[Any]:
    """The select list of list ``name``: its tag, its place, then every slot (NULL if unused)."""
    slot_of = {slot: field for field, slot in _LISTS[name].items()}
    tag = literal_column(str(list(_LISTS).index(name)), Integer)
    return [tag.label("list"), place.label("place"),
            *(columns[slot_of[slot]].label(slot) if slot in slot_of
              else cast(null(), kind).label(slot) for slot, kind in _SLOTS.items())]  # fmt: skip


def _statement() -> Any:
    request = bindparam("request")
    latest = (select(_A.id, *(_A[column.key] for column in EVENT_COLUMNS))
              .where(_A.request_id == request)
              .order_by(_A.id.desc()).limit(REQUEST_EVENTS + 1).subquery())  # fmt: skip
    events = select(*_member("events", -latest.c.id, latest.c))
    versions = select(*_member("versions", -_R.id, _R)).where(_R.request_id == request)
    comments = select(*_member("comments", _C.id, _C)).where(_C.request_id == request)
    union = union_all(events, versions, comments)
    return union.order_by(union.selected_columns.list, union.selected_columns.place)


_ALL = _statement()
_READ = {n: (name, _FIELDS[name]._make, tuple(2 + list(_SLOTS).index(slot)
                                              for slot in _LISTS[name].values()))
         for n, name in enumerate(_LISTS)}  # fmt: skip


def request_lists(connection: Connection, request_id: int) -> tuple[list[Any], ...]:
    """(versions newest first, comments oldest first, the latest REQUEST_EVENTS + 1 events
    newest first) of a request, as named tuples of the fields the page reads."""
    found: dict[str, list[Any]] = {name: [] for name in _LISTS}
    for row in connection.execute(_ALL, {"request": request_id}):
        name, make, slots = _READ[row[0]]
        found[name].append(make([row[slot] for slot in slots]))
    return found["versions"], found["comments"], found["events"]


def named_on_page(launch: Any, tracked: Any, saved: Any, *lists: Any) -> list[str | None]:
    """The identities the request page shows by name (people.load_names reads only these):
    the viewer, the request's assignee and saver, the version's saver; in ``lists`` (the
    versions, comments, events, the override panel, the attestations and the appeal packets)
    their savers, authors, actors, the assignee of an assignment, who overrode, withdrew or
    attested, and who built a packet. One missed still shows, read on its own."""
    versions, comments, events, panel, attested, packets = lists
    assigned = (event.detail.get("to") for event in events
                if event.action == "assign" and isinstance(event.detail, dict))  # fmt: skip
    overrides = (who for row in panel.scope.rows for who in (row.actor, row.withdrawn_by))
    return [actor_of(launch), tracked.assignee, tracked.created_by, saved.run_by,
            *(version.run_by for version in versions), *(comment.author for comment in comments),
            *(event.actor for event in events), *assigned, *overrides,
            *(row.actor for row in (attested.standing.values() if attested else ())),
            *(packet.created_by for packet in packets)]  # fmt: skip
