"""Guided workshop scenarios: a facilitator's script, step by step, with automatic actions.

A scenario is a JSON file in ``data/scenarios/`` (format in docs/workshop.md, schema in
docs/schemas/scenario.schema.json). Each step says what to say or ask, what to point at (the
app highlights the widget with that object name) and, optionally, actions the app carries out
when the step is shown: load a persona, open a product, open its "why" panel, advance the
shop's clock, forget a topic. A step can also state what the room should then see
(``expect``: claims such as "a set of at most 3 data points takes this product out");
:mod:`tightrope.workshop.scenario_check` plays the scenario and checks them. Facilitators write these
by hand, so loading checks every field, including that personas, products and categories
exist, and names the file, line and field of the first problem. Nothing is changed by loading
a scenario; actions run only when played.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tightrope import paths
from tightrope.catalog import Catalog
from tightrope.engine.explain import SOURCES
from tightrope.i18n import translator
from tightrope.privacy.consent import LEVELS
from tightrope.privacy.parameters import PARAMETERS
from tightrope.privacy.rectify import CORRECTABLE
from tightrope.storage.jsonfile import (
    JsonChecker,
    JsonFileError,
    JsonPath,
    field_name,
    parse_json,
    read_text,
    resolve_file,
)
from tightrope.workshop.task_success import PRIVACY_TABS

tr = translator("Scenarios")

FORMAT = 1
MAX_STEPS = 40
MAX_ADVANCE_DAYS = 3650

TOP_LEVEL_REQUIRED: tuple[str, ...] = ("format", "id", "title", "summary", "minutes", "steps")
TOP_LEVEL_OPTIONAL: tuple[str, ...] = ("$schema", "audience", "order")
STEP_REQUIRED: tuple[str, ...] = ("title", "say")
STEP_OPTIONAL: tuple[str, ...] = ("ask", "point_at", "actions", "notes", "expect")
MAX_CLAIMS = 10
TEXT_FIELDS: tuple[str, ...] = ("title", "say", "ask", "notes")  # what a step says, in words

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
    "scenarioResult": tr.mark("what the step's actions deleted, in the scenario panel"),
    "shelfControls": tr.mark(
        "the personalization switch and \u201cHow recommendations work\u201d above the shelves"
    ),
    "howHeadline": tr.mark("what counts most for you, on \u201cHow recommendations work\u201d"),
    "consentBulk": tr.mark("\u201cAccept all\u201d and \u201cReject all\u201d on the privacy page"),
    "rowActions": tr.mark("the actions on the selected row of \u201cYour data\u201d"),
    "gpcBox": tr.mark("the Global Privacy Control switch on the partner tab"),
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
    "forget_topic": ("category", "category"),
    "go_home": None,
    "open_your_data": None,
    "close_panel": None,
    # the rights (issue #20): each a write through the core, as the window's control does
    "open_how_it_works": None,
    "open_privacy": ("tab", "tab"),
    "set_level": ("level", "level"),
    "reject_all": None,
    "accept_all": None,
    "correct_city": ("city", "text"),
    "correct_age_band": ("age_band", "age_band"),
    "set_do_not_sell": ("on", "bool"),
    "set_gpc": ("on", "bool"),
}


# claim -> (what it names, {option: what the option is}); see docs/workshop.md, "expect"
CLAIMS: dict[str, tuple[str, dict[str, str]]] = {
    "recommended": ("product", {"at_most": "rank"}),
    "not_recommended": ("product", {}),
    "first_card": ("product", {}),
    "counterfactual": ("product", {"at_most": "size", "replaced_by": "product"}),
    "no_counterfactual": ("product", {}),
    "reasons": ("product", {"from": "sources", "at_most": "count"}),
    "not_personal": ("product", {}),
    "no_data_about": ("category", {}),
    "personalized": ("bool", {}),
    "receipt": ("bool", {}),
    "main_parameter": ("parameter", {}),
    "corrected": ("fact", {"to": "text"}),
    "partner_shares": ("bool", {}),
    "gpc_honoured": ("bool", {}),
    "minor_rule": ("bool", {}),
}
COUNTERFACTUAL_MAX = 3  # the largest set the why panel searches (Recommender.counterfactual)
MAX_RANK = 100
MAX_REASONS = 50


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
            "forget_topic": tr("Forgets every data point about the topic {arg} (with a receipt)"),
            "go_home": tr("Goes to the home page"),
            "open_your_data": tr("Opens \u201cYour data\u201d"),
            "close_panel": tr("Closes the side panel"),
            "open_how_it_works": tr("Opens \u201cHow recommendations work\u201d"),
            "open_privacy": tr("Opens the privacy page at its tab {arg}"),
            "set_level": tr("Sets personalization to {arg}"),
            "reject_all": tr("Withdraws every consent (\u201cReject all\u201d)"),
            "accept_all": tr("Gives every everyday consent (\u201cAccept all\u201d)"),
            "correct_city": tr("Corrects the city to {arg}"),
            "correct_age_band": tr("Corrects the age band to {arg}"),
            "set_do_not_sell": tr("Sets \u201cDo not sell or share\u201d {arg}"),
            "set_gpc": tr("Turns the simulated Global Privacy Control signal {arg}"),
        }
        arg = (tr("on") if self.arg else tr("off")) if isinstance(self.arg, bool) else self.arg
        return words[self.do].format(arg=arg)

    def to_json(self) -> dict[str, Any]:
        spec = ACTIONS[self.do]
        return {"do": self.do, **({spec[0]: self.arg} if spec else {})}


@dataclass(frozen=True)
class Claim:
    """One thing a step says the room will see once its actions have run, in a form the core
    can check (:mod:`tightrope.workshop.scenario_check`), e.g.
    ``{"counterfactual": "freeze-dried-chili", "at_most": 2}``.

    ``subject`` is a product id, a category id or (``receipt``, ``personalized``) a boolean;
    ``options`` holds the claim's other fields. ``line`` and ``at`` ("steps[3].expect[0]") say
    where it is written."""

    kind: str
    subject: Any
    options: tuple[tuple[str, Any], ...] = ()
    line: int = field(default=0, compare=False)
    at: str = field(default="", compare=False)

    def option(self, key: str, default: Any = None) -> Any:
        return dict(self.options).get(key, default)

    def describe(self) -> str:
        """The claim as a clause ("summit-daypack-22l is in the top 3"), for checker reports
        and ``scenario show``."""
        s, at_most = self.subject, self.option("at_most")
        if self.kind == "recommended":
            return f"{s} is in the top {at_most}" if at_most else f"{s} is recommended"
        if self.kind == "not_recommended":
            return f"{s} is not recommended"
        if self.kind == "first_card":
            return f"{s} is the first card on the home page"
        if self.kind == "counterfactual":
            n = at_most or COUNTERFACTUAL_MAX
            text = (
                f"forgetting at most {n} data point{'s' if n != 1 else ''} takes {s} out "
                "of the recommendations"
            )
            other = self.option("replaced_by")
            return f"{text}, and {other} takes its place" if other else text
        if self.kind == "no_counterfactual":
            return (
                f"no set of up to {COUNTERFACTUAL_MAX} data points takes {s} out of the "
                "recommendations"
            )
        if self.kind == "reasons":
            parts = []
            if self.option("from") is not None:
                parts.append(f"{s}'s reasons come from {', '.join(self.option('from'))}")
            if at_most is not None:
                parts.append(f"{s} has at most {at_most} reason{'s' if at_most != 1 else ''}")
            return " and ".join(parts)
        if self.kind == "not_personal":
            return f"none of {s}'s reasons is personal"
        if self.kind == "no_data_about":
            return f"no stored data point concerns the topic {s}"
        if self.kind == "personalized":
            return (
                "the recommendations rest on personal data"
                if s
                else "nothing personal is used for the recommendations"
            )
        if self.kind == "receipt":
            return (
                "the step's actions deleted data with a receipt"
                if s
                else "the step's actions deleted nothing"
            )
        if self.kind == "main_parameter":
            return f"{s} counts most in the recommendations (How recommendations work)"
        if self.kind == "corrected":
            return f"the {s} reads {self.option('to')!r} and its correction is recorded"
        if self.kind == "partner_shares":
            return "a partner would receive data" if s else "a partner would receive nothing"
        if self.kind == "gpc_honoured":
            return (
                "Global Privacy Control is honoured"
                if s
                else "no Global Privacy Control signal is honoured"
            )
        if self.kind == "minor_rule":
            return (
                "the minors rule is in force (no profiling)"
                if s
                else "the minors rule is not in force"
            )
        return self.kind

    def to_json(self) -> dict[str, Any]:
        out = {self.kind: self.subject}
        out.update({k: list(v) if isinstance(v, tuple) else v for k, v in self.options})
        return out


@dataclass(frozen=True)
class Step:
    title: str
    say: str
    ask: str = ""
    point_at: str = ""
    notes: str = ""
    actions: tuple[Action, ...] = ()
    expect: tuple[Claim, ...] = ()
    line: int = field(default=0, compare=False)  # where the step starts in its file
    at: str = field(default="", compare=False)  # "steps[3]"
    # the line of each text field written ("say" -> 31)
    text_lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)

    def texts(self) -> list[tuple[str, str, int]]:
        """What the step says or shows to the facilitator: (field, text, line) for each of
        title, say, ask and notes that is written."""
        lines = dict(self.text_lines)
        return [
            (key, getattr(self, key), lines.get(key, self.line))
            for key in TEXT_FIELDS
            if getattr(self, key)
        ]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title, "say": self.say}
        for key in ("ask", "point_at", "notes"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.actions:
            out["actions"] = [a.to_json() for a in self.actions]
        if self.expect:
            out["expect"] = [c.to_json() for c in self.expect]
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
    summary_line: int = field(default=0, compare=False)  # where the summary is written

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
        return Scenario(
            sid,
            title,
            summary,
            minutes,
            steps,
            self.path,
            audience,
            personas,
            order,
            self.lines.line(("summary",)),
        )

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
        expect: tuple[Claim, ...] = ()
        if "expect" in raw:
            listed = self.list_of(raw, "expect", at, 1, MAX_CLAIMS)
            expect = tuple(self.claim((*at, "expect", j), c) for j, c in enumerate(listed))
        return Step(
            title=self.string(raw, "title", at),
            say=self.string(raw, "say", at),
            ask=self.optional_string(raw, "ask", at),
            point_at=point_at,
            notes=self.optional_string(raw, "notes", at),
            actions=actions,
            expect=expect,
            line=self.lines.line(at),
            at=field_name(at),
            text_lines=tuple((k, self.lines.line((*at, k))) for k in TEXT_FIELDS if k in raw),
        )

    def claim(self, at: JsonPath, raw: Any) -> Claim:
        if not isinstance(raw, dict) or not raw:
            what = json.dumps(raw)[:40]
            example = '{"recommended": "trail-tent-2p"}'
            raise self.fail(at, f"must be a claim such as {example}, not {what}")
        kinds = [k for k in raw if k in CLAIMS]
        if len(kinds) > 1:
            raise self.fail(
                (*at, kinds[1]),
                f"a claim states one thing; give {kinds[0]!r} and {kinds[1]!r} an entry each",
            )
        if not kinds:
            first = next(iter(raw))
            known = ", ".join(CLAIMS)
            raise self.fail((*at, first), f"unknown claim {first!r} (known: {known})")
        kind = kinds[0]
        subject_kind, allowed = CLAIMS[kind]
        for key in raw:
            if key != kind and key not in allowed:
                takes = ", ".join(allowed) if allowed else "no options"
                raise self.fail((*at, key), f"a {kind!r} claim has no {key!r} (it takes {takes})")
        subject = self._claim_value(at, kind, subject_kind, raw[kind])
        options = tuple(
            (key, self._claim_value(at, key, allowed[key], raw[key]))
            for key in allowed
            if key in raw
        )
        if kind == "reasons" and not options:
            raise self.fail((*at, kind), "a 'reasons' claim needs 'from', 'at_most' or both")
        return Claim(kind, subject, options, self.lines.line((*at, kind)), field_name(at))

    def _claim_value(self, at: JsonPath, key: str, kind: str, value: Any) -> Any:
        where = (*at, key)
        if kind == "product":
            if not isinstance(value, str) or self.catalog.get(value) is None:
                raise self.fail(where, f"unknown product {json.dumps(value)[:60]}")
        elif kind == "category":
            if not isinstance(value, str) or value not in self.catalog.category_by_id:
                known = ", ".join(c.id for c in self.catalog.categories)
                raise self.fail(
                    where, f"unknown category {json.dumps(value)[:60]} (known: {known})"
                )
        elif kind == "bool":
            if not isinstance(value, bool):
                raise self.fail(where, f"must be true or false, not {json.dumps(value)[:40]}")
        elif kind in ("parameter", "fact"):
            allowed = tuple(PARAMETERS) if kind == "parameter" else CORRECTABLE
            if value not in allowed:
                raise self.fail(
                    where, f"unknown {kind} {json.dumps(value)[:40]} (known: {', '.join(allowed)})"
                )
        elif kind == "text":
            if not isinstance(value, str) or not value.strip():
                raise self.fail(where, f"must be some text, not {json.dumps(value)[:40]}")
        elif kind == "sources":
            known_sources = tuple(SOURCES)
            if (
                not isinstance(value, list)
                or not value
                or any(not isinstance(v, str) or v not in known_sources for v in value)
                or len(set(value)) != len(value)
            ):
                raise self.fail(
                    where,
                    f"must list reason sources, each once, from: {', '.join(known_sources)} "
                    f"(not {json.dumps(value)[:60]})",
                )
            value = tuple(value)
        else:
            high = {"rank": MAX_RANK, "size": COUNTERFACTUAL_MAX, "count": MAX_REASONS}[kind]
            low = 0 if kind == "count" else 1
            if not self._is_whole(value, low, high):
                shown = json.dumps(value)[:40]
                raise self.fail(where, f"must be a whole number from {low} to {high}, not {shown}")
        return value

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
        elif kind == "bool":
            if not isinstance(value, bool):
                raise self.fail((*at, key), f"must be true or false, not {json.dumps(value)[:40]}")
        elif kind in ("level", "tab", "age_band"):
            allowed = {
                "level": tuple(LEVELS),
                "tab": PRIVACY_TABS,
                "age_band": tuple(self.catalog.profile_rules.get("age_band", {})),
            }[kind]
            if value not in allowed:
                raise self.fail(
                    (*at, key),
                    f"unknown {kind.replace('_', ' ')} "
                    f"{json.dumps(value)[:40]} (known: {', '.join(allowed)})",
                )
        else:
            value = self.string(raw, key, at)
        return Action(do, value)


def _persona_ids() -> set[str]:
    from tightrope.workshop import personas

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
