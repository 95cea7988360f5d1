"""Consent: one switch per data category and per sensitive category, with its history.

The decision in force is the store meta key ``consent_state`` (the shape personas use:
``{"browsing": true, ..., "sensitive": {"pregnancy-baby": false, ...}}``); this module is its
only writer. Every change appends to ``consent_history`` (given/withdrawn, when, where) in
the same transaction. :meth:`Store.consented` reads the state, so a withdrawn category is not
*collected* any more; the recommender reads it too, so its existing data stops being used at
once. The personalization level (Off / Light / Full) and "pause collection" live here too.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tightrope.clock import format_time
from tightrope.storage.datums import CONSENT_CATEGORIES, consent_label
from tightrope.i18n import translator
from tightrope.privacy import gpc, minors
from tightrope.storage.store import Store

tr = translator("Consent")

SENSITIVE_PREFIX = "sensitive:"
META_STATE = "consent_state"
META_SENSITIVE_OPT_IN = "sensitive_opt_in"  # derived mirror for older readers; same writer
META_LEVEL = "personalization_level"
META_PAUSED = "collection_paused"

OFF, LIGHT, FULL = "off", "light", "full"
LEVELS: dict[str, tuple[str, str]] = {
    OFF: (tr.mark("Off"), tr.mark("Nothing personal is used: everyone sees the same popular, "
                                  "new and sponsored items.")),
    LIGHT: (tr.mark("Light"), tr.mark("Only your own activity and what you told us; no "
                                      "\u201cshoppers like you\u201d, no guesses from your "
                                      "location or age band.")),
    FULL: (tr.mark("Full"), tr.mark("Everything you allow, including \u201cshoppers like you\u201d "
                                    "and suggestions from your location and age band.")),
}
DEFAULT_LEVEL = FULL

# What each switch lets the shop collect, in one line (consent screen and privacy page).
DESCRIPTIONS: dict[str, str] = {
    "browsing": tr.mark("Which products you open, and from where."),
    "searches": tr.mark("What you type in the search box."),
    "purchases": tr.mark("What you put in your cart and buy."),
    "ratings": tr.mark("The stars you give and your wishlist."),
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
            return self.sensitive.get(category[len(SENSITIVE_PREFIX):], False)
        return self.categories.get(category, False)

    def granted(self) -> frozenset[str]:
        return frozenset(c for c, on in self.categories.items() if on)

    def sensitive_opt_in(self) -> frozenset[str]:
        return frozenset(c for c, on in self.sensitive.items() if on)

    def to_json(self) -> dict[str, Any]:
        return {**self.categories, "sensitive": dict(self.sensitive)}


@dataclass(frozen=True)
class ConsentChange:
    """What a consent operation did: switches given and withdrawn, and how many stored data
    points sit in the withdrawn categories (the UI offers to delete them)."""

    given: tuple[str, ...]
    withdrawn: tuple[str, ...]
    data_in_withdrawn: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.given or self.withdrawn)

    def to_json(self) -> dict[str, Any]:
        return {"given": list(self.given), "withdrawn": list(self.withdrawn),
                "data_in_withdrawn": dict(self.data_in_withdrawn)}


def sensitive_ids(store: Store) -> list[str]:
    return [c.id for c in store.catalog.sensitive_categories()]


def switch_ids(store: Store) -> list[str]:
    """Every switch on the consent screen, in order: categories, then sensitive ones."""
    return list(CONSENT_CATEGORIES) + [SENSITIVE_PREFIX + s for s in sensitive_ids(store)]


def switch_label(store: Store, switch: str) -> str:
    if switch.startswith(SENSITIVE_PREFIX):
        return store.catalog.category(switch[len(SENSITIVE_PREFIX):]).name
    if switch not in CONSENT_CATEGORIES:
        raise KeyError(switch)
    return consent_label(switch)


def state(store: Store) -> ConsentState:
    raw = store.consent_state()
    sens_ids = sensitive_ids(store)
    if raw is None:
        return ConsentState({c: False for c in CONSENT_CATEGORIES}, {s: False for s in sens_ids}, False)
    sens = raw.get("sensitive") or {}
    return ConsentState(
        {c: raw.get(c) is True for c in CONSENT_CATEGORIES},
        {s: sens.get(s) is True for s in sens_ids},
        True,
    )


def decided(store: Store) -> bool:
    return store.consent_state() is not None


def _write(store: Store, new: ConsentState, where: str, changed: list[tuple[str, bool]]) -> None:
    at = format_time(store.clock.now())
    store.set_meta(META_STATE, json.dumps(new.to_json(), sort_keys=True))
    store.set_meta(META_SENSITIVE_OPT_IN, json.dumps(sorted(new.sensitive_opt_in())))
    for switch, granted in changed:
        store.db.execute(
            "INSERT INTO consent_history (at, category, granted, collected_where) VALUES (?, ?, ?, ?)",
            [at, switch, int(granted), where],
        )


def _data_counts(store: Store, categories: list[str]) -> dict[str, int]:
    if not categories:
        return {}
    counts: Counter[str] = Counter()
    marks = ",".join("?" * len(categories))
    for r in store.db.query(
        f"SELECT consent_category AS c, count(*) AS n FROM datums WHERE consent_category IN ({marks}) "
        "GROUP BY consent_category", categories,
    ):
        counts[r["c"]] = r["n"]
    return dict(counts)


def set_switches(store: Store, switches: dict[str, bool], where: str) -> ConsentChange:
    """Set some switches (``"browsing"``, ``"sensitive:alcohol"``); the rest keep their value.

    The first call is the user's decision: switches not named are recorded as off. Takes
    effect at once: collection stops for withdrawn categories and the recommender rebuilds.
    """
    old = state(store)
    known = set(switch_ids(store))
    unknown = sorted(set(switches) - known)
    if unknown:
        raise ValueError(f"unknown consent switch {unknown[0]!r}; switches are: {', '.join(sorted(known))}")
    cats = dict(old.categories)
    sens = dict(old.sensitive)
    for switch, on in switches.items():
        if switch.startswith(SENSITIVE_PREFIX):
            sens[switch[len(SENSITIVE_PREFIX):]] = bool(on)
        else:
            cats[switch] = bool(on)
    new = ConsentState(cats, sens, True)
    changed = [
        (s, new.allows(s)) for s in switch_ids(store)
        if (not old.decided and s in switches) or new.allows(s) != old.allows(s)
    ]
    with store.db.atomic():
        _write(store, new, where, changed)
    given = tuple(s for s, on in changed if on and not old.allows(s))
    withdrawn = tuple(s for s, on in changed if not on and old.allows(s))
    change = ConsentChange(given, withdrawn, _data_counts(store, [s for s in withdrawn if s in CONSENT_CATEGORIES]))
    store.notify(action="consent", consent=change.to_json())
    return change


def accept_all(store: Store, where: str) -> ConsentChange:
    """Every everyday category on; sensitive categories keep their own, explicit switches."""
    return set_switches(store, {c: True for c in CONSENT_CATEGORIES}, where)


def reject_all(store: Store, where: str) -> ConsentChange:
    """Every switch off, sensitive ones included. Still a decision: the shop is usable."""
    return set_switches(store, {s: False for s in switch_ids(store)}, where)


def replace_state(store: Store, categories: dict[str, bool], sensitive: dict[str, bool], where: str) -> None:
    """Set the whole state (a persona load). Call inside the caller's transaction."""
    old = state(store)
    sens_ids = sensitive_ids(store)
    new = ConsentState(
        {c: categories.get(c) is True for c in CONSENT_CATEGORIES},
        {s: sensitive.get(s) is True for s in sens_ids},
        True,
    )
    changed = [(s, new.allows(s)) for s in switch_ids(store) if not old.decided or new.allows(s) != old.allows(s)]
    _write(store, new, where, changed)
    store.notify(action="consent")


