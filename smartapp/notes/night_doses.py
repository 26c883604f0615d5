"""A bedtime written as a medicine's schedule, not as oxygen's usage.

"qhs", "at hs", "at bedtime", "nightly", "at night" say when oxygen or a PAP device is worn
("O2 2 L NC qhs", "CPAP qhs", "uses O2 with CPAP at hs"): targets.yaml reads them as the home
oxygen prescription's usage (treatment-plan|oxygen-use). A medication list writes the same
words for when a drug is taken: "Seroquel XR 300 mg qhs." was read as the prescription's usage,
a gap called met on the home-oxygen checklist (brief s72-b, the lead's probe). The item the time
closes says whose time it is: from the last comma, semicolon, colon, parenthesis, line break or
sentence end up to the time word. A drug's item (a dose, a form or route, a bedtime medicine's
name) that names no oxygen or PAP is the drug's schedule; oxygen's or a PAP's item, or a usage
field with no drug in it ("Frequency: qhs"), stays the prescription's usage.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_start

#: The targets' label the night-time words carry as oxygen's usage.
OXYGEN_USE = "treatment-plan|oxygen-use"

#: The words of a time at night (as oxygen-use's phrases and patterns match them).
_NIGHT_TIME = lazy_re.compile(
    r"^(?:q\.?\s?hs|q\.h\.s\.?|(?:at|@)\s*hs|at\s+bedtime|bedtime|nightly|at\s+night|"
    r"every\s+night)$",
    re.IGNORECASE,
)

#: Where the item before the time word begins: a list's comma or semicolon, a field's colon, a
#: parenthesis, a line break, a sentence's end ("mg. qhs" is rare; "p.o." keeps its points).
_ITEM_START = lazy_re.compile(r"[,;:(\n]|\.(?=\s)|\s[-\u2013]\s")

#: Oxygen's or a PAP device's own words: the gas, its delivery and flow, the device family.
_OXYGEN_OR_PAP = lazy_re.compile(
    r"\b(?:o2|oxygen|nc|n/c|cannula|concentrator|poc|lpm|l/min|liters?|litres?|"
    r"(?:c|bi|auto-?)-?pap|pap|bi-?level|nippv|niv|ventilator|vent|bleed|bled)\b"
    r"|\b\d(?:\.\d)?\s*l\b",
    re.IGNORECASE,
)

#: A drug's entry: a dose with its unit, a bare number after a word ("gabapentin 300"), a form
#: or route, or the name of a medicine commonly taken at bedtime (hypnotics, sedating
#: antidepressants and antipsychotics, basal insulins, statins, bladder and prostate drugs).
_DRUG = lazy_re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:mg|mcg|\u00b5g|g|gm|grams?|units?|u|iu|meq|ml|cc|tabs?|tablets?|"
    r"caps?|capsules?|pills?|puffs?|gtts?|drops?|sprays?|patch(?:es)?)\b"
    r"|\b[a-z][a-z-]{3,}\s+\d+(?:\.\d+)?\s*$"
    r"|\b(?:po|p\.o\.?|sl|subq|sq|tabs?|tablets?|capsules?|pills?|by\s+mouth|meds?|"
    r"medications?|dose|doses|sig|"
    r"trazodone|desyrel|zolpidem|ambien|eszopiclone|lunesta|zaleplon|sonata|suvorexant|"
    r"belsomra|lemborexant|dayvigo|ramelteon|rozerem|melatonin|temazepam|restoril|"
    r"triazolam|halcion|clonazepam|klonopin|lorazepam|ativan|alprazolam|xanax|diazepam|"
    r"valium|quetiapine|seroquel|olanzapine|zyprexa|risperidone|risperdal|mirtazapine|"
    r"remeron|amitriptyline|elavil|nortriptyline|pamelor|doxepin|silenor|hydroxyzine|"
    r"vistaril|atarax|diphenhydramine|benadryl|doxylamine|unisom|gabapentin|neurontin|"
    r"pregabalin|lyrica|cyclobenzaprine|flexeril|tizanidine|zanaflex|baclofen|"
    r"insulin|glargine|lantus|basaglar|toujeo|levemir|detemir|tresiba|degludec|nph|"
    r"atorvastatin|lipitor|simvastatin|zocor|rosuvastatin|crestor|pravastatin|lovastatin|"
    r"statin|tamsulosin|flomax|finasteride|doxazosin|terazosin|oxybutynin|montelukast|"
    r"singulair|ropinirole|requip|pramipexole|mirapex|clonidine|prazosin|carbidopa|"
    r"levodopa|sinemet|donepezil|aricept|memantine|senna|docusate|miralax|lactulose)\b",
    re.IGNORECASE,
)


def _item_before(statement: str, start: int) -> str:
    """The list item, field or clause that the word at ``statement[start]`` closes."""
    return statement[clause_start(statement, start, _ITEM_START) : start]


def drug_schedule(label: str, statement: str, start: int, end: int) -> bool:
    """Whether the oxygen-use time at ``statement[start:end]`` is a drug's dosing time: a night
    time closing a drug's item that names no oxygen or PAP ("trazodone 50 mg qhs", not
    "O2 2 L qhs" nor "CPAP qhs"). Other labels and words are never a drug's schedule."""
    if label != OXYGEN_USE or not _NIGHT_TIME.match(statement[start:end].strip()):
        return False
    item = _item_before(statement, start)
    return bool(_DRUG.search(item)) and not _OXYGEN_OR_PAP.search(item)
