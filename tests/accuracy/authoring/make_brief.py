"""Build the folder a blind case author reads (see ../README.md, "How a wave is run").

    .venv/bin/python tests/accuracy/authoring/make_brief.py BRIEF_DIR SHARED_DIR

Writes each service checklist with only what a reviewer requires and why (ids, titles,
``required``, elements, ``applies_to``, the sources' titles and URLs; never criteria, term lists,
code lists or the sources' summaries), the element vocabulary, ``blind-cases.md`` and the seeds
from SHARED_DIR (the domain material beside the clone, which a clone does not carry, so it is
always named), this folder's CASE-FORMAT.md, AUTHOR-PROMPT.md and the format validator. The
validator needs PyYAML and fhir.resources in the author's own environment:
``python -m venv BRIEF/.venv && BRIEF/.venv/bin/pip install fhir.resources pyyaml``.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "smartapp" / "checklists" / "data"


def slim(data: dict[str, Any]) -> dict[str, Any]:
    """A checklist as a blind author may see it."""
    return {
        "id": data["id"],
        "title": data.get("title"),
        "version": data.get("version"),
        "includes": data.get("includes", []),
        "applies_to": data.get("applies_to", {}),
        "sources": [
            {"id": s["id"], "title": s.get("title"), "url": s.get("url")}
            for s in data.get("sources", [])
        ],
        "items": [
            {"id": item["id"], "element": item["element"], "title": item["title"],
             "required": item.get("required", False), "source": item.get("source")}
            for item in data.get("items", [])
        ],
    }  # fmt: skip


def main() -> None:
    """Write the brief folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("brief", type=Path)
    parser.add_argument("domain_material", type=Path, metavar="SHARED_DIR")
    args = parser.parse_args()
    (args.brief / "checklists").mkdir(parents=True, exist_ok=True)
    for path in sorted(DATA.glob("caresource-*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = yaml.safe_dump(slim(data), sort_keys=False, allow_unicode=True, width=100)
        (args.brief / "checklists" / path.name).write_text(text, encoding="utf-8")
    for name in ("blind-cases.md", "elements.md"):
        shutil.copy(args.domain_material / "domain" / name, args.brief / name)
    shutil.copytree(args.domain_material / "seeds", args.brief / "seeds", dirs_exist_ok=True)
    for name in ("CASE-FORMAT.md", "AUTHOR-PROMPT.md", "validate_case.py"):
        shutil.copy(HERE / name, args.brief / name)
    print(f"brief written to {args.brief}")


if __name__ == "__main__":
    main()
