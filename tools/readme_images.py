"""Render the README's workshop and user-study pictures with the app itself, offscreen.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=desktop python tools/readme_images.py

writes docs/images/home.png, why-panel.png and why-after-forget.png (a rich persona's shop,
its why panel, and the shop right after "Forget the whole topic"), docs/images/workshop-scenario.png (the scenario panel over the shop, a persona loaded,
the why panel open on step 3 of "Why am I seeing this?") and docs/images/report.png (the
merged report of three synthetic sessions, two transparent and one opaque). Everything runs
in a temporary data folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from tightrope import paths
from tightrope.catalog import load_shipped_catalog
from tightrope.engine.community_cache import load_shipped_community
from tightrope.engine.recommender import Recommender
from tightrope.operations import consent as consent_ops
from tightrope.operations.persona import load_persona
from tightrope.services import Services
from tightrope.storage.store import Store
from tightrope.ui import theme
from tightrope.workshop import report, scenarios, tasks
from tightrope.workshop.sessions import SessionRecorder

OUT = ROOT / "docs" / "images"


def settle(app: QApplication, ms: int = 300) -> None:
    done = []
    QTimer.singleShot(ms, lambda: done.append(True))
    while not done:
        app.processEvents()


def workshop_picture(app: QApplication, folder: Path) -> Path:
    from tightrope.ui.main_window import MainWindow

    data = paths.resolve_data_dir(folder / "workshop")
    catalog = load_shipped_catalog()
    community = load_shipped_community(catalog)
    store = Store.open(data.database, catalog)
    consent_ops.accept_all(store, where="readme picture")
    services = Services(data, catalog, store, community, Recommender(store, community))
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    ctl = window.workshop.scenarios
    window.workshop.show_scenario_panel()
    ctl.start(scenarios.load("why-am-i-seeing-this"))
    ctl.next()
    ctl.next()  # step 3: the why panel is open and its reasons are framed
    settle(app, 600)
    path = OUT / "workshop-scenario.png"
    window.grab().save(str(path), "PNG")
    window.close()
    services.close()
    return path


class _Time:
    def __init__(self) -> None:
        self.t = 0.0

    def now(self) -> datetime:
        return datetime(2026, 11, 29, 10, 0, tzinfo=UTC) + timedelta(seconds=self.t)

    def mono(self) -> float:
        return self.t


def _session(folder: Path, code: str, condition: str, plan, answers, controls) -> Path:
    clock = _Time()
    rec = SessionRecorder.start(
        folder,
        participant=code,
        condition=condition,
        persona="outdoor-enthusiast",
        task_list=tasks.load("sample-study"),
        now=clock.now,
        monotonic=clock.mono,
    )
    for task, seconds, outcome in plan:
        clock.t += 1
        rec.start_task(task)
        for kind in controls:
            rec.log(kind)
        clock.t += seconds
        if outcome:
            rec.finish_task(outcome)
            if task in answers:
                rec.answer(task, answers[task])
    rec.end()
    return rec.path


def report_picture(folder: Path) -> Path:
    from tightrope.ui.workshop.pdf import document

    logs = folder / "sessions"
    tasks_all = (
        "find-a-reason",
        "what-it-knows",
        "remove-one-thing",
        "change-a-topic",
        "buy-something",
    )

    def plan(seconds, outcomes):
        return list(zip(tasks_all, seconds, outcomes, strict=True))

    def answers(control, trust, creepiness):
        return {
            t: {"control": control, "trust": trust, "creepiness": creepiness} for t in tasks_all
        }

    files = [
        _session(
            logs,
            "P01",
            "transparent",
            plan((40, 75, 60, 90, 50), ("done", "done", "done", "done", "done")),
            answers(6, 5, 3),
            ["panel_open", "preview", "forget"],
        ),
        _session(
            logs,
            "P02",
            "transparent",
            plan((55, 120, 80, 140, 45), ("done", "give_up", "done", "done", "done")),
            answers(5, 4, 4),
            ["panel_open", "exclude"],
        ),
        _session(
            logs,
            "P03",
            "opaque",
            plan((150, 90, 180, 160, 40), ("give_up", "done", "give_up", "give_up", "done")),
            answers(2, 3, 6),
            [],
        ),
    ]
    doc = document(report.build_report(files))
    doc.setTextWidth(760)
    height = min(int(doc.size().height()), 1500)
    image = QImage(760, height, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    path = OUT / "report.png"
    image.save(str(path), "PNG")
    return path


def shop_pictures(app: QApplication, folder: Path) -> list[Path]:
    """The home page of a rich persona, its why panel, and the panel after a forget."""
    from tightrope.ui.main_window import MainWindow
    from tightrope.workshop import personas

    data = paths.resolve_data_dir(folder / "shop")
    catalog = load_shipped_catalog()
    community = load_shipped_community(catalog)
    store = Store.open(data.database, catalog)
    load_persona(store, personas.load_persona_file(personas.resolve("outdoor-enthusiast")))
    services = Services(data, catalog, store, community, Recommender(store, community))
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    settle(app)
    out = [OUT / "home.png", OUT / "why-panel.png", OUT / "why-after-forget.png"]
    window.grab().save(str(out[0]), "PNG")
    window.cards()[0].why.click()
    settle(app)
    window.grab().save(str(out[1]), "PNG")
    # "More > Forget the whole topic" on the top reason, through the panel's own action path
    from tightrope.ui.why.content import FORGET_TOPIC

    ctl = window.why.panel.controller
    row = next(r for r in ctl.content.rows if r.datum is not None)
    ctl.apply(row.datum.action(FORGET_TOPIC))
    settle(app, 200)  # inside the change highlight, as a participant sees it
    window.grab().save(str(out[2]), "PNG")
    window.close()
    store.close()
    return out


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setFont(theme.base_font(app.font()))
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        made = [
            *shop_pictures(app, Path(tmp)),
            workshop_picture(app, Path(tmp)),
            report_picture(Path(tmp)),
        ]
        for path in made:
            print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
