"""The coordinator dashboard (issue 18): the worklist's requests as charts drawn on the server —
by status and readiness, the elements most often missing by service and by ordering clinician,
denials and appeal outcomes by month, upcoming appeal deadlines — each with its table."""
