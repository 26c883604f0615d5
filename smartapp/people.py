"""People by name, not by id (issue 18): "Dr. Ana Whitfield (clinician)", never
``Practitioner/md-whitfield``, wherever a user reads who did something.

The app records who did something as an identity string (the user's fhirUser reference, see
:mod:`smartapp.identity`). Names are learnt from the EHR and kept in the ``people`` table:

- at launch, the signed-in user's own fhirUser resource (one read; a refused read is logged and
  ignored: the page then shows the id);
- during a check, every Practitioner the record holds (the ordering clinician).

The ``person`` template filter turns an identity into "Name (role)"; an identity whose name was
never learnt reads as its bare id with the role ("md-whitfield (clinician)"), anything else (a
typed assignee name) as it is.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from flask import Flask, g
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from . import direct
from .context import request_g
from .db import get_session
from .identity import OTHER, role_of_identity, user_ref
from .models import Person, utcnow
from .written_beside import rows_writing, write

log = logging.getLogger(__name__)
#: Every page reads the names: one plain statement on the table's columns, built once -- of
#: everyone, or of the identities a page names (an expanding IN, bound at execution).
_C = Person.__table__.c
_NAMES = select(_C.identity, _C.name)
_NAMED = _NAMES.where(_C.identity.in_(bindparam("identities", expanding=True)))
USER_TYPES = ("Practitioner/", "PractitionerRole/", "Patient/", "RelatedPerson/")


def practitioner_name(resource: dict[str, Any]) -> str:
    """ "Dr. Ana Whitfield": prefix, given and family names; the name's text only without them
    (an EHR's text may carry the role too: "Dana Okafor (PA coordinator)")."""
    names = [n for n in resource.get("name") or [] if isinstance(n, dict)]
    name = next((n for n in names if n.get("use") == "official"), names[0] if names else {})
    words = [*(name.get("prefix") or []), *(name.get("given") or []), name.get("family") or ""]
    return " ".join(str(word) for word in words if word).strip() or str(name.get("text") or "")


def remember(identity: str, name: str, db: Session | None = None) -> None:
    """Keep (or update) the display name of an identity, and commit (``db``: a worker thread's
    session; default: the request's)."""
    name = " ".join(name.split())[:200]
    if not identity or not name:
        return
    db = db if db is not None else get_session()
    row = db.get(Person, identity)
    if row is None:
        db.add(Person(identity=identity, name=name))
    elif row.name != name:
        row.name, row.updated_at = name, utcnow()
    db.commit()
    if g:
        for kept in ("people_names", "people_labels", "people_asked", "people_all"):
            g.pop(kept, None)


def remember_practitioners(bundle: dict[str, Any], db: Session) -> None:
    """Learn the names of the Practitioners a check read (the ordering clinician)."""
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") or {}
        if resource.get("resourceType") == "Practitioner" and resource.get("id"):
            remember(f"Practitioner/{resource['id']}", practitioner_name(resource), db)


def remember_user(fhir_client: Any, identity: str, fhir_user: str | None) -> None:
    """At launch: read the signed-in user's own resource and keep their name (best effort)."""
    ref = user_ref(fhir_user)
    if not ref.startswith(("Practitioner/", "PractitionerRole/")):
        return
    try:
        resource = fhir_client.get_json(ref)
    except Exception as error:
        log.info("user name not read: %s", type(error).__name__)
        return
    if isinstance(resource, dict) and resource.get("resourceType") == "Practitioner":
        remember(identity, practitioner_name(resource))


def load_names(
    identities: Iterable[str | None] | None = None,
    *,
    written: tuple[Any, Mapping[str, Any]] | None = None,
    carried: Iterable[Sequence[Any]] | None = None,
) -> dict[str, str]:
    """identity → name, read at most once per identity per request. A page reads them before
    it commits its audit event, so rendering needs no database.

    ``identities``: the people a page names (a name is also found by its ``Type/id`` tail, so
    both are asked for), read in one statement -- a few rows, however many people the app has
    met (issue 19); None: everyone. A name asked for later that the page did not list is read
    on its own (:func:`name_of`), so a page that forgets one still shows it, one statement on.

    ``written``: a page's one write, (an INSERT, its values), sent with the names' read
    (:mod:`smartapp.written_beside`: one round trip on PostgreSQL), or alone if nothing is read.

    ``carried``: (identity, name or None) for each identity a page's own statement already
    looked up in the table (issue 19, stop 57: the worklist's page statement on PostgreSQL,
    :func:`carried_names`): those are not read again, and only what the page names beyond them
    is read (none, when the statement looked up all of them)."""
    kept = request_g()  # flask.g, read once (smartapp.context)
    names: dict[str, str] = kept.setdefault("people_names", {})
    if carried is not None and not kept.get("people_all"):
        looked: set[str] = kept.setdefault("people_asked", set())
        for identity, name in carried:
            looked.add(identity)
            if name is not None:
                names[identity] = name
    if identities is None and not kept.get("people_all"):
        names.update((identity, name) for identity, name in _read(_NAMES, {}, written))
        kept.people_all = True
        written = None
    elif identities is not None and not kept.get("people_all"):
        asked: set[str] = kept.setdefault("people_asked", set())
        named = {identity for identity in identities if identity} - asked  # a few, many times
        wanted = (named | {user_ref(identity) for identity in named}) - asked
        if wanted:
            rows = _read(_NAMED, {"identities": sorted(wanted)}, written)
            names.update((identity, name) for identity, name in rows)
            asked |= wanted
            written = None
    if written:  # no read to send it with
        write(*written)
    return names


def carried_names(text: str | None) -> list[Sequence[Any]]:
    """The (identity, name or None) pairs a statement carried as one JSON text
    (``smartapp.reports.pickers.pairs``: NULL when it looked up none)."""
    return json.loads(text) if text else []


def _read(statement: Any, values: dict[str, Any],
          written: tuple[Any, Mapping[str, Any]] | None) -> list[tuple[Any, ...]]:  # fmt: skip
    return (
        direct.rows(statement, values)
        if written is None
        else rows_writing(statement, values, *written)
    )


def name_of(identity: str | None) -> str | None:
    """The learnt name of an identity (also found by its ``Type/id`` tail), else None."""
    if not identity:
        return None
    kept = request_g()  # flask.g, read once (smartapp.context)
    if kept.get("people_all") or identity in kept.get("people_asked", ()):
        names = kept.people_names
    elif "people_asked" in kept:  # the page named its people and not this one: read it alone
        names = load_names([identity])
    else:  # a page that names nobody up front: everyone, once
        names = load_names()
    return names.get(identity) or names.get(user_ref(identity))


def role_for(identity: str) -> str:
    """coordinator (configured for the identity's own EHR), clinician (a Practitioner) or ""."""
    role = role_of_identity(identity)
    return "" if role == OTHER else role


def person(identity: str | None, role: str | None = None) -> str:
    """Template filter: "Dr. Ana Whitfield (clinician)"; the role given, else the configured one.

    Each (identity, role) is worked out once per request: a page names the same few people on
    many rows (the audit trail, the versions, the comments, the assignee picker).
    """
    if not identity:
        return ""
    kept = request_g()  # flask.g, read once (smartapp.context)
    labels = kept.setdefault("people_labels", {}) if kept else {}
    label = labels.get((identity, role))
    if label is None:
        label = labels[(identity, role)] = _label(identity, role)
    return label


def _label(identity: str, role: str | None) -> str:
    if identity.startswith("session:"):
        return "a user the EHR did not name"
    ref = user_ref(identity)
    if not ref.startswith(USER_TYPES) and name_of(identity) is None:
        return identity  # a name typed as the assignee
    name = name_of(identity) or ref.partition("/")[2]
    role = role if role is not None else role_for(identity)
    return f"{name} ({role})" if role and role != "other" else name


def init_app(app: Flask) -> None:
    app.add_template_filter(person, "person")
