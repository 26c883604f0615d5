"""``smartapp fetch``: capture one patient's record bundle from an EHR for offline scoring.

Support staff run it with an access token they obtained for the patient; progress goes to
stderr, the record bundle (docs/record-bundle.md) to ``--out``. ``smartapp score --bundle``
reads that file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from ..errors import InputError
from .client import DEFAULT_CONCURRENCY, FhirClient
from .retrieve import fetch_patient_record
from .token_providers import StaticToken


def _read_token(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError as error:
        raise InputError(f"--token-file could not be read: {error.strerror}") from error
    if text.startswith("{"):  # a saved token response
        try:
            text = str(json.loads(text).get("access_token", ""))
        except ValueError as error:
            raise InputError("--token-file is neither a token nor a JSON token response") from error
    if not text or any(ch.isspace() for ch in text):
        raise InputError("--token-file must hold one access token")
    return text


def _show(progress: dict) -> None:
    # One updating line on a terminal, one line per update in a log file.
    on_terminal = click.get_text_stream("stderr").isatty()
    line = (
        f"searches {progress['searches_done']}/{progress['searches_total']}"
        f"  notes {progress['notes_fetched']}/{progress['notes_total']}"
    )
    click.echo(("\r" if on_terminal else "") + line, err=True, nl=not on_terminal)


@click.command("fetch")
@click.option("--iss", required=True, help="The EHR's FHIR base URL.")
@click.option("--patient", "patient_id", required=True, help="FHIR Patient id.")
@click.option("--token-file", required=True, type=click.Path(path_type=Path),
              help="File holding the access token (or a JSON token response).")  # fmt: skip
@click.option("--out", required=True, type=click.Path(path_type=Path), help="Bundle to write.")
@click.option("--vendor", type=click.Choice(["epic", "cerner"]), default=None,
              help="EHR behaviour profile (Epic needs category searches).")  # fmt: skip
@click.option("--order", default=None,
              help="ServiceRequest/ID or DeviceRequest/ID under review (optional).")  # fmt: skip
@click.option("--allow-host", "allow_hosts", multiple=True,
              help="Another host the EHR serves Binaries from (repeatable).")  # fmt: skip
def fetch(
    iss: str,
    patient_id: str,
    token_file: Path,
    out: Path,
    vendor: str | None,
    order: str | None,
    allow_hosts: tuple[str, ...],
) -> None:
    """Read one patient's record over FHIR and write the record bundle."""
    if not iss.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise InputError("--iss must be an https URL (or a loopback sandbox)")
    token = _read_token(token_file)
    concurrency = int(os.environ.get("SMARTAPP_FHIR_CONCURRENCY", str(DEFAULT_CONCURRENCY)))
    client = FhirClient(iss, StaticToken(token), vendor=vendor, concurrency=concurrency,
                        allowed_hosts=allow_hosts)  # fmt: skip
    result = fetch_patient_record(client, patient_id, order_ref=order, progress=_show)
    click.echo("", err=True)
    try:
        out.write_text(json.dumps(result.bundle), encoding="utf-8")
    except OSError as error:
        raise InputError(f"--out could not be written: {error.strerror}") from error
    counts = ", ".join(f"{kind} {n}" for kind, n in sorted(result.counts.items()))
    click.echo(f"wrote {out}: {counts}", err=True)
    for warning in result.warnings:
        click.echo(f"could not check {warning.resource_type} ({warning.reason}): "
                   f"{warning.detail}", err=True)  # fmt: skip
