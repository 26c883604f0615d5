"""Honesty when a note cannot be read: every note of every accuracy case, made unreadable in
each way an EHR really does it, must never make an item met, never make a gap out of evidence
the app could not read, and never let the record read "ready" while a note it needed is unread.

For each case in tests/accuracy/cases (loaded and scored as bench/accuracy.py does) and each
DocumentReference in its bundle, one trial per WAY (its only rendition replaced): a Binary the
bundle cannot resolve (404), a PDF of non-text bytes, image/tiff, corrupt base64, whitespace
text, an RTF and an HTML that decode to nothing. The trial is scored and compared with the case
scored as written; the invariants (docs/unreadable-input.md):

  (a) no item becomes met (or not_applicable) that was not so with the note readable;
  (b) an item whose status moved because the note is unread is ``unknown`` ("could not be
      checked"), never missing/partial, and its text names the note;
  (c) the record is never "ready" unless it was ready with the note readable.

Prints the number of (case, note, way) trials and every violation grouped by cause
(invariant, way, item).

Baseline (branch s33-c2, 2039 cases, 4,282 notes): 29,974 trials, 27 violations per way, the
same in all seven -- 21 (a) and the 6 (c) they cause, all one class: a note whose text
*discounts* coded or other evidence (an order stopped per the notes, a course of care the notes
date later or shorter, a statement copied forward from it, the start of care or the test date
it gives, a later test it reports). Unread, the evidence it discounted counts. Left: a met
that any unread note in the window could contradict would be "could not check" everywhere a
note is unread, so each discounting rule needs its own answer (onsets.py has one).
Before that branch's fixes: an empty rendition read as a note without the evidence ("missing"),
items that could not be checked did not name the notes, and after/before/latest, any_of,
plan reviews by title, "no evaluation yet", in-force plan windows and problem-list onsets
made gaps or mets of unread notes.

Branch s34-f1 (2183 cases, 4,613 notes; way binary-404 only, the ways agreeing): 31 violations
before it (24 (a), 7 (c)), 20 after (14 (a), 6 (c)). Now "could not check", naming the notes: an
open medication order met on its status, or carrying a care episode, with a note written after
it began unread (unread_stops.py: INF-002, TKA-002, KAS-003, CGM-001 twice each, AIM-003); a
procedure met on its coded side with its day's note unread (unread_sides.py: HYA-003). Left:
start-of-care and face-to-face windows a note dates (HHC-001/004), a plan that bounds care
counted back (SPS-009), the side a plan gives the order (TSA-001), visit-about readings, others.

Branch s36-m5 (on d58762f): now "could not check", naming the note, too: care with no date of its
own that a plan or first visit in another note places (a drug said stopped after a week, weeks
counted back) with an earlier note unread (unread_anchors.py: SPS-009 x2, TSA-002 x2, THA-002,
AIM-003), and "X-rays reviewed" at its visit's day with a note from before the window unread
(unread_films.py: HYA-001). The imaging, spine and hyaluronan cases (460): 0 violations.

Stop 38, whole corpus (3,671 cases, 7,455 notes, way binary-404): 32 violations (20 a, 5 b, 7 c)
before, 25 after (20 a, 5 b, 0 c): the readiness verdict now counts the notes the check opened
and could not read, and a record with every item met is "Incomplete: N notes could not be read"
(readiness.readiness_state's ``notes_unread``). Invariant (c) holds by construction; the 20 (a)
items -- HHC-001, INF-001/007, WLK-002, WHC-004, OCC-002 twice each, others once -- still read
met with their discounting note unread, each needing its own answer.

Stop 39 (branch s40-u, 3,815 cases, 7,788 trials, way binary-404): 25 violations (20 a, 5 b)
before, 6 (all a) after. No gap is blamed on an unread note now: a follow-up exam with no trial
dated asks the episode's 90 days (LMRI-004 x4), and an item whose exception reads an unread note
is "could not check" (BAR-002). Now "could not check", naming the notes: a met only on a form's
ticked boxes (unread_ticks.py: WLK-002, WHC-004 x2 each, BED-001, BAR-003); care or a drug a
newer unread note may take back, a medication list or an open order it may call never taken
(unread_denials.py, unread_stops.py: INF-001/007, OCC-002 x2 each); a later reading (latest:
OXY-001) or an earlier sleep test (before: CPAP-003) an unread note may hold. Left: HHC-001 x2,
HHC-004 (a start of care or plan period a note states), OCC-003 (an FCE meeting the job),
LMRI-004 (an exam copied forward from the unread note), INF-002 (P/infl-03).

Branch s40-f (3,959 cases, 8,088 trials, way binary-404): INF-002 (P/infl-03) now "could not
check": an episode long enough only by carrying coded care across a pause to later care, with a
note written after that care ended unread (unread_stops.unread_pause). Left 5: HHC-001, HHC-004,
OCC-003, LMRI-004, THA-001 (EW/hip-02, a newer wave).

End of stop 39 (4,247 cases, 8,610 trials, way binary-404): 10 violations before the last fix
(5 a; 5 b: HHC-001 met -> missing, today's start-of-care window moved off the visit by the
order's date of service when the note stating the start was unread), 5 after (all a: HHC-001,
HHC-004, OCC-003, LMRI-004, THA-001): a face-to-face gap found with a note unread is now "could
not check", naming the notes (start_window.py).

End of stop 40 (4,535 cases, 9,138 trials, way binary-404): 6 violations -- the same 5 (a)
(HHC-001, HHC-004, OCC-003, LMRI-004, THA-001) and one (b) from wave 45, new this stop:
FO/aim-03's AIM-001 turns missing -> unknown with doc3 unread but does not name the note.

End of stop 41 (5,183 cases, 10,475 trials, way binary-404): 7 violations before the last fix --
5 (a): HHC-001 x2 (DB/hh-03, and GH/home-health-02 from wave 50), HHC-004, OCC-003, LMRI-004; and
2 (b): IPN-004/007 on GB/spinal-injections-02, which this stop's ablation rule (exam before the
first block) brought: the record as of the block's day could not be read and the gap stood.
Fixed after the run (sequence.before returns that "could not check"; 0 on the case). Fixed
before it: FO/aim-03's AIM-001 (an unread note from before the window no longer blocks the
judgement) and EW/hip-02's THA-001 (a dated restatement with that month's report unread).

Stop 42 (branch s44-u; the home-health, work-rehab and lumbar-MRI cases: 675 cases, 1,660
trials, way binary-404): the five (a) left, 5 violations before, 0 after: a start of care no read
text states with the plan of care unread (HHC-001 x2, start_window.py), an amending order whose
plan is unread (HHC-004, unread_amendments.py), a letter's exam whose original may be unread
(LMRI-004, unread_clones.py), limits an unread FCE may overtake (OCC-003, unread_capacity.py).
Then the whole corpus with the stop's other changes merged (8086706b: 5,327 cases with blind
wave 51, 10,785 trials, way binary-404): **0 violations** -- the first whole-corpus run with none.
On the stop's final tree (27968505, after wave 51's fixes): 1 -- GK/cpap-03's CPAP-002 turns
partial -> met with doc-5 unread: the office note's "REI 4.6 (4%)" is what sets the report's
"Using 3% rule, RDI 9" aside, and the report's own REI is not read ("REI (4% desaturation rule)
4.6/h"). Left for the next stop: an index met only under the 3% rule, with a note unread.

Branch s46-a (the CPAP, sleep-study and home-oxygen cases: 701 cases, 1,231 trials, way
binary-404): 1 violation before (GK/cpap-03's CPAP-002), 0 after: an index that qualifies only
under the 3% rule is "could not check", naming the notes, while a note in the window that could
give the study's 4%-rule index is unread (unread_hypopneas.py). It turns 2 items of those 1,231
trials to "could not check" (both GK/cpap-03's, CPAP-002 and -007); a read report scored by the
3% rule alone is never doubted so.

Stop 43, the whole corpus on its final tree (7b07dc51: 5,723 cases with blind waves 52-54,
11,592 trials, way binary-404): **0 violations**. The report's "REI (4% desaturation rule) 4.6/h"
is now read too (branch s49-d).

Stop 44, the whole corpus on its final tree (6,299 cases with blind waves 55-58, 12,626 trials,
way binary-404): 4 violations before its last fixes, 1 after. Fixed: care said "still on" with
its earlier note unread (still_on.unread_still, GU/hyaluronan-02, b); an unsided order met on a
sided finding with the plan that sides it unread (unread_order_side.py, GY/sh-02, a); PT-004 met
on the visits read since a report with a later note unread (visits.py, HB/pt-ot-chiro-03, a).
Left: HHC-001 on HK/home-health-01, a start of care stated in an agency progress note (the start
window doubts only notes filed as a plan of care or certification, by design).

Stop 45, the whole corpus on its final tree (6,695 cases with blind waves 59-61, 13,371 trials,
way binary-404): **0 violations**. HK/home-health-01's left one went with a reading fix: a
recertification's face-to-face window now counts back from the order (branch s54-f), so HHC-001
no longer rests on the start of care in the agency's progress note.

Stop 46, the whole corpus on its final tree (6,983 cases with blind waves 62-63, 13,994 trials,
way binary-404): **0 violations**.

Stop 47, the whole corpus on its final tree (7,415 cases with blind waves 64-66, 14,911 trials,
way binary-404): 2 violations on the merged tree (a draft report counted by its title when its
Binary was lost: IK/therapy-pt-ot-chiro-03's PT-004 and PT-007), **0 after** visits.py's fix.

Stop 48, the whole corpus on its final tree (7,847 cases with blind waves 67-69, 15,659 trials,
way binary-404): **0 violations**.

Stop 49, the whole corpus on its final tree (8,135 cases with blind waves 70-71, 16,204 trials,
way binary-404): **0 violations**.

Stop 50, the whole corpus on its final tree (8,423 cases with blind waves 72-73, 16,694 trials,
way binary-404): **0 violations**.

Stop 51, the whole corpus on its final tree (8,855 cases with blind waves 74-76, 17,512 trials,
way binary-404): 1 violation before its last fix (CPAP-003: a video visit whose "exam deferred"
note was a 404 read as the examined evaluation, KF/dme-cpap-02), **0 violations** after it.

Stop 52, the whole corpus on its merged tree (9,287 cases with blind waves 77-79, 18,275 trials,
way binary-404): **0 violations**.

Stop 53, the whole corpus on its final tree (9,431 cases with blind wave 80, 18,570 trials, way
binary-404): **0 violations**.

Stop 54, the whole corpus on its final tree (9,863 cases with blind waves 81-83, 19,341 trials, way
binary-404): **0 violations**.

Stop 55, the whole corpus on its final tree (10,259 cases with blind waves 84-86, 20,196 trials,
way binary-404): **2 violations**, both (a), both a discounting note of a kind no rule knows yet:
LR/sps-02's "Meloxicam started 4/28 (had not filled in Jan)" (not_had_then.py takes January's
bare mention back; unread, the January meloxicam carries SPS-009 to three months) and
LN/bariatric-03's pre-op note (an HTML table, "HTN? ... not hypertensive"), which holds BAR-001
at partial when read (a held wave-85 false alarm whose cause is not yet traced) and leaves it met
when unread. Both records read *Incomplete* with the note unread, never
ready (invariant c); left for the next stop.

Branch s75-a (the bariatric cases: 394 cases, 1,148 trials, way binary-404): LN/bariatric-03's
traced and 0 violations. The note's "BMI | 37.2" (an HTML table) was taken as the day's written
BMI by computed_bmi, which set the charted weighing of that day aside, while the notes' reader
could not read it: read, the day had no BMI; unread, the Observations' 37.2 met BAR-001. Now
tables are read (measure_values), a written BMI sets the weighing aside only where the reader
read it, and a met resting only on the charted weighing is "could not check" while a note of
that day is unread (computed_bmi._unread_that_day).

Branch s75-c: LR/sps-02's is answered as a class -- an episode met only through bare mentions of
care (no date, weeks or sessions of their own), while a note of another day is unread, is "could
not check" (unread_mentions.py: the unread note may say the care was not had then, or that the
course the mention restates was left, left_restated.py). LR/sps-02 and LR/lmri-02: 0 violations;
every tenth corpus case (1,026 cases, 2,074 trials): 9 items turned to "could not check".

Stop 56, the whole corpus (10,547 cases with blind waves 87-88, 20,854 trials, way binary-404):
first **4 violations** (a), all from this stop's own rules resting on a note's absence -- HHC-004
x3 (CC/hh-02, EV/home-health-03, FX/home-health-02: next_plan.py's "no next plan begun" held with
the note beginning it unread) and CPAP-002 (LZ/cpap-03: restated_studies.py dated the letter's
"AHI 22 on polysomnography" by the letter with the study's note unread); closed as classes
(unread_next_plan.py; restated_studies.unread_restating). The final tree: **0 violations**.

Stop 57, the whole corpus (10,835 cases with blind waves 89-90, 21,398 trials, way binary-404)
on the stop's final engine (its region-from-topic, spans, device-given-up and plan rules in):
**0 violations**.

Stop 58, the whole corpus (11,123 cases with blind waves 91-92, 22,001 trials, way binary-404) on
the engine before its short last round (c116cd55: conditional plans, another setting's report, a
side named later in a list entry, an accidental fall): **0 violations**.

Stop 59, the whole corpus (11,411 cases with blind waves 93-94, 22,618 trials, way binary-404):
**1 violation** on the merged engine before its short last round (a) -- HHC-001, MT/home-health-03:
the rash video visit's note, which s78-done's visit_stated.py reads as another problem's visit,
unread, and a care plan created that day counted as "a note of the visit's day read", so the visit
stood (missing -> met). Closed as a class: only a note tells what a visit was about
(visit_about.unread_visit_note). The final tree, the short round in: **0 violations**.

Stop 60, the whole corpus (11,555 cases with blind wave 95, 22,886 trials, way binary-404): **2
violations** (a) on the merged engine before its short round, both MX/inf-03 (INF-001, INF-006):
the pharmacist's note saying methotrexate was never started, which s80-care's letter_claims.py
lets outweigh a letter of medical necessity's "failed methotrexate", unread, so the letter's claim
stood (missing -> met). Closed as a class: a letter's claim is doubted by any unread note up to
the as-of date, and no longer vouches for an older prescribing note (unread_denials.py). The
final tree (11,699 cases with wave 96, 23,149 trials): **0 violations**.

Stop 61, the final tree (12,059 cases with blind waves 97-99, 23,844 trials, way binary-404):
**0 violations**. New readers this stop that could vouch for an unread note's day (a pointer to
a result elsewhere, a series' exact dates over a vaguer mention, a late entry dated by its
visit, a table of care under an allergy line) raised none.

Stop 62 (12,419 cases with blind waves 100-102, 24,565 trials, way binary-404): **0 violations**,
on the short round's tree (the last session's merge landed while it ran). New readers that could
vouch for an unread note's day (a "last year" result dated to its span, a terse note's opening as
its day's visit, a sleep study's own header date, a later sentence's stop) raised none.

Stop 63 (12,779 cases with blind waves 103-105, 25,311 trials, way binary-404): **1 violation**
(a) on the rounds' merged tree, OD/o2-03 (OXY-001): s88-oxygen's noted_on_oxygen.py sets a bare
charted SpO2 aside when its day's note gives the same value on oxygen; with that note unread,
the reading stood as a room-air test (missing -> met). Closed as a class: a bare reading whose
day's note could not be read is no room-air test. The final tree (47d05a3d): **0 violations**
in 25,311 trials.

Stop 64 (13,139 cases with blind waves 106-108, 25,978 trials, way binary-404): **3 violations,
all (b)**, none (a) or (c). CSU-005 on OM/lmri-03 (met -> missing) was this stop's: a cancer code
pairs with a spine study beside the region's trouble in a recent note (spread_pairing.py), and
with that note unread the pairing read as a gap. Closed: with a recent note unread it is "could
not check", naming the note. Left: IPN-005 on OO/inj-02 and IPN-001 on OO/inj-03 (met ->
partial), which the stop's start engine gives on the same new cases too. The final tree (c5fd46d2):
**2 violations (b)**, 0 (a), 0 (c).

Stop 65 (13,391 cases with blind waves 109-110, 26,492 trials, way binary-404) on the final tree:
**4 violations, all (b)**, none (a) or (c). Two are stop 64's (IPN-005 on OO/inj-02, IPN-001 on
OO/inj-03). Two are this stop's: an onset told in an older note now counts when a note inside the
window still documents the complaint (checklists/older_onsets.py), and with that older note unread
IPN-005 on PA/esi-02 and LMRI-002 on PA/lmri-03 read partial (met -> partial), not "could not
check": the unread-note test looks at notes inside the item's window, and the onset's note is
older. Left for the next stop: a gap in symptom duration should name an unread older note as what
could not be checked.

    .venv/bin/python bench/unread.py [--cases DIR] [--ways W,W] [--limit N] [--jobs N]
"""

