"""A saved report version's rendered item cards, stored in the database for every worker.

Each worker keeps the cards it rendered (smartapp.reports.cards, 128 versions), but five
workers opening hundreds of versions mostly missed and rendered again: about half of a request
page's work (issue 19, fifth pass). Stored in ``rendered_reports``, a version rendered once by
any worker -- or before a restart -- is one row read for the others.

The row's key is a digest of exactly what the cards show (the same parts cards._shown holds:
the version, its override rows and their people's names, its attestations, the viewer's say
over the forms, the script root the links start with) and of the code that renders them
(:func:`stamp`: every file of the package and the templates, and the versions of the libraries
that escape and render). A change to any of them is a new key, so a stored row is never stale,
only unused. Rows go with their report version (ON DELETE CASCADE), and a row of an older
deployment's stamp is deleted when its version is rendered under the new one.
"""

from __future__ import annotations

import functools
import hashlib
import zlib
from importlib import metadata
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from .. import PROJECT_ROOT, direct
from ..models import RenderedReport, utcnow

_TABLE = RenderedReport.__table__
_READ = select(_TABLE.c.html).where(_TABLE.c.key == bindparam("key"))
_PRUNE = delete(_TABLE).where(_TABLE.c.report_id == bindparam("report"),
                              _TABLE.c.stamp != bindparam("stamp"))  # fmt: skip
#: Another worker may store the same key first: the same HTML, so the second insert does nothing.
_INSERT = {
    "postgresql": postgresql.insert(_TABLE).on_conflict_do_nothing(index_elements=["key"]),
    "sqlite": sqlite.insert(_TABLE).on_conflict_do_nothing(index_elements=["key"]),
}
#: What renders the cards beyond the package's own files: a new version may escape differently.
LIBRARIES = ("flask", "flask-wtf", "jinja2", "markupsafe", "werkzeug")


@functools.cache
def stamp() -> str:
    """A digest of the code that renders a report: every file of the smartapp package and the
    templates folder, and the rendering libraries' versions. Worked out once per process."""
    digest = hashlib.sha256()
    for library in LIBRARIES:
        digest.update(f"{library}=={metadata.version(library)}\n".encode())
    for root in (PROJECT_ROOT / "smartapp", PROJECT_ROOT / "templates"):
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(f"\0{path.relative_to(PROJECT_ROOT).as_posix()}\0".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def key_of(shown: tuple[Any, ...]) -> str:
    """The row key of cards that show ``shown`` (ints, strings, booleans, datetimes and None in
    nested tuples: their repr is exact and stable), under this code's stamp."""
    return hashlib.sha256(f"{stamp()}\0{shown!r}".encode()).hexdigest()


def recall(key: str) -> bytes | None:
    """The cards of ``key`` as stored, compressed (:func:`unpack` gives their UTF-8), or None.

    Read on the request's connection by smartapp.direct, in the page's transaction as before: a
    worker's first view of a version read it through an ORM Session opened for it and
    SQLAlchemy's Core execution (~6 % of PostgreSQL's request page under bench/load.py, 2 % of
    SQLite's, where five workers each meet every version for the first time; issue 19 stop 59).
    The Session is opened only when the cards must be rendered and stored (:func:`store`)."""
    found = direct.first(_READ, {"key": key})
    return None if found is None else bytes(found[0])  # psycopg gives a memoryview


def unpack(packed: bytes) -> bytes:
    """The UTF-8 text of cards as :func:`recall` and :func:`store` give them."""
    return zlib.decompress(packed)


def store(db: Session, key: str, report_id: int, html: str) -> bytes:
    """Store rendered cards in the page's transaction (the caller commits), removing the
    version's rows of another code stamp; the stored (compressed) bytes."""
    packed = zlib.compress(html.encode("utf-8"), 1)
    connection = db.connection()
    connection.execute(_PRUNE, {"report": report_id, "stamp": stamp()})
    connection.execute(
        _INSERT[connection.dialect.name],
        {"key": key, "report_id": report_id, "stamp": stamp(),
         "html": packed, "created_at": utcnow()},
    )  # fmt: skip
    return packed
