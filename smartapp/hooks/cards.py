"""CDS Hooks cards from a gap report: what a clinician reads in two seconds while ordering.

One card per checked order. The indicator follows the readiness rule the app's pages use
(``smartapp.checklists.engine.readiness_state``): ``info`` when ready, ``warning`` when not ready
or incomplete. ``critical`` is never used: CDS Hooks reserves it for what must stop the clinician,
and a documentation gap does not put the patient at risk. The summary names the count and the
first gaps (under 140 characters); the detail lists every gap with what to document; the
``smart`` link opens the app on this patient and order (``appContext`` names the order).
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from .. import lazy_re

SUMMARY_LIMIT = 140
#: Item statuses the readiness rule counts as open (smartapp.checklists.engine.readiness_state).
OPEN = ("missing", "partial", "unknown")
SOURCE = {
    "label": "Prior-auth documentation check (CareSource checklists)",
    "topic": {"system": "http://smartapp.example/cds-topic", "code": "pa-documentation",
              "display": "Prior-authorization documentation"},
}  # fmt: skip
#: Why a clinician may dismiss a card; sent back with the feedback and kept in the audit.
OVERRIDE_REASONS = [
    {"system": "http://smartapp.example/cds-override", "code": "documented-elsewhere",
     "display": "It is documented; the check did not find it"},
    {"system": "http://smartapp.example/cds-override", "code": "will-document",
     "display": "I will document it before the request goes out"},
    {"system": "http://smartapp.example/cds-override", "code": "not-applicable",
     "display": "The requirement does not apply to this patient"},
]  # fmt: skip


def short_title(title: str) -> str:
    """An item's title without its parenthesis or clause after a dash: the words that name it."""
    text = re.sub(r"\s*\([^)]*\)", "", title)
    return re.split(r"\s+[—–-]\s+", text, maxsplit=1)[0].strip()


def _name_list(count: int, noun: str, titles: list[str], room: int) -> str:
    """'2 required gaps: A, B' — as many names as fit in ``room``, then '+N more'."""
    head = f"{count} {noun}{'' if count == 1 else 's'}"
    shown: list[str] = []
    for index, title in enumerate(titles):
        rest = len(titles) - index - 1
        candidate = head + ": " + ", ".join([*shown, title]) + (f", +{rest} more" if rest else "")
        if len(candidate) > room:
            break
        shown.append(title)
    if not shown:
        return head
    more = len(titles) - len(shown)
    return head + ": " + ", ".join(shown) + (f", +{more} more" if more else "")


def service_words(report: dict[str, Any]) -> str:
    """What was ordered, as the order says it (else the code the checklist was chosen by)."""
    order = report.get("order") or {}
    service = report["service"]
    return str(order.get("text") or f"{service['system'].upper()} {service['code']}")


def summary_of(report: dict[str, Any]) -> str:
    """The card's one line: the state and the first gaps, in the checklist's own words."""
    items = report["items"]
    gaps = [short_title(i["title"]) for i in items
            if i["required"] and i["status"] in ("missing", "partial")]  # fmt: skip
    unknown = [short_title(i["title"]) for i in items
               if i["required"] and i["status"] == "unknown"]  # fmt: skip
    if report["state"] == "ready":
        open_items = sum(not i["required"] and i["status"] in OPEN for i in items)
        text = f"Prior-auth documentation complete: {service_words(report)}"
        if open_items:
            text = (f"Required documentation complete; {open_items} recommended "
                    f"item{'' if open_items == 1 else 's'} open")  # fmt: skip
    elif gaps:
        text = _name_list(len(gaps), "required gap", gaps, SUMMARY_LIMIT - 1)
    else:
        text = _name_list(len(unknown), "required item not checked", unknown, SUMMARY_LIMIT - 1)
    return text if len(text) < SUMMARY_LIMIT else text[: SUMMARY_LIMIT - 2] + "…"


def detail_of(report: dict[str, Any]) -> str:
    """Markdown: every required gap with what to document, then what could not be checked."""
    service, checklist = report["service"], report["checklist"]
    lines = [f"**{report['headline']}** — {service_words(report)} "
             f"({service['system'].upper()} {service['code']}), "
             f"checklist {checklist['id']} v{checklist['version']}.", ""]  # fmt: skip
    sections = (
        ("Required, not documented",
         lambda i: i["required"] and i["status"] in ("missing", "partial")),
        ("Required, could not be checked", lambda i: i["required"] and i["status"] == "unknown"),
        ("Recommended, not documented", lambda i: not i["required"] and i["status"] in OPEN),
    )  # fmt: skip
    for heading, wanted in sections:
        chosen = [item for item in report["items"] if wanted(item)]
        if not chosen:
            continue
        lines.append(f"{heading}:")
        lines += [f"- **{item['title']}** — {' '.join(str(item['remedy'] or '').split())}"
                  for item in chosen]  # fmt: skip
        lines.append("")
    if report.get("warnings"):
        lines.append("Some of the record could not be read; open the check for details.")
    return "\n".join(lines).strip()


#: An order a card's link may name: a ServiceRequest, or a DeviceRequest for equipment.
ORDER_REF = lazy_re.compile(r"(ServiceRequest|DeviceRequest)/[A-Za-z0-9.-]{1,64}")


def app_link(launch_url: str, order_ref: str) -> dict[str, Any]:
    """The SMART link: the EHR launches the app here; appContext names the order to check."""
    return {
        "label": "Open the documentation check for this order",
        "url": launch_url,
        "type": "smart",
        "appContext": json.dumps({"order": order_ref}),
    }


def order_from_app_context(app_context: object) -> str | None:
    """The order a card's link named (``appContext`` as the EHR passed it through at launch):
    ``ServiceRequest/<id>`` or ``DeviceRequest/<id>`` (an equipment order), or None for anything
    else (the app then checks the newest order)."""
    try:
        value = json.loads(app_context) if isinstance(app_context, str) else None
    except ValueError:
        return None
    order = value.get("order") if isinstance(value, dict) else None
    if isinstance(order, str) and ORDER_REF.fullmatch(order):
        return order
    return None


def report_card(
    report: dict[str, Any], order_ref: str, launch_url: str, suggestions: list | None = None
) -> dict[str, Any]:
    """The card for one order's finished check (``suggestions``: smartapp.hooks.suggestions)."""
    card = {
        "uuid": str(uuid.uuid4()),
        "summary": summary_of(report),
        "detail": detail_of(report),
        "indicator": "info" if report["state"] == "ready" else "warning",
        "source": SOURCE,
        "links": [app_link(launch_url, order_ref)],
        "overrideReasons": OVERRIDE_REASONS if report["state"] != "ready" else [],
    }
    if suggestions:
        card["suggestions"] = suggestions
        card["selectionBehavior"] = "at-most-one"  # one diagnosis to add, of the candidates
    return card


def could_not_check_card(topic: str, why: str, order_ref: str, launch_url: str) -> dict[str, Any]:
    """The card when the check could not finish in time or at all: say so, never 'ready'."""
    return {
        "uuid": str(uuid.uuid4()),
        "summary": f"Could not check the documentation for {topic}"[: SUMMARY_LIMIT - 1],
        "detail": f"{why} Open the check to run it in full.",
        "indicator": "warning",
        "source": SOURCE,
        "links": [app_link(launch_url, order_ref)],
    }
