"""Overrides on a live check over real HTTP against the sandbox EHR: a passage typed or selected
in a note is checked against the note as the app reads it (read live: the note is never stored),
the evidence page's "this note documents" form, and the JSON-lines export without the passage."""

from __future__ import annotations

import html as markup
import json
import re

import pytest
from page_forms import csrf_of

pytestmark = pytest.mark.sandbox

NOTE = "DocumentReference/lmri-gapped-note-acute"


def launched(served, practitioner: str = "md-whitfield"):
    browser = served.launch("lmri-gapped", "lmri-gapped-order", practitioner=practitioner)
    page = served.wait_for_report(browser)
    run_id = re.search(r"/checks/([\w-]+)/save", page)[1]
    return browser, page, run_id


def item_block(html: str, item_id: str) -> str:
    return html.split(f'id="item-{item_id}"')[1].split("</article>")[0]


def test_a_typed_passage_is_found_in_the_note_and_a_wrong_one_refused(served):
    browser, page, run_id = launched(served)
    url = f"{served.url}/checks/{run_id}/items/LMRI-004/override"
    form = {"csrf_token": csrf_of(page), "kind": "documented", "reference": NOTE,
            "reason": "Exam findings are in the HPI."}  # fmt: skip
    wrong = browser.post(url, data={**form, "passage": "straight leg raise positive"})
    assert wrong.status_code == 400
    assert f"The passage was not found in {NOTE} as the app reads it" in wrong.text
    assert "straight leg raise positive" in item_block(wrong.text, "LMRI-004")  # kept as typed

    typed = "pain is across the LOW back   without radiation"
    done = browser.post(url, data={**form, "passage": typed}, allow_redirects=False)
    assert done.status_code == 302
    block = item_block(browser.get(f"{served.url}/checks/{run_id}", timeout=30).text, "LMRI-004")
    # The note's own words are kept (and shown), with no "as typed" caveat.
    assert "<q>Pain is across the low back without radiation</q>" in block
    assert "not checked against the note" not in block
    exported = browser.get(f"{served.url}/checks/{run_id}/report.json", timeout=30).json()
    [item] = [i for i in exported["items"] if i["id"] == "LMRI-004"]
    start, end = item["override"]["passage_range"]
    assert end - start == len("Pain is across the low back without radiation")
    assert item["override"]["passage_checked"] is True


def test_a_passage_selected_in_the_note_viewer_marks_the_item(served):
    browser, _page, run_id = launched(served)
    viewer = browser.get(f"{served.url}/checks/{run_id}/evidence/{NOTE}",
                         params={"item": "LMRI-006"}, timeout=30).text  # fmt: skip
    assert "This note documents LMRI-006" in viewer and "js/passage.js" in viewer
    shown = re.search(r'<div class="note-text" data-offset="(\d+)">(.*?)</div>', viewer, re.S)
    offset, text = int(shown[1]), markup.unescape(shown[2])
    words = "He has not tried physical therapy"
    start = offset + text.index(words)
    form = re.search(r'<form method="post" action="([^"]+)" id="passage-form">', viewer)[1]
    response = browser.post(served.url + form, allow_redirects=False, data={
        "csrf_token": csrf_of(viewer), "kind": "documented", "reference": NOTE,
        "passage_start": start, "passage_end": start + len(words), "passage": words,
        "reason": "Limits stated in the HPI."})  # fmt: skip
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/checks/{run_id}#item-LMRI-006")
    block = item_block(browser.get(f"{served.url}/checks/{run_id}", timeout=30).text, "LMRI-006")
    assert f"<q>{words}</q>" in block and "said: documented here." in block
    # A range outside the note is refused with a clear message.
    bad = browser.post(served.url + form, data={
        "csrf_token": csrf_of(viewer), "kind": "documented", "reference": NOTE,
        "passage_start": 5, "passage_end": 900000, "reason": "x"})  # fmt: skip
    assert bad.status_code == 400 and "The selected passage is not in" in bad.text
    # Marked already: the viewer no longer offers the form for that item.
    again = browser.get(f"{served.url}/checks/{run_id}/evidence/{NOTE}",
                        params={"item": "LMRI-006"}, timeout=30).text  # fmt: skip
    assert "passage-form" not in again


def test_the_export_leaves_the_cited_passage_out(served):
    browser, page, run_id = launched(served, practitioner="pa-coordinator")
    passage = "He denies bowel or bladder dysfunction"
    response = browser.post(f"{served.url}/checks/{run_id}/items/LMRI-001/override", data={
        "csrf_token": csrf_of(page), "kind": "documented", "reference": NOTE, "passage": passage,
        "reason": "Red flags were asked about and denied."}, allow_redirects=False)  # fmt: skip
    assert response.status_code == 302
    exported = browser.get(f"{served.url}/overrides/export.jsonl", timeout=30)
    assert exported.status_code == 200
    lines = [json.loads(line) for line in exported.text.splitlines()]
    mine = [line for line in lines if line["item"] == "LMRI-001"]
    assert mine and mine[-1]["passage_given"] is True and mine[-1]["passage_checked"] is True
    assert mine[-1]["reason"] == "Red flags were asked about and denied."
    assert passage.lower() not in exported.text.lower()
    assert "bladder" not in exported.text and "lmri-gapped" not in exported.text
