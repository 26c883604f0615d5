"""The population worklist (issue 16): score every patient of an EHR with a checkable order from
a SMART Backend Services + Bulk Data export, and put the results on the coordinators' worklist.

- :mod:`.auth`: the backend-services token for an EHR entry's ``backend`` block;
- :mod:`.bulk`: the Bulk Data client (kick-off, polling, NDJSON streaming, cancel), and
  :mod:`.manifest`: what it hands back (the manifest's files, the lines read from them);
- :mod:`.runs`, :mod:`.export`, :mod:`.patient`: the run, its export task and its patient tasks,
  started through :func:`.dispatch.dispatch`; :mod:`.staging`: the export's files read into the
  staging table;
- :mod:`.views`, :mod:`.cli`, :mod:`.schedule`: the run page, ``smartapp population`` and the
  nightly schedule definition.
"""
