"""Shipped personas: believable shoppers a facilitator loads in one click to set a scene.

A persona is a JSON file in ``data/personas/`` (format in docs/personas.md, schema in
docs/schemas/persona.schema.json): a story, a consent state and up to 200 data points whose
times are given as ``days_ago``, relative to the moment of loading, so personas never go
stale. Facilitators write these files by hand, so loading validates every field and names
the file, line and field of the first problem.

Loading a persona *replaces* the local personal data completely, in one transaction, and
only after the whole file has been validated: a broken file changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tightrope import paths
from tightrope.catalog import Catalog
from tightrope.storage.datums import CONSENT_CATEGORIES, KINDS, PRODUCT_KINDS
from tightrope.storage.jsonfile import (
    ID_PATTERN,  # noqa: F401  (part of the persona format; tests read it here)
    JsonChecker,
    JsonFileError,
    parse_json,
    read_text,
    resolve_file,
)
from tightrope.storage.store import Store

FORMAT = 1
MAX_DATA_POINTS = 200
MAX_DAYS_AGO = 3650  # ten years: a larger value is a typo, not a persona

# Places in the app where a data point can be collected (the "where" of a data point).
PLACES: tuple[str, ...] = (
    "home page",
    "search box",
    "search results",
    "category page",
    "product page",
    "cart",
    "checkout",
    "profile",
    "wishlist",
)

TOP_LEVEL_REQUIRED: tuple[str, ...] = (
    "format",
    "id",
    "name",
    "story",
    "workshop_use",
    "consent",
    "data",
)
TOP_LEVEL_OPTIONAL: tuple[str, ...] = ("$schema",)
DATUM_REQUIRED: tuple[str, ...] = ("kind", "days_ago", "where")
DATUM_OPTIONAL: tuple[str, ...] = ("product_id", "text", "value", "order")
SENSITIVE_KEY = "sensitive"

# Meta keys: the consent ones are written through tightrope.privacy.consent (its only writer).
META_CONSENT = "consent_state"
META_SENSITIVE_OPT_IN = "sensitive_opt_in"
META_PERSONA = "persona"

_Path = tuple[str | int, ...]


class PersonaError(JsonFileError):
    """A persona cannot be found or is wrong; the message names file, line and field."""


@dataclass(frozen=True)
class Consent:
    """What the persona agreed to: one flag per consent category and per sensitive category."""

    categories: dict[str, bool]
    sensitive: dict[str, bool]

    def allows(self, category: str) -> bool:
        return self.categories.get(category, False)

    def sensitive_opt_in(self) -> list[str]:
        return sorted(c for c, on in self.sensitive.items() if on)

    def to_json(self) -> dict[str, Any]:
        return {**self.categories, SENSITIVE_KEY: dict(self.sensitive)}


@dataclass(frozen=True)
class PersonaDatum:
    kind: str
    days_ago: float
    where: str
    product_id: str | None = None
    text: str | None = None
    value: float | None = None
    order: str | None = None

    def row(self, now: datetime) -> dict[str, Any]:
        """The data point as a row to insert (operations.record.insert_rows), collected
        days_ago before now."""
        return {
            "kind": self.kind,
            "product_id": self.product_id,
            "text": self.order if self.kind == "purchase" else self.text,
            "value": self.value,
            "where": self.where,
            "at": now - timedelta(days=self.days_ago),
        }


@dataclass(frozen=True)
class Persona:
    id: str
    name: str
    story: str
    workshop_use: str
    consent: Consent
    data: tuple[PersonaDatum, ...]
    source: Path

    @property
    def short_name(self) -> str:
        """'Sam' for 'Sam, weekend hiker': used in sentences ("with Sam's 118")."""
        return self.name.split(",")[0].strip() or self.name

    def info(self) -> PersonaInfo:
        return PersonaInfo(
            id=self.id,
            name=self.name,
            story=self.story,
            workshop_use=self.workshop_use,
            data_points=len(self.data),
            consent=self.consent,
            source=self.source,
        )


@dataclass(frozen=True)
class PersonaInfo:
    """What a persona picker shows: everything but the data points themselves."""

    id: str
    name: str
    story: str
    workshop_use: str
    data_points: int
    consent: Consent
    source: Path

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "story": self.story,
            "workshop_use": self.workshop_use,
            "data_points": self.data_points,
            "consent": self.consent.to_json(),
            "sensitive_opt_in": self.consent.sensitive_opt_in(),
            "file": str(self.source),
        }


# --- finding persona files ---------------------------------------------------------------


def shipped_dir() -> Path:
    return paths.shipped_data_dir() / "personas"


def resolve(id_or_path: str | Path) -> Path:
    """A shipped persona's id, or the path of a persona file, to an existing file."""
    return resolve_file(id_or_path, shipped_dir(), "persona", "personas", PersonaError)


