"""Disagree, with a reason (issue 14): a clinician or coordinator marks a report item "documented
here" (pointing at a record entry or a passage of a note) or "does not apply", sees it on the
report, withdraws it; readiness, the PDF, the JSON and the worklist follow; every change is
audited; coordinators export all overrides as JSON lines (docs/overrides.md).
"""
