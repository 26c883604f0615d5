"""A clinician's attestations given through the check page, and the check saved through it: the
steps the saved-report and download tests share (a plain module: see page_forms.py)."""

from __future__ import annotations

from page_forms import csrf_of

CLINICIAN = "Practitioner/md-whitfield"


def attest(client, run_id: str, **answers: str) -> None:
    page = client.get(f"/checks/{run_id}").text
    data = {f"answer-{item}": value for item, value in answers.items()}
    answered = client.post(f"/checks/{run_id}/attestations",
                           data={"csrf_token": csrf_of(page), **data})  # fmt: skip
    assert answered.status_code == 302, answered.text[:400]


def save(client, run_id: str) -> int:
    page = client.get(f"/checks/{run_id}").text
    saved = client.post(f"/checks/{run_id}/save", data={"csrf_token": csrf_of(page)})
    assert saved.status_code == 302, saved.text[:400]
    return int(saved.headers["Location"].rsplit("/", 1)[1])
