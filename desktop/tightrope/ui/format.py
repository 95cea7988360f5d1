"""How the shop writes prices, ratings, counts and times: once, for every view."""

from __future__ import annotations

from datetime import datetime

from tightrope.i18n import translator

tr = translator("Format")

CURRENCY = "$"


def money(amount: float) -> str:
    return f"{CURRENCY}{amount:,.2f}"


def rating_text(rating: float, count: int) -> str:
    """'4.6 (1,234)': the number beside the painted stars."""
    return f"{rating:.1f} ({count:,})"


def rating_words(rating: float, count: int) -> str:
    """The rating for a screen reader: 'Rated 4.6 of 5 by 1,234 shoppers'."""
    return tr("Rated {rating} of 5 by %Ln shopper(s)", n=count).format(rating=f"{rating:.1f}")


def when(value: datetime) -> str:
    """A data point's time in the viewer's local time, e.g. '29 Nov 2025, 14:36'."""
    local = value.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"


def literal(text: str) -> str:
    """Text for a button or menu item, shown as written ('&' is not a shortcut marker)."""
    return text.replace("&", "&&")
