"""The compact ICD-10-CM table answers exactly as simple-icd-10-cm does (issue 19).

Compared on every edge the app meets: chapters and blocks (headers), categories that are not
billable, billable codes with and without their dot, 7th-character extensions, a block named
like its only category (B99), unknown and malformed codes; plus a seeded sample of the rest.
"""

from __future__ import annotations

import random
import warnings

import pytest

from smartapp.checklists import icd10

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # the library's own import warning
    import simple_icd_10_cm as library

EDGES = [
    "13", "1", "22", "23",  # chapters (and one that does not exist)
    "M50-M54", "A00-A09", "B99", "B99.8",  # blocks; B99 is a block and its only category
    "M54", "M54.1", "M54.5", "E11", "E11.6",  # categories and subcategories, not billable
    "M54.16", "M5416", "M54.50", "E11.9", "E119", "G47.33",  # billable, dotted and not
    "S72.001A", "S72001A", "T81.4XXA", "T814XXA",  # 7th-character extensions
    "Q99.99", "ZZZ", "", "M54.", "M54..16", "m54.16", "M54.16 ", " M54.16", "M54.16X",
    "M54.1\x00", "É11", "M54.16.1", "S72.001AA",  # unknown or malformed
]  # fmt: skip


def sample() -> list[str]:
    codes = library.get_all_codes(with_dots=True)
    picked = random.Random(19).sample(codes, 1500)  # a seeded test sample
    return EDGES + picked + [code.replace(".", "") for code in picked[:500]]


def library_answers(code: str) -> tuple[bool, bool, str]:
    valid = bool(library.is_valid_item(code))
    billable = valid and bool(library.is_leaf(code))
    return valid, billable, str(library.get_description(code)) if valid else ""


def test_exists_billable_and_description_match_the_library():
    differ = [
        code for code in sample()
        if library_answers(code)
        != (icd10.exists(code), icd10.is_billable(code), icd10.description(code))
    ]  # fmt: skip
    assert differ == []


@pytest.mark.parametrize("code", ["M54", "M54.1", "M5411", "B99", "E11.6", "S72.00", "M50-M54"])
def test_billable_children_match_the_library(code):
    expected = [library.add_dot(c) for c in library.get_descendants(code) if library.is_leaf(c)]
    assert icd10.billable_children(code) == expected


def test_billable_children_of_an_unknown_code_is_an_error_as_in_the_library():
    with pytest.raises(ValueError, match="does not exist"):
        icd10.billable_children("Q99.99")


def test_a_missing_table_is_built_on_first_use(tmp_path, monkeypatch):
    from smartapp.checklists.icd10_table import ensure_table

    target = tmp_path / "share" / "icd10cm.table"
    monkeypatch.setenv("SMARTAPP_ICD10_TABLE", str(target))
    assert ensure_table() == target and target.stat().st_size > 1_000_000
    assert not list(target.parent.glob("*.partial"))
