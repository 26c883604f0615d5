"""Every override as JSON lines, for the team to learn from the engine's errors: what the engine
said, what a person said and why, on which checklist item, service and date.

No note text (the passage is left out: only whether one was given), and no patient identifier:
the request is named by the app's own opaque number (null for a check never saved), the
evidence by its resource type only. ``smartapp overrides export`` writes the same lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
from sqlalchemy.orm import Session

from ..models import ItemOverride


def line_of(row: ItemOverride) -> dict[str, Any]:
    """One override, as exported (docs/overrides.md lists the fields)."""
    return {
        "override": row.id,
        "checklist": {"id": row.checklist_id, "version": row.checklist_version},
        "item": row.item_id,
        "element": row.element,
        "required": row.required,
        "engine_status": row.engine_status,
        "override_kind": row.kind,
        "reason": row.reason,
        "evidence_type": row.reference.partition("/")[0] if row.reference else None,
        "passage_given": row.passage is not None,
        "passage_checked": row.passage_checked,
        "by": {"role": row.role, "user": row.actor},
        "at": row.created_at.isoformat(),
        "withdrawn_at": row.withdrawn_at.isoformat() if row.withdrawn_at else None,
        "service_code": row.service_code,
        "as_of": row.as_of.isoformat(),
        "request": row.request_id,
    }


def export_lines(db: Session) -> Iterator[str]:
    """One JSON object a line, oldest first (read in batches: the table only grows)."""
    query = db.query(ItemOverride).order_by(ItemOverride.id).yield_per(500)
    for row in query:
        yield json.dumps(line_of(row), ensure_ascii=False, sort_keys=True) + "\n"


@click.group("overrides")
def overrides() -> None:
    """People's overrides of the gap check ("documented here" / "does not apply")."""


@click.command("export")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")  # fmt: skip
def export_command(output: Path | None) -> None:
    """Every override as JSON lines (no note text, no patient identifiers)."""
    from .. import create_app
    from ..db import session_factory

    factory = session_factory(create_app())
    try:
        with factory() as db:
            if output is None:
                for line in export_lines(db):
                    click.echo(line, nl=False)
                return
            with output.open("w", encoding="utf-8") as handle:
                count = sum(handle.write(line) > 0 for line in export_lines(db))
    finally:
        factory.kw["bind"].dispose()  # a command leaves no connection open behind it
    click.echo(f"{count} overrides written to {output}", err=True)


overrides.add_command(export_command)
