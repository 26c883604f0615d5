"""The project's own prior-authorization scenario patients (synthetic), built by ``build.py``.

Each scenario exists as a documentation-complete and a documentation-gapped variant, written the
way Epic and Oracle Health return data (ICD-10-CM + SNOMED on Conditions, CPT/HCPCS on orders, NPI
on the requester, CareSource Coverage, notes as DocumentReference -> Binary renditions).
"""
