"""YAML data files, parsed by libyaml's C parser when PyYAML was built with it.

PyYAML's pure-Python parser was most of a cold ``smartapp score`` beyond the imports (the
checklists, note targets, sections and regions files: ~0.5 s of CPU); the C parser feeds the
same safe constructor, so the objects are the same (tests/test_yamlfile.py compares both on every
shipped file), about ten times faster. Without libyaml the pure-Python safe loader is used.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    """``yaml.safe_load``, with the C parser when there is one."""
    return yaml.load(stream, Loader=SAFE_LOADER)  # noqa: S506 -- SafeLoader or CSafeLoader
