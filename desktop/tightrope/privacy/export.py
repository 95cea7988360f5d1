"""Export everything the shop holds about the user, as JSON (schema: docs/schemas/
export.schema.json) or CSV (one row per item, with a ``section`` column).

Contents: data points, inferred interests and what the sensitive guard suppressed, consent
state and history, exclusions (data points kept but not used, blocked topics), deletion
receipts, retention periods, the data-use log, the partner view, a plain-language
summary of how recommendations use each kind of data, the facts corrected (when, never the
old value) and how recommendations work for you now (their main parameters and weights). Files are written private (0600).
An export is a copy of personal data: erase-everything cannot reach files saved outside the
data folder, and the export dialog says so.
"""

from __future__ import annotations

import csv
import io
import json
import os
from typing import TYPE_CHECKING, Any

from tightrope import __version__
from tightrope.clock import format_time
from tightrope.engine import interests
from tightrope.privacy import consent, gpc, parameters, partners, rectify, retention
from tightrope.storage import files
from tightrope.storage.datums import CONSENT_CATEGORIES

if TYPE_CHECKING:
    from tightrope.engine.recommender import Recommender

FORMAT = 1
FORMATS = ("json", "csv")

# How recommendations use each kind of data, in plain words (also shown in the app).
HOW_USED: dict[str, str] = {
    "browsing": "Products you viewed count for themselves, for similar products, and (level "
    "Full) for what other shoppers bought with them. Their weight halves every "
    "{half_life} days.",
    "searches": "Products matching the words you searched for rank higher. Their weight halves "
    "every {half_life} days.",
    "purchases": "What you added to your cart or bought counts for similar products and (level "
    "Full) for what other shoppers bought with them; things you bought that people "
    "don't buy twice are not shown again. A delivery address you asked us to remember only "
    "fills in your next checkout: it counts for no recommendation.",
    "ratings": "Products you rated 3 stars or more, and your wishlist, count for similar products. "
    "Reviews you marked helpful are not used.",
    "interests": "Departments you told us you like rank higher. This does not fade.",
    "location": "Level Full only: products suited to where you live rank a little higher.",
    "age_band": "Level Full only: products suited to your age band rank a little higher.",
    "sensitive": "Sensitive departments are never personalised unless you switch them on one by "
    "one; we show what we could have inferred instead of using it.",
    "non-personal": "Popular, new and sponsored items are shown to everyone; sponsored ones are "
    "always labelled.",
}


def build(rec: Recommender) -> dict[str, Any]:
    store = rec.store
    catalog = store.catalog
    st = consent.state(store)
    datums = store.datums()
    return {
        "format": FORMAT,
        "app": f"tightrope {__version__}",
        "exported_at": format_time(store.clock.now()),
        "data_points": [d.to_json(catalog) for d in datums],
        "inferred_interests": [i.to_json() for i in interests.inferred(rec)],
        "suppressed_inferences": [s.to_json() for s in interests.suppressed(rec)],
        "consent": {
            "decided": st.decided,
            "categories": st.categories,
            "sensitive": st.sensitive,
            "personalization_level": consent.level(store),
            "collection_paused": consent.paused(store),
            "global_privacy_control": gpc.signal(store),
        },
        "consent_history": consent.history(store),
        "exclusions": {
            "data_points_not_used": [d.id for d in datums if d.excluded],
            "blocked_topics": sorted(consent.blocked_topics(store)),
        },
        "deletion_receipts": store.receipts(),
        "retention": [p.to_json() for p in retention.periods(store)],
        "data_use_log": rec.data_use.entries(),
        "partner_view": partners.payload(rec),
        "how_your_data_is_used": [
            {
                "category": c,
                "label": CONSENT_CATEGORIES.get(c, c.capitalize()),
                "summary": text.format(half_life=f"{rec.evidence.w.half_life_days:g}"),
            }
            for c, text in HOW_USED.items()
        ],
        "corrections": rectify.history(store),
        "how_recommendations_work": parameters.overview(rec).to_json(),
    }


CSV_COLUMNS = ("section", "id", "category", "kind", "label", "at", "where", "value", "detail")


