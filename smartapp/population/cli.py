"""``smartapp population run --ehr ID [--since DATE|last] [--wait]``: a population run from the
command line (an operator, cron, or a test of an EHR's backend registration).

Without ``--wait`` it prints the run's id and page; with the embedded task backend the process
still finishes the run before it exits (its pool threads are joined at exit). With ``--wait`` it
prints the summary; exit 0 when the run finished, 1 when it failed or was cancelled.
"""

from __future__ import annotations

import datetime as dt

import click

from ..errors import BulkExportError, InputError


def _app():  # type: ignore[no-untyped-def]
    """The app given by the caller (tests: ``obj=app``), else one from the usual config."""
    given = click.get_current_context().find_object(object)
    if given is not None and hasattr(given, "config"):
        return given
    from .. import create_app

    return create_app()


@click.group("population")
def population() -> None:
    """Population runs: score every patient of an EHR from a Bulk Data export."""


@population.command("run")
@click.option("--ehr", "server_id", required=True, help="launch.json id of an EHR with a "
              "'backend' block.")  # fmt: skip
@click.option("--since", default=None, help="Only changes since this date (YYYY-MM-DD), or "
              "'last': since the EHR's last finished run. Default: a full export.")  # fmt: skip
@click.option("--as-of", default=None, help="Score as of YYYY-MM-DD (default: today).")
@click.option("--wait", is_flag=True, help="Wait for the run to finish and print its summary.")
@click.option("--timeout", default=6 * 3600, show_default=True, help="Seconds --wait waits.")
def run(server_id: str, since: str | None, as_of: str | None, wait: bool, timeout: int) -> None:
    """Start a population run for one EHR."""
    from ..db import session_factory
    from .runs import start_run, summary, wait_for

    app = _app()
    try:
        day = dt.date.fromisoformat(as_of or app.config.get("AS_OF") or dt.date.today().isoformat())
    except ValueError as error:
        raise InputError(f"--as-of must be a date like 2026-11-30, not {as_of!r}.") from error
    with app.app_context(), session_factory(app)() as db:
        run_id = start_run(app, db, server_id, started_by="cli", as_of=day, since=since)
    click.echo(f"population run {run_id} started for {server_id} "
               f"(page: /population/runs/{run_id})")  # fmt: skip
    if not wait:
        return
    status = wait_for(app, run_id, timeout=timeout)
    with app.app_context(), session_factory(app)() as db:
        s = summary(db, run_id)
        click.echo(f"status: {status}; patients seen {s.run.patients_seen}, orders scored "
                   f"{s.scored} (ready {s.ready}, not ready {s.not_ready}, incomplete "
                   f"{s.incomplete}), no checklist {s.no_checklist}, errors {len(s.failures)}")
        for failure in s.failures:
            click.echo(f"  patient {failure['patient_id']}: {failure.get('message', '')} "
                       f"(ref {failure.get('support_id', '-')})")  # fmt: skip
        for problem in s.run.export_problems:
            click.echo(f"  export: {problem.get('source')}: {problem.get('text')}")
        if status != "done":
            error = BulkExportError((s.run.error or {}).get("message")
                                    or f"The population run ended '{status}'.")  # fmt: skip
            raise error
