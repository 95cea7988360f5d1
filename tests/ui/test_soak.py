"""GUI soak: thousands of seeded random actions on the real MainWindow, with sockets blocked.

A rich persona is loaded, then the test navigates, searches, opens products, adds to the
cart, rates, wishlists, opens the why panel and forgets / excludes / includes from it,
switches consent, opens privacy tabs, moves the clock, loads personas and steps through
scenarios, through the same widgets and slots the user's clicks reach. It fails on any
exception in a slot (pytest-qt), any Qt warning (qt_log_level_fail), any network use (so it
is also the "main GUI flows with sockets blocked" test), orphaned top-level widgets, growing
widget or Python object counts, or a memory trend above the documented bounds.

The seed and the figures are printed (``pytest -s``); a failure names the seed and the
action, and ``TIGHTROPE_SOAK_SEED=<seed>`` replays it.
"""

from __future__ import annotations

import gc
import os
import random
import socket
import time

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers import checkout as _checkout
from tightrope.operations import forget as forget_ops
from tightrope.ui.main_window import MainWindow
from tightrope.ui.navigation import Route
from tightrope.ui.why.content import EXCLUDE, FORGET, INCLUDE
from tightrope.ui.why.reasons_list import WARM_ROWS
from tightrope.workshop import personas, scenarios

pytestmark = [pytest.mark.gui, pytest.mark.slow]

# The soak issue asked for 10,000 actions (TIGHTROPE_SOAK_ACTIONS=10000; both CI runs of
# 2026-12-06's third session ran them and passed). Since the product page shows reviews, an
# action costs more (10,000 took 8-10 minutes), so the suite runs 6,000 by default to keep
# CI within its 20 minutes; TIGHTROPE_SOAK_ACTIONS=1200 gives a quicker loop while
# developing. Figures: docs/reliability.md.
ACTIONS = int(os.environ.get("TIGHTROPE_SOAK_ACTIONS", "6000"))
SAMPLE_EVERY = 100
WARM_UP = 4  # samples left out of the trend: caches, fonts and pictures fill first
DEFAULT_SEED = 20261129
# Leak bounds, after warm-up. The widget and object counts at the sample point depend on
# what every kept page shows (shelves, the last product, the why panel's rows), so they go up
# and down by ~25 %; a leak grows without bound. Leaking one card or row per action would
# add over 1000 widgets and tens of thousands of objects in this run; the bounds allow
# the state-dependent swing but not that. RSS rarely shrinks (allocator), so it gets a
# trend bound far below "one page of pictures per action".
SWING = 1.25
RSS_SLOPE_MB = 20.0  # per 1000 actions
RSS_HEADROOM_MB = 60.0
SEARCHES = ["tent", "coffee", "yoga mat", "prenatal", "wine", "dog food", "zqsoak", "", "book"]


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network use attempted: {args!r}")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


