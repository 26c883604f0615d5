"""Page layout checks for browser tests: a screenshot at the desktop width and at a 700 px EHR
side panel, and no horizontal overflow at 700 px; console errors collected per page.

    shots = at_widths(page, tmp_path, "worklist")   # 1280 and 700 px PNGs, asserts no overflow
    errors = console_errors(page)                   # call before navigating; check at the end
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

DESKTOP, SIDE_PANEL = 1280, 700
HEIGHT = 900


def widest(page: Any, limit: int) -> list[str]:
    """The elements reaching past ``limit`` px (to say what overflows when something does)."""
    return page.evaluate(
        """(limit) => [...document.querySelectorAll("body *")]
            .filter(e => e.getBoundingClientRect().right > limit + 1)
            .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "")
              + (e.className && typeof e.className === "string" ? "." + e.className : "")
              + " right=" + Math.round(e.getBoundingClientRect().right))""", limit)


def at_widths(page: Any, folder: Path, label: str) -> dict[int, Path]:
    """Screenshot the page at 1280 and 700 px (full page) into ``folder``; at 700 px the
    document must not scroll sideways (document.scrollingElement.scrollWidth <= 700)."""
    shots: dict[int, Path] = {}
    for width in (DESKTOP, SIDE_PANEL):
        page.set_viewport_size({"width": width, "height": HEIGHT})
        path = folder / f"{label}-{width}.png"
        page.screenshot(path=path, full_page=True)
        shots[width] = path
    scroll_width = page.evaluate("() => document.scrollingElement.scrollWidth")
    assert scroll_width <= SIDE_PANEL, (
        f"{label} scrolls sideways at {SIDE_PANEL} px: {scroll_width} px wide; "
        f"{widest(page, SIDE_PANEL)}")
    page.set_viewport_size({"width": DESKTOP, "height": HEIGHT})
    return shots


def console_errors(page: Any, origin: str) -> list[str]:
    """A list that fills with the console errors and uncaught exceptions of the pages at
    ``origin`` (the app; the sandbox's EHR page is not under test) from now on."""
    errors: list[str] = []

    def keep(kind: str, text: str) -> None:
        if page.url.startswith(origin):
            errors.append(f"{kind}: {text} ({page.url})")

    page.on("console", lambda message: keep("error", message.text)
            if message.type == "error" else None)  # fmt: skip
    page.on("pageerror", lambda error: keep("exception", str(error)))
    return errors
