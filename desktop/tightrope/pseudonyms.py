"""Keyed pseudonyms for identifiers that leave the shop's own tables.

An advertising partner's id and the tokens in a study log are HMAC-SHA256 values under a
random key kept in the local database (one key per purpose, so the two cannot be linked).
The same input gives the same token while the key lives, which is what a researcher needs
("the same search again"); "erase everything" destroys the keys, after which nothing links a
token back to anyone.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tightrope.store import Store

META_PARTNER_KEY = "partner_key"
META_STUDY_KEY = "study_key"
KEYS = (META_PARTNER_KEY, META_STUDY_KEY)


def key(store: Store, meta_key: str) -> bytes:
    """This purpose's key, made (and stored) on first use."""
    raw = store.get_meta(meta_key)
    if raw is None:
        raw = secrets.token_hex(32)
        store.set_meta(meta_key, raw)
    return bytes.fromhex(raw)


def keyed_hash(store: Store, meta_key: str, message: str) -> str:
    return hmac.new(key(store, meta_key), message.encode(), hashlib.sha256).hexdigest()


def study_token(store: Store, kind: str, value: object) -> str:
    """A short stable token for a value written to a study log (a data point id, a search):
    'search:3f9a1c0b52de'. Searches are compared case-insensitively."""
    text = str(value).casefold() if kind == "search" else str(value)
    return f"{kind}:{keyed_hash(store, META_STUDY_KEY, f'tightrope-study:{kind}:{text}')[:12]}"
