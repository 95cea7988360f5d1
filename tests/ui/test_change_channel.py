"""The one change channel: every operation's Changes reaches every screen through the
composition root's single ``changed`` signal; no screen learns of a change another way, and
no UI module writes the store."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import REPO
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.operations import retention as retention_ops
from tightrope.operations.changes import Changes

UI = REPO / "desktop" / "tightrope" / "ui"


def test_one_signal_carries_a_write_made_elsewhere_to_every_screen(qtbot, window, services):
    """A write made by no screen at all (a core call, as the command line or a scenario
    makes) still reaches the top bar, the your-data list, the privacy strip, the scenario
    panel's date, the why panel and the shelves, through the one signal."""
    store = services.store
    heard: list[Changes] = []
    window.store_events.changed.connect(heard.append)
    top = services.recommender.recommend()
    window.show_why(top[0].product_id if top else "trail-tent-2p")
    panel = window.why.panel

    d = record_ops.record(store, "search", text="trail tent", where="test").datum
    assert [c.op for c in heard] == ["record"] and heard[0].added == (d,)
    n = store.count_datums()
    assert window.top_bar.your_data.text() == f"Your data ({n})"
    assert window.your_data.model.rowCount() == n
    assert panel.controller._stale  # the panel re-renders once the burst is over

    consent_ops.set_level(store, "light")
    assert "Personalization: Light" in window.privacy.strip.state.text()

    retention_ops.advance_clock(store, 2)
    assert "2 days ahead" in window.workshop.panel.clock.text()

    moved = forget_ops.forget(services.recommender, [d.id])
    assert heard[-1] is moved  # the same value the caller got back
    assert window.top_bar.your_data.text() == f"Your data ({store.count_datums()})"
    assert window.your_data.model.rowCount() == store.count_datums()
    assert [c.op for c in heard] == ["record", "level", "clock", "forget"]


def test_the_why_panel_and_the_window_hear_the_same_single_change(qtbot, window, services):
    """A forget from the panel is told once, on the window's signal (no relay through the
    panel, the dock and the window)."""
    record_ops.record(services.store, "view", product_id="trail-tent-2p", where="test")
    panel = window.why.show("trail-tent-2p")
    assert panel.changed is window.store_events.changed
    heard: list[Changes] = []
    window.store_events.changed.connect(heard.append)
    row = next(r for r in panel.controller.content.rows if r.datum is not None)
    from tightrope.ui.why.content import FORGET

    change = panel.controller.apply(row.datum.action(FORGET))
    assert heard == [change] and change.op == "forget"
    assert not hasattr(panel, "change_applied") and not hasattr(window, "apply_change")


# calls that write the store, and reach-throughs the change channel replaced
STORE_WRITES = {
    "insert_datum",
    "delete_rows",
    "write_receipt",
    "set_meta",
    "publish",
    "record",
    "record_many",
    "add_to_cart",
    "remove_from_cart",
    "checkout",
    "toggle_wishlist",
    "rate",
    "set_excluded",
    "delete_datums",
    "advance_clock",
    "set_clock_offset",
    "notify",
    "subscribe",
}
REMOVED = {"apply_change", "change_applied"}


def _calls(path: Path) -> list[tuple[int, str, str]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Attribute):
            base = node.value
            owner = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "")
            out.append((node.lineno, owner, node.attr))
    return out


def test_no_ui_module_writes_the_store_or_relays_a_change():
    """Only operations write; screens hear of changes from the one signal. The store's
    listeners are subscribed in one place (ui/store_events.py, owned by the composition
    root): no screen subscribes its own, no screen calls a store write, and nothing
    calls the removed relay (``apply_change``, ``change_applied``)."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        for line, owner, attr in _calls(path):
            if owner == "store" and attr in STORE_WRITES and rel != "store_events.py":
                offenders.append(f"{rel}:{line} store.{attr}")
            if attr in REMOVED:
                offenders.append(f"{rel}:{line} {attr}")
        if "StoreEvents(" in path.read_text() and rel not in (
            "main_window.py",
            "store_events.py",
            "why/bench.py",
        ):
            offenders.append(f"{rel}: makes its own StoreEvents")
    assert offenders == []
