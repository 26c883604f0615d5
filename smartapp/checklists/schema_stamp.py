"""A stamp for checklist files that passed the JSON Schema: the same bytes are not checked again.

Checking every checklist against ``checklist.schema.json`` is half of loading the catalog (about
0.15 s of CPU in a cold ``smartapp score``, issue 19), and the files only change with a release
or an edit. After the files pass, an empty file named by the SHA-256 of the schema and of every
checklist file (name and bytes) is written beside the ICD-10-CM table; a later load that finds
the stamp for the very same bytes skips the schema check. Any change to any file (or to the
schema) is a new digest, so it is checked again. Where the stamp cannot be written (a read-only
environment) every load checks, as before.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def stamp_dir() -> Path:
    """``SMARTAPP_CHECKLIST_STAMPS``, else beside the ICD-10-CM table under the environment."""
    configured = os.environ.get("SMARTAPP_CHECKLIST_STAMPS")
    if configured:
        return Path(configured)
    return Path(sys.prefix) / "share" / "smartapp" / "checklists-valid"


def stamp_for(schema_text: str, files: dict[Path, bytes]) -> Path:
    """The stamp of these files' bytes under this schema."""
    digest = hashlib.sha256(schema_text.encode("utf-8"))
    for path in sorted(files):
        digest.update(b"\x00" + path.name.encode("utf-8") + b"\x00" + files[path])
    return stamp_dir() / digest.hexdigest()


def passed(stamp: Path) -> bool:
    return stamp.is_file()


def mark(stamp: Path) -> None:
    """Record that the files passed; a place that cannot be written is no error."""
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.touch()
    except OSError as error:
        log.debug("checklist stamp not written: %s", type(error).__name__)
