"""The legal rules Tightrope teaches, and where the app shows each one: one registry for the
rules overlay (tightrope.ui.rules), the trainer checklist (``tightrope rules``) and the tests.

Each :class:`Rule` is a short paraphrase written by us, with its reference (GDPR, CCPA/CPRA
and its regulations, the EU Digital Services Act). It is not legal advice and not the text of
the law; the reference says where to read the real thing.

Each :class:`Placement` is one control or screen of the app, named by a stable *anchor* id,
with the rules it implements (or, for the deceptive twin's patterns, breaks), where a
trainer finds it and how to demonstrate it. A rule is either placed somewhere or listed in
:data:`NOT_SHOWN` with the reason; a test checks both, and that every anchor that is not
``pending`` exists in the window.

Anchors marked ``pending`` belong to controls another branch is building (the "lawcore"
work of issue #20); a widget declares such an anchor itself with the Qt property
``ruleAnchor`` (``widget.setProperty("ruleAnchor", "privacy.withdraw_all")``) and the
overlay tags it from then on.
"""

from __future__ import annotations

from dataclasses import dataclass

from tightrope.i18n import translator
from tightrope.privacy.rule_texts import (  # re-exported: the registry is one place to ask
    CCPA,
    DSA,
    GDPR,
    LAW_NAMES,
    LAWS,
    NOT_SHOWN,
    RULES,
    RULES_BY_ID,
    Rule,
)

__all__ = [
    "ALWAYS",
    "BREAKS",
    "CCPA",
    "DSA",
    "GDPR",
    "HONEST",
    "IMPLEMENTS",
    "LAWS",
    "LAW_NAMES",
    "MENU",
    "NOT_SHOWN",
    "PENDING_LAWCORE",
    "PLACEMENTS",
    "PLACEMENTS_BY_ANCHOR",
    "RULES",
    "RULES_BY_ID",
    "TWIN",
    "ChecklistEntry",
    "Placement",
    "Rule",
    "checklist",
    "placements_of",
    "problems",
    "rule",
    "tag_text",
    "to_json",
]

tr = translator("Rules")

IMPLEMENTS, BREAKS = "implements", "breaks"
ALWAYS, HONEST, TWIN, MENU = (
    "always",
    "honest",
    "twin",
    "menu",
)  # when a placement is on screen: always,
# only in the honest shop (the deceptive twin hides or changes it), only in the twin
PENDING_LAWCORE = "lawcore"


@dataclass(frozen=True)
class Placement:
    """Where the app shows rules: ``anchor`` (a stable id the overlay resolves to a widget),
    ``where`` (how a trainer finds it), ``demo`` (how to show it to a room), the ``rules`` it
    implements or (``kind`` BREAKS) breaks, ``shown`` ALWAYS, only in the HONEST shop or only
    in the deceptive TWIN, or in a MENU (listed in the checklist, not tagged on screen),
    and ``pending``: the branch that builds it, while it is not in the app yet."""

    anchor: str
    where: str
    demo: str
    rules: tuple[str, ...]
    kind: str = IMPLEMENTS
    shown: str = ALWAYS
    pending: str = ""


def _p(anchor: str, where: str, demo: str, rules: tuple[str, ...], **kw: str) -> Placement:
    return Placement(anchor, where, demo, rules, **kw)