class Soak:
    """The random actions. Each one drives a real widget or the slot its button reaches."""

    def __init__(self, win, services, rng: random.Random, export_dir):
        self.win, self.services, self.rng = win, services, rng
        self.catalog = services.catalog
        self.persona_ids = [p.id for p in personas.list_personas(self.catalog)]
        self.scenarios = scenarios.list_scenarios(self.catalog)
        self.export_dir = export_dir
        self.counts: dict[str, int] = {}
        self.seconds: dict[str, float] = {}
        self.table = [
            (self.home, 8),
            (self.category, 8),
            (self.search, 8),
            (self.product, 14),
            (self.back, 5),
            (self.cart_page, 3),
            (self.wishlist_page, 2),
            (self.your_data, 2),
            (self.add_to_cart, 6),
            (self.wishlist, 4),
            (self.rate, 4),
            (self.why, 8),
            (self.why_action, 8),
            (self.close_panel, 3),
            (self.privacy_tab, 3),
            (self.consent_switch, 2),
            (self.advance_clock, 1),
            (self.scenario_step, 3),
            (self.load_persona, 1),
            (self.export, 1),
            (self.checkout, 1),
        ]
        self.actions = [a for a, _w in self.table]
        self.weights = [w for _a, w in self.table]

    def step(self) -> str:
        action = self.rng.choices(self.actions, self.weights)[0]
        started = time.perf_counter()
        action()
        QApplication.processEvents()
        name = action.__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
        return name

    def cost_ms(self) -> dict[str, float]:
        return {k: round(1000 * self.seconds[k] / self.counts[k], 1) for k in sorted(self.counts)}

    # --- helpers
    def _pid(self) -> str:
        recs = self.services.recommender.recommend()
        if recs and self.rng.random() < 0.5:
            return self.rng.choice(recs).product_id
        return self.rng.choice(self.catalog.products).id

    # --- navigation
    def home(self):
        self.win.navigator.go(Route("home"))

    def category(self):
        self.win.navigator.go(Route("category", self.rng.choice(self.catalog.categories).id))

    def search(self):
        box = self.win.top_bar.search
        box.setText(self.rng.choice(SEARCHES))
        box.returnPressed.emit()

    def product(self):
        self.win.navigator.go(Route("product", self._pid(), "soak"))

    def back(self):
        if self.win.navigator.can_go_back():
            self.win.navigator.back()

    def cart_page(self):
        self.win.navigator.go(Route("cart"))

    def wishlist_page(self):
        self.win.navigator.go(Route("wishlist"))

    def your_data(self):
        self.win.navigator.go(Route("your-data"))

    # --- product page
    def _on_product(self):
        current = self.win.navigator.current
        if current is None or current.page != "product":
            self.product()

    def add_to_cart(self):
        self._on_product()
        self.win.product.view.add_to_cart.click()

    def wishlist(self):
        self._on_product()
        self.win.product.view.wishlist.click()

    def rate(self):
        self._on_product()
        self.win.product.view.rate.rated.emit(self.rng.randint(1, 5))

    def checkout(self):
        if self.services.store.cart():
            _checkout(self.services.store)

    # --- why panel
    def why(self):
        self.win.why.show(self._pid())

    def why_action(self):
        panel = self.win.why.panel
        if panel is None or self.win.side_panel() is not panel:
            self.why()
            panel = self.win.why.panel
        rows = [r for r in panel.visible_rows() if r.row.datum is not None]
        if not rows:
            return
        datum = self.rng.choice(rows).row.datum
        kind = self.rng.choice([FORGET, EXCLUDE, EXCLUDE, INCLUDE])
        if kind == INCLUDE:
            excluded = [d for d in self.services.store.datums() if d.excluded]
            if excluded:
                forget_ops.include(self.services.recommender, [self.rng.choice(excluded).id])
                self.win.refresh()
            return
        panel.controller.apply(datum.action(kind))

    def close_panel(self):
        self.win.hide_side_panel()

    # --- privacy and workshop
    def privacy_tab(self):
        self.win.privacy.show_page(self.rng.randrange(7))

    def consent_switch(self):
        self.win.privacy.show_page(0)
        boxes = list(self.win.privacy.view.consent.form.boxes.values())
        box = self.rng.choice(boxes)
        if box.isChecked() and self.rng.random() < 0.6:  # mostly back on: the shop keeps collecting
            box = self.rng.choice([b for b in boxes if not b.isChecked()] or boxes)
        box.click()

    def advance_clock(self):
        self.win.privacy.advance_clock(self.rng.choice([0.5, 2.0, 20.0]))

    def scenario_step(self):
        ctl = self.win.workshop.scenarios
        if (
            ctl.scenario is None
            or ctl.index >= len(ctl.scenario.steps) - 1
            or self.rng.random() < 0.05
        ):
            ctl.start(self.rng.choice(self.scenarios))
        else:
            ctl.next()

    def load_persona(self):
        self.win.workshop.load_persona(self.rng.choice(self.persona_ids))

    def export(self):
        self.win.privacy.export_to(
            str(self.export_dir / "soak.json"), self.rng.choice(["json", "csv"])
        )


def _quiet_state(win, qtbot) -> None:
    """The same place before every sample: home page, no panel, deferred deletes done."""
    win.hide_side_panel()
    win.navigator.go(Route("home"))
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    QPixmapCache.clear()
    gc.collect()


