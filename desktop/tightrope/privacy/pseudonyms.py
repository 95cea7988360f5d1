"""Keyed pseudonyms for identifiers that leave the shop's own tables.

Two purposes, two threat models:

* **The advertising partner's id** is HMAC-SHA256 over the partner's name under a random key
  kept in the local database: the partner view shows what *would* be sent, and a partner is
  meant to see the same id each time. "Erase everything" destroys the key.
* **Study-log tokens** (:class:`SessionTokens`) are written into logs that researchers copy
  off the laptop, merge and share; the key must never reach anyone who holds a log. So each
  session has its own random key, held in the recorder's memory only (never in the
  database, the log or any other file), replaced after every deletion, and dropped when the
  session ends. Within one stretch of a session the same value gives the same token ("the
  same search again"); a log holder, even with the whole data folder, cannot test a guess
  (a search's words, row ids 1..100,000) against a token. docs/user-study.md has the
  threat model.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tightrope.storage.store import Store

META_PARTNER_KEY = "partner_key"
# Where versions before per-session keys kept the study key (in the database, beside the
# logs' folder); never written now, and erased by "erase everything" if an old one is left.
META_STUDY_KEY = "study_key"
KEYS = (META_PARTNER_KEY, META_STUDY_KEY)
TOKEN_HEX = 12  # 48 bits: no collision to speak of among a session's few thousand values


def key(store: Store, meta_key: str) -> bytes:
    """This purpose's key, made (and stored) on first use."""
    raw = store.get_meta(meta_key)
    if raw is None:
        raw = secrets.token_hex(32)
        store.set_meta(meta_key, raw)
    return bytes.fromhex(raw)


def keyed_hash(store: Store, meta_key: str, message: str) -> str:
    return hmac.new(key(store, meta_key), message.encode(), hashlib.sha256).hexdigest()


class SessionTokens:
    """Tokens for one session's log, under a key that exists only in this object."""

    def __init__(self) -> None:
        self._key: bytes | None = secrets.token_bytes(32)

    def __repr__(self) -> str:  # never print the key
        return f"SessionTokens({'live' if self._key else 'dropped'})"

    @property
    def live(self) -> bool:
        return self._key is not None

    def token(self, kind: str, value: object) -> str:
        """A short token for a value written to the log (a data point id, a search, a
        product): 'search:3f9a1c0b52de'. Searches are compared case-insensitively."""
        if self._key is None:
            raise ValueError("the session has ended; its token key is gone")
        text = str(value).casefold() if kind == "search" else str(value)
        digest = hmac.new(self._key, f"tightrope-study:{kind}:{text}".encode(), hashlib.sha256)
        return f"{kind}:{digest.hexdigest()[:TOKEN_HEX]}"

    def rotate(self) -> None:
        """A new key (after a deletion): nothing logged from now on links to what was
        logged before, so a forgotten search typed again is not seen as the same."""
        if self._key is not None:
            self._key = secrets.token_bytes(32)

    def drop(self) -> None:
        """Forget the key (the session ended): no token of this log can be made again."""
        self._key = None
