"""``tightrope bench --explanations``: are the shipped personas' explanations usable?

For each shipped persona (loaded on a fixed clock into a throw-away folder), over its top-10
recommendations that rest on personal data: how many personal reasons each has, the share of
the strongest one, and whether a counterfactual of at most 3 data points exists (and its
size). These are the figures issue #15 set targets for: a counterfactual for >= 80 % of
them, mean size <= 1.6, median reasons <= 8, median strongest share >= 25 %.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from tightrope.cli.common import print_json

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)  # personas are dated relative to it
TOP = 10


@dataclass
class PersonaFigures:
    persona: str
    data_points: int
    personal_items: int  # of the top 10, those resting on personal data
    reasons: list[int]  # personal reasons (data points) per such item
    strongest: list[float]  # the strongest personal reason's share of the score
    counterfactual: list[int | None]  # its size, None when no set of <= 3 exists

    def summary(self) -> dict[str, str | float | int | None]:
        found = [c for c in self.counterfactual if c]
        return {
            "persona": self.persona,
            "data_points": self.data_points,
            "personal_items": self.personal_items,
            "median_reasons": statistics.median(self.reasons) if self.reasons else None,
            "median_strongest_share": statistics.median(self.strongest) if self.strongest else None,
            "with_counterfactual": len(found),
            "mean_counterfactual_size": statistics.mean(found) if found else None,
        }


def measure_persona(persona_id: str) -> PersonaFigures:
    from tightrope.catalog import load_shipped_catalog
    from tightrope.clock import FixedClock
    from tightrope.engine.community_cache import load_shipped_community
    from tightrope.engine.recommender import Recommender
    from tightrope.operations import consent as consent_ops
    from tightrope.operations.persona import load_persona
    from tightrope.storage.store import Store
    from tightrope.workshop import personas

    catalog = load_shipped_catalog()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "figures.db", catalog, FixedClock(NOW))
        try:
            persona = personas.load(persona_id, catalog)
            if not persona.data:
                consent_ops.accept_all(store, where="explanation figures")
            load_persona(store, persona)
            rec = Recommender(store, load_shipped_community(catalog))
            figures = PersonaFigures(persona_id, store.count_datums(), 0, [], [], [])
            for r in rec.recommend(TOP):
                per: dict[int, float] = {}
                for c in r.contributions:
                    if c.personal and c.datum_id is not None:
                        per[c.datum_id] = per.get(c.datum_id, 0.0) + c.share
                if not per:
                    continue
                figures.personal_items += 1
                figures.reasons.append(len(per))
                figures.strongest.append(max(per.values()))
                cf = rec.counterfactual(r.product_id)
                figures.counterfactual.append(len(cf.datum_ids) if cf.datum_ids else None)
            return figures
        finally:
            store.close()


def measure_all() -> list[PersonaFigures]:
    from tightrope.workshop import personas

    return [measure_persona(p.id) for p in personas.list_personas()]


def totals(rows: list[PersonaFigures]) -> dict[str, str | float | int | None]:
    reasons = [n for r in rows for n in r.reasons]
    strongest = [s for r in rows for s in r.strongest]
    sizes = [c for r in rows for c in r.counterfactual]
    found = [c for c in sizes if c]
    return {
        "persona": "all",
        "data_points": sum(r.data_points for r in rows),
        "personal_items": len(sizes),
        "median_reasons": statistics.median(reasons) if reasons else None,
        "median_strongest_share": statistics.median(strongest) if strongest else None,
        "with_counterfactual": len(found),
        "mean_counterfactual_size": statistics.mean(found) if found else None,
    }


def format_table(rows: list[PersonaFigures]) -> str:
    def line(s: dict) -> str:
        med = "-" if s["median_reasons"] is None else f"{s['median_reasons']:g}"
        share = "-" if s["median_strongest_share"] is None else f"{s['median_strongest_share']:.0%}"
        size = (
            "-" if s["mean_counterfactual_size"] is None else f"{s['mean_counterfactual_size']:.2f}"
        )
        cf = f"{s['with_counterfactual']} / {s['personal_items']}"
        return f"{s['persona']:22} {s['data_points']:>6} {med:>15} {share:>16} {cf:>15} {size:>10}"

    head = (
        f"{'persona':22} {'data':>6} {'median reasons':>15} {'strongest share':>16} "
        f"{'counterfactual':>15} {'mean size':>10}"
    )
    body = [line(r.summary()) for r in rows]
    return "\n".join(
        [
            f"Top-{TOP} recommendations resting on personal data, shipped personas "
            f"(clock {NOW:%Y-%m-%d})",
            head,
            *body,
            line(totals(rows)),
        ]
    )


def run_explanations(args: argparse.Namespace) -> int:
    rows = measure_all()
    if args.json:
        print_json(
            {"personas": [r.summary() | {"detail": asdict(r)} for r in rows], "all": totals(rows)}
        )
    else:
        print(format_table(rows))
    return 0