from __future__ import annotations

import argparse
import base64
import copy
import json
import logging
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smartapp.errors import SmartAppError  # noqa: E402
from smartapp.scoring.accuracy import load_cases  # noqa: E402
from smartapp.scoring.report import score_bundle  # noqa: E402

CASES = ROOT / "tests" / "accuracy" / "cases"
SATISFIED = ("met", "not_applicable")
GAPS = ("missing", "partial")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _inline(content_type: str, data: str) -> Callable[[str], dict[str, Any]]:
    return lambda _doc_id: {"contentType": content_type, "data": data}


#: way -> the only attachment the note is left with (given the DocumentReference's id).
WAYS: dict[str, Callable[[str], dict[str, Any]]] = {
    # Epic/Cerner carry a URL; the Binary was not handed over (404) so the bundle lacks it.
    "binary-404": lambda doc_id: {"contentType": "text/plain", "url": f"Binary/unread-{doc_id}"},
    "pdf-no-text": _inline("application/pdf", _b64(b"%PDF-1.4\n\x00\xff\xfe\x89\x13binary")),
    "tiff": _inline("image/tiff", _b64(b"II*\x00\x08\x00\x00\x00" + bytes(range(256)))),
    "corrupt-base64": _inline("text/plain", "VGhpcyBpcyBub3Qg!!!base64=="),
    "empty-text": _inline("text/plain", _b64(b" \r\n \r\n")),
    "rtf-empty": _inline("text/rtf", _b64(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0\fs20\par}")),
    "html-empty": _inline(
        "text/html", _b64(b"<html><head><style>p{}</style></head><body><div> </div></body></html>")
    ),
}


def note_ids(bundle: dict[str, Any]) -> list[str]:
    """The ids of the bundle's DocumentReferences, in bundle order."""
    return [
        e["resource"]["id"]
        for e in bundle.get("entry", [])
        if e.get("resource", {}).get("resourceType") == "DocumentReference"
        and e["resource"].get("id")
    ]


def unread_copy(bundle: dict[str, Any], doc_id: str, way: str) -> dict[str, Any]:
    """``bundle`` with DocumentReference ``doc_id``'s only rendition made unreadable by ``way``."""
    out = copy.deepcopy(bundle)
    for entry in out["entry"]:
        resource = entry.get("resource", {})
        if resource.get("resourceType") == "DocumentReference" and resource.get("id") == doc_id:
            resource["content"] = [{"attachment": WAYS[way](doc_id)}]
    return out


def violations(
    base: dict[str, Any], trial: dict[str, Any], ref: str
) -> Iterator[tuple[str, str, str]]:
    """(invariant, item id, what happened) for each broken invariant of one trial."""
    before = {i["id"]: i for i in base["items"]}
    for item in trial["items"]:
        was = before.get(item["id"])
        if was is None or was["status"] == item["status"]:
            continue
        moved = f"{was['status']} -> {item['status']}"
        if item["status"] in SATISFIED:
            # not_applicable -> met (an exemption in the unread note no longer seen, the item
            # met on what was read) is no lie: both count as satisfied.
            if was["status"] not in SATISFIED:
                yield "a: became met", item["id"], moved
        elif item["status"] in GAPS:
            yield "b: gap blamed on the unread note", item["id"], moved
        elif ref not in item["searched"]:
            yield "b: could not check, note not named", item["id"], moved
    if trial["state"] == "ready" and base["state"] != "ready":
        yield "c: ready with a needed note unread", "-", f"{base['state']} -> ready"


def score(case: dict[str, Any], bundle: dict[str, Any]) -> dict[str, Any]:
    return score_bundle(bundle, service=case["service"], as_of=date.fromisoformat(case["as_of"]))


def trial(case_name: str, doc_id: str, way: str = "binary-404") -> tuple[dict, dict]:
    """(report as written, report with ``doc_id`` unread by ``way``) of one corpus case."""
    case = json.loads((CASES / case_name).read_text(encoding="utf-8"))
    return score(case, case["bundle"]), score(case, unread_copy(case["bundle"], doc_id, way))


def run_case(named: tuple[str, dict[str, Any]], ways: list[str]) -> tuple[int, list[tuple]]:
    """(trials, [(invariant, way, item, case, note, what)]) for one case."""
    logging.disable(logging.WARNING)
    name, case = named
    try:
        base = score(case, case["bundle"])
    except SmartAppError:
        return 0, []
    trials, found = 0, []
    for doc_id in note_ids(case["bundle"]):
        for way in ways:
            trials += 1
            try:
                trial = score(case, unread_copy(case["bundle"], doc_id, way))
            except SmartAppError as error:
                found.append(("scoring failed", way, "-", name, doc_id, str(error)))
                continue
            ref = f"DocumentReference/{doc_id}"
            for invariant, item, what in violations(base, trial, ref):
                found.append((invariant, way, item, name, doc_id, what))
    return trials, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--ways", default=",".join(WAYS), help="comma-separated subset of WAYS")
    parser.add_argument("--limit", type=int, help="only the first N cases")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    ways = args.ways.split(",")
    cases = load_cases(args.cases)[: args.limit]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(run_case, cases, [ways] * len(cases), chunksize=4))
    trials = sum(t for t, _ in results)
    found = [v for _, vs in results for v in vs]
    print(f"{trials} trials ({len(cases)} cases, notes x {len(ways)} ways); "
          f"{len(found)} violations")  # fmt: skip
    groups: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for invariant, way, item, name, doc_id, what in found:
        groups[(invariant, way)].append((item, name, doc_id, what))
    for (invariant, way), rows in sorted(groups.items()):
        print(f"\n[{invariant}] way {way}: {len(rows)}")
        by_item: dict[str, list[tuple]] = defaultdict(list)
        for item, name, doc_id, what in rows:
            by_item[item].append((name, doc_id, what))
        for item, hits in sorted(by_item.items(), key=lambda kv: -len(kv[1])):
            shown = "; ".join(f"{n} {d} ({w})" for n, d, w in hits[:3])
            print(f"  {item}: {len(hits)}  e.g. {shown}")


if __name__ == "__main__":
    main()
