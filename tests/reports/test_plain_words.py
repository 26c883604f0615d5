"""What a user reads names people and things in words (issue 18): every main page, rendered with
the scenario data through the app, shows no raw ``Practitioner/``/``Patient/`` reference, no
code-system URL, no value-set id, no camelCase field name and no "seed" wording outside the
evidence details (the quoted references under an item, which keep their technical form)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from appeal_helpers import AS_OF, CLINICIAN, COORDINATOR, record_denial, store_packet
from page_forms import csrf_of, version_of
from report_actors import save

from smartapp import create_app
from smartapp.db import session_factory
from smartapp.models import CheckRun
from smartapp.people import remember

#: Elements whose text is evidence detail (a cited reference, its quote) or not shown at all.
SKIPPED_CLASSES = {"evidence", "ref", "citations"}
SKIPPED_TAGS = {"script", "style", "head", "datalist", "code", "option"}
RAW = [
    re.compile(r"\b(Practitioner|PractitionerRole|Patient)/[A-Za-z0-9.-]+"),
    re.compile(r"https?://(snomed|loinc|hl7|terminology|www\.ama-assn|www\.cms|www\.nlm)\S*"),
    re.compile(r"\burn:oid:"),
    re.compile(r"\b[a-z]+(-[a-z]+){2,}-(medications|codes|conditions|procedures)\b"),  # value sets
    re.compile(r"\b[a-z]+[A-Z][a-z]+[A-Za-z]*\b"),  # camelCase field names (authoredOn)
    re.compile(r"\b[Ss]eed \d+|project seed|project's seed", re.I),
]


class VisibleText(HTMLParser):
    """The text a user reads: skips hidden containers and evidence details."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "input", "meta", "link", "img", "hr", "source", "wbr"):
            return
        classes = set((dict(attrs).get("class") or "").split())
        skipped = tag in SKIPPED_TAGS or bool(classes & SKIPPED_CLASSES)
        self.stack.append(skipped or bool(self.stack and self.stack[-1]))

    def handle_endtag(self, tag):
        if self.stack and tag not in ("br", "input", "meta", "link", "img", "hr"):
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


def visible(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def offences(text: str) -> list[str]:
    found = []
    for pattern in RAW:
        for match in pattern.finditer(text):
            start = max(0, match.start() - 60)
            found.append(f"{match.group(0)!r} in …{text[start:match.end() + 40]}…")
    return found


@pytest.fixture
def app(tmp_path):
    return create_app({
        "TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'plain.sqlite3'}",
        "COORDINATORS": {"sandbox-plain": [COORDINATOR]}, "AS_OF": AS_OF,
    })  # fmt: skip


def test_no_page_a_user_reads_shows_raw_ids_urls_or_field_names(app, client, actors):
    with app.app_context():  # as the launches would have read them from the EHR
        remember(CLINICIAN, "Dr. Ana Whitfield")
        remember(COORDINATOR, "Dana Okafor")
    clinician = actors.session(CLINICIAN)
    run = actors.run(clinician, "lmri-gapped", "Derek Halloran")
    actors.sign_in(client, clinician)
    pages = {"check": client.get(f"/checks/{run.id}").text}
    request_id = save(client, actors, clinician, "lmri-gapped", "Derek Halloran")
    coordinator = actors.session(COORDINATOR)
    actors.sign_in(client, coordinator)
    page = client.get(f"/requests/{request_id}").text
    client.post(f"/requests/{request_id}/status", data={
        "csrf_token": csrf_of(page), "version": version_of(page), "status": "in_progress",
        "comment": "Asked for the PT notes"})  # fmt: skip
    page = client.get(f"/requests/{request_id}").text
    client.post(f"/requests/{request_id}/assign", data={
        "csrf_token": csrf_of(page), "version": version_of(page), "assignee": COORDINATOR})
    assert record_denial(client, request_id).status_code == 302
    packet_id = store_packet(app, request_id)
    request_page = client.get(f"/requests/{request_id}").text
    print_url = re.search(r'href="(/requests/\d+/reports/\d+/print)"', request_page)[1]
    pages |= {
        "worklist": client.get("/worklist").text,
        "request": request_page,
        "audit": client.get("/audit").text,
        "print": client.get(print_url).text,
        "packet": client.get(f"/requests/{request_id}/packets/{packet_id}").text,
        "p2p": client.get(f"/requests/{request_id}/packets/{packet_id}/p2p").text,
        "digest": client.get("/appeals/digest").text,
    }
    assert all("Something went wrong" not in html for html in pages.values())
    found = {name: offences(visible(html)) for name, html in pages.items()}
    assert not any(found.values()), "\n".join(
        f"{name}: {line}" for name, lines in found.items() for line in lines)
    # People by name and role, not by id.
    assert "Dr. Ana Whitfield (clinician)" in visible(pages["audit"])
    assert "Dana Okafor (coordinator)" in visible(pages["request"])


def test_after_choosing_a_service_the_page_says_what_it_checks(app, client, actors):
    clinician = actors.session(CLINICIAN)
    run = actors.run(clinician, "lmri-gapped", "Derek Halloran")
    with session_factory(app)() as db:  # a launch without an order, as the picker leaves it
        row = db.get(CheckRun, run.id)
        row.order_ref, row.requested_service = None, "72148"
        db.commit()
    actors.sign_in(client, clinician)
    line = visible(client.get(f"/checks/{run.id}").text.split('class="muted context-line"')[1]
                   .split("</p>")[0])  # fmt: skip
    assert "newest draft or active order" not in line
    assert "Service chosen: 72148 · its order in the record: MRI lumbar spine" in line
