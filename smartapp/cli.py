"""Command-line entry point ``smartapp``: one click group; each command lives beside its code.

Errors derived from :class:`~smartapp.errors.SmartAppError` become a one-line message on
stderr and the error's exit code (2 for bad input) -- never a traceback. This is the one
place that maps errors to exit codes (cumulus-etl ``cli.main_cli``).
"""

from __future__ import annotations

import importlib
import sys

import click

from .errors import SmartAppError

#: Sub-commands, as "module:attribute" so that ``smartapp --help`` does not import spaCy.
COMMANDS: dict[str, str] = {
    "score": "smartapp.scoring.cli:score",
    "appeal": "smartapp.appeals.cli:appeal",
    "checklists": "smartapp.checklists.cli:checklists",
    "fetch": "smartapp.fhir.cli:fetch",
    "init-db": "smartapp.db:init_db_command",
    "overrides": "smartapp.overrides.export:overrides",
    "population": "smartapp.population.cli:population",
    "worker": "smartapp.tasks.worker:worker",
}
#: Each command's one-line help, for ``smartapp --help``: click would otherwise import every
#: command's module (the scoring engine, simple_icd_10_cm, Flask, SQLAlchemy: seconds) only to
#: read its docstring. tests/test_cli_startup.py checks these against the commands' own help.
SUMMARIES: dict[str, str] = {
    "score": "Score patients' documentation against the CareSource checklist for a service.",
    "appeal": "Build the appeal packet (letter, P2P sheet, documents, clocks) for a denied "
    "request.",
    "checklists": "CareSource documentation checklists.",
    "fetch": "Read one patient's record over FHIR and write the record bundle.",
    "init-db": "Create the database tables (idempotent).",
    "overrides": 'People\'s overrides of the gap check ("documented here" / "does not apply").',
    "population": "Population runs: score every patient of an EHR from a Bulk Data export.",
    "worker": "Run a task worker (Celery) for the app's configuration.",
}


class LazyGroup(click.Group):
    """A click group that imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from :data:`SUMMARIES`, shortened as click shortens docstrings."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [
            (name, click.Command(name, help=SUMMARIES[name]).get_short_help_str(limit))
            for name in names
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        return getattr(importlib.import_module(module_name), attribute)


@click.group(cls=LazyGroup)
def cli() -> None:
    """Prior-authorization documentation checks for CareSource requests."""


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; map app errors to one stderr line and an exit code."""
    try:
        cli.main(args=argv, prog_name="smartapp", standalone_mode=False)
    except SmartAppError as error:
        click.echo(f"smartapp: {error.message}", err=True)
        return error.exit_code
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as error:
        error.show()
        return 2
    except click.Abort:
        click.echo("smartapp: aborted", err=True)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
