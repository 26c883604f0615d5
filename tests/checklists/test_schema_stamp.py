"""Checklist files that passed the JSON Schema are not checked again while their bytes are the
same (smartapp/checklists/schema_stamp.py, issue 19); any change is checked again."""

from __future__ import annotations

import shutil

import pytest

from smartapp.checklists import loader
from smartapp.errors import ChecklistError


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTAPP_CHECKLIST_STAMPS", str(tmp_path / "stamps"))
    folder = tmp_path / "data"
    shutil.copytree(loader.DATA_DIR, folder)
    return folder


def test_the_same_files_are_schema_checked_once(data, monkeypatch):
    first = loader.load_catalog(data)
    assert len(list((data.parent / "stamps").iterdir())) == 1

    def no_check():  # the second load must not need the schema
        raise AssertionError("schema checked again")

    monkeypatch.setattr(loader, "_validator", no_check)
    again = loader.load_catalog(data)
    assert again.checklists.keys() == first.checklists.keys()
    assert again.raw == first.raw


def test_a_changed_file_is_checked_again(data):
    loader.load_catalog(data)
    path = data / "caresource-advanced-imaging-lumbar-mri.yaml"
    path.write_text(path.read_text("utf-8").replace("payer: ", "payer_name: ", 1), "utf-8")
    with pytest.raises(ChecklistError, match=r"caresource-advanced-imaging-lumbar-mri\.yaml"):
        loader.load_catalog(data)


def test_an_unwritable_stamp_place_only_means_checking_every_time(data, monkeypatch):
    blocker = data.parent / "stamps"
    blocker.write_text("a file where the folder would go")
    assert loader.load_catalog(data).checklists
    assert loader.load_catalog(data).checklists
