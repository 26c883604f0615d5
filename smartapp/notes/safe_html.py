"""Note HTML made safe to show in a page (nh3): formatting tags kept; scripts, event handlers,
attributes and links dropped.

Split out of extract.py, which turns notes into plain text for analysis; this is for display.
"""

from __future__ import annotations

import nh3

SAFE_TAGS = {
    "p",
    "br",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "div",
    "span",
    "pre",
    "blockquote",
    "hr",
    "dl",
    "dt",
    "dd",
    "sub",
    "sup",
}


def sanitize_note_html(markup: str) -> str:
    """HTML safe to show in a page: formatting kept; scripts, handlers and links dropped."""
    return nh3.clean(
        markup,
        tags=SAFE_TAGS,
        attributes={},
        url_schemes=set(),
        clean_content_tags={"script", "style"},
        link_rel=None,
    )
