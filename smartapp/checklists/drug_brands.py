"""The brand names notes call a generic drug by, for orders labelled by the generic alone.

RxNorm's clinical drug names ('insulin glargine 100 UNT/ML Pen Injector', 'meloxicam 15 MG
Oral Tablet') carry no brand unless the branded drug was ordered, while notes write the brand
('Pt stopped Lantus on his own in Feb': blind wave 18, BK/cgm-02). Only drugs these checklists
weigh as prior treatment: insulins (CGM, pump), the analgesics and neuropathic agents of
conservative care, GLP-1 agonists. Each brand is this generic alone: 'Humalog' never names
glargine.
"""

from __future__ import annotations

#: generic (as RxNorm writes it, lower case) → the brands a note may write for it.
BRANDS: dict[str, tuple[str, ...]] = {
    "glargine": ("lantus", "basaglar", "toujeo", "semglee", "rezvoglar"),
    "detemir": ("levemir",),
    "degludec": ("tresiba",),
    "lispro": ("humalog", "admelog", "lyumjev"),
    "aspart": ("novolog", "fiasp"),
    "glulisine": ("apidra",),
    "semaglutide": ("ozempic", "wegovy", "rybelsus"),
    "dulaglutide": ("trulicity",),
    "liraglutide": ("victoza", "saxenda"),
    "tirzepatide": ("mounjaro", "zepbound"),
    "meloxicam": ("mobic",),
    "naproxen": ("naprosyn", "aleve", "anaprox"),
    "ibuprofen": ("motrin", "advil"),
    "celecoxib": ("celebrex",),
    "diclofenac": ("voltaren", "cataflam"),
    "gabapentin": ("neurontin", "gralise"),
    "pregabalin": ("lyrica",),
    "duloxetine": ("cymbalta",),
    "cyclobenzaprine": ("flexeril", "amrix"),
    "tizanidine": ("zanaflex",),
    "methocarbamol": ("robaxin",),
    "acetaminophen": ("tylenol",),
    "tramadol": ("ultram",),
}


def brands_of(names: frozenset[str] | set[str]) -> set[str]:
    """The brands of the generic names given."""
    return {brand for name in names for brand in BRANDS.get(name, ())}
