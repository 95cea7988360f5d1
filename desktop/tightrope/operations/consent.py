"""Consent operations: the switches (sensitive opt-ins included), the personalization level,
pausing collection, blocked topics, and "do not sell or share". The decision in force is read
through :mod:`tightrope.privacy.consent`; these are its only writers."""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING

from tightrope.clock import format_time
from tightrope.operations.changes import (
    BLOCKED_TOPICS,
    GPC,
    LEVEL,
    PAUSED,
    SHARING,
    Changes,
    ConsentChange,
)
from tightrope.operations.commit import committed
from tightrope.privacy import gpc, partners
from tightrope.privacy.consent import (
    LEVELS,
    META_LEVEL,
    META_PAUSED,
    META_SENSITIVE_OPT_IN,
    META_STATE,
    SENSITIVE_PREFIX,
    ConsentState,
    sensitive_ids,
    state,
    switch_ids,
)
from tightrope.storage.datums import CONSENT_CATEGORIES

if TYPE_CHECKING:
    from tightrope.storage.store import Store


def write_state(
    store: Store, new: ConsentState, where: str, changed: list[tuple[str, bool]]
) -> None:
    """Write the state in force and its history, inside the caller's transaction."""
    at = format_time(store.clock.now())
    store.set_meta(META_STATE, json.dumps(new.to_json(), sort_keys=True))
    store.set_meta(META_SENSITIVE_OPT_IN, json.dumps(sorted(new.sensitive_opt_in())))
    for switch, granted in changed:
        store.db.execute(
            "INSERT INTO consent_history (at, category, granted, collected_where) VALUES (?, ?, ?, ?)",
            [at, switch, int(granted), where],
        )


def replace_state(
    store: Store, categories: dict[str, bool], sensitive: dict[str, bool], where: str
) -> ConsentChange:
    """Set the whole state (a persona load), inside the caller's transaction."""
    old = state(store)
    new = ConsentState(
        {c: categories.get(c) is True for c in CONSENT_CATEGORIES},
        {s: sensitive.get(s) is True for s in sensitive_ids(store)},
        True,
    )
    changed = [
        (s, new.allows(s))
        for s in switch_ids(store)
        if not old.decided or new.allows(s) != old.allows(s)
    ]
    write_state(store, new, where, changed)
    return ConsentChange(
        tuple(s for s, on in changed if on and not old.allows(s)),
        tuple(s for s, on in changed if not on and old.allows(s)),
    )


def _data_counts(store: Store, categories: list[str]) -> dict[str, int]:
    if not categories:
        return {}
    counts: Counter[str] = Counter()
    marks = ",".join("?" * len(categories))
    for r in store.db.query(
        f"SELECT consent_category AS c, count(*) AS n FROM datums WHERE consent_category IN ({marks}) "
        "GROUP BY consent_category",
        categories,
    ):
        counts[r["c"]] = r["n"]
    return dict(counts)


def set_switches(store: Store, switches: dict[str, bool], where: str) -> Changes:
    """Set some switches (``"browsing"``, ``"sensitive:alcohol"``: a sensitive opt-in); the
    rest keep their value. ``changes.consent`` says what was given and withdrawn.

    The first call is the user's decision: switches not named are recorded as off. Takes
    effect at once: collection stops for withdrawn categories and the recommender rebuilds.
    """
    old = state(store)
    known = set(switch_ids(store))
    unknown = sorted(set(switches) - known)
    if unknown:
        raise ValueError(
            f"unknown consent switch {unknown[0]!r}; switches are: {', '.join(sorted(known))}"
        )
    cats = dict(old.categories)
    sens = dict(old.sensitive)
    for switch, on in switches.items():
        if switch.startswith(SENSITIVE_PREFIX):
            sens[switch[len(SENSITIVE_PREFIX) :]] = bool(on)
        else:
            cats[switch] = bool(on)
    new = ConsentState(cats, sens, True)
    changed = [
        (s, new.allows(s))
        for s in switch_ids(store)
        if (not old.decided and s in switches) or new.allows(s) != old.allows(s)
    ]

    def write() -> Changes:
        write_state(store, new, where, changed)
        given = tuple(s for s, on in changed if on and not old.allows(s))
        withdrawn = tuple(s for s, on in changed if not on and old.allows(s))
        counts = _data_counts(store, [s for s in withdrawn if s in CONSENT_CATEGORIES])
        return Changes("consent", consent=ConsentChange(given, withdrawn, counts))

    return committed(store, write)


