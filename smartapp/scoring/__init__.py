"""Readiness scoring and report assembly for one patient and one requested service."""

from .report import choose_service, notes_window, read_bundle, score_bundle, score_record
