"""``tightrope bench --gui``: the why panel and the shop measured through the real window.

With the outdoor-enthusiast persona loaded at the shipped catalog, in a 1280x800 window:

* open: click a card's "Why?" button until the docked panel is laid out and the window
  has repainted;
* forget: click the panel's "Forget this" on the largest personal reason until the panel
  *and every shelf* have been rebuilt and the window has repainted.

Reports medians and 95th percentiles in ms; asserts nothing (machines are noisy).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QPushButton

from tightrope import paths, personas
from tightrope.services import open_services

PERSONA = "outdoor-enthusiast"


def _stats(samples: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return {"median_ms": statistics.median(ms), "p95_ms": p95, "n": len(ms)}


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
            # posted layout/refresh work, then a synchronous paint of the whole window
            for _ in range(3):
                QApplication.sendPostedEvents()
                app.processEvents()
            window.repaint()

        def why_button():
            card = window.cards()[0]
            return card.why

        opened: list[float] = []
        forgot: list[float] = []
        for _ in range(repeat):
            window.hide_side_panel()
            settle()
            button = why_button()
            t = time.perf_counter()
            button.click()
            settle()
            opened.append(time.perf_counter() - t)
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
            settle()
            forgot.append(time.perf_counter() - t)
        left = len(services.store.datums())
        window.close()
        services.close()
    return {
        "persona": PERSONA,
        "data_points_left": left,
        "open_why_panel": _stats(opened),
        "forget_to_repainted_shelves": _stats(forgot),
    }


def print_report(result: dict[str, Any]) -> None:
    print(f"GUI, shipped catalog, persona {result['persona']} (1280x800 window)")
    for key in ("open_why_panel", "forget_to_repainted_shelves"):
        r = result[key]
        print(f"  {key:30} median {r['median_ms']:7.2f} ms   p95 {r['p95_ms']:7.2f} ms   (n={r['n']})")
