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

from tightrope.datums import Datum, count_noun

if TYPE_CHECKING:
    from tightrope.recommender import Recommender

MIN_EVIDENCE = 3


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
            "evidence": [{"datum_id": i, "label": lab} for i, lab in zip(self.evidence, self.evidence_labels)],
            "effect": {
                "summary": self.summary,
                "recommendations": [
                    {"product_id": e.product_id, "name": e.name, "rank": e.rank,
                     "contribution": e.contribution, "share": e.share}
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
            "evidence": [{"datum_id": i, "label": lab} for i, lab in zip(self.evidence, self.evidence_labels)],
        }


def _evidence_phrase(datums: list[Datum], lead: str | None = None) -> str:
    """'4 of your purchases', or with a lead kind '21 of your purchases and 44 other data
    points', else '9 of your data points (4 purchases and 5 views)'."""
    kinds = Counter(d.kind for d in datums)
    n = len(datums)
    if lead and kinds.get(lead) and len(kinds) > 1:
        k = kinds[lead]
        rest = n - k
        return (f"{k} of your {count_noun(lead, k).split(' ', 1)[1]} and {rest} other data "
                f"point{'s' if rest != 1 else ''}")
    if len(kinds) == 1:
        (kind,) = kinds
        return f"{n} of your {count_noun(kind, n).split(' ', 1)[1]}"
    parts = [count_noun(k, c) for k, c in kinds.most_common()]
    listed = ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{n} of your data points ({listed})"


def _used(rec: Recommender) -> list[Datum]:
    return sorted((d for d in rec.datums().values() if rec.used(d)), key=lambda d: (d.collected_at, d.id))


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
                effects.append(Effect(r.product_id, r.name, r.rank, part, part / r.score if r.score else 0.0))
        if effects:
            names = ", ".join(e.name for e in effects[:3]) + (f" and {len(effects) - 3} more" if len(effects) > 3 else "")
            summary = (f"Behind {len(effects)} of your {len(recs)} recommendations: {names}.")
        else:
            summary = "Not behind any of your current recommendations."
        out.append(Inference(
            topic, cat.name, tuple(d.id for d in ds), tuple(d.label(catalog) for d in ds),
            tuple(effects), f"From {_evidence_phrase(ds)}. {summary}",
        ))
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
            d for d in _used(rec)
            if (p := catalog.get(d.product_id)) is not None
            and (cat.id in p.sensitive_signals or p.category == cat.id)
        ]
        if len(ds) < MIN_EVIDENCE:
            continue
        message = (
            f"We could have inferred an interest in {cat.name} from {_evidence_phrase(ds, 'purchase')}. "
            "We don't use it unless you opt in."
        )
        out.append(Suppression(cat.id, cat.name, tuple(d.id for d in ds),
                               tuple(d.label(catalog) for d in ds), message))
    return out