def accept_all(store: Store, where: str) -> Changes:
    """Every everyday category on; sensitive categories keep their own, explicit switches."""
    return set_switches(store, {c: True for c in CONSENT_CATEGORIES}, where)


def reject_all(store: Store, where: str) -> Changes:
    """Every switch off, sensitive ones included. Still a decision: the shop is usable."""
    return set_switches(store, {s: False for s in switch_ids(store)}, where)


def opt_in_sensitive(store: Store, category: str, where: str) -> Changes:
    """Switch one sensitive category on (the user's explicit opt-in)."""
    return set_switches(store, {SENSITIVE_PREFIX + category: True}, where)


def _meta(store: Store, op: str, key: str, value: str, setting: str, result: object) -> Changes:
    def write() -> Changes:
        store.set_meta(key, value)
        return Changes(op, settings=frozenset({setting}), result=result)

    return committed(store, write)


def set_level(store: Store, value: str) -> Changes:
    """Personalization Off, Light or Full (``changes.result``: the level)."""
    if value not in LEVELS:
        raise ValueError(f"the personalization level is one of {', '.join(LEVELS)}, not {value!r}")
    return _meta(store, "level", META_LEVEL, value, LEVEL, value)


def set_paused(store: Store, on: bool) -> Changes:
    """Pause collection: nothing is recorded while paused; what is stored is still used."""
    return _meta(store, "pause", META_PAUSED, "1" if on else "0", PAUSED, on)


def set_do_not_sell(store: Store, on: bool) -> Changes:
    """ "Do not sell or share": nothing goes to the partner while it is on."""
    return _meta(store, "sharing", partners.META_DO_NOT_SELL, "1" if on else "0", SHARING, on)


def block_topic(store: Store, topic: str) -> Changes:
    """Remove a topic from the inferred interests and keep it from coming back."""
    if topic not in store.catalog.category_by_id:
        raise ValueError(f"there is no topic {topic!r}")

    def write() -> Changes:
        store.db.execute(
            "INSERT OR IGNORE INTO blocked_topics (topic, at) VALUES (?, ?)",
            [topic, format_time(store.clock.now())],
        )
        return Changes("block topic", settings=frozenset({BLOCKED_TOPICS}), result=topic)

    return committed(store, write)


def unblock_topic(store: Store, topic: str) -> Changes:
    def write() -> Changes:
        store.db.execute("DELETE FROM blocked_topics WHERE topic = ?", [topic])
        return Changes("unblock topic", settings=frozenset({BLOCKED_TOPICS}), result=topic)

    return committed(store, write)


def set_gpc(store: Store, on: bool, where: str = gpc.WHERE) -> Changes:
    """Start or stop the simulated Global Privacy Control signal (CCPA regs \u00a77025), with
    its line in the consent history; ``changes.result`` is the signal now. Nothing is
    written (and no one told) when it is already so."""
    if gpc.signal(store) == on:
        return Changes("gpc", result=on)

    def write() -> Changes:
        store.set_meta(gpc.META_GPC, "1" if on else "0")
        # granted = "sale and sharing allowed by this signal": the signal withdraws it
        store.db.execute(
            "INSERT INTO consent_history (at, category, granted, collected_where) VALUES (?, ?, ?, ?)",
            [format_time(store.clock.now()), gpc.SWITCH, int(not on), where],
        )
        return Changes("gpc", settings=frozenset({GPC}), result=on)

    return committed(store, write)
