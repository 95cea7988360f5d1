"""Inferred interests, with their evidence, and what the sensitive-data guard suppressed.

An inferred interest is a catalog topic with at least :data:`MIN_EVIDENCE` of the user's data
points (in use) about it, like the topics a browser infers. It is *shown*, not a scoring term:
its effect on recommendations is exactly the contributions its evidence data points already
make (the recommender never adds terms computed from many data points). Removing it blocks
the topic (rows pointing into it are dropped, and it is not inferred again); removing its
evidence forgets those data points; the user can do both.

The guard notice: for each sensitive category without opt-in, the data points about everyday
products that hint at it (``sensitive_signals`` in the catalog). When there are enough of
them, the user sees what the shop *could* have inferred and that it does not.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tightrope import i18n
from tightrope.i18n import translator
from tightrope.storage.datums import Datum, count_noun

if TYPE_CHECKING:
    from tightrope.engine.recommender import Recommender

tr = translator("Interests")

MIN_EVIDENCE = 3

# kind -> "%n of your purchases": some of the user's data points of one kind (English
# source; the count is always of the user's *purchases*, whatever the number)
OF_YOUR: dict[str, str] = {
    "view": tr.mark("%n of your views"),
    "search": tr.mark("%n of your searches"),
    "cart_add": tr.mark("%n of your cart adds"),
    "purchase": tr.mark("%n of your purchases"),
    "rating": tr.mark("%n of your ratings"),
    "wishlist": tr.mark("%n of your wishlist items"),
    "declared_interest": tr.mark("%n of your declared interests"),
    "location": tr.mark("%n of your locations"),
    "age_band": tr.mark("%n of your age bands"),
    "address": tr.mark("%n of your remembered addresses"),
}


@dataclass(frozen=True)
class Effect:
    product_id: str
    name: str
    rank: int | None
    contribution: float
    share: float


@dataclass(frozen=True)
class Inference:
    topic: str
    name: str
    evidence: tuple[int, ...]
    evidence_labels: tuple[str, ...]
    effects: tuple[Effect, ...]  # recommendations in the top-N the evidence pushes
    summary: str

    def to_json(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "name": self.name,
            "evidence": [
                {"datum_id": i, "label": lab} for i, lab in zip(self.evidence, self.evidence_labels)
            ],
            "effect": {
                "summary": self.summary,
                "recommendations": [
                    {
                        "product_id": e.product_id,
                        "name": e.name,
                        "rank": e.rank,
                        "contribution": e.contribution,
                        "share": e.share,
                    }
                    for e in self.effects
                ],
            },
        }


@dataclass(frozen=True)
class Suppression:
    category: str
    name: str
    evidence: tuple[int, ...]
    evidence_labels: tuple[str, ...]
    message: str

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "name": self.name,
            "message": self.message,
            "evidence": [
                {"datum_id": i, "label": lab} for i, lab in zip(self.evidence, self.evidence_labels)
            ],
        }


def _of_your(kind: str, n: int) -> str:
    template = OF_YOUR.get(kind)
    return tr(template, n=n) if template else tr("%n of your data points", n=n)


def _evidence_phrase(datums: list[Datum], lead: str | None = None) -> str:
    """'4 of your purchases', or with a lead kind '21 of your purchases and 44 other data
    points', else '9 of your data points (4 purchases and 5 views)'."""
    kinds = Counter(d.kind for d in datums)
    n = len(datums)
    if lead and kinds.get(lead) and len(kinds) > 1:
        k = kinds[lead]
        return tr(
            "{some_of_yours} and %n other data point(s)",
            "{some_of_yours}: e.g. '21 of your purchases'",
            n=n - k,
        ).format(some_of_yours=_of_your(lead, k))
    if len(kinds) == 1:
        (kind,) = kinds
        return _of_your(kind, n)
    listed = i18n.join([count_noun(k, c) for k, c in kinds.most_common()])
    return tr(
        "%n of your data points ({kinds})", "{kinds}: e.g. '4 purchases and 5 views'", n=n
    ).format(kinds=listed)


def _used(rec: Recommender) -> list[Datum]:
    return sorted(
        (d for d in rec.datums().values() if rec.used(d)), key=lambda d: (d.collected_at, d.id)
    )


def inferred(rec: Recommender) -> list[Inference]:
    """Topics the user's data points point at (at least MIN_EVIDENCE), strongest first.

    Blocked topics and sensitive categories without opt-in are not inferred.
    """
    catalog = rec.catalog
    policy = rec.policy()
    by_topic: dict[str, list[Datum]] = {}
    for d in _used(rec):
        topic = d.topic(catalog)
        if topic is not None:
            by_topic.setdefault(topic, []).append(d)
    recs = rec.recommend()
    out = []
    for topic, ds in by_topic.items():
        cat = catalog.category_by_id.get(topic)
        if cat is None or len(ds) < MIN_EVIDENCE or topic in policy.blocked:
            continue
        if cat.sensitive and topic not in policy.sensitive_opt_in:
            continue
        ids = {d.id for d in ds}
        effects = []
        for r in recs:
            part = sum(c.contribution for c in r.contributions if c.datum_id in ids)
            if part > 0:
                effects.append(
                    Effect(r.product_id, r.name, r.rank, part, part / r.score if r.score else 0.0)
                )
        names = i18n.separated([e.name for e in effects[:3]])
        if len(effects) > 3:
            names = tr("{names} and %n more", "{names}: three products", n=len(effects) - 3).format(
                names=names
            )
        if effects:
            summary = tr(
                "From {evidence}. Behind %n of your {total} recommendations: {names}.",
                "{evidence}: e.g. '4 of your purchases'",
                n=len(effects),
            ).format(evidence=_evidence_phrase(ds), total=len(recs), names=names)
        else:
            summary = tr(
                "From {evidence}. Not behind any of your current recommendations.",
                "{evidence}: e.g. '4 of your purchases'",
            ).format(evidence=_evidence_phrase(ds))
        out.append(
            Inference(
                topic,
                cat.name,
                tuple(d.id for d in ds),
                tuple(d.label(catalog) for d in ds),
                tuple(effects),
                summary,
            )
        )
    out.sort(key=lambda i: (-len(i.evidence), i.topic))
    return out


def suppressed(rec: Recommender) -> list[Suppression]:
    """What the sensitive guard keeps out: per sensitive category without opt-in, the data
    points (in use) about products that hint at it, when there are at least MIN_EVIDENCE."""
    catalog = rec.catalog
    policy = rec.policy()
    out = []
    for cat in catalog.sensitive_categories():
        if cat.id in policy.sensitive_opt_in:
            continue
        ds = [
            d
            for d in _used(rec)
            if (p := catalog.get(d.product_id)) is not None
            and (cat.id in p.sensitive_signals or p.category == cat.id)
        ]
        if len(ds) < MIN_EVIDENCE:
            continue
        message = tr(
            "We could have inferred an interest in {topic} from {evidence}. "
            "We don't use it unless you opt in.",
            "{evidence}: e.g. '21 of your purchases and 44 other data points'",
        ).format(topic=cat.name, evidence=_evidence_phrase(ds, "purchase"))
        out.append(
            Suppression(
                cat.id,
                cat.name,
                tuple(d.id for d in ds),
                tuple(d.label(catalog) for d in ds),
                message,
            )
        )
    return out