PLACEMENTS: tuple[Placement, ...] = (
    # --- the honest shop ----------------------------------------------------------------
    _p(
        "consent.first_run",
        tr.mark("First-run consent screen"),
        tr.mark(
            "Start on a fresh data folder: nothing is recorded until a button is used; "
            "every switch starts off and says what it collects."
        ),
        ("gdpr-25-2", "gdpr-4-11", "gdpr-6-1-a", "ccpa-100"),
        shown=HONEST,
    ),
    _p(
        "consent.first_run.reject_all",
        tr.mark("First-run consent screen \u2192 Reject all"),
        tr.mark("Point at Accept all and Reject all: same size, same style, one click each."),
        ("ccpa-7004", "dsa-25"),
        shown=HONEST,
    ),
    _p(
        "consent.switches",
        tr.mark("Privacy \u2192 Consent \u2192 the switches"),
        tr.mark(
            "Switch Searches off: collection stops at once and the shop offers to delete "
            "what is stored."
        ),
        ("gdpr-7-3", "gdpr-6-1-a"),
        shown=HONEST,
    ),
    _p(
        "consent.sensitive",
        tr.mark("Privacy \u2192 Consent \u2192 Sensitive categories"),
        tr.mark("Show that Accept all leaves these off; each needs its own switch."),
        ("gdpr-9-2-a", "ccpa-121"),
    ),
    _p(
        "consent.level",
        tr.mark("Privacy \u2192 Consent \u2192 Personalization"),
        tr.mark("Choose Off: the shelves become the same popular items for everyone."),
        ("dsa-38", "dsa-27-3", "gdpr-21"),
        shown=HONEST,
    ),
    _p(
        "privacy.know",
        tr.mark("Privacy \u2192 What we know"),
        tr.mark("Every stored data point, by category and age, with where it was collected."),
        ("gdpr-15", "ccpa-110"),
    ),
    _p(
        "privacy.forget_bulk",
        tr.mark("Privacy \u2192 What we know \u2192 Forget in bulk"),
        tr.mark("Forget the last hour, then Verify deletion."),
        ("gdpr-17", "ccpa-105"),
    ),
    _p(
        "privacy.interests",
        tr.mark("Privacy \u2192 Inferred interests"),
        tr.mark("Each inferred interest lists its evidence; block one and it stops being used."),
        ("gdpr-15", "gdpr-21"),
    ),
    _p(
        "privacy.do_not_sell",
        tr.mark("Privacy \u2192 Partners \u2192 Do not sell or share"),
        tr.mark("Tick it and watch the partner payload empty."),
        ("ccpa-120",),
    ),
    _p(
        "privacy.retention",
        tr.mark("Privacy \u2192 Retention & time"),
        tr.mark("Advance the clock by a year: data past its period is deleted, with a receipt."),
        ("gdpr-5-1-e", "ccpa-100-a-3"),
    ),
    _p(
        "privacy.log",
        tr.mark("Privacy \u2192 Data-use log"),
        tr.mark("Which kinds of data each recommendation used, counts only."),
        ("gdpr-5-2",),
    ),
    _p(
        "privacy.export",
        tr.mark("Privacy \u2192 Export & erase \u2192 Export as JSON"),
        tr.mark("Export, then open the file: every data point, consent history and receipts."),
        ("gdpr-20", "ccpa-130", "gdpr-15"),
    ),
    _p(
        "privacy.erase",
        tr.mark("Privacy \u2192 Export & erase \u2192 Erase everything"),
        tr.mark(
            "Erase, then read the verification: every file in the data folder was "
            "searched for what was deleted."
        ),
        ("gdpr-17", "ccpa-105", "gdpr-5-2"),
    ),
    _p(
        "why.panel",
        tr.mark("Any recommendation \u2192 Why?"),
        tr.mark(
            "Open Why? on the top shelf: every reason with its share; sponsored reasons "
            "are labelled."
        ),
        ("dsa-27-1", "dsa-26", "gdpr-15"),
    ),
    _p(
        "why.forget",
        tr.mark("Why? panel \u2192 Forget this"),
        tr.mark(
            "Forget the strongest reason: the receipt appears once it is deleted, and "
            "the shelves change."
        ),
        ("gdpr-17", "ccpa-105"),
    ),
    _p(
        "why.dont_use",
        tr.mark("Why? panel \u2192 Don\u2019t use this"),
        tr.mark("Keep a data point but stop its use: it stays listed under Your data as not used."),
        ("gdpr-18",),
    ),
    _p(
        "your_data.page",
        tr.mark("Your data (top bar)"),
        tr.mark("Every data point the shop holds, newest first, each with Forget."),
        ("gdpr-15", "ccpa-110"),
    ),
    # --- issue #20 items 1-5: the rights a trainer is asked about ------------------------
    _p(
        "how.page",
        tr.mark("How recommendations work (from every shelf)"),
        tr.mark("Open it from a shelf: the main parameters and their weight for this shopper."),
        ("dsa-27-1",),
    ),
    _p(
        "shelf.level",
        tr.mark("The level switch on the shelves"),
        tr.mark("Switch to Off right on the home page."),
        ("dsa-27-3", "dsa-38"),
    ),
    _p(
        "privacy.withdraw_all",
        tr.mark("Privacy \u2192 Consent \u2192 Reject all"),
        tr.mark("Withdraw everything in one click, as Accept all grants it in one."),
        ("gdpr-7-3", "ccpa-7004"),
    ),
    _p(
        "rectify",
        tr.mark("Your data \u2192 Correct"),
        tr.mark("Correct the city: the change is recorded, explained and exported."),
        ("gdpr-16", "ccpa-106"),
    ),
    _p(
        "privacy.gpc",
        tr.mark("Privacy \u2192 Global Privacy Control"),
        tr.mark(
            "Turn the simulated browser signal on: sharing stops and the partner view "
            "says the signal was honoured."
        ),
        ("ccpa-7025", "ccpa-120"),
    ),
    _p(
        "persona.minor",
        tr.mark("Workshop \u2192 Load persona \u2192 the minor"),
        tr.mark("Load the minor: the shelves carry no profiling-based recommendations."),
        ("dsa-28",),
        shown=MENU,
    ),  # a menu item: in the checklist, not tagged on screen
    # --- the deceptive twin: what each dark pattern breaks ------------------------------
    _p(
        "twin.preticked",
        tr.mark("Deceptive twin: first-run consent, the switches"),
        tr.mark("Open Manage options: every everyday switch is already ticked."),
        ("gdpr-4-11", "gdpr-25-2"),
        kind=BREAKS,
        shown=TWIN,
    ),
    _p(
        "twin.accept",
        tr.mark("Deceptive twin: first-run consent, Accept and continue"),
        tr.mark("One large coloured button to accept; no Reject all beside it."),
        ("dsa-25-3-a", "ccpa-7004"),
        kind=BREAKS,
        shown=TWIN,
    ),
    _p(
        "twin.decline",
        tr.mark("Deceptive twin: first-run consent, the decline link"),
        tr.mark("The only way to say no is a small link that shames and leads to more switches."),
        ("dsa-25", "ccpa-7004"),
        kind=BREAKS,
        shown=TWIN,
    ),
    _p(
        "twin.buried",
        tr.mark("Deceptive twin: Privacy \u2192 Consent"),
        tr.mark(
            "The switches hide under Advanced settings at the bottom; time how long the "
            "room needs to withdraw."
        ),
        ("gdpr-7-3", "ccpa-7004"),
        kind=BREAKS,
        shown=TWIN,
    ),
    _p(
        "twin.shame",
        tr.mark("Deceptive twin: switching consent off"),
        tr.mark("Untick a switch: a question asks again, with Keep my deals as the default."),
        ("dsa-25", "ccpa-7004", "gdpr-7-3"),
        kind=BREAKS,
        shown=TWIN,
    ),
)

