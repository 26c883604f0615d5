"""Clinical notes: text extraction from every EHR format, and NLP findings with ConText."""

from .extract import decode_inline, extract_text, rank_attachments, sanitize_note_html
from .findings import NoteFinding, NoteInput, find_findings