def list_personas(catalog: Catalog | None = None) -> list[PersonaInfo]:
    """Every shipped persona, least known first (the cold-start newcomer leads), then by name.

    Listed from each file's header (name, story, consent, how many data points); a data
    point is checked when the persona is loaded (:func:`load_persona_file`), which names the
    file, line and field of a wrong one. Checking all eight files' data points to fill a
    menu took a tenth of the window's start-up."""
    catalog = catalog or _shipped_catalog()
    infos = [read_info(p, catalog) for p in sorted(shipped_dir().glob("*.json"))]
    return sorted(infos, key=lambda i: (i.data_points, i.name.lower(), i.id))


def read_info(path: str | Path, catalog: Catalog | None = None) -> PersonaInfo:
    """A persona file's header, checked as loading checks it; raises PersonaError naming the
    file, line and field of a wrong header. Its data points are not looked at."""
    path = Path(path)
    text = read_text(path, PersonaError, "persona")
    raw = parse_json(text, path, PersonaError)
    return _Checker(path, text, catalog or _shipped_catalog()).info(raw)


def _shipped_catalog() -> Catalog:
    from tightrope.catalog import load_shipped_catalog

    return load_shipped_catalog()


# --- validation ----------------------------------------------------------------------------


class _Checker(JsonChecker):
    error = PersonaError

    def __init__(self, path: Path, text: str, catalog: Catalog):
        super().__init__(path, text)
        self.catalog = catalog

    def persona(self, raw: Any) -> Persona:
        self.no_duplicates()
        info, data = self._header(raw)
        datums = tuple(self.datum(i, d, info.consent) for i, d in enumerate(data))
        self.one_per_product(datums)
        return Persona(
            info.id, info.name, info.story, info.workshop_use, info.consent, datums, self.path
        )

    def info(self, raw: Any) -> PersonaInfo:
        """The header alone (what a menu lists); the data points are checked on loading."""
        return self._header(raw)[0]

    def _header(self, raw: Any) -> tuple[PersonaInfo, list[Any]]:
        raw = self.fields(raw, (), TOP_LEVEL_REQUIRED, TOP_LEVEL_OPTIONAL, "a persona")
        self.format_version(raw, FORMAT)
        pid = self.file_id(raw, "weekend-hiker")
        name = self.string(raw, "name", ())
        story = self.string(raw, "story", ())
        use = self.string(raw, "workshop_use", ())
        consent = self.consent(raw["consent"])
        data = raw["data"]
        if not isinstance(data, list):
            raise self.fail(("data",), "must be a list of data points")
        if len(data) > MAX_DATA_POINTS:
            raise self.fail(
                ("data",),
                f"has {len(data)} data points; a persona holds at most {MAX_DATA_POINTS}",
            )
        return PersonaInfo(pid, name, story, use, len(data), consent, self.path), data

    def consent(self, raw: Any) -> Consent:
        at: _Path = ("consent",)
        keys = tuple(CONSENT_CATEGORIES)
        raw = self.fields(raw, at, (*keys, SENSITIVE_KEY), (), "the consent state")
        for key in keys:
            if not isinstance(raw[key], bool):
                raise self.fail((*at, key), f"must be true or false, not {json.dumps(raw[key])}")
        sensitive_ids = tuple(c.id for c in self.catalog.sensitive_categories())
        at_sens = (*at, SENSITIVE_KEY)
        what = "one flag per sensitive category"
        sens = self.fields(raw[SENSITIVE_KEY], at_sens, sensitive_ids, (), what)
        for key in sensitive_ids:
            if not isinstance(sens[key], bool):
                value = json.dumps(sens[key])
                raise self.fail((*at_sens, key), f"must be true or false, not {value}")
        return Consent({k: raw[k] for k in keys}, {k: sens[k] for k in sensitive_ids})

    def datum(self, i: int, raw: Any, consent: Consent) -> PersonaDatum:
        at: _Path = ("data", i)
        raw = self.fields(raw, at, DATUM_REQUIRED, DATUM_OPTIONAL, "a data point")
        kind = raw["kind"]
        if not isinstance(kind, str) or kind not in KINDS:
            known = ", ".join(KINDS)
            raise self.fail((*at, "kind"), f"unknown kind {json.dumps(kind)} (known: {known})")
        days = raw["days_ago"]
        if not self._is_number(days) or not 0 <= days <= MAX_DAYS_AGO:
            raise self.fail(
                (*at, "days_ago"),
                f"must be a number of days from 0 to {MAX_DAYS_AGO}, not {json.dumps(days)}",
            )
        where = raw["where"]
        if where not in PLACES:
            known = ", ".join(PLACES)
            raise self.fail((*at, "where"), f"unknown place {json.dumps(where)} (known: {known})")
        category = KINDS[kind][0]
        if not consent.allows(category):
            raise self.fail(
                (*at, "kind"),
                f"a {kind} is in the consent category '{category}', "
                f"which consent.{category} withholds",
            )
        allowed = {"product_id"} if kind in PRODUCT_KINDS else {"text"}
        if kind in ("rating", "purchase", "cart_add", "review_vote"):
            allowed.add("value")
        if kind == "purchase":
            allowed.add("order")
        for key in DATUM_OPTIONAL:
            if key in raw and key not in allowed:
                takes = ", ".join(sorted(allowed))
                raise self.fail((*at, key), f"a {kind} has no '{key}' (it takes {takes})")
        product_id = text = order = None
        value: float | None = None
        if kind in PRODUCT_KINDS:
            if "product_id" not in raw:
                raise self.missing(at, "product_id", f" (a {kind} concerns one product)")
            product_id = raw["product_id"]
            product = self.catalog.get(product_id) if isinstance(product_id, str) else None
            if product is None:
                raise self.fail((*at, "product_id"), f"unknown product {product_id!r}")
            self.sensitive_ok(at, "product_id", product.category, consent, f"{product_id!r} is in")
        else:
            if "text" not in raw:
                raise self.missing(at, "text", f" (a {kind} carries text)")
            text = self.string(raw, "text", at)
            self.text_ok(at, kind, text, consent)
        if kind == "rating":
            if "value" not in raw:
                raise self.missing(at, "value", " (a rating has 1 to 5 stars)")
            stars = raw["value"]
            if not self._is_whole(stars, 1, 5):
                problem = f"a rating is 1 to 5 stars, not {json.dumps(stars)}"
                raise self.fail((*at, "value"), problem)
            value = float(stars)
        elif kind == "review_vote":
            if "value" not in raw:
                raise self.missing(at, "value", " (which review, 1 to 5, was marked helpful)")
            number = raw["value"]
            if not self._is_whole(number, 1, 5):
                problem = f"a review number is 1 to 5, not {json.dumps(number)}"
                raise self.fail((*at, "value"), problem)
            value = float(number)
        elif kind in ("purchase", "cart_add"):
            qty = raw.get("value", 1)
            if not self._is_whole(qty, 1, 99):
                problem = f"a quantity is a whole number from 1 to 99, not {json.dumps(qty)}"
                raise self.fail((*at, "value"), problem)
            value = float(qty)
        if kind == "purchase" and "order" in raw:
            order = self.string(raw, "order", at)
        return PersonaDatum(kind, float(days), where, product_id, text, value, order)

    def sensitive_ok(self, at: _Path, key: str, topic: str, consent: Consent, subject: str) -> None:
        if topic in consent.sensitive and not consent.sensitive[topic]:
            raise self.fail(
                (*at, key),
                f"{subject} the sensitive category '{topic}', "
                f"which consent.sensitive.{topic} withholds",
            )

    def text_ok(self, at: _Path, kind: str, text: str, consent: Consent) -> None:
        if kind == "declared_interest":
            if text not in self.catalog.category_by_id:
                known = ", ".join(c.id for c in self.catalog.categories)
                problem = f"unknown interest {text!r}; interests are catalog categories ({known})"
                raise self.fail((*at, "text"), problem)
            self.sensitive_ok(at, "text", text, consent, "the interest is")
        elif kind in ("location", "age_band"):
            rules = self.catalog.profile_rules.get(kind, {})
            if text not in rules:
                noun, known = kind.replace("_", " "), ", ".join(rules)
                raise self.fail((*at, "text"), f"unknown {noun} {text!r} (known: {known})")
        elif kind == "search":
            hits = self.catalog.search(text, limit=1)
            if hits:
                subject = f"the search's best match ({hits[0].id!r}) is in"
                self.sensitive_ok(at, "text", hits[0].category, consent, subject)

    def one_per_product(self, datums: tuple[PersonaDatum, ...]) -> None:
        """The shop keeps one rating and one wishlist entry per product; so must a persona."""
        first: dict[tuple[str, str], int] = {}
        for i, d in enumerate(datums):
            if d.kind in ("rating", "wishlist") and d.product_id:
                key = (d.kind, d.product_id)
                if key in first:
                    noun = "rating" if d.kind == "rating" else "wishlist entry"
                    raise self.fail(
                        ("data", i, "product_id"),
                        f"a second {noun} for {d.product_id!r} (data[{first[key]}] has one); "
                        "the shop keeps one per product",
                    )
                first[key] = i


def parse_persona(text: str, path: Path, catalog: Catalog) -> Persona:
    """Validate persona JSON text; ``path`` names it in messages and gives the expected id."""
    raw = parse_json(text, path, PersonaError)
    return _Checker(path, text, catalog).persona(raw)


def load_persona_file(path: str | Path, catalog: Catalog | None = None) -> Persona:
    """Read and validate one persona file; raises PersonaError naming file, line and field."""
    path = Path(path)
    text = read_text(path, PersonaError, "persona")
    return parse_persona(text, path, catalog or _shipped_catalog())


def load(id_or_path: str | Path, catalog: Catalog | None = None) -> Persona:
    return load_persona_file(resolve(id_or_path), catalog)


# --- applying -----------------------------------------------------------------------------


def stored_count(store: Store) -> int:
    """How many data points a load would replace right now."""
    return store.count_datums()


def last_loaded(store: Store) -> Persona | None:
    """The persona loaded last into this store (its data may have changed since), or None:
    none was, everything was erased since, or it is no longer found."""
    persona_id = store.get_meta(META_PERSONA)
    if not persona_id:
        return None
    try:
        return load(persona_id, store.catalog)
    except PersonaError:
        return None
