"""What the "why" panel shows, as plain data: the engine's explanation turned into words.

Qt-free on purpose, so the wording can be tested without widgets. Numbers come from the
engine (:class:`~tightrope.engine.explain.Recommendation`); this module only formats them.

Levels of detail: the panel opens on the :data:`TOP_REASONS` largest reasons and one summary
row for all the others ("The other 140 reasons", with the exact sum of their shares); one
click lists every reason. A reason is any contribution, personal or not: popular, new and
sponsored parts are ranked by their value like the rest, so one of them among the three
largest is one of the three rows, and otherwise it is counted in the summary (whose facts
say how many reasons of each source it holds). Rows are listed largest first.

Percentages are whole numbers rounded with the largest-remainder method, in two steps so that
the numbers a participant adds up on screen make 100 % in both views: first the top rows
and the exact sum of the others' shares (the summary's number), then that number among the
other rows. Each is less than one point from its exact share.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from tightrope import i18n
from tightrope.catalog import Catalog
from tightrope.clock import parse_time
from tightrope.engine.explain import SOURCES, Contribution, Counterfactual, Recommendation
from tightrope.i18n import translator
from tightrope.storage.datums import Datum, consent_label
from tightrope.ui import format

tr = translator("WhyPanel")

# Rows in the panel's collapsed view (the rest are summed up in one row).
TOP_REASONS = 3

# Action kinds: what a button in the panel asks the engine to do.
FORGET = "forget"
FORGET_SET = "forget_set"  # the counterfactual's data points, together
EXCLUDE = "exclude"
FORGET_PRODUCT = "forget_product"
FORGET_TOPIC = "forget_topic"
INCLUDE = "include"
STOP_COLLECTING = "stop_collecting"

# Source texts, translated where they are shown (``tr(NO_UNDO)``).
COUNTERFACTUAL_PENDING = tr.mark(
    "Working out the smallest change that would take it out of your recommendations\u2026"
)
WHY_NOT_PENDING = tr.mark("Working out what would bring it into your recommendations\u2026")
NO_UNDO = tr.mark(
    "There is no undo: forgetting deletes the data for real. The preview shows what will change."
)
ACTION_TEXTS: dict[str, str] = {
    FORGET: tr.mark("Forget this"),
    FORGET_SET: tr.mark("Forget (this|these %n)"),
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
        # (FORGET_SET's text depends on its count: see action_text)
        self.actions = {k: tr(text) for k, text in ACTION_TEXTS.items() if k != FORGET_SET}
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
        self.source_count = tr("{source}: {count}")
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
        if action.kind == FORGET_SET:
            return tr(ACTION_TEXTS[FORGET_SET], n=len(action.datum_ids))
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
    consent category (STOP_COLLECTING); ``subject`` is the data point in words. A
    FORGET_SET acts on every one of ``datum_ids`` (``datum_id`` is the first of them) and
    its subject names them all.
    """

    kind: str
    datum_id: int
    subject: str
    target: str | None = None
    target_name: str | None = None
    datum_ids: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        """The button or menu text (a render uses its :class:`Wording` instead)."""
        return Wording().action_text(self)

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
    when: str = ""  # when it was collected, in words

    @property
    def spoken(self) -> str:
        """The data point as its actions are named: what it is and when, so two views of
        one product (on different days) are told apart by ear."""
        if not self.when:
            return self.label
        return tr("{data_point}, {when}", "a data point and when it was collected").format(
            data_point=self.label, when=self.when
        )

    def action(self, kind: str) -> Action:
        target, name = {
            FORGET_PRODUCT: (self.product_id, self.product_name),
            FORGET_TOPIC: (self.topic_id, self.topic_name),
            STOP_COLLECTING: (self.consent_category, self.consent_label),
        }.get(kind, (None, None))
        return Action(kind, self.datum_id, self.spoken, target, name)

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
            when=_when(datum.collected_at_iso, datum.id),
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
        return ". ".join(p.rstrip(".") for p in parts if p) + "."


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
    counterfactual_ids: tuple[int, ...] = ()  # ... and their ids, exactly as the engine gave
    # The collapsed view: its first ``top`` rows, then ``rest`` (None when every row is
    # among the top ones), which sums up all the others.
    top: int = 0
    rest: Row | None = None
    words: Wording = field(default_factory=Wording, compare=False, repr=False)

    @property
    def personal(self) -> bool:
        return any(r.datum is not None for r in self.rows)

    @property
    def counterfactual_action(self) -> Action | None:
        """ "Forget these N": the counterfactual's data points, forgotten together (None when
        there is no counterfactual, or it is still being worked out)."""
        ids = self.counterfactual_ids
        if not ids or self.counterfactual_pending:
            return None
        subject = i18n.join(list(self.counterfactual_data)) if self.counterfactual_data else ""
        return Action(FORGET_SET, ids[0], subject, datum_ids=ids)

    @property
    def has_actions(self) -> bool:
        return self.personal or bool(self.not_used)

    def total_percent(self) -> int:
        return sum(r.percent for r in self.rows)

    def datum_ids(self) -> set[int]:
        """Every data point this content speaks of (its rows, its "not used" list and its
        counterfactual)."""
        ids = {r.datum_id for r in self.rows if r.datum_id is not None}
        return ids | {d.datum_id for d in self.not_used} | set(self.counterfactual_ids)


