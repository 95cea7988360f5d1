"""The rules Tightrope teaches, as data: each :class:`Rule` is a short paraphrase written by
us with its reference (GDPR, CCPA/CPRA and its regulations, the EU Digital Services Act). It is
not legal advice and not the text of the law; the reference says where to read the real thing.
Where the app shows each rule is in :mod:`tightrope.privacy.rules` (the placements)."""

from __future__ import annotations

from dataclasses import dataclass

from tightrope.i18n import translator

tr = translator("Rules")  # the same context as tightrope.privacy.rules: one set of texts

GDPR, CCPA, DSA = "GDPR", "CCPA/CPRA", "DSA"
LAWS: tuple[str, ...] = (GDPR, CCPA, DSA)
LAW_NAMES: dict[str, str] = {
    GDPR: tr.mark("EU General Data Protection Regulation (2016/679)"),
    CCPA: tr.mark("California Consumer Privacy Act as amended by the CPRA, and its regulations"),
    DSA: tr.mark("EU Digital Services Act (2022/2065)"),
}


@dataclass(frozen=True)
class Rule:
    """One right or duty: ``reference`` ("GDPR Art. 17"), ``title`` and ``text`` (our own
    paraphrase, one or two sentences). Texts are marked for translation."""

    id: str
    law: str
    reference: str
    title: str
    text: str


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
