"""The vocabulary files hold each key once: YAML keeps the last of two equal keys silently, so a
merge that adds a second ``clinical-notes:`` category (or a code list twice) would drop every
concept or code of the first without any error."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
FILES = [
    ROOT / "smartapp" / "notes" / "targets.yaml",
    ROOT / "smartapp" / "checklists" / "data" / "codelists.yaml",
]


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping with a repeated key."""


def _mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict:
    keys = [loader.construct_object(key) for key, _ in node.value]
    repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
    if repeated:
        raise yaml.constructor.ConstructorError(
            None, None, f"repeated keys {repeated}", node.start_mark
        )
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_vocabulary_file_has_no_repeated_key(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


def test_a_repeated_key_is_caught() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="clinical-notes"):
        yaml.load(
            "categories:\n  clinical-notes: {a: [x]}\n  clinical-notes: {b: [y]}\n",
            Loader=_UniqueKeyLoader,
        )
