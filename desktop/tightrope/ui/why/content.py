"""What the "why" panel shows, as plain data: the engine's explanation turned into words.

Qt-free on purpose, so the wording can be tested without widgets. Numbers come from the
engine (:class:`~tightrope.explain.Recommendation`); this module only formats them. The one
formatting rule worth naming: shares are shown as whole percentages rounded with the
largest-remainder method, so the numbers a participant adds up on screen make 100 %.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from tightrope.catalog import Catalog
from tightrope.clock import parse_time
from tightrope.datums import Datum, consent_label
from tightrope.explain import Contribution, Counterfactual, Recommendation
from tightrope.i18n import translator
from tightrope.ui import format

tr = translator("WhyPanel")

# Action kinds: what a button in the panel asks the engine to do.
FORGET = "forget"
EXCLUDE = "exclude"
FORGET_PRODUCT = "forget_product"
FORGET_TOPIC = "forget_topic"
INCLUDE = "include"
STOP_COLLECTING = "stop_collecting"

# Source texts, translated where they are shown (``tr(NO_UNDO)``).
COUNTERFACTUAL_PENDING = tr.mark(
    "Working out the smallest change that would take it out of your recommendations\u2026"
)
NO_UNDO = tr.mark(
    "There is no undo: forgetting deletes the data for real. The preview shows what will change."
)
ACTION_TEXTS: dict[str, str] = {
    FORGET: tr.mark("Forget this"),
    EXCLUDE: tr.mark("Don\u2019t use this"),
    INCLUDE: tr.mark("Use again"),
    FORGET_PRODUCT: tr.mark("Forget everything about {name}"),
    FORGET_TOPIC: tr.mark("Forget the whole topic {name}"),
    STOP_COLLECTING: tr.mark("Stop collecting {name}\u2026"),
}
# Where a data point was collected (stored English data, see datums) -> how the panel says
# it; any other place reads "on the <place>" (scenario titles: "in <title>").
PLACES: dict[str, tuple[str, str]] = {  # place -> (with a time, without one)
    "profile": (tr.mark("Collected {when} in your profile"), tr.mark("Collected in your profile")),
    "checkout": (tr.mark("Collected {when} at checkout"), tr.mark("Collected at checkout")),
}


class Wording:
    """The panel's sentences in the user's language, each asked of the translator once per
    render: a render formats ~140 rows and a row repaints often, so rows format these
    templates instead of translating per row or per paint. Counts (days) are translated once
    per number seen."""

    def __init__(self) -> None:
        self.actions = {kind: tr(text) for kind, text in ACTION_TEXTS.items()}
        self.action_on = tr("{action}: {subject}")
        self.action_from = tr("{action} (from: {subject})")
        self.more_actions = tr("More actions for: {subject}")
        self.share_spoken = tr("{percent} of the score")
        self.percent = tr("{percent}%")
        self.below_one_percent = tr("<1%")
        self.places = {k: (tr(a), tr(b)) for k, (a, b) in PLACES.items()}
        self.collected_when_on = tr("Collected {when} on the {where}")
        self.collected_when_in = tr("Collected {when} in {where}")
        self.collected_when = tr("Collected {when}")
        self.collected_on = tr("Collected on the {where}")
        self.collected_in = tr("Collected in {where}")
        self.consent = tr("Consent: {category}")
        self.counts = tr("counts {percent}%")
        self.counts_new = tr("counts {percent}% because it is less than a day old")
        self.same_datum = tr("Same data point as a reason above: its actions are there.")
        self._counts_old: dict[int, str] = {}

    def counts_old(self, days: int) -> str:
        """'counts {percent}% because it is 20 days old' for this number of days."""
        text = self._counts_old.get(days)
        if text is None:
            text = self._counts_old[days] = tr(
                "counts {percent}% because it is %n day(s) old", n=days
            )
        return text

    def action_text(self, action: Action) -> str:
        return self.actions[action.kind].format(name=action.target_name)

    def accessible_name(self, action: Action) -> str:
        """What a screen reader says for an action: what it does and what it acts on."""
        if action.kind in (FORGET_PRODUCT, FORGET_TOPIC, STOP_COLLECTING):
            text = self.action_text(action).rstrip("\u2026")
            return self.action_from.format(action=text, subject=action.subject)
        return self.action_on.format(action=self.action_text(action), subject=action.subject)

    def percent_text(self, percent: int, share: float) -> str:
        if percent == 0 and share > 0:
            return self.below_one_percent
        return self.percent.format(percent=percent)


@dataclass(frozen=True)
class Action:
    """One thing the participant can do to one data point.

    ``target`` is the product id (FORGET_PRODUCT), the category id (FORGET_TOPIC) or the
    consent category (STOP_COLLECTING); ``subject`` is the data point in words.
    """

    kind: str
    datum_id: int
    subject: str
    target: str | None = None
    target_name: str | None = None

    @property
    def text(self) -> str:
        """The button or menu text (a render uses its :class:`Wording` instead)."""
        return tr(ACTION_TEXTS[self.kind]).format(name=self.target_name)

    @property
    def accessible_name(self) -> str:
        """What a screen reader says: the action and what it acts on."""
        return Wording().accessible_name(self)


@dataclass(frozen=True)
class DatumInfo:
    """One of the user's data points behind the explanation, with what can be done to it."""

    datum_id: int
    label: str
    product_id: str | None
    product_name: str | None
    topic_id: str | None
    topic_name: str | None
    consent_category: str
    consent_label: str
    excluded: bool = False

    def action(self, kind: str) -> Action:
        target, name = {
            FORGET_PRODUCT: (self.product_id, self.product_name),
            FORGET_TOPIC: (self.topic_id, self.topic_name),
            STOP_COLLECTING: (self.consent_category, self.consent_label),
        }.get(kind, (None, None))
        return Action(kind, self.datum_id, self.label, target, name)

    def more_actions(self) -> list[Action]:
        """The broader actions (behind the "More" button): product, topic, consent."""
        out = []
        if self.product_id:
            out.append(self.action(FORGET_PRODUCT))
        if self.topic_id:
            out.append(self.action(FORGET_TOPIC))
        out.append(self.action(STOP_COLLECTING))
        return out

    @classmethod
    def from_datum(cls, datum: Datum, catalog: Catalog) -> DatumInfo:
        """The panel's facts about a data point; made once per Datum the engine holds (the
        entry goes when the engine lets go of the Datum, e.g. after a forget)."""
        info = _INFOS.get(datum)
        if info is not None and info[0] == id(catalog):
            return info[1]
        made = cls._make(datum, catalog)
        _INFOS[datum] = (id(catalog), made)
        return made

    @classmethod
    def _make(cls, datum: Datum, catalog: Catalog) -> DatumInfo:
        product = catalog.get(datum.product_id)
        topic = _topic(datum, catalog)
        category = catalog.category_by_id.get(topic) if topic else None
        return cls(
            datum_id=datum.id,
            label=datum.label(catalog),
            product_id=datum.product_id if product else None,
            product_name=product.name if product else None,
            topic_id=topic if category else None,
            topic_name=category.name if category else None,
            consent_category=datum.consent_category,
            consent_label=consent_label(datum.consent_category),
            excluded=datum.excluded,
        )


