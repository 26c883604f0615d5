"""``smartapp checklists validate``: check checklist data and golden coverage (exit 2 if bad)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ChecklistError
from .loader import DATA_DIR, Catalog, load_catalog
from .validate import check_catalog, check_golden

#: Golden cases live in the source tree, so validate looks for them under the working directory.
GOLDEN_SUBDIR = Path("tests") / "golden"
DOC_SUBPATH = Path("docs") / "checklists.md"


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


@checklists.command("docs")
@click.option(
    "--doc",
    "doc_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="The page to update (default: ./docs/checklists.md).",
)
@click.option("--write", is_flag=True, help="Rewrite the generated section from the data.")
def docs(doc_path: Path | None, write: bool) -> None:
    """Check (or with --write, regenerate) the shipped-checklists section of docs/checklists.md."""
    from .catalog_doc import sync

    doc_path = doc_path or Path.cwd() / DOC_SUBPATH
    if not doc_path.is_file():
        raise ChecklistError(f"no checklist page at {doc_path}")
    if sync(doc_path, load_catalog(), write=write):
        click.echo(f"ok: {doc_path} matches the checklist data")
    elif write:
        click.echo(f"updated {doc_path} from the checklist data")
    else:
        raise ChecklistError(
            f"{doc_path} is out of date with the checklist data; run `smartapp checklists docs"
            " --write`"
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