def largest_remainder(
    shares: Sequence[float], total: int = 100, target: int | None = None
) -> list[int]:
    """Whole percentages for these shares that add up to ``total`` (when the shares add to 1),
    or to ``target`` when given (a number within a point of their exact sum).

    Each value is the share's floor, and the points still missing go to the largest
    remainders (earlier rows first on ties), so no value is more than one point off.
    """
    raw = [max(0.0, s) * total for s in shares]
    if not raw:
        return []
    floors = [math.floor(x + 1e-9) for x in raw]
    if target is None:
        target = round(sum(raw))
    missing = target - sum(floors)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - floors[i]), i))
    for i in order[: max(0, missing)]:
        floors[i] += 1
    return floors


def level_percents(shares: Sequence[float], top: int) -> tuple[list[int], int | None]:
    """Whole percentages for the rows, and for the sum of the rows past ``top`` (None when
    there are none), such that the top rows and that sum add up to 100, and so do all the
    rows: the top rows and the exact sum of the others' shares are rounded together, then
    that sum's whole number is shared out among the others."""
    if len(shares) <= top:
        return largest_remainder(shares), None
    rest = math.fsum(max(0.0, s) for s in shares[top:])
    head = largest_remainder([*shares[:top], rest])
    tail = largest_remainder(shares[top:], target=head[-1])
    return [*head[:-1], *tail], head[-1]


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
    key = (
        words.consent,
        c.datum_id,
        c.collected_at,
        c.collected_where,
        c.consent_category,
        c.detail.get("decay"),
        c.detail.get("age_days"),
    )
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
    """Everything the panel shows for one product, in reading order: the reasons largest
    first (the engine lists them so; ties keep its order)."""
    contributions = sorted(rec.contributions, key=lambda c: -c.contribution)
    top = min(TOP_REASONS, len(contributions))
    percents, rest_percent = level_percents([c.share for c in contributions], top)
    words = Wording()
    badges: dict[str, str] = {}  # source -> its badge, translated once per render
    infos: dict[int, DatumInfo] = {}
    rows = []
    for c, pct in zip(contributions, percents, strict=True):
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
        rows.append(Row(c.source, badge, c.share, pct, c.label, lines, c.datum_id, info, words))
    rest = None
    if rest_percent is not None:
        rest = _rest_row(contributions[top:], rest_percent, badges, words)
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
        top=top,
        rest=rest,
        words=words,
    )


REST = "rest"  # the summary row's source: the reasons past the top ones, together


def _rest_row(
    others: Sequence[Contribution], percent: int, badges: dict[str, str], words: Wording
) -> Row:
    """The summary row: how many other reasons there are, the exact sum of their shares (as
    the engine gave them, not added up from rounded numbers), and how many come from each
    source, so a non-personal part among them is still named."""
    share = math.fsum(max(0.0, c.share) for c in others)
    counts: dict[str, int] = {}
    for c in others:
        if c.source not in counts and c.source not in badges:
            badges[c.source] = c.badge
        counts[c.source] = counts.get(c.source, 0) + 1
    order = list(SOURCES)
    sources = sorted(counts, key=lambda s: order.index(s) if s in order else len(order))
    parts = [words.source_count.format(source=badges[s], count=counts[s]) for s in sources]
    label = tr("The other %n reason(s)", n=len(others))
    return Row(REST, "", share, percent, label, (" \u00b7 ".join(parts),), None, None, words)


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
            # for a product outside the top too: what keeps it out, what would bring it in
            counterfactual=tr(COUNTERFACTUAL_PENDING if content.in_top else WHY_NOT_PENDING),
            replacement_id=None,
            replacement_name=None,
            counterfactual_pending=True,
            counterfactual_data=(),
            counterfactual_ids=(),
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
        counterfactual_ids=tuple(counterfactual.datum_ids or ()),
    )
