"""The local sandbox EHR: Medplum's in-memory FHIR engine behind an authlib OAuth server.

It behaves like the EHRs the app meets in production (SMART discovery, enforced tokens and
scopes, Epic / Oracle Health quirks, injected faults) so the demo, the tests and the benchmarks
run against something real on 127.0.0.1.
"""
