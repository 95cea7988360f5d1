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

tr = translator("Rules")

GDPR, CCPA, DSA = "GDPR", "CCPA/CPRA", "DSA"
LAWS: tuple[str, ...] = (GDPR, CCPA, DSA)
LAW_NAMES: dict[str, str] = {
    GDPR: tr.mark("EU General Data Protection Regulation (2016/679)"),
    CCPA: tr.mark("California Consumer Privacy Act as amended by the CPRA, and its regulations"),
    DSA: tr.mark("EU Digital Services Act (2022/2065)"),
}

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
class Rule:
    """One right or duty: ``reference`` ("GDPR Art. 17"), ``title`` and ``text`` (our own
    paraphrase, one or two sentences). Texts are marked for translation."""

    id: str
    law: str
    reference: str
    title: str
    text: str


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


def _r(id: str, law: str, reference: str, title: str, text: str) -> Rule:
    return Rule(id, law, reference, title, text)


RULES: tuple[Rule, ...] = (
    # --- GDPR ---------------------------------------------------------------------------
    _r(
        "gdpr-4-11",
        GDPR,
        tr.mark("GDPR Art. 4(11), Recital 32"),
        tr.mark("Consent is an active choice"),
        tr.mark(
            "Consent is a clear, affirmative act; silence, inactivity and pre-ticked "
            "boxes are not consent."
        ),
    ),
    _r(
        "gdpr-5-1-e",
        GDPR,
        tr.mark("GDPR Art. 5(1)(e)"),
        tr.mark("Storage limitation"),
        tr.mark("Personal data is kept no longer than its purpose needs."),
    ),
    _r(
        "gdpr-5-2",
        GDPR,
        tr.mark("GDPR Art. 5(2)"),
        tr.mark("Accountability"),
        tr.mark(
            "The shop must be able to show that it follows the rules, e.g. what it used "
            "and that deleted data is gone."
        ),
    ),
    _r(
        "gdpr-6-1-a",
        GDPR,
        tr.mark("GDPR Art. 6(1)(a)"),
        tr.mark("Consent as the legal basis"),
        tr.mark(
            "Data may be used for a purpose the person has consented to, one purpose at a time."
        ),
    ),
    _r(
        "gdpr-7-3",
        GDPR,
        tr.mark("GDPR Art. 7(3)"),
        tr.mark("Withdrawing consent"),
        tr.mark(
            "Consent can be withdrawn at any time, and withdrawing must be as easy as giving it."
        ),
    ),
    _r(
        "gdpr-9-2-a",
        GDPR,
        tr.mark("GDPR Art. 9(2)(a)"),
        tr.mark("Sensitive data needs explicit consent"),
        tr.mark(
            "Data revealing health, pregnancy or similar special categories is used only "
            "with explicit consent for that purpose."
        ),
    ),
    _r(
        "gdpr-15",
        GDPR,
        tr.mark("GDPR Art. 15"),
        tr.mark("Right of access"),
        tr.mark(
            "A person may see the data held about them, what it is used for and where it came from."
        ),
    ),
    _r(
        "gdpr-16",
        GDPR,
        tr.mark("GDPR Art. 16"),
        tr.mark("Right to rectification"),
        tr.mark("A person may have inaccurate data about them corrected without undue delay."),
    ),
    _r(
        "gdpr-17",
        GDPR,
        tr.mark("GDPR Art. 17"),
        tr.mark("Right to erasure"),
        tr.mark(
            "Data is deleted without undue delay when the person asks, e.g. after "
            "withdrawing consent."
        ),
    ),
    _r(
        "gdpr-18",
        GDPR,
        tr.mark("GDPR Art. 18"),
        tr.mark("Right to restriction"),
        tr.mark("A person may have data kept but no longer used."),
    ),
    _r(
        "gdpr-20",
        GDPR,
        tr.mark("GDPR Art. 20"),
        tr.mark("Right to data portability"),
        tr.mark(
            "A person gets the data they provided in a structured, machine-readable "
            "format they can take elsewhere."
        ),
    ),
    _r(
        "gdpr-21",
        GDPR,
        tr.mark("GDPR Art. 21"),
        tr.mark("Right to object to profiling"),
        tr.mark("A person may object to profiling for direct marketing, and it then stops."),
    ),
    _r(
        "gdpr-22",
        GDPR,
        tr.mark("GDPR Art. 22"),
        tr.mark("Automated decisions"),
        tr.mark(
            "No decision with legal or similarly significant effects may rest on "
            "automated processing alone, without safeguards."
        ),
    ),
    _r(
        "gdpr-25-2",
        GDPR,
        tr.mark("GDPR Art. 25(2)"),
        tr.mark("Data protection by default"),
        tr.mark(
            "By default only the data each purpose needs is processed: nothing is "
            "collected before the person chooses."
        ),
    ),
    # --- CCPA / CPRA --------------------------------------------------------------------
    _r(
        "ccpa-100",
        CCPA,
        tr.mark("Cal. Civ. Code \u00a71798.100(a)"),
        tr.mark("Notice at collection"),
        tr.mark(
            "Before collecting, the business says which categories it collects and for "
            "what purpose."
        ),
    ),
    _r(
        "ccpa-100-a-3",
        CCPA,
        tr.mark("Cal. Civ. Code \u00a71798.100(a)(3)"),
        tr.mark("Retention disclosed"),
        tr.mark("The business says how long it keeps each category of personal information."),
    ),
    _r(
        "ccpa-105",
        CCPA,
        tr.mark("Cal. Civ. Code \u00a71798.105"),
        tr.mark("Right to delete"),
        tr.mark("A consumer may have the personal information collected from them deleted."),
    ),
    _r(
        "ccpa-106",
        CCPA,
        tr.mark("Cal. Civ. Code \u00a71798.106"),
        tr.mark("Right to correct"),
        tr.mark("A consumer may have inaccurate personal information corrected."),
    ),
    _r(
        "ccpa-110",
        CCPA,
        tr.mark("Cal. Civ. Code \u00a71798.110"),
        tr.mark("Right to know"),
        tr.mark(
            "A consumer may learn the categories and specific pieces of personal "
            "information held, their sources and purposes."
        ),
    ),
    _r(
        "ccpa-120",
        CCPA,
        tr.mark("Cal. Civ. Code \u00a71798.120"),
        tr.mark("Right to opt out of sale or sharing"),
        tr.mark(
            "A consumer may tell the business not to sell or share their personal information."
        ),
    ),
    _r(
        "ccpa-121",
        CCPA,
        tr.mark("Cal. Civ. Code \u00a71798.121"),
        tr.mark("Limit use of sensitive information"),
        tr.mark(
            "A consumer may limit the use of sensitive personal information to what the "
            "service needs."
        ),
    ),
    _r(
        "ccpa-130",
        CCPA,
        tr.mark("Cal. Civ. Code \u00a71798.130(a)(2)(B)"),
        tr.mark("A portable copy"),
        tr.mark("Information disclosed on request comes in a portable, readily usable format."),
    ),
    _r(
        "ccpa-7004",
        CCPA,
        tr.mark("CCPA Regulations \u00a77004(a)(2)"),
        tr.mark("Symmetry in choice"),
        tr.mark(
            "The more privacy-protective choice takes no more steps, time or effort than "
            "the less protective one, and is not worded to shame."
        ),
    ),
    _r(
        "ccpa-7025",
        CCPA,
        tr.mark("CCPA Regulations \u00a77025"),
        tr.mark("Opt-out preference signals"),
        tr.mark(
            "A browser signal such as Global Privacy Control is honoured as a request to "
            "opt out of sale and sharing."
        ),
    ),
    # --- DSA ----------------------------------------------------------------------------
    _r(
        "dsa-25",
        DSA,
        tr.mark("DSA Art. 25(1)"),
        tr.mark("No dark patterns"),
        tr.mark(
            "An interface must not deceive or manipulate people or impair their free, "
            "informed decisions."
        ),
    ),
    _r(
        "dsa-25-3-a",
        DSA,
        tr.mark("DSA Art. 25(3)(a)"),
        tr.mark("No pushed choice"),
        tr.mark(
            "Giving one option more prominence when asking for a decision is a practice "
            "the Commission may name as a dark pattern."
        ),
    ),
    _r(
        "dsa-26",
        DSA,
        tr.mark("DSA Art. 26(1)"),
        tr.mark("Advertising is labelled"),
        tr.mark(
            "An advertisement is marked as such, with who paid for it and the main "
            "reasons it is shown."
        ),
    ),
    _r(
        "dsa-27-1",
        DSA,
        tr.mark("DSA Art. 27(1)-(2)"),
        tr.mark("Recommender transparency"),
        tr.mark(
            "The main parameters of a recommender and their relative importance are "
            "explained in plain language."
        ),
    ),
    _r(
        "dsa-27-3",
        DSA,
        tr.mark("DSA Art. 27(3)"),
        tr.mark("Changing the recommender"),
        tr.mark(
            "Where options exist, the choice between them is easy to reach from where "
            "the recommendations are shown."
        ),
    ),
    _r(
        "dsa-28",
        DSA,
        tr.mark("DSA Art. 28"),
        tr.mark("Protecting minors"),
        tr.mark(
            "No advertising based on profiling for a recipient known to be a minor, and a "
            "high level of privacy and safety for minors."
        ),
    ),
    _r(
        "dsa-38",
        DSA,
        tr.mark("DSA Art. 38"),
        tr.mark("An option without profiling"),
        tr.mark(
            "Very large platforms offer at least one recommender option not based on profiling."
        ),
    ),
)

RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}

# Rules the app does not show, each with the reason (the checklist prints them).
NOT_SHOWN: dict[str, str] = {
    "gdpr-22": tr.mark(
        "Not applicable: a shop's recommendations have no legal or similarly "
        "significant effect, and the app has no contrast case yet."
    ),
}


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
