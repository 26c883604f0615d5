"""A code list entry written when the code was billable keeps meaning its condition after
ICD-10-CM makes it a category (blind wave 24, CH/aim-03): FY2026 split multiple sclerosis G35
into G35.A-G35.D, and the lists named "G35" exactly, so a record coded G35.A paired with nothing
(CSU-005 missing for MRI brain 70553). FY2025 did the same to M51.37 (M51.370-M51.379). An
entry that is now a category covers its billable children; a leaf entry still matches only
itself."""

from __future__ import annotations

import pytest
import yaml

from smartapp.checklists import icd10
from smartapp.checklists.codelist import CodeList
from smartapp.checklists.loader import DATA_DIR

from .test_judgement import record, status


@pytest.mark.parametrize("code", ["G35.A", "G35.B1", "G35.D"])
def test_multiple_sclerosis_coded_under_the_new_category_supports_brain_mri(code):
    assert status(record("70553", reason=code), "CSU-005")["status"] == "met"


def test_a_category_entry_covers_its_children_and_a_leaf_entry_only_itself():
    codes = CodeList.from_mapping("t", {"icd10cm": ["G35", "M54.2"]})
    assert codes.contains("icd10cm", "G35.C2")
    assert codes.contains("icd10cm", "G35")  # a record may still carry the category itself
    assert not codes.contains("icd10cm", "G36.0")  # other demyelinating disease: not G35
    assert not codes.contains("icd10cm", "M54.20")  # M54.2 is a leaf: nothing below it


def _icd_entries(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "icd10cm" and isinstance(value, list):
                found.append(value)
            else:
                _icd_entries(value, found)
    elif isinstance(node, list):
        for value in node:
            _icd_entries(value, found)
    return found


def test_every_category_entry_in_the_shipped_lists_matches_all_its_billable_children():
    # Catches the next fiscal year's split too: any entry written without "*" that the code
    # table no longer has as a leaf must still pair every code under it.
    missed = []
    for path in sorted(DATA_DIR.glob("*.yaml")):
        for entries in _icd_entries(yaml.safe_load(path.read_text("utf-8")), []):
            codes = CodeList.from_mapping(path.name, {"icd10cm": entries})
            for entry in map(str, entries):
                bare = entry.rstrip("*")
                if not icd10.exists(bare) or icd10.is_billable(bare):
                    continue
                missed += [
                    f"{path.name}: {entry} -> {child}"
                    for child in icd10.billable_children(bare)
                    if not codes.contains("icd10cm", child)
                ]
    assert missed == []
