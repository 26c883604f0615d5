"""``smartapp score``: score patient Bundles offline; one report (JSON or text), or JSON lines.

Many bundles are scored in one process (``--bundle`` repeated, or a folder): the checklists, the
ICD-10-CM table and the note pipeline load once, so a folder costs milliseconds a bundle, not
the seconds a process start costs. The NLP stack is imported only when a note needs reading.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import click

from ..checklists.engine import STATES
from ..errors import InputError, ReadinessGateError
from .folder import default_jobs, scored_lines
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
@click.option(
    "--bundle",
    "bundle_paths",
    required=True,
    multiple=True,
    type=click.Path(path_type=Path),
    help="FHIR R4 Bundle (JSON) of one patient. Repeat it, or name a folder of *.json files, to "
    "score many: one JSON line each.",
)
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
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes scoring many bundles (default: the CPUs this process may use). The lines "
    "are the same, in the same order, whatever the number.",
)
def score(
    bundle_paths: tuple[Path, ...],
    service: str | None,
    as_of: str | None,
    output: str,
    fail_on: str | None,
    jobs: int | None,
) -> None:
    """Score patients' documentation against the CareSource checklist for a service.

    One bundle prints its report. Many bundles print one JSON line each, in the order given
    (a folder's files by name): the report with its "bundle" path, or {"bundle", "error"} for a
    bundle that cannot be scored, and the rest are still scored. Exit 2 when any bundle could
    not be scored, else 3 when any report fails --fail-on, else 0.
    """
    when = as_of_option(as_of)
    if len(bundle_paths) == 1 and not bundle_paths[0].is_dir():
        score_one(bundle_paths[0], service, when, output, fail_on)
        return
    if output != "json":
        raise InputError("--format text prints one report; many bundles print JSON lines")
    score_many(expand(bundle_paths), service, when, fail_on, jobs or default_jobs())


def fails(report: dict[str, Any], fail_on: str | None) -> bool:
    """True when the report's state is ``fail_on`` or worse (STATES runs worst first: failing
    on "incomplete" also fails a not_ready report)."""
    return fail_on is not None and STATES.index(report["state"]) <= STATES.index(fail_on)


def score_one(
    path: Path, service: str | None, when: date, output: str, fail_on: str | None
) -> None:
    """One bundle: the report as indented JSON or text; bad input raises (exit 2)."""
    report = score_bundle(read_bundle(path), service=service, as_of=when)
    if output == "json":
        click.echo(json.dumps(report, indent=2))
    else:
        # Note text may hold lone surrogates (broken UTF-16 from an EHR): print a replacement
        # character rather than fail on the terminal's encoding.
        text = render_text(report).encode("utf-8", "replace").decode("utf-8")
        click.echo(text, nl=False)
    if fails(report, fail_on):
        raise ReadinessGateError(f"readiness state is {report['state']} (--fail-on {fail_on})")


def expand(paths: tuple[Path, ...]) -> list[Path]:
    """The bundles named: files as given, a folder's ``*.json`` files sorted by name."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.glob("*.json") if p.is_file())
            if not found:
                raise InputError(f"the folder {path.name} holds no .json files")
            out += found
        else:
            out.append(path)
    return out


def score_many(
    paths: list[Path], service: str | None, when: date, fail_on: str | None, jobs: int
) -> None:
    """One JSON line per bundle; a bundle that cannot be scored gets an error line, not a stop."""
    bad = gated = 0
    for line, ok in scored_lines(paths, service, when, jobs):
        bad += not ok
        gated += ok and fails(line, fail_on)
        click.echo(json.dumps(line))  # ASCII: note text may hold lone surrogates
    if bad:
        raise InputError(f"{bad} of {len(paths)} bundles could not be scored")
    if gated:
        raise ReadinessGateError(
            f"{gated} of {len(paths)} reports are {fail_on} or worse (--fail-on {fail_on})"
        )
