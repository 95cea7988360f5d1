"""A shop's changes and interactions as study-log events: which event each operation's
:class:`~tightrope.operations.changes.Changes` becomes, and the fields that name something the
participant did, kept as keyed tokens, never as content (docs/user-study.md). Qt-free: the
window's session tap (tightrope.ui.workshop.session) writes what this returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tightrope.operations.changes import MOVE_TO_CART, Changes
from tightrope.privacy.consent import SENSITIVE_PREFIX

# store change action -> session event type
STORE_EVENTS = {
    "record": "data_recorded",
    "cart": "cart",
    "checkout": "checkout",
    "exclude": "exclude",
    "include": "include",
    "correct": "correct",
    "clock": "clock",
    "consent": "consent_change",
    "pause": "consent_change",
    "sharing": "consent_change",
}


Token = Callable[[str, object], str]

# Fields of store changes and UI events that name something the participant did, with the
# kind of token each becomes and the field it is logged under. A study log holds no row id,
# product id or topic id (docs/user-study.md); a field named here is left out when there is
# no token function.
NAMED_FIELDS: dict[str, tuple[str, str]] = {
    "datum_ids": ("datum", "data_points"),
    "deleted_ids": ("datum", "deleted_data_points"),
    "product": ("product", "product"),
    "product_id": ("product", "product"),
    "blocked": ("topic", "blocked"),
    "unblocked": ("topic", "unblocked"),
}


def _deletion(receipt: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    kind = receipt.get("action", "forget")
    data = {
        "action": kind,
        "scope": receipt.get("scope"),
        "counts": receipt.get("counts", {}),
        "total": receipt.get("total", 0),
    }
    return ("data_recorded" if kind == "remove" else "forget"), data


def _ids(datums: tuple[Any, ...]) -> list[int]:
    return [d.id for d in datums]


def store_events(changes: Changes, token: Token | None = None) -> list[tuple[str, dict[str, Any]]]:
    """An operation's Changes as session events (event type, data), in the order the log has
    always had them: counts and keyed pseudonyms (``token``) for whatever they name, never
    the data's content (docs/user-study.md)."""
    op = changes.op
    out: list[tuple[str, dict[str, Any]]] = []

    def named(event: str, data: dict[str, Any]) -> None:
        out.append((event, pseudonymise(data, token)))

    if op in ("record", "cart", "checkout", "rate", MOVE_TO_CART) or (
        op in ("wishlist", "review_vote") and changes.added
    ):
        data: dict[str, Any] = {"datum_ids": _ids(changes.added)}
        if op == "rate":
            data["deleted_ids"] = list(changes.deleted)
        named(
            STORE_EVENTS[
                "cart"
                if op in ("cart", MOVE_TO_CART)
                else "checkout"
                if op == "checkout"
                else "record"
            ],
            data,
        )
    elif op in ("exclude", "include", "correct"):
        named(STORE_EVENTS[op], {"datum_ids": _ids(changes.updated)})
    elif op == "gpc" and not changes.settings:
        pass  # the signal was already so: nothing was written
    elif op in ("consent", "level", "pause", "sharing", "gpc", "block topic", "unblock topic"):
        key = {
            "consent": "consent",
            "level": "level",
            "pause": "paused",
            "sharing": "do_not_sell",
            "gpc": "gpc",
            "block topic": "blocked",
            "unblock topic": "unblocked",
        }[op]
        value = changes.consent.to_json() if op == "consent" and changes.consent else changes.result
        named(STORE_EVENTS["consent"], {key: value})
    elif op == "clock" and changes.settings:
        named(
            STORE_EVENTS["clock"],
            {
                "days": changes.result.get("days")
                if isinstance(changes.result, dict)
                else -changes.result.previous_days
            },
        )
    elif op == "persona":
        out.append(_deletion(changes.receipt or {}))
        named(STORE_EVENTS["consent"], {})
        named(STORE_EVENTS["record"], {"datum_ids": _ids(changes.added)})
        return out
    if changes.receipt is not None and (
        op in ("forget", "erase", MOVE_TO_CART)
        or (op in ("wishlist", "review_vote") and changes.deleted)
    ):
        out.append(_deletion(changes.receipt))
    for receipt in changes.expired:
        out.append(_deletion(receipt))
    return out


def pseudonymise(data: dict[str, Any], token: Token | None) -> dict[str, Any]:
    """``data`` with every field of NAMED_FIELDS as keyed tokens, and a consent change's
    sensitive switches ("sensitive:pregnancy-baby") as topic tokens: the everyday switches
    (browsing, searches, ...) are the names of the shop's controls and stay readable."""
    for key, (kind, logged_as) in NAMED_FIELDS.items():
        if key not in data:
            continue
        value = data.pop(key)
        if token is None or value is None:
            continue
        if isinstance(value, list | tuple | set | frozenset):
            data[logged_as] = [token(kind, v) for v in value]
        else:
            data[logged_as] = token(kind, value)
    change = data.get("consent")
    if isinstance(change, dict):
        data["consent"] = {k: _switches(v, token) for k, v in change.items()}
    return data


def _switches(value: Any, token: Token | None) -> Any:
    """Consent switch ids (a list, or a dict keyed by them) with sensitive ones tokenised."""

    def one(switch: Any) -> Any:
        if isinstance(switch, str) and switch.startswith(SENSITIVE_PREFIX):
            return token("topic", switch[len(SENSITIVE_PREFIX) :]) if token else "sensitive"
        return switch

    if isinstance(value, dict):
        return {one(k): v for k, v in value.items()}
    if isinstance(value, list):
        return [one(v) for v in value]
    return value


def rotates_key(changes: Changes) -> bool:
    """After a deletion (forget, expiry, erase, a persona load) or a reset the session's
    token key is replaced: a forgotten value met again gets a token unlike the old one.
    Taking a product off the wishlist is shopping, not forgetting: the key stays."""
    return changes.forgot or changes.op == "forget"


def place(where: str) -> str:
    """Where a product was opened from, without the shelf's title ("home page shelf
    'Because you viewed Early Pregnancy Test'" -> "home page shelf")."""
    return where.partition(" '")[0]
