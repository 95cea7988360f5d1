"""How fast the "why" panel is: ``python -m tightrope.ui.why.bench [spread|dense] [repeat]``.

Measures, at the shipped catalog with a shopper of about 150 data points:

* open: ``show_product(pid)`` until the panel is laid out and painted;
* action: a click's engine call (exclude/include, or forget) until the panel is re-rendered,
  laid out and painted, with the engine's own share reported apart;
* the counterfactual, which the panel asks for right after the paint, also apart.

Two shoppers, each also declaring an interest in outdoor (the first line printed says how
many reasons their top products rest on):

* ``spread``: the benchmark shopper of :mod:`tightrope.bench.latency`, 150 data points across the
  catalog over 90 days. Most of it is too old or too loose to count, so a top product rests
  on 2 - 4 reasons, as a real shopper's do (docs/engine.md).
* ``dense``: 149 views in the last two days of the products whose data counts for one
  product, then that product added to the cart (:func:`dense_user`): it rests on ~90
  reasons and the rest of its top on 15 - 50. The worst case for the panel: long lists to
  build, round and sum up, and many data points for the counterfactual to weigh.

Each forget takes the largest personal reason of the product shown; when the product has
none left, the rounds go on with the shopper's #1 then. Reports medians and 95th
percentiles in ms; asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from tightrope import paths
from tightrope.bench.latency import NOW, synthetic_user
from tightrope.catalog import load_shipped_catalog
from tightrope.clock import FixedClock
from tightrope.engine.community_cache import load_shipped_community
from tightrope.engine.evidence import Evidence
from tightrope.engine.recommender import Recommender
from tightrope.operations import consent as consent_ops
from tightrope.operations import forget as forget_ops
from tightrope.operations import record as record_ops
from tightrope.services import Services
from tightrope.storage.store import Store


def dense_user(evidence: Evidence, n: int = 150) -> list[dict[str, Any]]:
    """A shopper with one product on their mind (the worst case for the panel): ``n`` views,
    over the last two days, of the products whose data counts for it (it is one of their
    content or co-purchase neighbours), then a cart add of it. The product is the one the
    most others feed; each view is a reason of its own, recent enough to count."""
    catalog = evidence.catalog
    feeds: dict[int, list[int]] = {}
    for j, p in enumerate(catalog.products):
        if not p.sensitive:
            near = {*evidence.similar(j)[0].tolist(), *evidence.nearest_bought_with(j)[0].tolist()}
            for i in near:
                feeds.setdefault(i, []).append(j)
    anchor = max(
        (i for i in feeds if not catalog.products[i].sensitive), key=lambda i: (len(feeds[i]), -i)
    )
    feeders = feeds[anchor]
    rows: list[dict[str, Any]] = [
        {
            "kind": "view",
            "product_id": catalog.products[feeders[k % len(feeders)]].id,
            "at": NOW - timedelta(hours=46 - 44 * k / n),
            "where": "product page",
        }
        for k in range(n - 1)
    ]
    rows.append(
        {
            "kind": "cart_add",
            "product_id": catalog.products[anchor].id,
            "value": 1,
            "at": NOW - timedelta(hours=1),
            "where": "product page",
        }
    )
    return rows


def _stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def run(persona: str = "spread", repeat: int = 30) -> dict[str, tuple[float, float]]:
    from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget

    from tightrope.ui import theme
    from tightrope.ui.store_events import StoreEvents
    from tightrope.ui.why.content import EXCLUDE, FORGET, INCLUDE, Action
    from tightrope.ui.why_panel import WhyPanel

    app = QApplication.instance() or QApplication([])
    catalog = load_shipped_catalog()
    community = load_shipped_community(catalog)
    out: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = paths.resolve_data_dir(Path(tmp) / "data")
        store = Store.open(data_dir.database, catalog, FixedClock(NOW))
        consent_ops.accept_all(store, where="bench")
        rec = Recommender(store, community)
        services = Services(data_dir, catalog, store, community, rec)
        rows = synthetic_user(catalog, 150) if persona == "spread" else dense_user(rec.evidence)
        record_ops.record_many(store, rows)
        record_ops.record(store, "declared_interest", text="outdoor", where="profile")

        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        host.setMinimumSize(440, 900)
        theme.apply_theme(host)
        panel = WhyPanel(services, StoreEvents(store, host).changed, host)
        layout.addWidget(panel)
        host.resize(440, 900)
        host.show()
        app.processEvents()
        ctl = panel.controller

        def settle() -> None:
            QApplication.sendPostedEvents()  # layout requests, then the paint

        def timed(fn: Callable[[], Any]) -> float:
            t = time.perf_counter()
            fn()
            settle()
            return (time.perf_counter() - t) * 1000

        top = [r.product_id for r in rec.recommend()]
        sizes = [len(rec.why(p).contributions) for p in top]
        print(f"{persona}: {len(store.datums())} data points; reasons per top product: {sizes}")
        t = time.perf_counter()
        panel.show_product(top[0])
        settle()
        print(
            f"first open ever (builds the pooled rows): {(time.perf_counter() - t) * 1000:.1f} ms"
        )
        for pid in top:  # warm: every product seen once
            panel.show_product(pid)
            settle()
            ctl.finish_counterfactual()
            app.processEvents()

        opened, counterfactual = [], []
        for k in range(repeat):
            opened.append(timed(lambda k=k: panel.show_product(top[k % len(top)])))
            counterfactual.append(timed(ctl.finish_counterfactual))
            app.processEvents()
        out["open"] = _stats(opened)
        out["open: then counterfactual"] = _stats(counterfactual)

        engine: list[float] = []
        # the operations the panel calls, timed (put back when the run ends)
        originals = {name: getattr(forget_ops, name) for name in ("forget", "exclude", "include")}
        for name, original in originals.items():

            def wrapper(*a: Any, _original: Any = original, **kw: Any) -> Any:
                t = time.perf_counter()
                result = _original(*a, **kw)
                engine.append((time.perf_counter() - t) * 1000)
                return result

            setattr(forget_ops, name, wrapper)

        def actions(pick: Callable[[int], Action | None], label: str) -> None:
            panel.show_product(top[0])
            settle()
            ctl.finish_counterfactual()
            engine.clear()
            total, after = [], []
            for k in range(repeat):
                action = pick(k)
                if action is None:
                    break
                total.append(timed(lambda action=action: ctl.apply(action)))
                after.append(timed(ctl.finish_counterfactual))
                app.processEvents()
            out[f"{label}"] = _stats(total)
            out[f"{label}: engine call"] = _stats(engine)
            out[f"{label}: panel"] = _stats([a - b for a, b in zip(total, engine, strict=False)])
            out[f"{label}: then counterfactual"] = _stats(after)

        def exclude_include(k: int) -> Action | None:
            content = ctl.content
            assert content is not None
            if k % 2 == 0:
                row = next((r for r in content.rows if r.datum is not None), None)
                return row.datum.action(EXCLUDE) if row and row.datum else None
            return content.not_used[0].action(INCLUDE)

        def forget(k: int) -> Action | None:
            content = ctl.content
            assert content is not None
            row = next((r for r in content.rows if r.datum is not None), None)
            if row is None:  # nothing personal left behind it: on with the shopper's #1
                panel.show_product(rec.recommend()[0].product_id)
                settle()
                ctl.finish_counterfactual()
                app.processEvents()
                content = ctl.content
                assert content is not None
                row = next((r for r in content.rows if r.datum is not None), None)
            return row.datum.action(FORGET) if row and row.datum else None

        try:
            actions(exclude_include, "action exclude/include")
            actions(forget, "action forget")
        finally:
            for name, original in originals.items():
                setattr(forget_ops, name, original)
        host.close()
        store.close()
    for name, (median, p95) in out.items():
        print(f"{name:38} median {median:7.2f}  p95 {p95:7.2f} ms")
    return out


if __name__ == "__main__":
    run(
        sys.argv[1] if len(sys.argv) > 1 else "spread",
        int(sys.argv[2]) if len(sys.argv) > 2 else 30,
    )
