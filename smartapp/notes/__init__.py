"""Clinical notes: text extraction from every EHR format, and NLP findings with ConText."""

from .extract import decode_inline, extract_text, rank_attachments
from .findings import NoteFinding, NoteInput, find_findings
from .safe_html import sanitize_note_html