def history(store: Store) -> list[dict[str, Any]]:
    known = switch_ids(store)

    def name(switch: str) -> str:
        if switch == gpc.SWITCH:
            return gpc.label()
        return switch_label(store, switch) if switch in known else switch

    return [
        {"at": r["at"], "switch": r["category"], "label": name(r["category"]),
         "granted": bool(r["granted"]), "where": r["collected_where"]}
        for r in store.db.query("SELECT * FROM consent_history ORDER BY id")
    ]


# --- personalization level and pausing ----------------------------------------------------

def level(store: Store) -> str:
    value = store.get_meta(META_LEVEL)
    return value if value in LEVELS else DEFAULT_LEVEL


def set_level(store: Store, value: str) -> str:
    if value not in LEVELS:
        raise ValueError(f"the personalization level is one of {', '.join(LEVELS)}, not {value!r}")
    store.set_meta(META_LEVEL, value)
    store.notify(action="consent", level=value)
    return value


def paused(store: Store) -> bool:
    return store.get_meta(META_PAUSED) == "1"


def set_paused(store: Store, on: bool) -> bool:
    """Pause collection: nothing is recorded while paused; what is stored is still used."""
    store.set_meta(META_PAUSED, "1" if on else "0")
    store.notify(action="pause", paused=on)
    return on


# --- blocked topics (removed inferred interests) -----------------------------------------

def blocked_topics(store: Store) -> frozenset[str]:
    return frozenset(r["topic"] for r in store.db.query("SELECT topic FROM blocked_topics"))


def block_topic(store: Store, topic: str) -> None:
    if topic not in store.catalog.category_by_id:
        raise ValueError(f"there is no topic {topic!r}")
    store.db.execute(
        "INSERT OR IGNORE INTO blocked_topics (topic, at) VALUES (?, ?)",
        [topic, format_time(store.clock.now())],
    )
    store.notify(action="consent", blocked=topic)


def unblock_topic(store: Store, topic: str) -> None:
    store.db.execute("DELETE FROM blocked_topics WHERE topic = ?", [topic])
    store.notify(action="consent", unblocked=topic)


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
    return Policy(s.granted(), s.sensitive_opt_in(), OFF if minor else level(store),
                  blocked_topics(store), minor)
