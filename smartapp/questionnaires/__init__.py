"""Checklists as FHIR R4 Questionnaires, and a check's answers as a pre-filled
QuestionnaireResponse (DTR-style, issue 17 part 3). See docs/hooks.md."""
