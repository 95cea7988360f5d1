"""What the window leaves for later at start-up (issue #18 item 5): pages nobody has opened
are built when first shown, the home page's shelves are not built under the first-run
consent screen, and the why panel's modules wait for the panel."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from tightrope.engine.recommender import Recommender
from tightrope.privacy import consent
from tightrope.services import Services
from tightrope.storage.store import Store
from tightrope.ui.main_window import MainWindow
from tightrope.ui.navigation import CART, CATEGORY, PRODUCT, SEARCH, WISHLIST, YOUR_DATA, Route

pytestmark = pytest.mark.gui

LAZY = {PRODUCT: "product", CART: "cart", WISHLIST: "wishlist", CATEGORY: "category",
        SEARCH: "search", YOUR_DATA: "your_data"}


def test_an_unopened_page_is_built_when_first_shown(qtbot, window, services):
    for attr in LAZY.values():
        assert not getattr(window, attr).built(), f"the {attr} page was built at start-up"
    product = services.catalog.products[0]
    window.navigator.go(Route(PRODUCT, product.id, "test"))
    page = window.product
    assert page.built() and window.stack.currentWidget() is page.view
    assert page.view.name.text() == product.name
    assert page.view.isVisible()
    assert not window.cart.built()  # still nobody opened it
    window.navigator.go(Route(CART))
    assert window.cart.built() and window.stack.currentWidget() is window.cart.view
    window.navigator.back()  # the product page again: the same widgets, not built twice
    assert window.stack.currentWidget() is page.view
    assert window.stack.count() == len({window.stack.widget(i) for i in range(window.stack.count())})


def test_the_privacy_page_is_built_when_first_shown_and_follows_the_condition(qtbot, window):
    privacy = window.privacy
    assert privacy._view is None  # not at start-up
    window.workshop.set_condition("opaque")  # changed while the page does not exist yet
    privacy.show_page()
    view = privacy.view
    assert window.stack.currentWidget() is view and view.isVisible()
    assert not view.tabs.isTabVisible(view.tabs.indexOf(view.know))  # the opaque condition
    st = consent.state(window.services.store)
    assert view.consent.form.values() == {s: st.allows(s) for s in consent.switch_ids(window.services.store)}
    window.workshop.set_condition("transparent")
    assert view.tabs.isTabVisible(view.tabs.indexOf(view.know))


def test_a_page_built_later_works_by_keyboard_and_mouse(qtbot, window, services):
    """A lazily built page is wired as one built at start-up was: its signals reach the store."""
    product = services.catalog.products[1]
    window.navigator.go(Route(PRODUCT, product.id, "test"))
    qtbot.mouseClick(window.product.view.add_to_cart, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.product.view.cart_status.text() == "In your cart: 1")
    assert [pid for pid, _qty in services.store.cart()] == [product.id]
    window.navigator.go(Route(SEARCH, "tent"))
    assert window.search.view.cards() and window.stack.currentWidget() is window.search.view


@pytest.fixture
def first_run(data_dir, catalog, community, clock):
    store = Store.open(data_dir.database, catalog, clock)
    svc = Services(data_dir, catalog, store, community, Recommender(store, community))
    yield svc
    svc.close()


def test_home_shelves_wait_for_the_consent_answer_and_are_there_when_it_goes(qtbot, first_run):
    win = MainWindow(first_run)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.privacy.gate_visible()
    assert win.home.cards() == []  # nothing built under the screen
    reached = []
    win.privacy.screen.hideEvent = lambda _e: reached.append(len(win.home.cards()))
    qtbot.mouseClick(win.privacy.screen.accept_all, Qt.MouseButton.LeftButton)
    assert consent.decided(first_run.store) and not win.privacy.gate_visible()
    # the shelves were there before the screen went: the first frame without it shows them
    assert reached and reached[0] > 0
    expected = [i.product_id for s in first_run.recommender.shelves() if s.items for i in s.items]
    assert [c.product.id for c in win.home.cards()] == expected


def test_the_why_panel_modules_wait_for_the_panel():
    code = ("import sys\nimport tightrope.ui.app\n"
            "print(sorted(m for m in sys.modules if m.startswith('tightrope.ui.why')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['tightrope.ui.why', 'tightrope.ui.why.dock']"


def _tab_chain(window) -> list:
    """The widgets Tab visits, in order, starting after the window."""
    chain, seen = [], set()
    widget = window.nextInFocusChain()
    while widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_a_page_built_later_keeps_its_place_in_the_tab_order(qtbot, window, services):
    """Tab goes through the top bar, then the page, then the workshop button and the privacy
    strip, as when every page was built at start-up (a page built later would otherwise come
    after everything built since)."""
    window.navigator.go(Route(PRODUCT, services.catalog.products[2].id, "test"))
    chain = _tab_chain(window)
    view = window.product.view
    workshop = next(i for i, w in enumerate(chain) if w.accessibleName() == "Workshop tools")
    strip = next(i for i, w in enumerate(chain) if window.privacy.strip.isAncestorOf(w))
    built = [chain.index(w) for w in (view.breadcrumb, view.add_to_cart, view.wishlist, view.why_button)]
    assert chain[built[0] - 1].accessibleName().startswith("Your data")  # the top bar's last
    assert built == sorted(built) and built[-1] < workshop < strip
    window.privacy.show_page()
    chain = _tab_chain(window)
    page = [i for i, w in enumerate(chain) if window.privacy.view.isAncestorOf(w)]
    workshop = next(i for i, w in enumerate(chain) if w.accessibleName() == "Workshop tools")
    strip = next(i for i, w in enumerate(chain) if window.privacy.strip.isAncestorOf(w))
    assert workshop < page[0] and page == list(range(page[0], page[-1] + 1)) and page[-1] < strip
