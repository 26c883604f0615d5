"""ICD-10-CM lookups (offline, simple-icd-10-cm), imported once with its start-up warning muted.

simple-icd-10-cm 1.5 loads its code table through the deprecated
``importlib.resources.read_text`` and so warns on import; the warning is the library's, not ours,
and pytest runs with warnings as errors.
"""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import simple_icd_10_cm as _icd


def exists(code: str) -> bool:
    """True when ``code`` (dotted or not) is an ICD-10-CM code or category."""
    return bool(_icd.is_valid_item(code))


def is_billable(code: str) -> bool:
    """True when ``code`` exists and is a leaf (billable, most specific)."""
    return exists(code) and bool(_icd.is_leaf(code))


def billable_children(code: str) -> list[str]:
    """The billable (leaf) codes under a category, dotted."""
    return [_icd.add_dot(c) for c in _icd.get_descendants(code) if _icd.is_leaf(c)]


def description(code: str) -> str:
    """The ICD-10-CM description of ``code`` ("" when the code does not exist)."""
    return str(_icd.get_description(code)) if exists(code) else ""
