"""A bare imperative order at the start of a clause asks for the test or care it names.

Order notes and telephone notes write the order as a command: "Order HST.", "Plan: order MRI
L-spine", "Schedule PSG", "Obtain lumbar x-rays", "Arrange EMG/NCS". context.yaml already reads
"ordered", "will order", "to order", "to schedule", "requested", "pending" and "referral to" as
not done yet; the verb alone is not there, so "Order HST." in a telephone visit read as a sleep
study done that day (found on blind wave 25, CK/cpap-03, where the study was in fact done weeks
later). A literal phrase cannot say "at the start of a clause": "order" and "schedule" are also
nouns ("per order of Dr X, PT eval done", "in order to walk", "PT schedule"), so the rule is a
token pattern: the verb opening a sentence (medspaCy's sentencizer also splits after a header's
colon only when a new statement begins) or right after ":" / ";".

Its scope is the thing ordered: it ends at the reason given for the order ("Order HST for snoring
and witnessed apneas" asks for the test, the symptoms are the patient's), at ";" and at the
sentence's end ("Order HST. HST 5/2: AHI 22" is a study done).

An order its own words say was carried out reports the test: "MRI ordered and completed 3/1 -
shows L5 HNP" is an MRI done (context.yaml's "ordered" read both ways took the study and its
finding as asked for).
"""

from __future__ import annotations

from typing import Any

#: Verbs that, opening a clause, ask for what follows. Not "get" ("Get up and go" is a test),
#: "refer" ("Refer for NCS": the reason cut would leave nothing) or "send".
VERBS = ("order", "schedule", "obtain", "arrange")
#: Category of the words that close an order's scope (PSEUDO: they modify nothing themselves).
REASON = "ORDER_REASON"
#: What an order's reason or a new clause opens with.
#: ("because" and "secondary to" end every scope already: medspaCy's TERMINATE rules.)
REASON_WORDS = ("for", "2/2", "given", ";")
#: The verb as the noun that heads a field, a phrase or a job title: these modify nothing, and
#: as the longer match they take the place of the verb's rule ("Order date 2/25", "Job: order
#: selector - repetitive lifting 50-70 lb" (blind wave 25, CI/occ-01), "Schedule conflicts").
NOUN_PHRASES = (
    "order date", "order #", "order number", "order no", "order of", "order set", "order form",
    "order sheet", "order entry", "order status", "order selector", "order selectors",
    "order picker", "order pickers", "order puller", "order filler", "order fulfillment",
    # "Order history: Supartz L knee x5 weekly 12/15/25-1/12/26" lists what was given (blind
    # wave 35, EB/hya-02), as a medication history does.
    "order history", "order hx",
    "schedule:", "schedule conflict", "schedule conflicts", "schedule change", "schedule changes",
)  # fmt: skip


#: An order and its being carried out in one phrase: a PSEUDO match, longer than "ordered" or
#: "scheduled", that takes their place.
CARRIED_OUT = tuple(
    f"{asked} {joined} {done}"
    for asked in ("ordered", "scheduled", "requested")
    for joined in ("and", "&")
    for done in ("completed", "done", "performed", "obtained", "resulted")
)


def imperative_order_rules(rule_class: Any) -> list[Any]:
    """ConText rules (built with medspaCy's ``ConTextRule``) for a clause-opening order verb
    and for the words that end its scope."""
    verb = {"LOWER": {"IN": list(VERBS)}}
    opening = [{**verb, "IS_SENT_START": True}]
    after_mark = [{"ORTH": {"IN": [":", ";"]}}, verb]
    rules = [
        rule_class(
            "clause-opening order", "HYPOTHETICAL", direction="FORWARD", pattern=pattern,
            terminated_by={REASON},
        )
        for pattern in (opening, after_mark)
    ]  # fmt: skip
    rules += [rule_class(word, REASON, direction="PSEUDO") for word in REASON_WORDS]
    # After a mark too: a modifier is pruned only by a longer one holding it (": order" is not
    # in "order selector", ": order selector" holds it).
    nouns = [f"{mark}{words}" for words in NOUN_PHRASES for mark in ("", ": ", "; ")]
    rules += [rule_class(words, "ORDER_NOUN", direction="PSEUDO") for words in nouns]
    rules += [rule_class(words, "ORDER_DONE", direction="PSEUDO") for words in CARRIED_OUT]
    return rules