PLACEMENTS_BY_ANCHOR: dict[str, Placement] = {p.anchor: p for p in PLACEMENTS}


def rule(rule_id: str) -> Rule:
    return RULES_BY_ID[rule_id]


def placements_of(rule_id: str) -> list[Placement]:
    """Where a rule is shown (implemented or, in the twin, broken), in registry order."""
    return [p for p in PLACEMENTS if rule_id in p.rules]


def problems() -> list[str]:
    """What is wrong with the registry (empty when it is sound): unknown rule ids, duplicate
    ids or anchors, rules neither placed nor listed as not shown, or both."""
    found: list[str] = []
    if len(RULES_BY_ID) != len(RULES):
        found.append("two rules share an id")
    if len(PLACEMENTS_BY_ANCHOR) != len(PLACEMENTS):
        found.append("two placements share an anchor")
    for p in PLACEMENTS:
        for rid in p.rules:
            if rid not in RULES_BY_ID:
                found.append(f"placement {p.anchor!r} names unknown rule {rid!r}")
        if p.kind not in (IMPLEMENTS, BREAKS) or p.shown not in (ALWAYS, HONEST, TWIN, MENU):
            found.append(f"placement {p.anchor!r} has kind {p.kind!r}, shown {p.shown!r}")
    for rid in NOT_SHOWN:
        if rid not in RULES_BY_ID:
            found.append(f"NOT_SHOWN names unknown rule {rid!r}")
    for r in RULES:
        placed = bool(placements_of(r.id))
        if placed == (r.id in NOT_SHOWN):
            found.append(
                f"rule {r.id!r} is {'both placed and' if placed else 'neither placed nor'} "
                "listed as not shown"
            )
    return found


@dataclass(frozen=True)
class ChecklistEntry:
    """One line of the trainer checklist: a rule, where it is shown and how to demonstrate
    it (``places``: (where, how, kind, pending) per placement), or why it is not shown."""

    rule: Rule
    places: tuple[tuple[str, str, str, str], ...]
    not_shown: str = ""


def checklist() -> list[ChecklistEntry]:
    """Every rule in registry order (grouped by law), translated."""
    entries = []
    for law in LAWS:
        for r in (r for r in RULES if r.law == law):
            places = tuple(
                (tr(p.where), tr(p.demo), p.kind, p.pending) for p in placements_of(r.id)
            )
            entries.append(
                ChecklistEntry(r, places, tr(NOT_SHOWN.get(r.id, "")) if r.id in NOT_SHOWN else "")
            )
    return entries


def tag_text(r: Rule) -> str:
    """A rule as its short tag says it: 'GDPR Art. 17 · Right to erasure'."""
    return tr("{reference} \u00b7 {title}").format(reference=tr(r.reference), title=tr(r.title))


def to_json() -> dict[str, object]:
    """The registry as plain data (``tightrope rules --json``)."""
    return {
        "rules": [
            {
                "id": r.id,
                "law": r.law,
                "reference": tr(r.reference),
                "title": tr(r.title),
                "text": tr(r.text),
                "not_shown": tr(NOT_SHOWN[r.id]) if r.id in NOT_SHOWN else None,
                "shown_at": [p.anchor for p in placements_of(r.id)],
            }
            for r in RULES
        ],
        "placements": [
            {
                "anchor": p.anchor,
                "where": tr(p.where),
                "demo": tr(p.demo),
                "rules": list(p.rules),
                "kind": p.kind,
                "shown": p.shown,
                "pending": p.pending or None,
            }
            for p in PLACEMENTS
        ],
    }
