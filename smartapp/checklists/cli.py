"""``smartapp checklists validate``: check checklist data and golden coverage (exit 2 if bad)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ChecklistError
from .loader import DATA_DIR, Catalog, load_catalog
from .validate import check_catalog, check_golden

#: Golden cases live in the source tree, so validate looks for them under the working directory.
GOLDEN_SUBDIR = Path("tests") / "golden"


@click.group("checklists")
def checklists() -> None:
    """CareSource documentation checklists."""


@checklists.command("validate")
@click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=DATA_DIR,
    show_default=False,
    help="Checklist directory (default: shipped).",
)
@click.option(
    "--golden",
    "golden_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Golden cases directory (default: ./tests/golden).",
)
@click.option("--run/--no-run", default=True, help="Also score every golden case and compare.")
def validate(data_dir: Path, golden_dir: Path | None, run: bool) -> None:
    """Validate schema, ids, elements, sources, code lists and golden coverage."""
    catalog = load_catalog(data_dir)
    problems = check_catalog(catalog)
    golden_dir = golden_dir or Path.cwd() / GOLDEN_SUBDIR
    if golden_dir.is_dir():
        problems += check_golden(catalog, golden_dir)
        if run:
            problems += run_golden(catalog, golden_dir)
    else:
        problems.append(f"no golden cases directory at {golden_dir}")
    for problem in problems:
        click.echo(problem)
    if problems:
        raise ChecklistError(f"{len(problems)} checklist problem(s)")
    count = len(catalog.checklists)
    click.echo(
        f"ok: {count} checklists, {sum(len(c.items) for c in catalog.checklists.values())} items"
    )


def run_golden(catalog: Catalog, golden_dir: Path) -> list[str]:
    """Score each golden case and name every item whose status differs from the expectation."""
    from ..scoring.report import score_bundle
    from .golden import load_cases

    problems = []
    for case in load_cases(golden_dir):
        if case.checklist_id not in catalog.checklists:
            continue
        report = score_bundle(
            case.bundle(), service=case.service, as_of=case.as_of, catalog=catalog
        )
        got = {item["id"]: item["status"] for item in report["items"]}
        problems += [
            f"{case.checklist_id}/{case.path.name}: {item_id} expected {want},"
            f" got {got.get(item_id)}"
            for item_id, want in case.expect.items()
            if got.get(item_id) != want
        ]
    return problems
