"""``tightrope bench --gui``: the why panel and the shop measured through the real window.

With the outdoor-enthusiast persona loaded at the shipped catalog, in a 1280x800 window:

* open: click a card's "Why?" button;
* forget: click the panel's "Forget this" on the largest personal reason.

Each is timed twice from the click: to the *first repaint* (the posted layout work, then a
full repaint of the window: the frame the participant sees, with the top of the panel and,
after a forget, every shelf rebuilt) and to *complete* (the panel has also filled in the
rows below the fold it renders in chunks after that paint, then the window repaints).

Reports medians and 95th percentiles in ms; asserts nothing (machines are noisy).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QPushButton

from tightrope import paths, personas
from tightrope.services import open_services

PERSONA = "outdoor-enthusiast"
KEYS = (
    "open_why_panel",
    "open_why_panel_complete",
    "forget_to_repainted_shelves",
    "forget_to_repainted_shelves_complete",
)


def _stats(samples: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return {"median_ms": statistics.median(ms), "p95_ms": p95, "n": len(ms)}


def _is_complete(panel: Any) -> bool:
    return bool(panel.is_complete()) if hasattr(panel, "is_complete") else True


def run(repeat: int = 30) -> dict[str, Any]:
    from tightrope.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(paths.resolve_data_dir(Path(tmp) / "data"))
        personas.apply_persona(services.store, personas.load_persona_file(personas.resolve(PERSONA)))
        window = MainWindow(services)
        window.resize(1280, 800)
        window.show()
        app.processEvents()

        def settle() -> None:
            # everything still pending (chunks, the counterfactual, refreshes), then a paint
            for _ in range(3):
                QApplication.sendPostedEvents()
                app.processEvents()
            panel = window.why.panel
            while panel is not None and not _is_complete(panel):
                app.processEvents()
            window.repaint()

        def first_repaint() -> None:
            # what runs before the next frame: the posted layout requests and queued calls
            # (no timers, and not the posted paint request: the frame is the full repaint)
            for _ in range(2):
                for kind in (QEvent.Type.MetaCall, QEvent.Type.LayoutRequest):
                    QApplication.sendPostedEvents(None, kind)
            window.repaint()

        def complete() -> None:
            panel = window.why.panel
            while panel is not None and not _is_complete(panel):
                app.processEvents()
            QApplication.sendPostedEvents()
            window.repaint()

        def why_button():
            card = window.cards()[0]
            return card.why

        opened: list[float] = []
        opened_complete: list[float] = []
        forgot: list[float] = []
        forgot_complete: list[float] = []
        for _ in range(repeat):
            window.hide_side_panel()
            settle()
            button = why_button()
            t = time.perf_counter()
            button.click()
            first_repaint()
            opened.append(time.perf_counter() - t)
            complete()
            opened_complete.append(time.perf_counter() - t)
            settle()
            panel = window.why.panel
            forget = next(
                (b for b in panel.findChildren(QPushButton)
                 if b.isVisible() and b.accessibleName().startswith("Forget this")),
                None,
            )
            if forget is None:
                break
            t = time.perf_counter()
            forget.click()
            first_repaint()
            forgot.append(time.perf_counter() - t)
            complete()
            forgot_complete.append(time.perf_counter() - t)
            settle()
        left = len(services.store.datums())
        window.close()
        services.close()
    return {
        "persona": PERSONA,
        "data_points_left": left,
        "open_why_panel": _stats(opened),
        "open_why_panel_complete": _stats(opened_complete),
        "forget_to_repainted_shelves": _stats(forgot),
        "forget_to_repainted_shelves_complete": _stats(forgot_complete),
    }


def print_report(result: dict[str, Any]) -> None:
    print(f"GUI, shipped catalog, persona {result['persona']} (1280x800 window)")
    print("  (first repaint: click to the window's next full repaint; complete: every row")
    print("   of the panel filled in and the window repainted again)")
    for key in KEYS:
        r = result[key]
        print(f"  {key:38} median {r['median_ms']:7.2f} ms   p95 {r['p95_ms']:7.2f} ms   (n={r['n']})")
