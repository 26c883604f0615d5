"""The C-parsed YAML loader builds the same objects as PyYAML's pure-Python safe loader, on
every YAML file the app and its golden cases ship (smartapp/yamlfile.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from smartapp.yamlfile import SAFE_LOADER, safe_load

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted([*(ROOT / "smartapp").rglob("*.yaml"), *(ROOT / "tests" / "golden").rglob("*.yaml")])


def test_the_c_parser_is_the_one_used():
    assert SAFE_LOADER is yaml.CSafeLoader  # the locked PyYAML wheel ships libyaml


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_same_objects_as_the_pure_python_safe_loader(path):
    text = path.read_text(encoding="utf-8")
    fast, reference = safe_load(text), yaml.safe_load(text)
    assert fast == reference and repr(fast) == repr(reference)  # same types, same order


def test_it_stays_safe():
    with pytest.raises(yaml.constructor.ConstructorError):
        safe_load("!!python/object/apply:os.system ['true']")
