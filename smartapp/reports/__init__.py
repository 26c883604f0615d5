"""Saved gap reports and the coordinator worklist: tracked requests, workflow, comments, audit."""