def to_csv(doc: dict[str, Any]) -> str:
    """One table: every item of every section as a row, the rest as JSON in ``detail``."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for d in doc["data_points"]:
        w.writerow(
            {
                "section": "data_point",
                "id": d["id"],
                "category": d["consent_category"],
                "kind": d["kind"],
                "label": d["label"],
                "at": d["collected_at"],
                "where": d["collected_where"],
                "value": d["value"] if d["value"] is not None else "",
                "detail": json.dumps(
                    {k: d[k] for k in ("product_id", "text", "excluded", "topic")}
                ),
            }
        )
    for i in doc["inferred_interests"]:
        w.writerow(
            {
                "section": "inferred_interest",
                "id": i["topic"],
                "label": i["name"],
                "value": len(i["evidence"]),
                "detail": i["effect"]["summary"],
            }
        )
    for s in doc["suppressed_inferences"]:
        w.writerow(
            {
                "section": "suppressed_inference",
                "id": s["category"],
                "label": s["message"],
                "value": len(s["evidence"]),
            }
        )
    for c, on in doc["consent"]["categories"].items():
        w.writerow({"section": "consent", "id": c, "value": "given" if on else "not given"})
    for c, on in doc["consent"]["sensitive"].items():
        w.writerow(
            {
                "section": "consent",
                "id": consent.SENSITIVE_PREFIX + c,
                "value": "given" if on else "not given",
            }
        )
    for h in doc["consent_history"]:
        w.writerow(
            {
                "section": "consent_history",
                "id": h["switch"],
                "label": h["label"],
                "at": h["at"],
                "where": h["where"],
                "value": "given" if h["granted"] else "withdrawn",
            }
        )
    for i in doc["exclusions"]["data_points_not_used"]:
        w.writerow({"section": "exclusion", "id": i, "kind": "data point not used"})
    for t in doc["exclusions"]["blocked_topics"]:
        w.writerow({"section": "exclusion", "id": t, "kind": "blocked topic"})
    for r in doc["deletion_receipts"]:
        w.writerow(
            {
                "section": "deletion_receipt",
                "id": r["id"],
                "kind": r["action"],
                "label": r["scope"],
                "at": r["at"],
                "value": sum(r["counts"].values()),
                "detail": json.dumps(r["counts"]),
            }
        )
    for p in doc["retention"]:
        w.writerow(
            {"section": "retention", "id": p["category"], "label": p["label"], "value": p["days"]}
        )
    for e in doc["data_use_log"]:
        w.writerow(
            {
                "section": "data_use",
                "id": e["source"],
                "label": e["label"],
                "at": e["minute"],
                "value": e["computations"],
                "detail": json.dumps({"data_points": e["data_points"]}),
            }
        )
    w.writerow(
        {"section": "partner_view", "detail": json.dumps(doc["partner_view"], ensure_ascii=False)}
    )
    for c in doc.get("corrections", ()):
        w.writerow(
            {
                "section": "correction",
                "id": c["datum_id"],
                "kind": c["kind"],
                "at": c["at"],
                "where": c["where"],
            }
        )
    for p in doc.get("how_recommendations_work", {}).get("parameters", ()):
        w.writerow(
            {
                "section": "parameter",
                "id": p["parameter"],
                "label": p["name"],
                "value": round(p["share"], 6),
                "detail": p["description"],
            }
        )
    for h in doc["how_your_data_is_used"]:
        w.writerow(
            {
                "section": "how_used",
                "id": h["category"],
                "label": h["label"],
                "detail": h["summary"],
            }
        )
    return buf.getvalue()


def write(rec: Recommender, path: str | os.PathLike[str], fmt: str) -> dict[str, Any]:
    """Write the export, private to the user (0600). Returns a short summary."""
    if fmt not in FORMATS:
        raise ValueError(f"the export format is json or csv, not {fmt!r}")
    doc = build(rec)
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n" if fmt == "json" else to_csv(doc)
    target = files.write_private(path, text)  # whole or not at all, 0600
    return {
        "path": str(target),
        "format": fmt,
        "data_points": len(doc["data_points"]),
        "bytes": len(text.encode()),
    }