def _drop_stale_windows(win) -> None:
    """Delete shop windows left by earlier tests: their services are closed, yet their
    once-a-minute retention sweep still fires, and this test runs for longer than that
    minute (the sweep then fails on the closed database, in someone else's window)."""
    for w in QApplication.topLevelWidgets():
        if w is not win and isinstance(w, MainWindow):
            w.close()
            w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _pooled_rows(win) -> tuple[int, int]:
    """The why panel's pooled contribution rows: (rows, widgets they make up)."""
    panel = win.why.panel
    if panel is None:
        return 0, 0
    return len(panel.rows), sum(1 + len(row.findChildren(QWidget)) for row in panel.rows)


def _slope(values: list[float]) -> float:
    """Least-squares slope per 1000 actions."""
    x = np.arange(len(values)) * SAMPLE_EVERY / 1000
    return float(np.polyfit(x, np.asarray(values, dtype=float), 1)[0])


def test_soak_random_gui_actions(window, services, qtbot, no_network, tmp_path):
    least = (WARM_UP + 2) * SAMPLE_EVERY  # a trend needs samples after the warm-up
    assert least <= ACTIONS, f"TIGHTROPE_SOAK_ACTIONS must be at least {least}"
    seed = int(os.environ.get("TIGHTROPE_SOAK_SEED", DEFAULT_SEED))
    print(f"\nsoak seed {seed} (replay: TIGHTROPE_SOAK_SEED={seed})")
    rng = random.Random(seed)
    win = window
    _drop_stale_windows(win)
    win.workshop.load_persona("expecting-parent")
    soak = Soak(win, services, rng, tmp_path)
    rss, objects, widgets, top_level, times, rows_pooled = [], [], [], [], [], []
    longest = 0
    started = last = time.perf_counter()
    for n in range(1, ACTIONS + 1):
        try:
            soak.step()
        except Exception as exc:  # name the seed and step, then let the test fail
            raise AssertionError(f"seed {seed}, action {n}: {exc!r}") from exc
        panel = win.why.panel
        if panel is not None and panel.content is not None:
            longest = max(longest, len(panel.content.rows))
        if n % SAMPLE_EVERY == 0:
            _quiet_state(win, qtbot)
            rss.append(_rss_mb())
            objects.append(len(gc.get_objects()))
            # The why panel keeps a pool of row widgets as long as the longest list it has
            # shown (reused, never rebuilt): counted apart, and bounded by that list.
            pool = _pooled_rows(win)
            rows_pooled.append(pool[0])
            assert pool[0] <= max(WARM_ROWS, longest), (
                "row pool outgrows its lists",
                seed,
                pool,
                longest,
            )
            widgets.append(len(QApplication.allWidgets()) - pool[1])
            top_level.append(len(QApplication.topLevelWidgets()))
            now = time.perf_counter()
            times.append(now - last)
            last = now
    total = time.perf_counter() - started
    trend = {
        "rss": _slope(rss[WARM_UP:]),
        "objects": _slope(objects[WARM_UP:]),
        "widgets": _slope(widgets[WARM_UP:]),
    }
    print(
        f"soak: {ACTIONS} actions in {total:.1f} s ({1000 * total / ACTIONS:.1f} ms each); "
        f"per {SAMPLE_EVERY}: {[round(t, 1) for t in times]} s"
    )
    print(f"RSS MB {[round(r, 1) for r in rss]}; slope {trend['rss']:.2f} MB/1000 actions")
    print(f"python objects {objects}; slope {trend['objects']:.0f}/1000")
    print(f"widgets {widgets}; slope {trend['widgets']:.1f}/1000; top-level {top_level}")
    print(f"why panel rows pooled {rows_pooled} (longest list shown: {longest})")
    print(f"actions: {dict(sorted(soak.counts.items()))}")
    print(f"mean ms per action: {soak.cost_ms()}")
    before, after = slice(0, WARM_UP), slice(WARM_UP, None)
    assert max(top_level[after]) <= max(top_level[before]), (
        "orphaned top-level widgets",
        seed,
        top_level,
    )
    assert max(widgets[after]) <= SWING * max(widgets[before]), ("widgets grow", seed, widgets)
    assert max(objects[after]) <= SWING * max(objects[before]), ("objects grow", seed, objects)
    assert trend["rss"] < RSS_SLOPE_MB, ("memory trend", seed, rss)
    assert max(rss[after]) <= max(rss[before]) + RSS_HEADROOM_MB, ("memory grows", seed, rss)
