"""Osteonecrosis as a radiology read states it (blind wave 16, BB/tsa-03): a film reads the
necrosis by what it shows and stages it, "collapse of humeral head articular surface (Cruess
stage IV)", "femoral head collapse, Ficat III", "ARCO stage 3B", without writing "avascular
necrosis". These are the humeral head collapse TSA-001's remedy asks for. A collapse that is
not the head's, a stage with no system, or a collapse ruled out is none."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _shoulder(text: str) -> dict:
    return record("23472", _note("n1", "2026-02-20", text), reason="M87.111")


def test_a_film_that_reads_head_collapse_or_an_avn_stage_is_the_finding():
    for text in (
        "Radiology XR R shoulder 01/28/2026: collapse of humeral head articular surface "
        "(Cruess stage IV) with secondary glenoid changes.",
        "XR right shoulder 1/28/26: humeral head collapse with glenoid wear.",
        "Right shoulder radiographs: Cruess stage III changes of the humeral head.",
        "MRI R shoulder 1/2026: flattening and collapse of the humeral head.",
        "XR R shoulder: articular surface collapse of the humeral head.",
    ):
        assert status(_shoulder(text), "TSA-001")["status"] == "met", text


def test_no_collapse_or_a_stage_without_a_system_is_not():
    for text in (
        "XR R shoulder 01/28/2026: no humeral head collapse. Joint space preserved.",
        "XR R shoulder 01/28/2026: normal. Stage IV lupus nephritis per rheum.",
        "R shoulder pain. Near-collapse at work last week, cleared by ED.",
        "XR R shoulder 01/28/2026: unremarkable. Pt nearly collapsed with pain.",
    ):
        assert status(_shoulder(text), "TSA-001")["status"] != "met", text
