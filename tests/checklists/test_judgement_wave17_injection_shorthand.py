"""A steroid injection as clinic shorthand writes it (blind wave 17: "Failed PT x4 mo, NSAIDs,
CSI x2", "subacromial CSI 2/17"): CSI is a corticosteroid injection, as is an "IA inj"; HYA-003
asks for the knee's, and "R knee OA. CSI x2 (8/2025, 12/2025), ~6 wks relief each" gives it,
though the note never writes "steroid injection". Another joint's CSI, one declined, one
said to be what is usually tried first ("Pt aware CSI usually tried first; prefers HA": none was
given) and an insulin pump's CSII are none."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _knee(text: str) -> dict:
    return record("J7325", _note("n1", "2026-02-20", text), reason="M17.11")


def test_a_csi_of_the_knee_is_its_steroid_injection():
    for text in (
        "R knee OA. CSI x2 (8/2025, 12/2025), ~6 wks relief each.",
        "R knee: failed PT, NSAIDs, CSI 10/2025 - 3 wks relief.",
        "R knee IA inj 11/2025 (triamcinolone), minimal relief.",
        "Right knee CSIs x3 over the last year, each shorter relief.",
    ):
        assert status(_knee(text), "HYA-003")["status"] == "met", text


def test_another_joint_s_or_a_declined_one_or_lookalikes_are_not():
    for text in (
        "R knee OA. R shoulder subacromial CSI 10/2025.",
        "R knee OA. Offered CSI, pt declined.",
        "R knee OA. T1DM on CSII pump.",
        "R knee OA. Pt aware CSI usually tried first; prefers HA.",
    ):
        assert status(_knee(text), "HYA-003")["status"] != "met", text
