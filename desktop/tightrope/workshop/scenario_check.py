"""Plays a scenario in a scratch shop and checks that its script never contradicts the screen.

A facilitator reads a step aloud while the room looks at the shop, so every claim a step
makes must be true of what the shop then shows. :func:`check` builds the shop's services in
a temporary data folder, on a fixed clock (:data:`CHECK_TIME`), runs each step's actions in
order at core level (their data part, through :mod:`tightrope.workshop.scenario_actions`, and the data
the window's pages record when an action opens them) and then checks:

* the step's ``expect`` claims, against the engine and the store (the same calls the window's
  shelves, why panel and "Your data" page make);
* the names: a shipped persona's first name in a step's text must be the loaded persona's
  ("Sam" for ``Sam, weekend hiker``), a step that loads a persona names them, and the
  summary names only personas the scenario loads.

Every failure is one sentence naming the file, line, step and claim. Nothing outside the
temporary folder is touched. ``tightrope scenario check FILE_OR_ID`` runs this.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tightrope import paths
from tightrope.catalog import Catalog
from tightrope.clock import FixedClock
from tightrope.engine.community import CommunityIndex
from tightrope.engine.recommender import Recommender
from tightrope.services import Services
from tightrope.storage.jsonfile import display_path
from tightrope.storage.store import Store
from tightrope.workshop import personas, scenario_actions
from tightrope.workshop.scenarios import COUNTERFACTUAL_MAX, Claim, Scenario, Step

# The shop's time while a scenario is checked (tests/conftest.py's NOW). Personas are dated
# relative to it, so what a scenario shows does not depend on the day it is checked.
CHECK_TIME = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
_NAME = re.compile(r"[A-Z][a-z]+")


@dataclass(frozen=True)
class Failure:
    """One claim (or name) the shop contradicts, as one sentence."""

    file: str
    line: int
    step: int  # 1-based, as the panel counts; 0 for the scenario's summary
    title: str
    problem: str

    def __str__(self) -> str:
        where = f"step {self.step} ({self.title!r})" if self.step else "summary"
        return f"{self.file}, line {self.line}, {where}: {self.problem}"


@dataclass(frozen=True)
class Report:
    scenario: Scenario
    claims: int  # claims checked
    failures: tuple[Failure, ...]

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        s = self.scenario
        n = self.claims
        return (
            f"OK {s.id}: {len(s.steps)} step{'s' if len(s.steps) != 1 else ''}, "
            f"{n} claim{'s' if n != 1 else ''} hold, the names match the personas."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.scenario.id,
            "file": str(self.scenario.source),
            "ok": self.ok,
            "steps": len(self.scenario.steps),
            "claims": self.claims,
            "failures": [str(f) for f in self.failures],
        }


@dataclass(frozen=True)
class _Shopper:
    persona_id: str
    label: str  # "Sam (outdoor-enthusiast)"
    names: frozenset[str]  # first names: {"Sam"}; {"Ngozi", "Dami"} for a shared device


def _first_names(short_name: str) -> frozenset[str]:
    return frozenset(_NAME.findall(short_name))


def _shoppers(catalog: Catalog) -> dict[str, _Shopper]:
    """Every shipped persona by id, with its first names."""
    out = {}
    for info in personas.list_personas(catalog):
        short = info.name.split(",")[0].strip() or info.name
        out[info.id] = _Shopper(info.id, f"{short} ({info.id})", _first_names(short))
    return out


def _named(text: str, names: set[str]) -> list[str]:
    return [n for n in sorted(names) if re.search(rf"\b{re.escape(n)}\b", text)]


class _Checker:
    def __init__(self, scenario: Scenario, services: Services, shoppers: dict[str, _Shopper]):
        self.scenario = scenario
        self.services = services
        self.shoppers = shoppers
        self.all_names = {n for s in shoppers.values() for n in s.names}
        self.file = display_path(scenario.source)
        self.failures: list[Failure] = []
        self.claims = 0

    def fail(self, number: int, step: Step | None, line: int, problem: str) -> None:
        title = step.title if step is not None else ""
        self.failures.append(Failure(self.file, line, number, title, problem))

    def shopper(self, persona_id: str) -> _Shopper:
        known = self.shoppers.get(persona_id)
        if known is not None:
            return known
        persona = personas.load(persona_id, self.services.catalog)  # a persona file
        names = _first_names(persona.short_name)
        return _Shopper(persona.id, f"{persona.short_name} ({persona.id})", names)

    # --- playing ------------------------------------------------------------------------
    def run(self) -> None:
        self.check_summary()
        loaded: _Shopper | None = None
        store = self.services.store
        for number, step in enumerate(self.scenario.steps, start=1):
            outcomes = []
            introduced: _Shopper | None = None
            for action in step.actions:
                outcome = scenario_actions.run(self.services, action)
                if outcome is not None:
                    outcomes.append(outcome)
                scenario_actions.record_as_page(store, action)
                if action.do == "load_persona":
                    loaded = introduced = self.shopper(action.arg)
            self.check_names(number, step, loaded, introduced)
            receipts = [r for o in outcomes for r in o.deletion_receipts()]
            for claim in step.expect:
                self.claims += 1
                problem = self.check_claim(claim, receipts)
                if problem:
                    self.fail(
                        number,
                        step,
                        claim.line,
                        f"{claim.at} expects that {claim.describe()}, but {problem}.",
                    )

    # --- names --------------------------------------------------------------------------
    def check_summary(self) -> None:
        loads = [self.shopper(p) for p in self.scenario.personas]
        allowed = {n for s in loads for n in s.names}
        for name in _named(self.scenario.summary, self.all_names - allowed):
            who = ", ".join(s.label for s in loads) or "no persona"
            self.fail(
                0,
                None,
                self.scenario.summary_line,
                f"the summary names {name}, but the scenario loads {who}.",
            )

    def check_names(
        self, number: int, step: Step, loaded: _Shopper | None, introduced: _Shopper | None
    ) -> None:
        allowed = set(loaded.names) if loaded else set()
        for key, text, line in step.texts():
            for name in _named(text, self.all_names - allowed):
                who = (
                    f"the shopper loaded is {loaded.label}"
                    if loaded
                    else "no persona is loaded yet"
                )
                self.fail(number, step, line, f"{step.at}.{key} names {name}, but {who}.")
        said = " ".join(text for _key, text, _line in step.texts())
        if introduced is not None and introduced.names and not _named(said, set(introduced.names)):
            names = " or ".join(sorted(introduced.names))
            self.fail(
                number,
                step,
                step.line,
                f"{step.at} loads {introduced.label}, but its text never says {names}.",
            )

    # --- claims -------------------------------------------------------------------------
    def product(self, product_id: str) -> str:
        product = self.services.catalog.get(product_id)
        return f"{product.name} ({product_id})" if product else product_id

    def check_claim(self, claim: Claim, receipts: list[dict[str, Any]]) -> str | None:
        """None when the shop shows what the claim says, else what it shows instead."""
        rec = self.services.recommender
        kind, subject = claim.kind, claim.subject
        at_most = claim.option("at_most")
        if kind in ("recommended", "not_recommended"):
            rank = rec.why(subject).rank
            if kind == "not_recommended":
                return f"it is #{rank} of the recommendations" if rank else None
            if rank is None:
                return f"it is not in the top {rec.top_n}"
            return f"it is #{rank}" if at_most is not None and rank > at_most else None
        if kind == "first_card":
            shelves = [s for s in rec.shelves() if s.items]
            if not shelves:
                return "the home page shows no shelf"
            first = shelves[0].items[0].product_id
            if first == subject:
                return None
            return f"the first card of {shelves[0].title!r} is {self.product(first)}"
        if kind in ("counterfactual", "no_counterfactual"):
            cf = rec.counterfactual(subject, max_size=COUNTERFACTUAL_MAX)
            if cf.direction != "out":
                return (
                    f"it is not recommended, so the why panel shows no change that would take "
                    f"it out (the engine says: \u201c{cf.message}\u201d)"
                )
            if kind == "no_counterfactual":
                return None if cf.datum_ids is None else f"the panel says \u201c{cf.message}\u201d"
            if cf.datum_ids is None:
                return f"the panel says \u201c{cf.message}\u201d"
            if at_most is not None and len(cf.datum_ids) > at_most:
                return f"the smallest such set has {len(cf.datum_ids)} data points"
            other = claim.option("replaced_by")
            if other is not None and cf.replacement != other:
                instead = self.product(cf.replacement) if cf.replacement else "nothing"
                return f"{instead} would take its place"
            return None
        if kind == "reasons":
            contributions = rec.why(subject).contributions
            problems = []
            wanted = claim.option("from")
            sources = sorted({c.source for c in contributions})
            if wanted is not None and set(wanted) != set(sources):
                problems.append(f"its reasons come from {', '.join(sources) or 'nothing'}")
            if at_most is not None and len(contributions) > at_most:
                problems.append(f"it has {len(contributions)} reasons")
            return " and ".join(problems) or None
        if kind == "not_personal":
            personal = [c for c in rec.why(subject).contributions if c.personal]
            if not personal:
                return None
            return (
                f"{len(personal)} of its reasons rest on personal data "
                f"(e.g. \u201c{personal[0].label}\u201d)"
            )
        if kind == "no_data_about":
            store = self.services.store
            ids = store.datum_ids_for_topic(subject)
            if not ids:
                return None
            first_datum = store.datum(ids[0])
            example = first_datum.label(self.services.catalog) if first_datum else ""
            n = len(ids)
            return (
                f"{n} stored data point{'s' if n != 1 else ''} concern{'s' if n == 1 else ''} "
                f"it (e.g. \u201c{example}\u201d)"
            )
        if kind == "personalized":
            used = rec.uses_personal_data()
            if used == subject:
                return None
            return (
                "some rest on personal data"
                if used
                else "nothing personal is used (the first shelf says so)"
            )
        if kind in ("main_parameter", "corrected", "partner_shares", "gpc_honoured", "minor_rule"):
            return self.check_right(claim)
        if kind == "receipt":
            deleted = sum(r["total"] for r in receipts)
            if subject and not deleted:
                return "its actions deleted nothing"
            if not subject and deleted:
                return f"its actions deleted {deleted} data points"
            return None
        raise ValueError(f"unknown claim {kind!r}")

    def check_right(self, claim: Claim) -> str | None:
        """The rights' claims (issue #20), against what the pages show: "How recommendations
        work", "Your data", the partner tab, the home page's minors note."""
        from tightrope.privacy import gpc, parameters, partners, rectify

        rec, store = self.services.recommender, self.services.store
        kind, subject = claim.kind, claim.subject
        if kind == "main_parameter":
            ranked = parameters.overview(rec).ranked()
            top = ranked[0].parameter if ranked else None
            if top == subject:
                return None
            return f"{top or 'nothing'} counts most" + (
                f" ({parameters.percent(ranked[0].share)})" if ranked else ""
            )
        if kind == "corrected":
            fact = next((d for d in store.datums() if d.kind == subject), None)
            if fact is None:
                return f"no {subject} is stored"
            wanted = claim.option("to")
            if wanted is not None and fact.text != wanted:
                return f"it reads {fact.text!r}"
            if fact.id not in rectify.corrected_at(store):
                return "no correction of it is recorded"
            return None
        if kind == "partner_shares":
            out = partners.payload(rec)
            shares = out["would_send"] is not None
            if shares == subject:
                return None
            return (
                f"the partner view says \u201c{out['blocked_reason']}\u201d"
                if not shares
                else ("the partner view shows a payload")
            )
        if kind == "gpc_honoured":
            honoured = gpc.sharing_block(store) == gpc.GPC
            if honoured == subject:
                return None
            return "the browser's signal is honoured" if honoured else "no signal is honoured"
        if kind == "minor_rule":
            minor = rec.policy().minor
            if minor == subject:
                return None
            return (
                "the shop knows the shopper is under 18"
                if minor
                else "no age band under 18 is stored"
            )
        raise ValueError(f"unknown claim {kind!r}")


def check(
    scenario: Scenario,
    catalog: Catalog | None = None,
    community: CommunityIndex | None = None,
    now: datetime = CHECK_TIME,
) -> Report:
    """Play ``scenario`` in a scratch shop on a fixed clock and check its claims and names."""
    from tightrope.catalog import load_shipped_catalog
    from tightrope.engine.community_cache import load_shipped_community

    catalog = catalog or load_shipped_catalog()
    community = community or load_shipped_community(catalog)
    shoppers = _shoppers(catalog)
    with tempfile.TemporaryDirectory(prefix="tightrope-check-") as folder:
        data_dir = paths.resolve_data_dir(Path(folder))
        store = Store.open(data_dir.database, catalog, FixedClock(now))
        try:
            services = Services(data_dir, catalog, store, community, Recommender(store, community))
            checker = _Checker(scenario, services, shoppers)
            checker.run()
        finally:
            store.close()
    return Report(scenario, checker.claims, tuple(checker.failures))
