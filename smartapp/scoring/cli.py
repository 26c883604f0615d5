"""``smartapp score``: score one patient Bundle offline and print the report (JSON or text)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from ..checklists.engine import STATES
from ..errors import InputError, ReadinessGateError
from .report import read_bundle, score_bundle
from .text import render_text


def as_of_option(value: str | None) -> date:
    """The ``--as-of`` date of a command (today when not given)."""
    if value is None:
        return date.today()  # the CLI is the one place that reads the clock
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise InputError(f"--as-of {value!r} is not a date (YYYY-MM-DD)") from error


#: ``--bundle PATH``: the one-patient FHIR R4 Bundle every offline command reads.
bundle_option = click.option(
    "--bundle",
    "bundle_path",
    required=True,
    type=click.Path(path_type=Path),
    help="FHIR R4 Bundle (JSON) of one patient.",
)


@click.command("score")
@bundle_option
@click.option("--service", default=None, help="CPT/HCPCS code (default: newest open order).")
@click.option("--as-of", "as_of", default=None, help="Score the record as of YYYY-MM-DD.")
@click.option("--format", "output", type=click.Choice(["json", "text"]), default="json")
@click.option(
    "--fail-on",
    "fail_on",
    type=click.Choice(["not_ready", "incomplete"]),
    default=None,
    help="Exit 3 after printing the report when its state is this bad or worse: not_ready "
    "(a required gap), incomplete (a required item could not be checked, or a gap).",
)
def score(
    bundle_path: Path, service: str | None, as_of: str | None, output: str, fail_on: str | None
) -> None:
    """Score a patient's documentation against the CareSource checklist for a service."""
    when = as_of_option(as_of)
    report = score_bundle(read_bundle(bundle_path), service=service, as_of=when)
    if output == "json":
        click.echo(json.dumps(report, indent=2))
    else:
        # Note text may hold lone surrogates (broken UTF-16 from an EHR): print a replacement
        # character rather than fail on the terminal's encoding.
        text = render_text(report).encode("utf-8", "replace").decode("utf-8")
        click.echo(text, nl=False)
    # STATES runs worst first: failing on "incomplete" also fails a not_ready report.
    if fail_on is not None and STATES.index(report["state"]) <= STATES.index(fail_on):
        raise ReadinessGateError(f"readiness state is {report['state']} (--fail-on {fail_on})")
