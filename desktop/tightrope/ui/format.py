"""How the shop writes prices, ratings, counts and times: once, for every view."""

from __future__ import annotations

from datetime import datetime

CURRENCY = "$"


def money(amount: float) -> str:
    return f"{CURRENCY}{amount:,.2f}"


def rating_text(rating: float, count: int) -> str:
    """'4.6 (1,234)': the number beside the painted stars."""
    return f"{rating:.1f} ({count:,})"


def rating_words(rating: float, count: int) -> str:
    """The rating for a screen reader: 'Rated 4.6 of 5 by 1,234 shoppers'."""
    shoppers = "shopper" if count == 1 else "shoppers"
    return f"Rated {rating:.1f} of 5 by {count:,} {shoppers}"


def counted(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"


def when(value: datetime) -> str:
    """A data point's time in the viewer's local time, e.g. '29 Nov 2025, 14:36'."""
    local = value.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"


def literal(text: str) -> str:
    """Text for a button or menu item, shown as written ('&' is not a shortcut marker)."""
    return text.replace("&", "&&")
