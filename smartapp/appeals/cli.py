"""``smartapp appeal``: build the appeal packet for a denial offline (JSON or PDF).

Reads a record bundle (``smartapp fetch`` output or a scenario) and a denial JSON
(docs/appeals.md §3); prints the packet JSON or writes the packet PDF. Errors are one line on
stderr with exit 2, like ``smartapp score``.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import InputError
from ..scoring import read_bundle
from ..scoring.cli import as_of_option, bundle_option
from .denial import Denial
from .packet import build_packet


def _read_denial(path: Path) -> Denial:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise InputError(f"cannot read {path.name}: no such file") from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"cannot read {path.name}: not a JSON file") from error
    return Denial.from_dict(data)


@click.command("appeal")
@bundle_option
@click.option(
    "--denial",
    "denial_path",
    required=True,
    type=click.Path(path_type=Path),
    help="The recorded denial (JSON, docs/appeals.md §3).",
)
@click.option("--as-of", "as_of", default=None, help="Build the packet as of YYYY-MM-DD.")
@click.option("--format", "output", type=click.Choice(["json", "pdf"]), default="json")
@click.option(
    "--out",
    "out_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Write here (required for --format pdf).",
)
@click.option("--no-p2p", is_flag=True, help="Leave the P2P sheet out of the PDF.")
def appeal(
    bundle_path: Path,
    denial_path: Path,
    as_of: str | None,
    output: str,
    out_path: Path | None,
    no_p2p: bool,
) -> None:
    """Build the appeal packet (letter, P2P sheet, documents, clocks) for a denied request."""
    if output == "pdf" and out_path is None:
        raise InputError("--format pdf needs --out FILE")
    when = as_of_option(as_of)
    denial = _read_denial(denial_path)
    packet = build_packet(read_bundle(bundle_path), denial, as_of=when)
    if output == "json":
        text = json.dumps(packet, indent=2, ensure_ascii=False)
        if out_path is None:
            click.echo(text)
        else:
            out_path.write_text(text + "\n", encoding="utf-8")
        return
    from ..exports.pdf import appeal_packet_pdf  # imported late: fpdf2 only for PDFs

    out_path.write_bytes(appeal_packet_pdf(packet, include_p2p=not no_p2p))  # type: ignore[union-attr]
    click.echo(f"wrote {out_path}", err=True)