@dataclass(frozen=True)
class Row:
    """One contribution as a row: bar, percentage, badge, label and facts."""

    source: str
    badge: str
    share: float
    percent: int  # rounded so that the rows add up to 100
    label: str
    facts: tuple[str, ...]  # small lines under the label (when, where, consent, decay)
    datum_id: int | None
    datum: DatumInfo | None  # set on the first row of each data point: its actions go here
    # the render's sentences (shared by every row of one render)
    words: Wording = field(default_factory=Wording, compare=False, repr=False)

    @property
    def percent_text(self) -> str:
        return self.words.percent_text(self.percent, self.share)

    @property
    def spoken(self) -> str:
        share = self.words.share_spoken.format(percent=self.percent_text)
        parts = [share, self.badge, self.label, *self.facts]
        return ". ".join(p.rstrip(".") for p in parts) + "."


@dataclass(frozen=True)
class PanelContent:
    product_id: str
    product_name: str
    headline: str
    rank_text: str
    in_top: bool
    sponsored: bool
    sponsor: str | None
    note: str | None  # e.g. the already-bought rule
    rows: tuple[Row, ...]
    score: float
    counterfactual: str
    replacement_id: str | None
    replacement_name: str | None
    not_used: tuple[DatumInfo, ...]
    counterfactual_pending: bool = False
    counterfactual_data: tuple[str, ...] = ()  # the data points it names, in words
    words: Wording = field(default_factory=Wording, compare=False, repr=False)

    @property
    def personal(self) -> bool:
        return any(r.datum is not None for r in self.rows)

    @property
    def has_actions(self) -> bool:
        return self.personal or bool(self.not_used)

    def total_percent(self) -> int:
        return sum(r.percent for r in self.rows)

    def datum_ids(self) -> set[int]:
        """Every data point this content speaks of (its rows and its "not used" list)."""
        ids = {r.datum_id for r in self.rows if r.datum_id is not None}
        return ids | {d.datum_id for d in self.not_used}


