"""What an advertising partner would see. Nothing is ever sent: this builds the payload to
*show* it, beside what is stored locally.

* The id is pseudonymous: HMAC-SHA256 over the partner's name with a random key that stays
  in this shop's database (erased by "erase everything", after which a new, unlinkable id
  is made). Each partner gets a different id, so partners cannot join their data on it.
* Interests are coarse (catalog departments from the inferred interests), never sensitive,
  and only those whose cohort in the synthetic community has at least k shoppers
  (k-anonymity, the community index's k). The payload is k-anonymous *as a whole*: a set of
  common interests can be rare together (outdoor + fashion + fitness + electronics + books
  is held by 3 of the 6,000 community shoppers), so interests are left out, the one whose
  absence leaves the most shoppers first, until at least k hold the whole set. Departments
  are the coarsest level the catalog has, so there is nothing to generalise them to.
* "Do not sell or share" is on by default; while it is on, the payload is empty. So it is
  while the browser sends Global Privacy Control, whatever the switch says, and for a
  shopper known to be a minor (:func:`tightrope.privacy.gpc.sharing_block`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tightrope.engine import interests
from tightrope.i18n import translator
from tightrope.privacy import gpc, pseudonyms

if TYPE_CHECKING:
    from tightrope.engine.community import CommunityIndex
    from tightrope.engine.recommender import Recommender
    from tightrope.storage.store import Store

META_KEY = pseudonyms.META_PARTNER_KEY
META_DO_NOT_SELL = "do_not_sell"
PARTNER = "adnetwork.example"

tr = translator("Partners")


NO_ID_WHILE_BLOCKED = "<a keyed hash: not made while nothing may be shared>"


def do_not_sell(store: Store) -> bool:
    return store.get_meta(META_DO_NOT_SELL) != "0"


def pseudonymous_id(store: Store, partner: str = PARTNER) -> str:
    return pseudonyms.keyed_hash(store, META_KEY, f"tightrope-partner-id:{partner}")


def cohort_size(rec: Recommender, topic: str) -> int:
    """A lower bound on the community shoppers interested in this topic: the most shoppers
    any one of its products has (the index keeps per-product counts, not who they are)."""
    members = [i for i, p in enumerate(rec.catalog.products) if p.category == topic]
    return int(rec.community.popularity[members].max()) if members else 0


def payload(rec: Recommender, partner: str = PARTNER) -> dict[str, Any]:
    """The exact payload the shop would send, and what it left out and why."""
    store = rec.store
    k = rec.community.k
    offered: list[dict[str, Any]] = []
    withheld: list[dict[str, Any]] = []
    for inf in interests.inferred(rec):
        cat = rec.catalog.category(inf.topic)
        size = cohort_size(rec, inf.topic)
        if cat.sensitive:
            withheld.append(
                {
                    "topic": inf.topic,
                    "name": inf.name,
                    "rule": "sensitive",
                    "reason": tr("sensitive category: never shared"),
                }
            )
        elif size < k:
            withheld.append(
                {
                    "topic": inf.topic,
                    "name": inf.name,
                    "rule": "k-anonymity",
                    "reason": tr("fewer than %n shopper(s) share it (k-anonymity)", n=k),
                }
            )
        else:
            offered.append({"topic": inf.topic, "name": inf.name, "cohort_at_least": size})
    offered, dropped = k_anonymous_set(rec.community, offered, k)
    withheld += dropped
    block = gpc.sharing_block(store)
    blocked = block is not None
    if_allowed = {
        "partner": partner,
        # minimization: no key (and so no id) is made while nothing may be shared
        "pseudonymous_id": NO_ID_WHILE_BLOCKED if blocked else pseudonymous_id(store, partner),
        "interests": [o["topic"] for o in offered],
    }
    return {
        "partner": partner,
        "do_not_sell": do_not_sell(store),
        # what stops sharing now ("gpc", "minor", "do_not_sell"; None: nothing) and why
        "blocked_by": block,
        "blocked_reason": gpc.block_text(block),
        "gpc": {"signal": gpc.signal(store), "honoured": block == gpc.GPC},
        "sent": False,
        "would_send": None if blocked else if_allowed,
        # what is being held back (the same payload, never sent)
        "would_send_if_allowed": if_allowed,
        "eligible_interests": offered,
        "withheld": withheld,
        "k": k,
        # community shoppers who hold every interest sent (all of them when none is)
        "combination_cohort": rec.community.cohort(o["topic"] for o in offered),
        "stored_locally": {
            "data_points": len(rec.datums()),
            "by_category": _by_category(store),
        },
        "note": (
            "Nothing is ever sent: this shop makes no network connections. With \u201cDo not "
            "sell or share\u201d on, it would send nothing at all."
        ),
    }


def k_anonymous_set(
    community: CommunityIndex, offered: list[dict[str, Any]], k: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Leave interests out until at least k community shoppers hold the whole set: each
    time the one whose absence leaves the most shoppers (on a tie the weaker: ``offered``
    comes strongest first). Returns what is kept and, for the partner view, what was left
    out and why."""
    kept = list(offered)
    dropped: list[dict[str, Any]] = []
    while kept and community.cohort(o["topic"] for o in kept) < k:

        def left(i: int) -> int:
            return community.cohort(o["topic"] for j, o in enumerate(kept) if j != i)

        i = max(range(len(kept)), key=lambda i: (left(i), i))
        together = community.cohort(o["topic"] for o in kept)
        gone = kept.pop(i)
        dropped.append(
            {
                "topic": gone["topic"],
                "name": gone["name"],
                "rule": "combination",
                "reason": tr(
                    "left out so that at least %n shopper(s) share all the "
                    "interests sent together; with it, {count} did",
                    n=k,
                ).format(count=together),
            }
        )
    return kept, dropped


def _by_category(store: Store) -> dict[str, int]:
    return {
        r["c"]: r["n"]
        for r in store.db.query(
            "SELECT consent_category AS c, count(*) AS n FROM datums GROUP BY c ORDER BY c"
        )
    }
