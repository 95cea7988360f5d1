"""What an advertising partner would see. Nothing is ever sent: this builds the payload to
*show* it, beside what is stored locally.

* The id is pseudonymous: HMAC-SHA256 over the partner's name with a random key that stays
  in this shop's database (erased by "erase everything", after which a new, unlinkable id
  is made). Each partner gets a different id, so partners cannot join their data on it.
* Interests are coarse (catalog departments from the inferred interests), never sensitive,
  and only those whose cohort in the synthetic community has at least k shoppers
  (k-anonymity, the community index's k).
* "Do not sell or share" is on by default; while it is on, the payload is empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from tightrope import interests, pseudonyms
from tightrope.i18n import translator

if TYPE_CHECKING:
    from tightrope.recommender import Recommender
    from tightrope.store import Store

META_KEY = pseudonyms.META_PARTNER_KEY
META_DO_NOT_SELL = "do_not_sell"
PARTNER = "adnetwork.example"

tr = translator("Partners")


NO_ID_WHILE_BLOCKED = "<a keyed hash: not made while nothing may be shared>"


def do_not_sell(store: Store) -> bool:
    return store.get_meta(META_DO_NOT_SELL) != "0"


def set_do_not_sell(store: Store, on: bool) -> bool:
    store.set_meta(META_DO_NOT_SELL, "1" if on else "0")
    store.notify(action="sharing", do_not_sell=on)
    return on


def pseudonymous_id(store: Store, partner: str = PARTNER) -> str:
    return pseudonyms.keyed_hash(store, META_KEY, f"tightrope-partner-id:{partner}")


def cohort_size(rec: Recommender, topic: str) -> int:
    """A lower bound on the community shoppers interested in this topic: the most shoppers
    any one of its products has (the index keeps per-product counts, not who they are)."""
    members = [i for i, p in enumerate(rec.catalog.products) if p.category == topic]
    return int(np.max(rec.community.popularity[members])) if members else 0


def payload(rec: Recommender, partner: str = PARTNER) -> dict[str, Any]:
    """The exact payload the shop would send, and what it left out and why."""
    store = rec.store
    k = rec.community.k
    offered, withheld = [], []
    for inf in interests.inferred(rec):
        cat = rec.catalog.category(inf.topic)
        size = cohort_size(rec, inf.topic)
        if cat.sensitive:
            withheld.append({"topic": inf.topic, "name": inf.name, "reason": tr("sensitive category: never shared")})
        elif size < k:
            withheld.append({"topic": inf.topic, "name": inf.name,
                             "reason": tr("fewer than %n shopper(s) share it (k-anonymity)", n=k)})
        else:
            offered.append({"topic": inf.topic, "name": inf.name, "cohort_at_least": size})
    blocked = do_not_sell(store)
    if_allowed = {
        "partner": partner,
        # minimization: no key (and so no id) is made while nothing may be shared
        "pseudonymous_id": NO_ID_WHILE_BLOCKED if blocked else pseudonymous_id(store, partner),
        "interests": [o["topic"] for o in offered],
    }
    return {
        "partner": partner,
        "do_not_sell": blocked,
        "sent": False,
        "would_send": None if blocked else if_allowed,
        # what "Do not sell or share" is holding back (the same payload, never sent)
        "would_send_if_allowed": if_allowed,
        "eligible_interests": offered,
        "withheld": withheld,
        "k": k,
        "stored_locally": {
            "data_points": len(rec.datums()),
            "by_category": _by_category(store),
        },
        "note": ("Nothing is ever sent: this shop makes no network connections. With \u201cDo not "
                 "sell or share\u201d on, it would send nothing at all."),
    }


def _by_category(store: Store) -> dict[str, int]:
    return {r["c"]: r["n"] for r in store.db.query(
        "SELECT consent_category AS c, count(*) AS n FROM datums GROUP BY c ORDER BY c")}
