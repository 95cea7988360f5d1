"""Consent: one switch per data category and per sensitive category, with its history.

The decision in force is the store meta key ``consent_state`` (the shape personas use:
``{"browsing": true, ..., "sensitive": {"pregnancy-baby": false, ...}}``); this module is its
reader; its writers are the operations in :mod:`tightrope.operations.consent`.
Every change appends to ``consent_history`` (given/withdrawn, when, where) in the same
transaction. :meth:`Store.consented` reads the state, so a withdrawn category is not
*collected* any more; the recommender reads it too, so its existing data stops being used at
once. The personalization level (Off / Light / Full) and "pause collection" live here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tightrope.i18n import translator
from tightrope.privacy import gpc, minors
from tightrope.storage.datums import CONSENT_CATEGORIES, consent_label
from tightrope.storage.store import Store

tr = translator("Consent")

SENSITIVE_PREFIX = "sensitive:"
META_STATE = "consent_state"
META_SENSITIVE_OPT_IN = "sensitive_opt_in"  # derived mirror for older readers; same writer
META_LEVEL = "personalization_level"
META_PAUSED = "collection_paused"

OFF, LIGHT, FULL = "off", "light", "full"
LEVELS: dict[str, tuple[str, str]] = {
    OFF: (
        tr.mark("Off"),
        tr.mark(
            "Nothing personal is used: everyone sees the same popular, new and sponsored items."
        ),
    ),
    LIGHT: (
        tr.mark("Light"),
        tr.mark(
            "Only your own activity and what you told us; no "
            "\u201cshoppers like you\u201d, no guesses from your "
            "location or age band."
        ),
    ),
    FULL: (
        tr.mark("Full"),
        tr.mark(
            "Everything you allow, including \u201cshoppers like you\u201d "
            "and suggestions from your location and age band."
        ),
    ),
}
DEFAULT_LEVEL = FULL

# What each switch lets the shop collect, in one line (consent screen and privacy page).
DESCRIPTIONS: dict[str, str] = {
    "browsing": tr.mark("Which products you open, and from where."),
    "searches": tr.mark("What you type in the search box."),
    "purchases": tr.mark(
        "What you put in your cart and buy, and a delivery address you ask us to remember."
    ),
    "ratings": tr.mark("The stars you give, your wishlist and the reviews you mark helpful."),
    "interests": tr.mark("Departments you tell us you like."),
    "location": tr.mark("The city you tell us you live in."),
    "age_band": tr.mark("The age band you tell us."),
}
SENSITIVE_DESCRIPTION = tr.mark(
    "Off unless you switch it on: data about these products is not collected, and nothing "
    "is inferred from your other shopping."
)


def description(switch: str) -> str:
    """What a switch lets the shop collect, in the user's language ('' for sensitive ones)."""
    text = DESCRIPTIONS.get(switch)
    return tr(text) if text else ""


def sensitive_description() -> str:
    return tr(SENSITIVE_DESCRIPTION)


def level_text(level: str) -> tuple[str, str]:
    """A personalization level's name and one-line explanation, in the user's language."""
    name, line = LEVELS[level]
    return tr(name), tr(line)


@dataclass(frozen=True)
class ConsentState:
    """The switches in force. ``decided`` is False until the user has chosen once."""

    categories: dict[str, bool]
    sensitive: dict[str, bool]
    decided: bool

    def allows(self, category: str) -> bool:
        if category.startswith(SENSITIVE_PREFIX):
            return self.sensitive.get(category[len(SENSITIVE_PREFIX) :], False)
        return self.categories.get(category, False)

    def granted(self) -> frozenset[str]:
        return frozenset(c for c, on in self.categories.items() if on)

    def sensitive_opt_in(self) -> frozenset[str]:
        return frozenset(c for c, on in self.sensitive.items() if on)

    def to_json(self) -> dict[str, Any]:
        return {**self.categories, "sensitive": dict(self.sensitive)}


def sensitive_ids(store: Store) -> list[str]:
    return [c.id for c in store.catalog.sensitive_categories()]


def switch_ids(store: Store) -> list[str]:
    """Every switch on the consent screen, in order: categories, then sensitive ones."""
    return list(CONSENT_CATEGORIES) + [SENSITIVE_PREFIX + s for s in sensitive_ids(store)]


def switch_label(store: Store, switch: str) -> str:
    if switch.startswith(SENSITIVE_PREFIX):
        return store.catalog.category(switch[len(SENSITIVE_PREFIX) :]).name
    if switch not in CONSENT_CATEGORIES:
        raise KeyError(switch)
    return consent_label(switch)


def state(store: Store) -> ConsentState:
    raw = store.consent_state()
    sens_ids = sensitive_ids(store)
    if raw is None:
        return ConsentState(
            {c: False for c in CONSENT_CATEGORIES}, {s: False for s in sens_ids}, False
        )
    sens = raw.get("sensitive") or {}
    return ConsentState(
        {c: raw.get(c) is True for c in CONSENT_CATEGORIES},
        {s: sens.get(s) is True for s in sens_ids},
        True,
    )


def decided(store: Store) -> bool:
    return store.consent_state() is not None


def history(store: Store) -> list[dict[str, Any]]:
    known = switch_ids(store)

    def name(switch: str) -> str:
        if switch == gpc.SWITCH:
            return gpc.label()
        return switch_label(store, switch) if switch in known else switch

    return [
        {
            "at": r["at"],
            "switch": r["category"],
            "label": name(r["category"]),
            "granted": bool(r["granted"]),
            "where": r["collected_where"],
        }
        for r in store.db.query("SELECT * FROM consent_history ORDER BY id")
    ]


# --- personalization level and pausing ----------------------------------------------------


def level(store: Store) -> str:
    value = store.get_meta(META_LEVEL)
    return value if value in LEVELS else DEFAULT_LEVEL


def paused(store: Store) -> bool:
    return store.get_meta(META_PAUSED) == "1"


# --- blocked topics (removed inferred interests) -----------------------------------------


def blocked_topics(store: Store) -> frozenset[str]:
    return frozenset(r["topic"] for r in store.db.query("SELECT topic FROM blocked_topics"))


@dataclass(frozen=True)
class Policy:
    """Everything the recommender's layers need, read once per computation."""

    granted: frozenset[str]
    sensitive_opt_in: frozenset[str]
    level: str  # in force: Off for a known minor, whatever level was chosen
    blocked: frozenset[str]
    minor: bool = False  # the minors rule is in force (tightrope.privacy.minors)


def policy(store: Store) -> Policy:
    s = state(store)
    minor = minors.known_minor(store)
    return Policy(
        s.granted(),
        s.sensitive_opt_in(),
        OFF if minor else level(store),
        blocked_topics(store),
        minor,
    )