def largest_remainder(shares: Sequence[float], total: int = 100) -> list[int]:
    """Whole percentages for these shares that add up to ``total`` (when the shares add to 1).

    Each value is the share's floor, and the points still missing go to the largest
    remainders (earlier rows first on ties), so no value is more than one point off.
    """
    raw = [max(0.0, s) * total for s in shares]
    if not raw:
        return []
    floors = [math.floor(x + 1e-9) for x in raw]
    target = round(sum(raw))
    missing = target - sum(floors)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - floors[i]), i))
    for i in order[: max(0, missing)]:
        floors[i] += 1
    return floors


def percent_text(percent: int, share: float, words: Wording | None = None) -> str:
    return (words or Wording()).percent_text(percent, share)


def decay_note(detail: Mapping[str, object], words: Wording | None = None) -> str | None:
    """ "counts 62% because it is 20 days old" when age has lowered the weight."""
    decay = detail.get("decay")
    if not isinstance(decay, (int, float)) or decay >= 1:
        return None
    shown = round(decay * 100)
    if shown >= 100:
        return None
    words = words or Wording()
    age = detail.get("age_days")
    if not isinstance(age, (int, float)):
        template = words.counts
    elif age < 1:
        template = words.counts_new
    else:
        template = words.counts_old(int(age))
    return template.format(percent=shown)


def facts(c: Contribution, words: Wording | None = None) -> tuple[str, ...]:
    """The data point's facts for a personal row (when, where, consent category, age);
    nothing for a non-personal one. Made once per data point and language: a panel lists
    ~140 rows, most about data points it showed before."""
    if not c.personal:
        return ()
    words = words or Wording()
    key = (words.consent, c.datum_id, c.collected_at, c.collected_where, c.consent_category,
           c.detail.get("decay"), c.detail.get("age_days"))
    made = _FACTS.get(key)
    if made is None:
        if len(_FACTS) > 4096:
            _FACTS.clear()
        made = _FACTS[key] = _make_facts(c, words)
        if c.datum_id is not None:
            _KEYS_BY_DATUM.setdefault(c.datum_id, set()).add(("facts", key))
    return made


def _make_facts(c: Contribution, words: Wording) -> tuple[str, ...]:
    out = []
    when = _when(c.collected_at, c.datum_id) if c.collected_at else None
    if when or c.collected_where:
        out.append(_collected(words, when, c.collected_where))
    second = []
    if c.consent_category:
        second.append(words.consent.format(category=consent_label(c.consent_category)))
    note = decay_note(c.detail, words)
    if note:
        second.append(note)
    if second:
        out.append(" \u00b7 ".join(second))
    return tuple(out)


def _collected(words: Wording, when: str | None, where: str | None) -> str:
    """'Collected 29 Nov 2025, 14:36 on the search box'; 'profile' reads 'in your profile',
    a scenario's title 'in <title>'."""
    if not where:
        return words.collected_when.format(when=when)
    if where in words.places:
        with_time, without = words.places[where]
        return with_time.format(when=when) if when else without
    if where[:1].islower():
        template = words.collected_when_on if when else words.collected_on
    else:
        template = words.collected_when_in if when else words.collected_in
    return template.format(when=when, where=where)


def _when(iso: str, datum_id: int | None = None) -> str:
    text = _WHEN.get(iso)
    if text is None:
        if len(_WHEN) > 4096:
            _WHEN.clear()
        text = _WHEN[iso] = format.when(parse_time(iso))
    if datum_id is not None:
        _KEYS_BY_DATUM.setdefault(datum_id, set()).add(("when", iso))
    return text


def forget_cached_text(datum_ids: Iterable[int] | None = None) -> None:
    """Empty the formatting caches (they hold times and searches shown before): all of
    them, or only what was cached for these (deleted) data points."""
    if datum_ids is None:
        _INFOS.clear()
        _FACTS.clear()
        _WHEN.clear()
        _SEARCH_TOPICS.clear()
        _KEYS_BY_DATUM.clear()
        return
    gone = set(datum_ids)
    for datum in [d for d in list(_INFOS.keys()) if d.id in gone]:
        _INFOS.pop(datum, None)
    for did in gone:
        for kind, key in _KEYS_BY_DATUM.pop(did, ()):
            if kind == "when":
                _WHEN.pop(key, None)
            elif kind == "facts":
                _FACTS.pop(key, None)
            else:
                _SEARCH_TOPICS.pop(key, None)


