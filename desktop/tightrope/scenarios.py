"""Guided workshop scenarios: a facilitator's script, step by step, with automatic actions.

A scenario is a JSON file in ``data/scenarios/`` (format in docs/workshop.md, schema in
docs/schemas/scenario.schema.json). Each step says what to say or ask, what to point at (the
app highlights the widget with that object name) and, optionally, actions the app carries out
when the step is shown: load a persona, open a product, open its "why" panel, advance the
shop's clock. Facilitators write these by hand, so loading checks every field, including
that personas, products and categories exist, and names the file, line and field of the
first problem. Nothing is changed by loading a scenario; actions run only when played.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tightrope import paths
from tightrope.catalog import Catalog
from tightrope.i18n import translator
from tightrope.jsonfile import (
    JsonChecker,
    JsonFileError,
    JsonPath,
    parse_json,
    read_text,
    resolve_file,
)

tr = translator("Scenarios")

FORMAT = 1
MAX_STEPS = 40
MAX_ADVANCE_DAYS = 3650

TOP_LEVEL_REQUIRED: tuple[str, ...] = ("format", "id", "title", "summary", "minutes", "steps")
TOP_LEVEL_OPTIONAL: tuple[str, ...] = ("$schema", "audience", "order")
STEP_REQUIRED: tuple[str, ...] = ("title", "say")
STEP_OPTIONAL: tuple[str, ...] = ("ask", "point_at", "actions", "notes")

# What a step can point at: the object name the app highlights -> what it is, in words.
TARGETS: dict[str, str] = {
    "topBar": tr.mark("the bar across the top"),
    "searchField": tr.mark("the search box"),
    "backButton": tr.mark("the back button"),
    "yourDataButton": tr.mark("the \u201cYour data\u201d button"),
    "hero": tr.mark("the welcome banner on the home page"),
    "productCard": tr.mark("the first product card"),
    "whyButton": tr.mark("the first \u201cWhy?\u201d button"),
    "primaryButton": tr.mark("the main button on the page (e.g. Add to cart)"),
    "dataTable": tr.mark("the list of your data"),
    "sidePanel": tr.mark("the panel on the right"),
    "whyRows": tr.mark("the top reasons in the why panel, and the line summing up the others"),
    "whyActions": tr.mark("the forget / stop-using buttons in the why panel"),
    "whyCounterfactual": tr.mark("the \u201cwhat would change it\u201d box in the why panel"),
    "whyNotUsed": tr.mark("the \u201cnot used\u201d list in the why panel"),
    "whyBanner": tr.mark("the receipt banner in the why panel"),
    "scenarioClock": tr.mark("the shop's date in the scenario panel"),
}


def target_label(name: str) -> str:
    """What a scenario points at, in the user's language ('the search box')."""
    label = TARGETS.get(name)
    return tr(label) if label else name


# action -> (required argument, its kind) ; None when the action takes no argument
ACTIONS: dict[str, tuple[str, str] | None] = {
    "load_persona": ("persona", "persona"),
    "open_product": ("product", "product"),
    "open_why": ("product", "product"),
    "advance_clock": ("days", "days"),
    "open_category": ("category", "category"),
    "search": ("text", "text"),
    "go_home": None,
    "open_your_data": None,
    "close_panel": None,
}


class ScenarioError(JsonFileError):
    """A scenario cannot be found or is wrong; the message names file, line and field."""


@dataclass(frozen=True)
class Action:
    do: str
    arg: Any = None

    def describe(self) -> str:
        """The action in words, for the facilitator panel ("Loads the persona ...")."""
        words = {
            "load_persona": tr("Loads the persona {arg} (replaces the local data)"),
            "open_product": tr("Opens the product {arg}"),
            "open_why": tr("Opens \u201cWhy?\u201d for {arg}"),
            "advance_clock": tr("Moves the shop's clock {arg} days ahead"),
            "open_category": tr("Opens the category {arg}"),
            "search": tr("Searches for \u201c{arg}\u201d"),
            "go_home": tr("Goes to the home page"),
            "open_your_data": tr("Opens \u201cYour data\u201d"),
            "close_panel": tr("Closes the side panel"),
        }
        return words[self.do].format(arg=self.arg)

    def to_json(self) -> dict[str, Any]:
        spec = ACTIONS[self.do]
        return {"do": self.do, **({spec[0]: self.arg} if spec else {})}


