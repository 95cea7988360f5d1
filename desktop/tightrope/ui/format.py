"""How the shop writes prices, ratings, counts and times: once, for every view."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

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
    """A data point's time in the viewer's local time, e.g. '29 Nov 2025, 14:36': month
    names from the locale (QLocale), the order from the translation of the pattern."""
    local = value.astimezone()
    # The wall time is local already: given as UTC, Qt formats it without looking the
    # system time zone up again (seven times faster; the why panel shows ~100 of them).
    moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone.utc()
    )
    pattern = tr(
        "d MMM yyyy, HH:mm", "a date and time; a QLocale pattern (d: day, MMM: month name)"
    )
    return QLocale().toString(moment, pattern)


def day(value: date) -> str:
    """A day in the locale, e.g. '29 Nov 2025' (the core's sentences use it once the window
    installs it: tightrope.i18n.install_dates)."""
    pattern = tr("d MMM yyyy", "a date; a QLocale pattern (d: day, MMM: month name)")
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def literal(text: str) -> str:
    """Text for a button or menu item, shown as written ('&' is not a shortcut marker)."""
    return text.replace("&", "&&")
