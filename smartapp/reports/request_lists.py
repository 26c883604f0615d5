"""The request page's lists -- its report versions, its comments, its latest audit events, and
the overrides and attestations of the version it shows -- read in one round trip (issue 19): one
``UNION ALL`` of the statements the page ran, built once, each row tagged with its list and its
place in it, and read back into the same lists of named tuples (the same fields, in the same
order, with the same values).

The lists have different columns, so the union shares typed slots: each list's fields go, in
order, into the next free slot of their kind (integer, text, flag, date, time, JSON), and the
union has as many slots of a kind as the list that needs the most (``_SLOTS``). Each list keeps
its own order: versions and events newest first, the rest oldest first (their ``place``); only
the events are limited (one more than the page shows, to know whether to link to the rest),
inside a subquery because a member of a compound SELECT takes no LIMIT of its own on SQLite.
Empty slots are NULLs cast to the slot's type in the first member: PostgreSQL types a bare NULL
in a subquery as text, which would not unite with an integer column; the later members' NULLs
take the type the members before them settled. Only the first member names its columns (a union's
names are its first member's) and the rows are put in order here, not by the statement (issue
19, stop 49): SQLite sorted the wide rows, ~a fifth of the statement's time, and the shorter
text (~3 KB, was ~5 KB) is under the length up to which psycopg keeps a statement's conversion
(4 KB: a longer one is parsed again on every execution).

A version's overrides belong to its check run, or to the version itself when it was saved
before runs were recorded (overrides.store.saved_scope); its attestations to its run only
(questionnaires.attest.for_saved). So there are two statements, by run and by version, each
built once (issue 19, eleventh pass: two round trips fewer a page).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    LABEL_STYLE_NONE,
    Boolean,
    Date,
    DateTime,
    Integer,
    Select,
    Text,
    bindparam,
    cast,
    func,
    literal_column,
    null,
    select,
    union,
    union_all,
)
from sqlalchemy.engine import Connection

from .. import direct
from ..identity import actor_of
from ..models import (
    AuditEvent,
    ItemAttestation,
    ItemOverride,
    Person,
    RequestComment,
    SavedReport,
)
from ..written_beside import rows_writing
from .access import plain_type

#: Events on a request's page: the latest few, the rest one link away on /audit?request=<id>
#: (every view is audited, so a busy request's trail grows by the day).
REQUEST_EVENTS = 20
#: What an audit row shows (templates/reports/_events.html).
EVENT_COLUMNS = (AuditEvent.at, AuditEvent.actor, AuditEvent.role, AuditEvent.action,
                 AuditEvent.request_id, AuditEvent.patient_ref, AuditEvent.detail)  # fmt: skip
_R, _C, _A = SavedReport.__table__.c, RequestComment.__table__.c, AuditEvent.__table__.c
_O, _T = ItemOverride.__table__.c, ItemAttestation.__table__.c
_P = Person.__table__
#: Each slot kind and the type its NULLs are cast to (checked in this order: a DateTime is no Date).
_KINDS = {"at": DateTime(timezone=True), "day": Date(), "flag": Boolean(), "int": Integer(),
          "json": JSON(), "text": Text()}  # fmt: skip
#: Each list's fields, as the page reads them (an override's and an attestation's: the whole row).
_FIELDS_OF: dict[str, tuple[str, ...]] = {
    "events": tuple(column.key for column in EVENT_COLUMNS),
    "versions": ("id", "created_at", "readiness", "state", "run_by"),
    "comments": ("author", "text", "created_at"),
    "overrides": tuple(_O.keys()),
    "attestations": tuple(_T.keys()),
}
_TABLE_OF = {"events": _A, "versions": _R, "comments": _C, "overrides": _O, "attestations": _T}


def _kind(column: Any) -> str:
    kind = column.type
    for name, example in _KINDS.items():
        if isinstance(kind, type(example)):
            return name
    return "text"  # String, Text and the rest: what the driver gives is kept as it is


def _allot() -> tuple[dict[str, dict[str, str]], dict[str, Any]]:
    """Each list's field -> slot, and the union's slots (name -> type) in order."""
    lists, most = {}, Counter()
    for name, fields in _FIELDS_OF.items():
        used: Counter[str] = Counter()
        slot_of = {}
        for field in fields:
            kind = _kind(_TABLE_OF[name][field])
            used[kind] += 1
            slot_of[field] = f"{kind}{used[kind]}"
        lists[name] = slot_of
        most |= used
    slots = {f"{kind}{n}": kind_type for kind, kind_type in _KINDS.items()
             for n in range(1, most[kind] + 1)}  # fmt: skip
    return lists, slots


_LISTS, _SLOTS = _allot()
_TYPES = {name: plain_type(fields) for name, fields in _FIELDS_OF.items()}


#: A later member's empty slot: a bare NULL, which SQLAlchemy would otherwise name.
_NULL = literal_column("NULL")


def _member(name: str, place: Any, columns: Any, first: bool) -> Select[Any]:
    """The SELECT of list ``name``: its tag, its place, then every slot (NULL if unused); the
    ``first`` member's columns named and its NULLs typed, a later one's neither (see above)."""
    field_in = {slot: field for field, slot in _LISTS[name].items()}
    tag = literal_column(str(list(_LISTS).index(name)), Integer)
    if not first:
        shown = (columns[field_in[slot]] if slot in field_in else _NULL for slot in _SLOTS)
        return select(tag, place, *shown).set_label_style(LABEL_STYLE_NONE)
    return select(tag.label("list"), place.label("place"),
                  *(columns[field_in[slot]].label(slot) if slot in field_in
                    else cast(null(), kind).label(slot)
                    for slot, kind in _SLOTS.items()))  # fmt: skip


def _statement(by_run: bool) -> Any:
    request, run = bindparam("request"), bindparam("run")
    latest = (select(_A.id, *(_A[column.key] for column in EVENT_COLUMNS))
              .where(_A.request_id == request)
              .order_by(_A.id.desc()).limit(REQUEST_EVENTS + 1).subquery())  # fmt: skip
    members = [
        _member("events", -latest.c.id, latest.c, first=True),
        _member("versions", -_R.id, _R, first=False).where(_R.request_id == request),
        _member("comments", _C.id, _C, first=False).where(_C.request_id == request),
    ]
    if by_run:
        members += [_member("overrides", _O.id, _O, first=False).where(_O.run_id == run),
                    _member("attestations", _T.id, _T, first=False).where(_T.run_id == run)]
    else:
        members.append(_member("overrides", _O.id, _O, first=False)
                       .where(_O.report_id == bindparam("report")))  # fmt: skip
    return union_all(*members)  # put in order by request_lists


_BY_RUN, _BY_VERSION = _statement(True), _statement(False)
#: The names' rows' tag (after the lists') and their two text slots: (identity, name or NULL).
_NAMES_TAG = len(_LISTS)
_NAME_SLOTS = ("text1", "text2")


def _looked_up(by_run: bool) -> Select[Any]:
    """PostgreSQL: the union's member that looks up the names the page shows (issue 19, stop
    57) -- each identity the lists name (the events' actors and assignments, the versions'
    savers, the comments' authors, the overrides' and attestations' actors) and those bound in
    ``named`` (the viewer, the request's assignee and saver, the version's saver), and each
    one's ``Type/id`` tail, with its name or NULL: people.load_names reads only what the page
    names beyond them (an appeal packet's builder, say)."""
    from .worklist import _tail  # late: the worklist's module imports people's

    request, run = bindparam("request"), bindparam("run")
    latest = (select(_A.actor, _A.action, _A.detail).where(_A.request_id == request)
              .order_by(_A.id.desc()).limit(REQUEST_EVENTS + 1).subquery())  # fmt: skip
    named = select(func.unnest(bindparam("named", type_=ARRAY(Text))).label("identity"))
    sources = [
        named,
        select(latest.c.actor),
        select(latest.c.detail["to"].as_string()).where(latest.c.action == "assign"),
        select(_R.run_by).where(_R.request_id == request),
        select(_C.author).where(_C.request_id == request),
    ]
    overrides = _O.run_id == run if by_run else _O.report_id == bindparam("report")
    sources += [select(_O.actor).where(overrides), select(_O.withdrawn_by).where(overrides)]
    if by_run:
        sources.append(select(_T.actor).where(_T.run_id == run))
    given = union(*sources).subquery()
    every = union(select(given.c.identity), select(_tail(given.c.identity))).subquery()
    shown = {"text1": every.c.identity, "text2": _P.c.name}
    tag = literal_column(str(_NAMES_TAG), Integer)
    return (select(tag, literal_column("0", Integer),
                   *(shown.get(slot, _NULL) for slot in _SLOTS))
            .set_label_style(LABEL_STYLE_NONE)
            .select_from(every.outerjoin(_P, _P.c.identity == every.c.identity))
            .where(every.c.identity.is_not(None)))  # fmt: skip


#: The PostgreSQL statements with the names looked up, built at their first use.
_WITH_NAMES: dict[bool, Any] = {}


def _with_names(by_run: bool) -> Any:
    found = _WITH_NAMES.get(by_run)
    if found is None:
        members = list((_BY_RUN if by_run else _BY_VERSION).selects)
        found = _WITH_NAMES[by_run] = union_all(*members, _looked_up(by_run))
    return found
#: The lists' order: by list, then each by its place (the statement's rows come unordered).
_ORDER = itemgetter(0, 1)
_READ = {n: (name, _TYPES[name]._make, tuple(2 + list(_SLOTS).index(slot)
                                             for slot in _LISTS[name].values()))
         for n, name in enumerate(_LISTS)}  # fmt: skip


def request_lists(connection: Connection, request_id: int, saved: Any = None, *,
                  named: list[str] | None = None,
                  written: tuple[Any, Mapping[str, Any]] | None = None,
                  ) -> dict[str, list]:  # fmt: skip
    """A request's lists, as named tuples of the fields the page reads: ``versions`` newest
    first, ``comments`` oldest first, the latest REQUEST_EVENTS + 1 ``events`` newest first, and
    for the version ``saved`` (its ``id`` and ``run_id``; None: none) its ``overrides`` (every
    one, withdrawn too) and its run's ``attestations``, oldest first.

    ``named`` and ``written`` (PostgreSQL only, issue 19, stop 57): the statement also looks up
    the names of ``named`` and of the people the lists name (``names``: (identity, name or
    None) pairs for people.load_names's ``carried``) and writes the page's view event
    (smartapp.written_beside): the request page's lists, names and event in one round trip."""
    found: dict[str, list[Any]] = {name: [] for name in _LISTS}
    run = saved.run_id if saved is not None else None
    statement = _BY_RUN if run else _BY_VERSION
    values = {"request": request_id, "run": run, "report": saved.id if saved is not None else -1}
    if named is None:
        read = direct.rows(statement, values, connection)
    else:
        looked = _with_names(bool(run))
        read = rows_writing(looked, values | {"named": named}, *written) if written else (
            direct.rows(looked, values | {"named": named}, connection))
        found["names"] = [(row[_FIRST_TEXT], row[_FIRST_TEXT + 1]) for row in read
                          if row[0] == _NAMES_TAG]  # fmt: skip
    for row in sorted(read, key=_ORDER):
        if row[0] == _NAMES_TAG:
            continue
        name, make, slots = _READ[row[0]]
        found[name].append(make([row[slot] for slot in slots]))
    return found


#: Where the names' identity and name are in a union row (its tag and place first).
_FIRST_TEXT = 2 + list(_SLOTS).index(_NAME_SLOTS[0])


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