@dataclass(frozen=True)
class Step:
    title: str
    say: str
    ask: str = ""
    point_at: str = ""
    notes: str = ""
    actions: tuple[Action, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title, "say": self.say}
        for key in ("ask", "point_at", "notes"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.actions:
            out["actions"] = [a.to_json() for a in self.actions]
        return out


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    summary: str
    minutes: int
    steps: tuple[Step, ...]
    source: Path
    audience: str = ""
    personas: tuple[str, ...] = field(default=())
    order: int = 100

    def to_json(self, *, steps: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "summary": self.summary,
            "minutes": self.minutes,
            "audience": self.audience,
            "step_count": len(self.steps),
            "personas": list(self.personas),
            "order": self.order,
            "file": str(self.source),
        }
        if steps:
            out["steps"] = [s.to_json() for s in self.steps]
        return out


# --- finding scenario files ----------------------------------------------------------------


def shipped_dir() -> Path:
    return paths.shipped_data_dir() / "scenarios"


def resolve(id_or_path: str | Path) -> Path:
    return resolve_file(id_or_path, shipped_dir(), "scenario", "scenarios", ScenarioError)


# --- validation ----------------------------------------------------------------------------


class _Checker(JsonChecker):
    error = ScenarioError

    def __init__(self, path: Path, text: str, catalog: Catalog, persona_ids: set[str]):
        super().__init__(path, text)
        self.catalog = catalog
        self.persona_ids = persona_ids

    def scenario(self, raw: Any) -> Scenario:
        self.no_duplicates()
        raw = self.fields(raw, (), TOP_LEVEL_REQUIRED, TOP_LEVEL_OPTIONAL, "a scenario")
        self.format_version(raw, FORMAT)
        sid = self.file_id(raw, "why-am-i-seeing-this")
        title = self.string(raw, "title", ())
        summary = self.string(raw, "summary", ())
        minutes = self.whole(raw, "minutes", (), 1, 180)
        audience = self.optional_string(raw, "audience", ())
        order = self.whole(raw, "order", (), 1, 999) if "order" in raw else 100
        steps_raw = self.list_of(raw, "steps", (), 1, MAX_STEPS)
        steps = tuple(self.step(i, s) for i, s in enumerate(steps_raw))
        personas = tuple(
            dict.fromkeys(a.arg for s in steps for a in s.actions if a.do == "load_persona")
        )
        return Scenario(sid, title, summary, minutes, steps, self.path, audience, personas, order)

    def step(self, i: int, raw: Any) -> Step:
        at: JsonPath = ("steps", i)
        raw = self.fields(raw, at, STEP_REQUIRED, STEP_OPTIONAL, "a step")
        point_at = self.optional_string(raw, "point_at", at)
        if point_at and point_at not in TARGETS:
            known = ", ".join(TARGETS)
            raise self.fail((*at, "point_at"), f"unknown target {point_at!r} (known: {known})")
        actions: tuple[Action, ...] = ()
        if "actions" in raw:
            listed = self.list_of(raw, "actions", at, 0, 10)
            actions = tuple(self.action((*at, "actions", j), a) for j, a in enumerate(listed))
        return Step(
            title=self.string(raw, "title", at),
            say=self.string(raw, "say", at),
            ask=self.optional_string(raw, "ask", at),
            point_at=point_at,
            notes=self.optional_string(raw, "notes", at),
            actions=actions,
        )

    def action(self, at: JsonPath, raw: Any) -> Action:
        if not isinstance(raw, dict):
            raise self.fail(at, f"must be an action (a JSON object), not {json.dumps(raw)[:40]}")
        if "do" not in raw:
            raise self.missing(at, "do")
        do = raw["do"]
        if not isinstance(do, str) or do not in ACTIONS:
            known = ", ".join(ACTIONS)
            raise self.fail((*at, "do"), f"unknown action {json.dumps(do)} (known: {known})")
        spec = ACTIONS[do]
        self.fields(raw, at, ("do", spec[0]) if spec else ("do",), (), "an action")
        if spec is None:
            return Action(do)
        key, kind = spec
        value = raw[key]
        if kind == "persona":
            if not isinstance(value, str) or value not in self.persona_ids:
                known = ", ".join(sorted(self.persona_ids))
                raise self.fail((*at, key), f"unknown persona {value!r} (shipped: {known})")
        elif kind == "product":
            if not isinstance(value, str) or self.catalog.get(value) is None:
                raise self.fail((*at, key), f"unknown product {value!r}")
        elif kind == "category":
            if not isinstance(value, str) or value not in self.catalog.category_by_id:
                known = ", ".join(c.id for c in self.catalog.categories)
                raise self.fail((*at, key), f"unknown category {value!r} (known: {known})")
        elif kind == "days":
            if not self._is_number(value) or not 0 < value <= MAX_ADVANCE_DAYS:
                raise self.fail(
                    (*at, key),
                    f"must be a number of days above 0 and at most {MAX_ADVANCE_DAYS}, "
                    f"not {json.dumps(value)}",
                )
            value = float(value)
        else:
            value = self.string(raw, key, at)
        return Action(do, value)


def _persona_ids() -> set[str]:
    from tightrope import personas

    return {p.stem for p in personas.shipped_dir().glob("*.json")}


def parse_scenario(
    text: str, path: Path, catalog: Catalog, persona_ids: set[str] | None = None
) -> Scenario:
    raw = parse_json(text, path, ScenarioError)
    ids = _persona_ids() if persona_ids is None else persona_ids
    return _Checker(path, text, catalog, ids).scenario(raw)


def load_scenario_file(path: str | Path, catalog: Catalog | None = None) -> Scenario:
    """Read and validate one scenario file; raises ScenarioError naming file, line and field."""
    path = Path(path)
    text = read_text(path, ScenarioError, "scenario")
    return parse_scenario(text, path, catalog or _shipped_catalog())


def load(id_or_path: str | Path, catalog: Catalog | None = None) -> Scenario:
    return load_scenario_file(resolve(id_or_path), catalog)


def list_scenarios(catalog: Catalog | None = None) -> list[Scenario]:
    """Every shipped scenario, in the order a workshop runs them ("order", then id)."""
    catalog = catalog or _shipped_catalog()
    found = [load_scenario_file(p, catalog) for p in sorted(shipped_dir().glob("*.json"))]
    return sorted(found, key=lambda s: (s.order, s.id))


def _shipped_catalog() -> Catalog:
    from tightrope.catalog import load_shipped_catalog

    return load_shipped_catalog()
