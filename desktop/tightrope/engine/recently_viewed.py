"""The "Recently viewed" shelf: the products the shopper opened, from their "view" data points.

Newest first, each product once, at most :data:`SHELF_LIMIT`. It shows personal data, so it
shows only views the shop may use: not excluded ones, nothing while the "Browsing" switch is
withdrawn or personalization is Off (or the minors rule holds), and no product of a sensitive
category not opted into or a topic the shopper blocked (the recommender's guard, so the
shelf never shows on screen what the recommendations may not use). "Clear recently viewed"
forgets every stored view, the ones not shown included: :func:`clear_preview` says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tightrope.i18n import translator
from tightrope.privacy import consent
from tightrope.storage.datums import count_noun

if TYPE_CHECKING:
    from tightrope.engine.explain import Preview
    from tightrope.engine.recommender import Recommender

tr = translator("RecentlyViewed")

SHELF_LIMIT = 8
TITLE = tr.mark("Recently viewed")


def title() -> str:
    """The shelf's title in the user's language."""
    return tr(TITLE)


@dataclass(frozen=True)
class RecentlyViewed:
    """What the shelf shows, and what clearing it forgets."""

    product_ids: tuple[str, ...]  # shown: newest view first, each product once
    view_ids: tuple[int, ...]  # every stored view data point: what "Clear" forgets
    products: int  # how many products those stored views are of
    # why no view is shown although some are stored ("" when some are shown, or when the
    # only views stored are of products the guard keeps off the screen)
    not_shown: str = ""

    @property
    def hidden(self) -> bool:
        """Nothing to show and nothing to say: the shelf is not drawn."""
        return not self.product_ids and not self.not_shown


def recently_viewed(rec: Recommender, limit: int = SHELF_LIMIT) -> RecentlyViewed:
    """The shelf as the stored data and the consent in force make it now."""
    catalog = rec.catalog
    views = sorted(
        (d for d in rec.datums().values() if d.kind == "view"),
        key=lambda d: (d.collected_at, d.id),
        reverse=True,
    )
    policy = rec.policy()
    guarded = ({c.id for c in catalog.sensitive_categories()} - policy.sensitive_opt_in) | set(
        policy.blocked
    )
    shown: list[str] = []
    for d in views:
        product = catalog.get(d.product_id)
        if product is None or product.id in shown or product.category in guarded or not rec.used(d):
            continue
        shown.append(product.id)
        if len(shown) == limit:
            break
    not_shown = ""
    if views and not shown:
        not_shown = _why_none(rec, views)
    return RecentlyViewed(
        tuple(shown),
        tuple(d.id for d in views),
        len({d.product_id for d in views}),
        not_shown,
    )


def _why_none(rec: Recommender, views: list) -> str:
    """Why none of the stored views is shown, in a sentence ("" for guarded products only:
    naming the reason would name the sensitive or blocked topic on the home page)."""
    policy = rec.policy()
    stored = tr("%n earlier view(s) (is|are) still stored.", n=len(views))
    if policy.minor:
        reason = tr(
            "You told us your age band is under 18, so the shop does not use what you viewed."
        )
    elif policy.level == consent.OFF:
        reason = tr("Personalization is off, so the shop does not use what you viewed.")
    elif "browsing" not in policy.granted:
        reason = tr(
            "The \u201cBrowsing\u201d switch is off: the products you open are not recorded, "
            "and the views recorded before are not used."
        )
    elif all(d.excluded for d in views):
        reason = tr("You asked the shop not to use your views.")
    else:
        return ""
    return f"{reason} {stored}"


def clear_preview(rec: Recommender, shelf: RecentlyViewed) -> tuple[str, Preview]:
    """What "Clear recently viewed" will do, before it is done: which data points go (every
    stored view, those not shown included), that the shelf goes, and what changes in the
    recommendations and the rest of the shop (the forget preview, which the operation then
    carries out exactly)."""
    preview = rec.preview_forget(shelf.view_ids)
    shown = len(shelf.product_ids)
    views = count_noun("view", len(shelf.view_ids))
    if shelf.products > shown:
        what = tr(
            "This forgets {views} of %n product(s), {unshown} of them not on the shelf.",
            "{views}: e.g. '14 views'; {unshown}: a number",
            n=shelf.products,
        ).format(views=views, unshown=shelf.products - shown)
    else:
        what = tr(
            "This forgets {views} of %n product(s).", "{views}: e.g. '14 views'", n=shelf.products
        ).format(views=views)
    parts = [what]
    if shown:
        parts.append(tr("The \u201cRecently viewed\u201d shelf goes."))
    if preview.changed_count or preview.shelves_changed:
        parts.append(
            tr("What changes in your recommendations: {changes}").format(changes=preview.summary)
        )
    else:
        parts.append(preview.summary)  # "Your recommendations would not change."
    if preview.also:
        parts.append(preview.also)
    return " ".join(parts), preview
