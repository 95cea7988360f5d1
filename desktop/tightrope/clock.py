"""Time as the shop sees it: the real clock plus a demo offset ("advance time by N days").

Every timestamp the core writes or compares goes through a :class:`Clock`, so a facilitator
can move time forward to show decay and expiry without waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta


def utcnow() -> datetime:
    return datetime.now(UTC)


class Clock:
    def __init__(self, offset_days: float = 0.0, real: Callable[[], datetime] = utcnow):
        self.offset_days = float(offset_days)
        self._real = real

    def now(self) -> datetime:
        return self._real() + timedelta(days=self.offset_days)


class FixedClock(Clock):
    """A clock that stands still (tests, benchmarks, reproducible personas)."""

    def __init__(self, at: datetime, offset_days: float = 0.0):
        super().__init__(offset_days, real=lambda: at)


def parse_time(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def format_time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds")
