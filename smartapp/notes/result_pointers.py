"""A result field whose value only points at a record kept elsewhere gives no result.

"ECG: see PCP records." in a cardiology consult (blind wave 95, NC/cardiac-imaging-02) says
where the resting ECG's reading might be, not what it showed: the PCP note it pointed at read
"EKG: ***" and the ECG was only ordered, yet the consult's "ECG" met CARD-004 (LCD L35083 asks
for the resting ECG's reading, which decides the kind of stress test). So do "per outside
records", "see scanned", "on file", "in chart", "see media tab", "see flowsheet", "see report".
When the pointed-to result is on record (an ECG Observation or Procedure, another note's
reading), the criterion finds it there; the pointer adds nothing.

Only a value that is the pointer alone, up to the end of its clause: a reading beside it keeps
the field a result ("ECG (see PCP records 3/2): NSR, no ST changes", "ECG: see PCP records,
NSR", "EKG reviewed: NSR"). A request or a wait after the pointer ("see PCP records
(requested)") still reads nothing. Read for the ECG's name (ecg_not_taken.py): a study's name
there stands for its result; an imaging study's name with a pointer ("XR today - see report")
still tells the study was done, which other items count.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: Where the result is said to be: another clinician's or facility's records, a scanned or
#: attached document, a tab or flowsheet of the chart, a report, an order, an addendum.
_PLACE = (
    r"(?:records?|recs?|notes?|chart|emr|ehr|epic|media(?:\s+tab)?|scan(?:ned)?(?:\s+\w+)?|"
    r"attach(?:ed|ments?)|documents?|docs?|reports?|results?(?:\s+(?:tab|section|review))?|"
    r"flow\s*sheets?|tab|orders?|addend(?:um|a)|care\s+everywhere|outside|above|below|"
    r"tracings?|images?|letters?|fax(?:ed)?|packet|encounter|visit)"
)
#: The pointer itself: "see PCP records", "per outside records", "refer to cardiology note",
#: "as per chart", "available in media tab", "scanned into chart", "on file", "in chart",
#: "attached", with at most four words between the verb and the place ("see Dr. Lee's 3/2
#: note").
_POINTER = (
    rf"(?:(?:please\s+)?(?:see|per|as\s+per|refer\s+to|ref\s+to|look\s+(?:in|at)|"
    rf"(?:available|located|found|filed|kept)\s+(?:in|on|under))\s+(?:[^\s.;,:]+\s+){{0,4}}?"
    rf"{_PLACE}|"
    rf"(?:scanned|uploaded|filed)(?:\s+(?:in|into|to|under)\s+(?:the\s+)?{_PLACE})?|"
    rf"on\s+file|in\s+(?:the\s+)?(?:chart|emr|ehr|epic|media(?:\s+tab)?|care\s+everywhere)|"
    rf"attached)"
)
#: The pointer anywhere in a clause (pointed_results.py reads every study result's clause).
POINTER = lazy_re.compile(rf"\b{_POINTER}\b", re.IGNORECASE)
#: A date, a bracketed date or a source after the pointer: "see PCP records 3/2", "(2/2026)".
_AFTER = r"(?:\s*(?:from|of|on|dated|dtd|in)?\s*\(?\d[\d/.-]*\)?)?"
#: A request or a wait after it: "(requested)", "- not yet received", "to be faxed".
_WAIT = (
    r"(?:\s*[(\-\u2013\u2014,]?\s*(?:requested|request(?:ed)?\s+\w+|not\s+(?:yet\s+)?"
    r"(?:received|available|in\s+chart)|pending|awaiting(?:\s+\w+)?|unavailable|"
    r"to\s+be\s+(?:faxed|sent|scanned|obtained))\)?)?"
)
#: The label's end before the value: a colon or a dash, after an optional bracket.
_LABEL_END = r"\s*(?:\([^()\n]{0,30}\)\s*)?(?::|[-\u2013\u2014](?!\w))?"
POINTER_VALUE = lazy_re.compile(
    rf"{_LABEL_END}\s*{_POINTER}{_AFTER}{_WAIT}\s*(?:[.;]|\n|$)",
    re.IGNORECASE,
)


def points_elsewhere(after: str) -> bool:
    """Whether ``after`` (the text right after a result's name, from its label on) is a value
    that only points at a record kept elsewhere, up to the end of its clause: ": see PCP
    records.", " - see flowsheet", " on file", ": per outside records (requested)"."""
    return bool(POINTER_VALUE.match(after))
