"""The study conditions (docs/user-study.md, "Conditions"): a walk through every screen of the
opaque shop finds no explanation text or control; the same walk in the transparent shop
finds them (so the walk can see what it looks for)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from tests.ui.helpers import ADDRESS, CARD, fill
from tightrope.operations import record as record_ops
from tightrope.ui.condition import OPAQUE, TRANSPARENT
from tightrope.ui.navigation import (
    CART,
    CATEGORY,
    HOME,
    ORDERS,
    SEARCH,
    WISHLIST,
    YOUR_DATA,
    Route,
)

pytestmark = pytest.mark.gui

PERSONA = "outdoor-enthusiast"

# What the transparent shop says and the opaque one never does.
EXPLANATION = re.compile(
    "|".join(
        (
            r"\bwhy\b",  # Why?, Why not?, Why am I seeing this
            r"\bbecause\b",  # reason lines, shelf titles
            r"recommended for you at #",  # the product page's line
            r"not in your recommendations",
            r"behind (\d+|any) of your",  # inferred interests
            r"interests we infer|interested in ",
            r"where your recommendations come from",  # what we know: the source meter
            r"what would change|would bring it in|keeps it out",  # counterfactuals
            r"you did or told us|nothing personal was used|counts for most",
            r"anonymous shopper|bought together",
            r"partners? would (see|receive)",
            r"data-use log|what we know|stored now",
            r"don.t use|stop using|forget th|forget everything about",  # per-recommendation actions
        )
    ),
    re.IGNORECASE,
)
EXPLAINING_WIDGETS = ("whyButton", "whyStatus", "whyAction", "whyForget", "sidePanel")


def shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.window().isVisible()


def said(window) -> list[str]:
    """Every text the window shows or reads out: labels, buttons, visible tabs."""
    texts: list[str] = []
    for w in window.findChildren(QLabel):
        if shown(w):
            texts += [w.text(), w.accessibleName(), w.toolTip()]
    for w in window.findChildren(QAbstractButton):
        if shown(w):
            texts += [w.text(), w.accessibleName(), w.toolTip(), w.accessibleDescription()]
    for bar in window.findChildren(QTabBar):
        if shown(bar):
            texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    return [t for t in texts if t]


def explanations(window) -> list[str]:
    found = [t for t in said(window) if EXPLANATION.search(t)]
    found += [
        f"widget {name}"
        for name in EXPLAINING_WIDGETS
        for w in window.findChildren(QWidget, name)
        if shown(w)
    ]
    return found


def walk(qtbot, window, services):
    """Every screen a participant can reach: (name, what it explains)."""
    catalog = services.catalog
    store = services.store
    rec = services.recommender
    top = rec.recommend()
    recommended = top[0].product_id
    outside = next(p.id for p in catalog.products if rec.why(p.id).rank is None)
    for pid in (recommended, outside):
        record_ops.add_to_cart(store, pid)
    record_ops.toggle_wishlist(store, recommended)
    nav = window.navigator

    def settle():
        qtbot.wait(60)
        return explanations(window)

    nav.go(Route(HOME))
    yield "home", settle()
    window.open_product(recommended, where="test")
    yield "product (recommended)", settle()
    # asking anyway (a scenario step, the keyboard) opens nothing in the opaque shop
    window.show_why(recommended)
    window.accessibility.why_for_focus()
    yield "product (asked why)", settle()
    window.hide_side_panel()
    window.open_product(outside, where="test")
    yield "product (not recommended)", settle()
    nav.go(Route(CATEGORY, catalog.product(recommended).category))
    yield "category", settle()
    nav.go(Route(SEARCH, "tent"))
    yield "search", settle()
    nav.go(Route(WISHLIST))
    yield "wishlist", settle()
    nav.go(Route(CART))
    yield "cart", settle()
    window.cart.view.checkout.click()
    yield "checkout: address", settle()
    steps = window.checkout.view
    fill(qtbot, steps.address.fields, ADDRESS)
    steps.next.click()
    yield "checkout: payment", settle()
    fill(qtbot, steps.payment.fields, CARD)
    steps.next.click()
    yield "checkout: review", settle()
    steps.next.click()
    yield "order confirmation", settle()
    nav.go(Route(ORDERS))
    yield "orders", settle()
    nav.go(Route(YOUR_DATA))
    yield "your data", settle()
    tabs = window.privacy.view.tabs
    for i in range(tabs.count()):
        window.privacy.show_page(i)
        if tabs.currentIndex() == i:
            yield f"privacy: {tabs.tabText(i)}", settle()


def test_the_opaque_shop_explains_nothing_on_any_screen(qtbot, window, services, artifacts):
    window.workshop.load_persona(PERSONA)
    window.workshop.set_condition(OPAQUE)
    found = {}
    for name, explained in walk(qtbot, window, services):
        window.grab().save(str(artifacts / f"opaque-{name.replace(' ', '-').replace(':', '')}.png"))
        if explained:
            found[name] = explained
    assert not found, found
    assert window.side_panel() is None
    # the plain settings a typical shop has stay: consent, personalization, export, erase
    view = window.privacy.view
    visible_tabs = [
        view.tabs.widget(i) for i in range(view.tabs.count()) if view.tabs.isTabVisible(i)
    ]
    assert visible_tabs == [view.consent, view.export]
    assert view.consent.form.boxes and all(r.isEnabled() for r in view.consent.levels.values())
    assert view.export.export_json.isVisibleTo(window) and view.export.erase.isVisibleTo(window)
    assert window.privacy.strip.open.isVisibleTo(window)
    assert window.privacy.strip.open.text() == "Privacy settings"
    assert not window.privacy.strip.state.isVisibleTo(window)
    assert not window.top_bar.your_data.isVisibleTo(window)


def test_the_transparent_shop_explains_on_the_same_walk(qtbot, window, services):
    """The walk's detector sees explanations where they are: it is not blind."""
    window.workshop.load_persona(PERSONA)
    window.workshop.set_condition(TRANSPARENT)
    found = dict(walk(qtbot, window, services))
    for name in (
        "home",
        "product (recommended)",
        "product (not recommended)",
        "privacy: Inferred interests",
        "privacy: What we know",
    ):
        assert found[name], name
    assert any("Behind" in t for t in found["privacy: Inferred interests"])


def test_switching_back_restores_every_explanation(qtbot, window):
    window.workshop.load_persona(PERSONA)
    window.workshop.set_condition(OPAQUE)
    window.workshop.set_condition(TRANSPARENT)
    qtbot.wait(60)
    strip = window.privacy.strip
    assert strip.state.isVisibleTo(window) and strip.open.text() == "Privacy controls"
    tabs = window.privacy.view.tabs
    assert all(tabs.isTabVisible(i) for i in range(tabs.count()))
    assert window.why.show(window.cards()[0].product.id) is not None
    assert explanations(window)
