"""Exports of gap reports and appeal packets: PDF (fpdf2) and FHIR DocumentReference write-back.

Pure builders; the pages decide when to call them. See docs/appeals.md §6.
"""

from .pdf import appeal_packet_pdf, gap_report_pdf
from .writeback import build_document_reference, can_write_back, write_back