_WHEN: dict[str, str] = {}
_FACTS: dict[tuple[Any, ...], tuple[str, ...]] = {}
_INFOS: weakref.WeakKeyDictionary[Datum, tuple[int, DatumInfo]] = weakref.WeakKeyDictionary()
# data point id -> the cache entries made for it, so a deletion drops exactly those
_KEYS_BY_DATUM: dict[int, set[tuple[str, Any]]] = {}
# (catalog identity, search text) -> its topic; Datum.topic runs a catalog search for a
# search, which takes a render longer than every other row together.
_SEARCH_TOPICS: dict[tuple[int, str], str | None] = {}


def _topic(datum: Datum, catalog: Catalog) -> str | None:
    if datum.kind != "search" or datum.product_id:
        return datum.topic(catalog)
    key = (id(catalog), datum.text or "")
    _KEYS_BY_DATUM.setdefault(datum.id, set()).add(("search", key))
    if key not in _SEARCH_TOPICS:
        if len(_SEARCH_TOPICS) > 2000:
            _SEARCH_TOPICS.clear()
        _SEARCH_TOPICS[key] = datum.topic(catalog)
    return _SEARCH_TOPICS[key]


def rank_text(rank: int | None, top_n: int) -> str:
    if rank:
        return tr("#{rank} of your recommendations").format(rank=rank)
    return tr("Not in your top %n", n=top_n)


def build_content(
    rec: Recommendation,
    counterfactual: Counterfactual | None,
    datums: Mapping[int, Datum],
    catalog: Catalog,
    top_n: int,
    not_used: Iterable[Datum] = (),
) -> PanelContent:
    """Everything the panel shows for one product, in reading order."""
    percents = largest_remainder([c.share for c in rec.contributions])
    words = Wording()
    badges: dict[str, str] = {}  # source -> its badge, translated once per render
    infos: dict[int, DatumInfo] = {}
    rows = []
    for c, pct in zip(rec.contributions, percents, strict=True):
        info = None
        lines = facts(c, words)
        if c.datum_id is not None:
            if c.datum_id in infos:
                lines = (*lines, words.same_datum)
            elif c.datum_id in datums:
                info = DatumInfo.from_datum(datums[c.datum_id], catalog)
                infos[c.datum_id] = info
        badge = badges.get(c.source)
        if badge is None:
            badge = badges[c.source] = c.badge
        rows.append(
            Row(c.source, badge, c.share, pct, c.label, lines, c.datum_id, info, words)
        )
    product = catalog.get(rec.product_id)
    return PanelContent(
        product_id=rec.product_id,
        product_name=rec.name,
        headline=rec.headline,
        rank_text=rank_text(rec.rank, top_n),
        in_top=rec.rank is not None,
        sponsored=rec.sponsored,
        sponsor=product.sponsor if product else None,
        note=None
        if rec.eligible or rec.ineligible_reason == rec.headline
        else rec.ineligible_reason,
        rows=tuple(rows),
        score=rec.score,
        counterfactual=counterfactual.message if counterfactual else "",
        replacement_id=counterfactual.replacement if counterfactual else None,
        replacement_name=counterfactual.replacement_name if counterfactual else None,
        not_used=tuple(DatumInfo.from_datum(d, catalog) for d in not_used),
        words=words,
    )


def with_counterfactual(
    content: PanelContent,
    counterfactual: Counterfactual | None,
    datums: Mapping[int, Datum] | None = None,
    catalog: Catalog | None = None,
) -> PanelContent:
    """The content with the engine's counterfactual filled in (or marked as being worked out)."""
    if counterfactual is None:
        return replace(
            content,
            counterfactual=tr(COUNTERFACTUAL_PENDING) if content.in_top else "",
            replacement_id=None,
            replacement_name=None,
            counterfactual_pending=content.in_top,
            counterfactual_data=(),
        )
    named: tuple[str, ...] = ()
    if counterfactual.datum_ids and datums is not None and catalog is not None:
        named = tuple(datums[i].label(catalog) for i in counterfactual.datum_ids if i in datums)
    return replace(
        content,
        counterfactual=counterfactual.message,
        replacement_id=counterfactual.replacement,
        replacement_name=counterfactual.replacement_name,
        counterfactual_pending=False,
        counterfactual_data=named,
    )
