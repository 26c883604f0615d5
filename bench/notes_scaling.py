"""Note analysis time against note size: 1, 10, 100 and 1,000 KB, dense clinical text and
pathological punctuation (OCR rulers, "=====" runs, giant tokens).

Baseline: the 100 KB note of the same kind in the same run; target: linear growth (time for 1 MB
≤ 12 × the time for 100 KB) and ≤ 2 s for a 1 MB note on this machine. The dense text is varied
(phrases, numbers, dates and sections drawn at random with a fixed seed), so repeated boilerplate
does not make it easy.

    .venv/bin/python bench/notes_scaling.py [--sizes 1,10,100,1000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import random
import time

from smartapp.notes import NoteInput, find_findings

PHRASES = [
    "Low back pain radiating to the left leg for {n} weeks",
    "Failed physical therapy x {n} wks and naproxen 500 mg BID since {m}/{d}/2026",
    "Straight leg raise positive on the right at {a} degrees, ankle reflex diminished",
    "Denies bowel or bladder dysfunction, no saddle anesthesia, no fever",
    "Mother had breast cancer, father with CAD",
    "Plan: MRI lumbar spine; if HNP, refer for epidural steroid injection",
    "Unable to walk more than {n} blocks, difficulty with stairs and dressing",
    "AHI {a}.{n}/hr on home sleep test {m}/{d}/2026, nadir SpO2 {s}%",
    "Knee X-ray {m}/{d}/2026 shows medial joint space narrowing and osteophytes",
    "Home exercise program reviewed; continue HEP daily; RTC {n} wks",
    "Methotrexate 15 mg weekly for {n} months with inadequate response",
    "Oswestry {a}%, LEFS {a}/80, PROMIS physical function {a}",
]
SECTIONS = ["HPI:", "PMH:", "Family History:", "Exam:", "Assessment:", "Plan:", "Medications:"]


def dense(size: int, seed: int = 7) -> str:
    """About ``size`` characters of varied clinical prose."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        if rng.random() < 0.08:
            line = "\n" + rng.choice(SECTIONS) + " "
        else:
            line = rng.choice(PHRASES).format(
                n=rng.randint(1, 20), m=rng.randint(1, 12), d=rng.randint(1, 28),
                a=rng.randint(10, 90), s=rng.randint(80, 96),
            ) + ". "  # fmt: skip
        parts.append(line)
        length += len(line)
    return "".join(parts)[:size]


def punctuation(size: int) -> str:
    """Rulers, long punctuation runs and giant tokens, as OCR and pasted logs produce."""
    unit = "=" * 4000 + "\n" + "-.-" * 500 + "\n" + "A" * 3000 + " " + "|" * 1000 + "\n"
    return (unit * (size // len(unit) + 1))[:size]


def timed(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        warnings: list[str] = []
        find_findings([NoteInput("DocumentReference/bench", text, None)], warnings)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100,1000", help="KB, comma-separated")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    find_findings([NoteInput("DocumentReference/warm", "Failed PT x 6 wks.", None)])
    sizes = [int(s) for s in args.sizes.split(",")]
    for kind, make in (("dense clinical text", dense), ("pathological punctuation", punctuation)):
        print(f"\n{kind}:")
        seconds = {kb: timed(make(kb * 1000), args.repeat) for kb in sizes}
        for kb in sizes:
            print(f"  {kb:>5} KB  {seconds[kb]:7.3f} s")
        if 100 in seconds and 1000 in seconds:
            ratio = seconds[1000] / seconds[100] if seconds[100] else float("inf")
            verdict = "linear" if ratio <= 12 else "SUPERLINEAR"
            print(f"  1 MB / 100 KB = {ratio:.1f}x ({verdict}; target <= 12x); "
                  f"1 MB in {seconds[1000]:.2f} s (target <= 2 s)")  # fmt: skip


if __name__ == "__main__":
    main()
