"""Load checklist YAML files: schema check, code-list resolution, include expansion, into the
types of :mod:`smartapp.checklists.catalog` (exported here too, where most callers import them).

Loaded once per data directory (cached); every error names the file and, where it applies, the
item id, and is raised as :class:`~smartapp.errors.ChecklistError`. Deeper checks (ICD-10 codes
exist, ids never reused, golden coverage) live in :mod:`smartapp.checklists.validate`.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import ChecklistError
from ..yamlfile import safe_load
from . import schema_stamp
from .catalog import Catalog, Checklist, Item
from .codelist import CodeList
from .included_windows import rewindowed

__all__ = ["DATA_DIR", "Catalog", "Checklist", "Item", "load_catalog", "read_yaml", "schema"]

DATA_DIR = Path(__file__).with_name("data")
CODELISTS_FILE = "codelists.yaml"


@cache
def schema_text() -> str:
    """The checklist JSON Schema shipped beside this module, as text."""
    return resources.files(__package__).joinpath("checklist.schema.json").read_text("utf-8")


@cache
def schema() -> dict[str, Any]:
    """The checklist JSON Schema shipped beside this module."""
    return json.loads(schema_text())


def read_yaml(path: Path, data: bytes | None = None) -> Any:
    """Parse one YAML file (safe loader; ``data``: its bytes, already read); errors name it."""
    try:
        return safe_load(path.read_text("utf-8") if data is None else data.decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ChecklistError(f"{path.name}: cannot read YAML ({error})") from error


def _resolve_codes(value: Any, codelists: dict[str, CodeList], where: str) -> CodeList:
    if isinstance(value, str):
        if value not in codelists:
            raise ChecklistError(f"{where}: unknown code list {value!r}")
        return codelists[value]
    # Inline lists are named by their entries so result sentences read "codes CPT 97164, 97168".
    label = ", ".join(
        f"{system.upper()} {entry}" for system, entries in value.items() for entry in entries
    )
    return CodeList.from_mapping(label or where, value)


#: Criterion keys whose value is a code list (a name in codelists.yaml or an inline mapping).
CODE_KEYS = frozenset({"codes", "visits", "reports", "service_is"})


def _compile(criterion: Any, codelists: dict[str, CodeList], where: str) -> Any:
    """Copy a criterion tree, replacing every ``codes`` value by its CodeList."""
    if isinstance(criterion, list):
        return [_compile(c, codelists, where) for c in criterion]
    if not isinstance(criterion, dict):
        return criterion
    out = {}
    for key, value in criterion.items():
        out[key] = (
            _resolve_codes(value, codelists, where)
            if key in CODE_KEYS
            else _compile(value, codelists, where)
        )
    return out


def _items(raw: dict, codelists: dict[str, CodeList], name: str) -> list[Item]:
    items = []
    for entry in raw["items"]:
        where = f"{name} item {entry['id']}"
        items.append(
            Item(
                id=entry["id"],
                element=entry["element"],
                title=entry["title"],
                required=entry["required"],
                denial_reasons=tuple(entry["denial_reasons"]),
                source=entry["source"],
                criteria=_compile(entry["criteria"], codelists, where),
                remedy=entry["remedy"].strip(),
                evidence_hint=entry["evidence_hint"].strip(),
                applies_when=_compile(entry.get("applies_when"), codelists, where),
                origin=raw["id"],
            )
        )
    return items


def load_catalog(data_dir: Path = DATA_DIR) -> Catalog:
    """Load and schema-check every checklist in ``data_dir`` (cached for the default dir)."""
    if data_dir == DATA_DIR:
        return _default_catalog()
    return _load(data_dir)


@cache
def _default_catalog() -> Catalog:
    return _load(DATA_DIR)


def _validator() -> Any:
    import jsonschema  # late: ~40 ms to import, and a stamped catalog needs none of it

    return jsonschema.Draft202012Validator(schema())


def _load(data_dir: Path) -> Catalog:
    raw_lists = read_yaml(data_dir / CODELISTS_FILE) or {}
    codelists = {name: CodeList.from_mapping(name, m) for name, m in raw_lists.items()}
    files = {path: path.read_bytes() for path in sorted(data_dir.glob("*.yaml"))
             if path.name != CODELISTS_FILE}  # fmt: skip
    # The same bytes passed the schema before: not checked again (schema_stamp).
    stamp = schema_stamp.stamp_for(schema_text(), files)
    checked = schema_stamp.passed(stamp)
    validator = None if checked else _validator()
    raw_files: dict[str, dict] = {}
    for path, data in files.items():
        raw = read_yaml(path, data)
        errors = [] if validator is None else sorted(validator.iter_errors(raw),
                                                     key=lambda e: list(e.path))  # fmt: skip
        if errors:
            first = errors[0]
            at = "/".join(str(p) for p in first.absolute_path) or "(top)"
            raise ChecklistError(f"{path.name}: {at}: {first.message}")
        if raw["id"] != path.stem:
            raise ChecklistError(f"{path.name}: id {raw['id']!r} must equal the file name")
        raw_files[raw["id"]] = raw
    if not checked:
        schema_stamp.mark(stamp)
    includes: dict[str, Checklist] = {}
    checklists: dict[str, Checklist] = {}
    for kind in ("include", "checklist"):
        for file_id, raw in raw_files.items():
            if raw["kind"] != kind:
                continue
            items: list[Item] = []
            sources = {s["id"]: s for s in raw["sources"]}
            for include in raw.get("includes", []):
                if include not in includes:
                    raise ChecklistError(f"{file_id}.yaml: includes unknown file {include!r}")
                items.extend(includes[include].items)
                sources = {**includes[include].sources, **sources}
            try:
                items = rewindowed(items, raw.get("included_windows", []))
            except ValueError as error:
                raise ChecklistError(f"{file_id}.yaml: {error}") from error
            unsourced = [w["source"] for w in raw.get("included_windows", [])
                         if w["source"] not in sources]  # fmt: skip
            if unsourced:
                raise ChecklistError(f"{file_id}.yaml: included_windows cite unknown {unsourced}")
            items.extend(_items(raw, codelists, file_id))
            checklist = Checklist(
                id=file_id,
                kind=kind,
                version=raw["version"],
                payer=raw["payer"],
                title=raw["title"],
                topic=raw.get("topic", ""),
                sources=sources,
                applies_to=CodeList.from_mapping(file_id, raw.get("applies_to", {})),
                diagnoses=_resolve_codes(raw.get("diagnoses", {}), codelists, file_id),
                spread_diagnoses=(
                    _resolve_codes(raw["spread_diagnoses"], codelists, file_id)
                    if "spread_diagnoses" in raw else None
                ),
                items=tuple(items),
                includes=tuple(raw.get("includes", [])),
                retired=tuple(r["id"] for r in raw.get("retired", [])),
                not_applicable_elements=dict(raw.get("not_applicable_elements", {})),
                path=str(data_dir / f"{file_id}.yaml"),
                service_diagnoses=tuple(
                    (
                        CodeList.from_mapping(file_id, entry["services"]),
                        _resolve_codes(entry["diagnoses"], codelists, file_id),
                    )
                    for entry in raw.get("service_diagnoses", [])
                ),
            )
            (includes if kind == "include" else checklists)[file_id] = checklist
    return Catalog(checklists, includes, codelists, raw_files)
