"""Minors: no profiling-based recommendations for a shopper the shop knows is a minor.

DSA Art. 28 forbids a platform to present advertising based on profiling to a recipient it
is aware, with reasonable certainty, is a minor, and asks for a high level of privacy for
minors. The shop treats its recommendations the same way: once a stored age band says the
shopper is under 18, nothing personal is used (the same as personalization level Off,
whatever level is chosen) and nothing is shared with partners. The shop *knows* from the
age band the shopper told it; "Don't use this" on that age band does not make the shop
forget it, so the rule still holds. Forgetting the age band, or correcting it
(:mod:`tightrope.privacy.rectify`), lifts the rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tightrope.i18n import translator

if TYPE_CHECKING:
    from tightrope.storage.store import Store

tr = translator("Minors")

# Age bands (catalog taxonomy, profile_rules.age_band) that mean "under 18".
MINOR_AGE_BANDS = frozenset({"13-17"})
RULE = "DSA Art. 28"


def known_minor(store: Store) -> bool:
    """Does a stored age band (used or not) say the shopper is a minor?"""
    marks = ",".join("?" * len(MINOR_AGE_BANDS))
    row = store.db.execute(
        f"SELECT EXISTS (SELECT 1 FROM datums WHERE kind = 'age_band' AND text IN ({marks}))",
        sorted(MINOR_AGE_BANDS),
    ).fetchone()
    return bool(row[0])


def explanation() -> str:
    """Why the shelves are not personalised for a known minor, in one sentence."""
    return tr(
        "You told us your age band is under 18, so nothing about you is used to choose "
        "what you see and nothing is shared with partners: everyone under 18 sees the "
        "same popular, new and sponsored items (no profiling of minors, {rule})."
    ).format(rule=RULE)
