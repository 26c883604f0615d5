"""The ``reports`` blueprint object, the template helpers its pages share, and its registration.

Its routes live by concern: :mod:`.views` (the worklist, a tracked request's page, the audit
trail), :mod:`.change_views` (status, assignee, comments) and :mod:`.export_views` (a saved
version's downloads, print view and write-back).
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, Flask, request

from . import fragments
from .audit_words import audit_details, patient_label

bp = Blueprint("reports", __name__)
bp.add_app_template_global(audit_details)
bp.add_app_template_global(patient_label)
bp.add_app_template_global(fragments.filters_form)
bp.add_app_template_global(fragments.page_header)


@bp.app_template_global()
def query_with(**changes: object) -> str:
    """The current query string with some parameters replaced (worklist paging)."""
    args = request.args.copy()
    for name, value in changes.items():
        args[name] = str(value)
    return urlencode(list(args.items(multi=True)))


@bp.app_template_filter("isolate")
def isolate(text: object) -> str:
    """EHR- or user-supplied text in a place that takes no markup (a page title): wrapped in
    FSI…PDI, the plain-text form of ``<bdi>``, so a right-to-left override inside it cannot
    reorder the text around it."""
    return f"\u2068{text}\u2069"


def init_app(app: Flask) -> None:
    """Register the reports pages (their modules add their routes to :data:`bp` on import)."""
    from . import change_views, export_views, views  # noqa: F401 - their routes join bp

    app.register_blueprint(bp)
